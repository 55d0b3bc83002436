/**
 * On the search page: a link comparing the first results side by side,
 * kept in step with the results list whatever renders it.
 */
import { COMPARE_MAX } from '../lib/compare/compare.ts';
import { compareUrl } from '../lib/urls.ts';

const CASE_PATH = /^\/cases\/([^/]+)\/$/;

export function bindCompareResults(): void {
  const list = document.querySelector('[data-search-results]');
  const box = document.querySelector<HTMLElement>('[data-compare-results]');
  const link = box?.querySelector('a');
  if (!list || !box || !link) return;
  const update = () => {
    const ids: string[] = [];
    for (const result of list.querySelectorAll('[data-search-result]')) {
      const href = result.querySelector<HTMLAnchorElement>('a[href]')?.href;
      const id = href ? CASE_PATH.exec(new URL(href).pathname)?.[1] : undefined;
      if (id && !ids.includes(id)) ids.push(id);
      if (ids.length === COMPARE_MAX) break;
    }
    box.hidden = ids.length < 2;
    link.href = compareUrl(ids);
    link.textContent = `并排比较前 ${ids.length} 个结果`;
  };
  new MutationObserver(update).observe(list, { childList: true, subtree: true });
  update();
}
