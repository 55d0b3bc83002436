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
/** Characters of the paragraph before and after the passage, so the same words elsewhere (a key figure, a title) do not match first. */
export const CONTEXT_LENGTH = 8;

/** The paragraph's text around a selected passage. */
export interface PassageContext {
  before: string;
  after: string;
}

/** Percent-encodes a text directive term: `-`, `,` and `&` are syntax there. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** The `text=` value for a selected passage (whitespace collapsed), with the paragraph's words around it as prefix and suffix. */
export function textDirective(selected: string, context: PassageContext = { before: '', after: '' }): string {
  const text = collapse(selected).trim();
  const chars = [...text];
  const body =
    chars.length <= WHOLE_TEXT_MAX
      ? encodeTerm(text)
      : `${encodeTerm(chars.slice(0, EDGE_LENGTH).join('').trim())},${encodeTerm(chars.slice(-EDGE_LENGTH).join('').trim())}`;
  const prefix = [...collapse(context.before).trimEnd()].slice(-CONTEXT_LENGTH).join('').trimStart();
  const suffix = [...collapse(context.after).trimStart()].slice(0, CONTEXT_LENGTH).join('').trimEnd();
  return `${prefix ? `${encodeTerm(prefix)}-,` : ''}${body}${suffix ? `,-${encodeTerm(suffix)}` : ''}`;
}

/** Full URL of a passage in a paragraph; just the paragraph when nothing is selected. */
export function passageUrl(pageUrl: string, paragraphId: string, selected: string, context?: PassageContext): string {
  const url = new URL(pageUrl);
  url.hash = '';
  const base = `${url.href}#${paragraphId}`;
  return selected.trim() ? `${base}:~:text=${textDirective(selected, context)}` : base;
}
