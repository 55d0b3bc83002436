/**
 * Links to a passage: `/cases/<id>/#p<n>:~:text=…`. Browsers with text
 * fragments highlight the words; the `#p<n>` before the directive is the
 * paragraph anchor, which those browsers fall back to when the words are not
 * found and which our page script scrolls to in browsers without them.
 * Runs in the browser: no Node imports.
 */

/** Above this length the passage is given by its start and end (textStart,textEnd). */
export const WHOLE_TEXT_MAX = 40;
/** Characters kept at each end of a long passage. */
export const EDGE_LENGTH = 12;

/** Percent-encodes a text directive term: `-`, `,` and `&` are syntax there. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** The `text=` value for a selected passage (whitespace collapsed). */
export function textDirective(selected: string): string {
  const text = selected.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= WHOLE_TEXT_MAX) return encodeTerm(text);
  return `${encodeTerm(chars.slice(0, EDGE_LENGTH).join('').trim())},${encodeTerm(chars.slice(-EDGE_LENGTH).join('').trim())}`;
}

/** Full URL of a passage in a paragraph; just the paragraph when nothing is selected. */
export function passageUrl(pageUrl: string, paragraphId: string, selected: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  const base = `${url.href}#${paragraphId}`;
  return selected.trim() ? `${base}:~:text=${textDirective(selected)}` : base;
}

/** The paragraph id of a passage link's fragment (`#p5:~:text=…` → `p5`), if any. */
export function paragraphOfFragment(hash: string): string | null {
  return /^#(p\d+)(?::~:|$)/.exec(hash)?.[1] ?? null;
}
