/**
 * The trainer's handout list in localStorage, and the header link that shows
 * its size. Every change is announced with a `handout-change` event so the
 * header, the case page's button and the handout page stay in step (other
 * tabs follow through the `storage` event).
 */
import { handoutPath, parseHandoutIds } from '../lib/trainer/handout.ts';

const KEY = 'case-library:handout';
export const HANDOUT_CHANGE = 'handout-change';

export function readHandout(): string[] {
  try {
    return parseHandoutIds(localStorage.getItem(KEY)).ids;
  } catch {
    return [];
  }
}

export function writeHandout(ids: readonly string[]): void {
  try {
    if (ids.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, ids.join(','));
  } catch {
    // Storage blocked: the list lives in the handout page's URL only.
  }
  document.dispatchEvent(new CustomEvent(HANDOUT_CHANGE));
}

/** Calls back when another tab changes the stored handout. */
export function onStoredHandoutChange(callback: () => void): void {
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) callback();
  });
}

/** The 讲义 links (the header's; on a case page also the toolbar's, seen on a phone): count and address of the stored handout. */
export function bindHandoutLink(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-handout-link]')];
  if (links.length === 0) return;
  const render = () => {
    const ids = readHandout();
    for (const link of links) {
      link.querySelector<HTMLElement>('[data-handout-count]')!.textContent = String(ids.length);
      link.href = handoutPath(ids);
      link.classList.remove('invisible');
    }
  };
  document.addEventListener(HANDOUT_CHANGE, render);
  onStoredHandoutChange(render);
  render();
}

/** A case page's 加入讲义 button. */
export function bindHandoutToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-handout-toggle]');
  if (!button) return;
  const id = button.dataset.caseId!;
  const render = () => button.setAttribute('aria-pressed', String(readHandout().includes(id)));
  button.addEventListener('click', () => {
    const ids = readHandout();
    writeHandout(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
  });
  document.addEventListener(HANDOUT_CHANGE, render);
  onStoredHandoutChange(render);
  render();
  button.classList.remove('invisible');
}
