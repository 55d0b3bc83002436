/**
 * `/handout/?ids=a,b,c`: renders the cases in that order from their
 * `/handout/<id>.json`, with a QR code of each short link. Reordering and
 * removing rewrite the URL (so it can be shared). The trainer's own list
 * (localStorage) changes with them only when the page shows that list: a
 * handout opened from someone else's link stays apart until saved. All text
 * goes in with textContent.
 */
import { handoutPath, moveId, parseHandoutIds, type HandoutItem } from '../lib/trainer/handout.ts';
import { onStoredHandoutChange, readHandout, writeHandout } from './handout-store.ts';
import { qrSvg } from './qr-svg.ts';
import { handoutItemUrl } from '../lib/urls.ts';
import { chinaDate } from '../lib/citation/formats.ts';
import { quote } from '../lib/text.ts';

const cache = new Map<string, Promise<HandoutItem | null>>();
function load(id: string): Promise<HandoutItem | null> {
  let found = cache.get(id);
  if (!found) {
    found = fetch(handoutItemUrl(id)).then((r) => (r.ok ? (r.json() as Promise<HandoutItem>) : null), () => null);
    cache.set(id, found);
  }
  return found;
}

function fill(root: Element, field: string, text: string): void {
  const el = root.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (el) el.textContent = text;
}

