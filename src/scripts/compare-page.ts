/**
 * `/compare/?ids=a,b,c`: fetches each case's `/compare/<id>.json` (only the
 * cases compared) and lays them out row by row. Adding and removing a case
 * rewrite the URL, so the comparison can be shared. Text goes in with textContent.
 */
import { COMPARE_MAX, compareRows, parseCompareIds, type CompareCell, type CompareItem } from '../lib/compare/compare.ts';
import { ID_PATTERN } from '../lib/ids.ts';
import { compareItemUrl, compareUrl } from '../lib/urls.ts';

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

/** An id from what a reader pastes: the id itself or a case page's address. */
function idFrom(value: string): string | null {
  const text = value.trim();
  const fromUrl = /\/cases\/([^/?#]+)\/?/.exec(text)?.[1];
  const id = fromUrl ?? text;
  return ID_PATTERN.test(id) ? id : null;
}

export function bindComparePage(): void {
  const wrap = document.querySelector<HTMLElement>('[data-compare-table-wrap]');
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  const form = document.querySelector<HTMLFormElement>('[data-compare-add]');
  const heading = document.querySelector<HTMLElement>('[data-compare-page] h1');
  if (!wrap || !status || !form) return;
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
    if (items.length < 2) notes.push(`再加入${items.length === 0 ? '两' : '一'}个案例即可比较：在案例页面点“与相似案例比较”，在讲义或搜索结果里点“比较”，或在上面的框里填案例地址。`);
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

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = form.elements.namedItem('case') as HTMLInputElement;
    const id = idFrom(input.value);
    if (!id) {
      status.textContent = '认不出这个案例地址或编号。';
      input.focus();
      return;
    }
    input.value = '';
    if (!ids.includes(id)) ids = [...ids, id].slice(0, COMPARE_MAX);
    void render();
  });
  void render(firstRejected.length ? `未加入：${firstRejected.join('、')}（最多比较 ${COMPARE_MAX} 个案例，编号须有效）。` : '');
}
