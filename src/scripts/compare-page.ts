/**
 * `/compare/?ids=a,b,c`: fetches each case's `/compare/<id>.json` (only the
 * cases compared) and lays them out row by row. Adding and removing a case
 * rewrite the URL, so the comparison can be shared. A case is added by any
 * form a reader has (lib/compare/case-input.ts): a short link is followed to
 * its case through its own page, a title or a place is searched with the
 * site's search and the reader chooses. Text goes in with textContent.
 */
import { readCaseInput, shortLinkTarget } from '../lib/compare/case-input.ts';
import { COMPARE_MAX, compareRows, parseCompareIds, type CompareCell, type CompareItem } from '../lib/compare/compare.ts';
import { compareItemUrl, compareUrl } from '../lib/urls.ts';
import { loadEngine } from './search-engine.ts';

/** Cases offered to choose from when the input was a title, a place or words. */
const CHOICES = 8;

async function load(id: string): Promise<CompareItem | null> {
  try {
    const r = await fetch(compareItemUrl(id));
    return r.ok ? ((await r.json()) as CompareItem) : null;
  } catch {
    return null;
  }
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = node('a', text);
  a.href = href;
  return a;
}

function cellContent(cell: CompareCell, td: HTMLTableCellElement): void {
  if (cell.type === 'text') {
    td.append(cell.text);
    if (cell.note) td.append(node('span', cell.note, 'note'));
  } else if (cell.type === 'list') {
    const ul = node('ul', '', 'figures');
    for (const item of cell.items) ul.append(node('li', item));
    td.append(ul);
  } else {
    const ul = node('ul', '', 'tags');
    for (const tag of cell.tags) {
      const li = node('li');
      const a = link(tag.name, tag.url);
      if (tag.shared) li.className = 'shared';
      li.append(a);
      ul.append(li);
    }
    td.append(ul);
  }
}

/** The case a short link leads to, read from the link's own page; null when there is no such link. */
async function followShortLink(path: string): Promise<string | null> {
  try {
    const r = await fetch(path);
    return r.ok ? shortLinkTarget(await r.text()) : null;
  } catch {
    return null;
  }
}

interface Choice {
  id: string;
  title: string;
  place: string;
}

/** The site's search for a title, a place or words: the first few cases, best first. */
async function searchCases(text: string): Promise<Choice[]> {
  const { search } = await loadEngine();
  const outcome = await search.search(text);
  const datas = await Promise.all(outcome.results.slice(0, CHOICES).map((r) => r.data()));
  return datas.flatMap((d) => {
    const id = /^\/cases\/([^/]+)\//.exec(d.url)?.[1];
    return id ? [{ id, title: d.meta.title ?? id, place: d.meta.place ?? '' }] : [];
  });
}