export function bindHandoutPage(): void {
  const found = {
    list: document.querySelector<HTMLOListElement>('[data-handout-list]'),
    template: document.querySelector<HTMLTemplateElement>('[data-handout-template]'),
    status: document.querySelector<HTMLElement>('[data-handout-status]'),
    toolbar: document.querySelector<HTMLElement>('[data-handout-toolbar]'),
  };
  if (!found.list || !found.template || !found.status || !found.toolbar) return;
  const { list, template, status, toolbar } = found as { [K in keyof typeof found]: NonNullable<(typeof found)[K]> };

  const params = new URLSearchParams(location.search);
  const parsed = params.has('ids') ? parseHandoutIds(params.get('ids')) : { ids: readHandout(), rejected: [] };
  let ids = parsed.ids;
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  /** Whether the page shows the trainer's own stored list (else one opened from a shared link). */
  let mine = sameList(ids, readHandout()) || !params.has('ids');
  const save = toolbar.querySelector<HTMLButtonElement>('[data-handout-save]')!;
  const heading = document.querySelector<HTMLElement>('[data-handout-page] h1');
  const say = (text: string) => (status.textContent = text);

  type Focus = { id: string; action: 'up' | 'down' | 'remove' } | null;
  const OPPOSITE = { up: 'down', down: 'up', remove: 'remove' } as const;

  function restoreFocus(focus: Focus): void {
    if (!focus) return;
    const item = focus.id ? list.querySelector(`[data-handout-item="${CSS.escape(focus.id)}"]`) : null;
    // A move button disabled at the top or bottom hands focus to the other move button, never to 移除.
    const target =
      item?.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]:not(:disabled)`) ??
      item?.querySelector<HTMLButtonElement>(`[data-action="${OPPOSITE[focus.action]}"]:not(:disabled)`) ??
      item?.querySelector<HTMLButtonElement>('[data-action="remove"]') ??
      heading;
    target?.focus();
  }

  const commit = (next: string[], message: string, focus: Focus) => {
    ids = next;
    history.replaceState(null, '', handoutPath(ids));
    if (mine) writeHandout(ids);
    void render().then(() => {
      say(mine ? message : `${message}（这是分享来的讲义，你保存的讲义未改动）`);
      restoreFocus(focus);
    });
  };

  save.addEventListener('click', () => {
    writeHandout(ids);
    mine = true;
    save.hidden = true;
    say('已保存为你的讲义。');
  });

  onStoredHandoutChange(() => {
    if (!mine) return;
    ids = readHandout();
    history.replaceState(null, '', handoutPath(ids));
    void render();
  });

  async function render(): Promise<void> {
    const items = await Promise.all(ids.map(load));
    list.replaceChildren(
      ...ids.map((id, index) => {
        const item = items[index];
        const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
        const article = li.querySelector<HTMLElement>('[data-handout-item]')!;
        article.dataset.handoutItem = id;
        const title = item ? item.title : `未找到案例“${id}”`;
        if (item) {
          const link = li.querySelector<HTMLAnchorElement>('[data-field="title"]')!;
          link.textContent = item.title;
          link.href = item.url;
          fill(li, 'subtitle', item.subtitle ? `——${item.subtitle}` : '');
          fill(li, 'place', item.place);
          fill(li, 'source', item.source);
          fill(li, 'summary', item.summary);
          fill(li, 'reference', item.reference);
          const figures = li.querySelector('[data-field="figures"]')!;
          figures.replaceChildren(...item.keyFigures.map((k) => Object.assign(document.createElement('li'), { textContent: `${k.label}：${quote(k.quote)}` })));
          li.querySelector<HTMLElement>('[data-part="figures"]')!.hidden = item.keyFigures.length === 0;
          const questions = li.querySelector('[data-field="questions"]')!;
          questions.replaceChildren(...item.questions.map((q) => Object.assign(document.createElement('li'), { textContent: q })));
          li.querySelector<HTMLElement>('[data-part="questions"]')!.hidden = item.questions.length === 0;
          const short = new URL(item.shortUrl, location.origin).href;
          fill(li, 'short', short);
          li.querySelector('[data-field="qr"]')!.append(qrSvg(short, `二维码：${item.title}，${short}`));
        } else {
          li.querySelector('[data-field="title"]')!.replaceWith(Object.assign(document.createElement('span'), { textContent: title }));
          for (const part of li.querySelectorAll<HTMLElement>('[data-part], figure, h3, [data-field="summary"]')) part.hidden = true;
        }
        for (const button of li.querySelectorAll<HTMLButtonElement>('[data-action]')) {
          const action = button.dataset.action!;
          button.setAttribute('aria-label', `${button.textContent}：${title}`);
          if (action === 'up') button.disabled = index === 0;
          if (action === 'down') button.disabled = index === ids.length - 1;
          button.addEventListener('click', () => {
            if (action === 'remove') commit(ids.filter((x) => x !== id), `已移除：${title}`, { id: ids[index + 1] ?? ids[index - 1] ?? '', action: 'remove' });
            else commit(moveId(ids, index, action === 'up' ? -1 : 1), `已${button.textContent}：${title}`, { id, action: action === 'up' ? 'up' : 'down' });
          });
        }
        return li;
      }),
    );
    toolbar.hidden = ids.length === 0;
    save.hidden = mine;
    if (ids.length === 0) say('讲义是空的。在案例页面点“加入讲义”，案例就会出现在这里。');
  }

  toolbar.querySelector('[data-handout-copy]')!.addEventListener('click', () => {
    const url = new URL(handoutPath(ids), location.origin).href;
    if (!navigator.clipboard) {
      say(`讲义链接：${url}`);
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => say(`已复制讲义链接：${url}`),
      () => say(`未能复制，请手动复制：${url}`),
    );
  });
  toolbar.querySelector('[data-handout-print]')!.addEventListener('click', () => window.print());
  // The printed header carries the day it was printed.
  const printDate = document.querySelector<HTMLElement>('[data-print-date]');
  const stampDate = () => printDate && (printDate.textContent = chinaDate());
  stampDate();
  window.addEventListener('beforeprint', stampDate);

  void render().then(() => {
    if (parsed.rejected.length > 0) say(`以下内容不是案例标识，已略去：${parsed.rejected.join('、')}`);
    else if (!mine && ids.length > 0) say('这是从链接打开的讲义：在这里调整不会改动你保存的讲义；要换成这一份，请点“保存为我的讲义”。');
  });
}
