/**
 * Walking a Word document part parsed by linkedom: WordprocessingML is written with its conventional prefixes (w:,
 * mc:) by Word and WPS alike, so an element is known by its tag name as written. One set of these for every reader
 * of the package's XML (content controls, frames, review marks).
 */
export type El = Element;

export const tag = (e: El): string => e.tagName;
export const kids = (e: El, name?: string): El[] => Array.from(e.children).filter((c) => !name || tag(c) === name);
export const kid = (e: El | undefined, name: string): El | undefined => (e ? kids(e, name)[0] : undefined);
export const descendants = (e: El, name: string): El[] => Array.from(e.querySelectorAll('*')).filter((c) => tag(c) === name);

/** Whether an element stands inside one named `name` (a paragraph inside a text box's w:txbxContent). */
export function inside(e: El, name: string): boolean {
  for (let p = e.parentElement; p; p = p.parentElement) if (tag(p) === name) return true;
  return false;
}

/** The words of an element's runs (its w:t), as typed. */
export const runText = (e: El): string =>
  descendants(e, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');
