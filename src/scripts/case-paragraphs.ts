/**
 * A case page's body paragraphs as read and projected: number and text
 * without the page's controls and marks (¶ links, paragraph numbers, 校勘记
 * markers — everything the page keeps out of the search index too).
 */
const NOT_TEXT = '[data-pagefind-ignore], [data-pnum], .note-ref, .pilcrow';

export interface BodyParagraph {
  n: number;
  el: HTMLElement;
  text: string;
}

export function paragraphText(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(NOT_TEXT).forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function bodyParagraphs(root: ParentNode = document): BodyParagraph[] {
  return [...root.querySelectorAll<HTMLElement>('[data-case-body] [data-p]')]
    .map((el) => ({ n: Number(el.dataset.p), el, text: paragraphText(el) }))
    .filter((p) => Number.isInteger(p.n) && p.text !== '');
}

/** Brings a paragraph into view and gives it focus, so Esc and Tab continue from there. */
export function landOn(el: HTMLElement): void {
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}
