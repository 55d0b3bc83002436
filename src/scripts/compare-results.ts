/**
 * On the search page: each result's 比较 box picks it for /compare/, and one
 * link compares the picked cases side by side (at most three; the other boxes
 * wait while three are picked), or the first results when none is picked.
 * Kept in step with the results list whatever renders it.
 */
import { COMPARE_MAX } from '../lib/compare/compare.ts';
import { compareUrl } from '../lib/urls.ts';

const CASE_PATH = /^\/cases\/([^/]+)\/$/;

export function bindCompareResults(): void {
  const list = document.querySelector('[data-search-results]');
  const box = document.querySelector<HTMLElement>('[data-compare-results]');
  const link = box?.querySelector('a');
  if (!list || !box || !link) return;
  // In the order the reader picked them.
  let picked: string[] = [];
  const update = () => {
    const boxes = [...list.querySelectorAll<HTMLInputElement>('input[data-compare-pick]')];
    const shown = new Set(boxes.map((b) => b.value));
    picked = picked.filter((id) => shown.has(id));
    for (const b of boxes) {
      b.checked = picked.includes(b.value);
      b.disabled = !b.checked && picked.length >= COMPARE_MAX;
    }
    if (picked.length > 0) {
      box.hidden = false;
      link.href = compareUrl(picked);
      link.textContent = picked.length === 1 ? '比较所选的 1 个案例（在比较页再加一个）' : `并排比较所选的 ${picked.length} 个案例`;
      return;
    }
    const ids: string[] = [];
    for (const result of list.querySelectorAll('[data-search-result]')) {
      const href = result.querySelector<HTMLAnchorElement>('a[href]')?.href;
      const id = href ? CASE_PATH.exec(new URL(href).pathname)?.[1] : undefined;
      if (id && !ids.includes(id)) ids.push(id);
      if (ids.length === COMPARE_MAX) break;
    }
    box.hidden = ids.length < 2;
    link.href = compareUrl(ids);
    link.textContent = `并排比较前 ${ids.length} 个结果（或勾选结果的“比较”）`;
  };
  list.addEventListener('change', (event) => {
    const pick = (event.target as Element).closest<HTMLInputElement>('input[data-compare-pick]');
    if (!pick) return;
    picked = pick.checked ? [...picked.filter((id) => id !== pick.value), pick.value] : picked.filter((id) => id !== pick.value);
    update();
  });
  new MutationObserver((records) => {
    // Only new or removed results; the boxes' own changes come through 'change'.
    if (records.some((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].some((n) => n instanceof HTMLLIElement))) update();
  }).observe(list, { childList: true, subtree: true });
  update();
}
