/**
 * `/handout/?ids=a,b,c`: renders the cases in that order from their
 * `/handout/<id>.json`, with a QR code of each short link. Reordering and
 * removing rewrite the URL (so it can be shared) and the stored list. All
 * text goes in with textContent.
 */
import { handoutPath, moveId, parseHandoutIds, type HandoutItem } from '../lib/handout.ts';
import { readHandout, writeHandout } from './handout-store.ts';
import { qrSvg } from './qr-svg.ts';

const cache = new Map<string, Promise<HandoutItem | null>>();
function load(id: string): Promise<HandoutItem | null> {
  let found = cache.get(id);
  if (!found) {
    found = fetch(`/handout/${id}.json`).then((r) => (r.ok ? (r.json() as Promise<HandoutItem>) : null), () => null);
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
  const say = (text: string) => (status.textContent = text);

  const commit = (next: string[], message: string, focus?: { id: string; action: string }) => {
    ids = next;
    history.replaceState(null, '', handoutPath(ids));
    writeHandout(ids);
    void render().then(() => {
      say(message);
      if (focus) {
        const item = list.querySelector(`[data-handout-item="${CSS.escape(focus.id)}"]`);
        const button = item?.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]:not(:disabled)`) ?? item?.querySelector<HTMLButtonElement>('[data-action="remove"]');
        (button ?? list.querySelector<HTMLButtonElement>('button') ?? toolbar.querySelector<HTMLButtonElement>('button'))?.focus();
      }
    });
  };

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
          const figures = li.querySelector('[data-field="figures"]')!;
          figures.replaceChildren(...item.keyFigures.map((k) => Object.assign(document.createElement('li'), { textContent: `${k.label}：“${k.quote}”` })));
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
            else commit(moveId(ids, index, action === 'up' ? -1 : 1), `已${button.textContent}：${title}`, { id, action });
          });
        }
        return li;
      }),
    );
    toolbar.hidden = ids.length === 0;
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

  void render().then(() => {
    if (parsed.rejected.length > 0) say(`以下内容不是案例标识，已略去：${parsed.rejected.join('、')}`);
  });
}
