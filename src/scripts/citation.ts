/**
 * The page was built on one day and is read on another: the 引用日期 in the
 * reference to this page becomes the reader's today.
 */
import { chinaDate } from '../lib/citation/formats.ts';

export function bindCitation(): void {
  const box = document.querySelector<HTMLElement>('[data-citation]');
  const built = box?.dataset.accessed;
  if (!box || !built) return;
  const today = chinaDate();
  if (today === built) return;
  for (const el of box.querySelectorAll<HTMLElement>('[data-access-date]')) el.textContent = today;
  for (const el of box.querySelectorAll<HTMLElement>('[data-reference="page"]')) el.textContent = (el.textContent ?? '').replace(`[${built}]`, `[${today}]`);
}