export function bindComparePage(): void {
  const wrap = document.querySelector<HTMLElement>('[data-compare-table-wrap]');
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  const form = document.querySelector<HTMLFormElement>('[data-compare-add]');
  const heading = document.querySelector<HTMLElement>('[data-compare-page] h1');
  const choices = document.querySelector<HTMLElement>('[data-compare-choices]');
  if (!wrap || !status || !form || !choices) return;
  let ids = parseCompareIds(new URLSearchParams(location.search).get('ids')).ids;
  const firstRejected = parseCompareIds(new URLSearchParams(location.search).get('ids')).rejected;

  async function render(message = ''): Promise<void> {
    history.replaceState(null, '', compareUrl(ids));
    form!.hidden = ids.length >= COMPARE_MAX;
    const loaded = await Promise.all(ids.map(load));
    const missing = ids.filter((_, i) => !loaded[i]);
    const items = loaded.filter((x): x is CompareItem => x !== null);
    const notes = [message];
    if (missing.length) notes.push(`找不到这些案例：${missing.join('、')}。`);
    if (items.length < 2) notes.push(`再加入${items.length === 0 ? '两' : '一'}个案例即可比较：在案例页面点“与相似案例比较”，在讲义或搜索结果里点“比较”，或在上面的框里填短链接、案例地址、标题或地名。`);
    status!.textContent = notes.filter(Boolean).join(' ');
    wrap!.replaceChildren(items.length ? table(items) : '');
  }

  function table(items: CompareItem[]): HTMLTableElement {
    const t = node('table', '', 'compare-table');
    t.dataset.compareTable = '';
    t.append(node('caption', `${items.length} 个案例并排比较`, 'sr-only'));
    const head = node('tr');
    head.append(node('th', '项目'));
    for (const item of items) {
      const th = node('th');
      th.scope = 'col';
      th.dataset.caseId = item.id;
      th.append(link(item.subtitle ? `${item.title}——${item.subtitle}` : item.title, item.url));
      const remove = node('button', '移出比较', 'remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', `把“${item.title}”移出比较`);
      remove.addEventListener('click', () => {
        ids = ids.filter((id) => id !== item.id);
        void render(`已移出“${item.title}”。`).then(() => heading?.focus());
      });
      th.append(remove);
      head.append(th);
    }
    const thead = node('thead');
    thead.append(head);
    const tbody = node('tbody');
    for (const row of compareRows(items)) {
      const tr = node('tr');
      tr.dataset.row = row.key;
      if (row.differs) tr.dataset.differs = '';
      const th = node('th', row.label);
      th.scope = 'row';
      if (row.differs) th.append(node('span', '（各案例不同）', 'sr-only'));
      tr.append(th);
      row.cells.forEach((cell, i) => {
        const td = node('td');
        td.dataset.case = items[i]!.title;
        if (row.key === 'source') td.append(link(items[i]!.source.title, items[i]!.source.url), `（${items[i]!.source.line}）`);
        else cellContent(cell, td);
        tr.append(td);
      });
      tbody.append(tr);
    }
    t.append(thead, tbody);
    return t;
  }

  const add = (id: string, message = '') => {
    choices.replaceChildren();
    choices.hidden = true;
    if (!ids.includes(id)) ids = [...ids, id].slice(0, COMPARE_MAX);
    void render(message);
  };

  /** Search results to choose from, each with its own 加入比较 button. */
  const offer = (text: string, found: Choice[]) => {
    const title = node('h2', `“${text}”的检索结果：选择要加入比较的案例`, 'text-base font-bold');
    title.id = 'compare-choices-heading';
    title.tabIndex = -1;
    const list = node('ol', '', 'mt-2 space-y-2');
    for (const choice of found) {
      const li = node('li', '', 'flex flex-wrap items-baseline gap-x-3 gap-y-1');
      li.dataset.compareChoice = choice.id;
      li.append(link(choice.title, `/cases/${choice.id}/`));
      if (choice.place) li.append(node('span', choice.place, 'text-sm text-stone-700'));
      const pick = node('button', ids.includes(choice.id) ? '已在比较中' : '加入比较', 'rounded-md border border-stone-400 bg-white px-2 py-0.5 text-sm');
      pick.type = 'button';
      pick.disabled = ids.includes(choice.id);
      pick.setAttribute('aria-label', `把“${choice.title}”加入比较`);
      pick.addEventListener('click', () => {
        add(choice.id, `已加入“${choice.title}”。`);
        heading?.focus();
      });
      li.append(pick);
      list.append(li);
    }
    choices.replaceChildren(title, list);
    choices.hidden = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = form.elements.namedItem('case') as HTMLInputElement;
    const typed = input.value;
    const what = readCaseInput(typed);
    if (!what) {
      status.textContent = '请填短链接、案例地址、编号、标题或地名。';
      input.focus();
      return;
    }
    void (async () => {
      if (what.kind === 'id') {
        input.value = '';
        return add(what.id);
      }
      status.textContent = what.kind === 'short' ? '正在查找短链接…' : '正在检索…';
      const id = what.kind === 'short' ? await followShortLink(what.path) : null;
      if (id) {
        input.value = '';
        return add(id);
      }
      // Not a short link of this library (or not one at all): search the words instead.
      const text = what.kind === 'search' ? what.text : typed.trim();
      let found: Choice[];
      try {
        found = await searchCases(text);
      } catch (error) {
        status.textContent = `检索功能加载失败（${(error as Error).message}）。请改填案例地址或短链接。`;
        return;
      }
      if (found.length === 0) {
        choices.replaceChildren();
        choices.hidden = true;
        status.textContent = `${what.kind === 'short' ? `没有短链接 ${what.path}，` : ''}也没有找到与“${text}”相符的案例。请检查拼写，或改填案例地址。`;
        input.focus();
        return;
      }
      status.textContent = `${what.kind === 'short' ? `没有短链接 ${what.path}。` : ''}找到 ${found.length} 个相符的案例，请在下面选择。`;
      offer(text, found);
    })();
  });
  void render(firstRejected.length ? `未加入：${firstRejected.join('、')}（最多比较 ${COMPARE_MAX} 个案例，编号须有效）。` : '');
}
