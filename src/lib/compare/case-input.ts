/**
 * What a reader types or pastes into /compare/ to add a case, read as one of
 * the forms a reader has: a case page's address (`/cases/<id>/`, full or
 * relative, with any #p5), a short link (`/c/dkdxb93/`, full or bare, any
 * letter case, Crockford look-alikes read as /c/ itself reads them), a case
 * id, or anything else — a title, a place, a few words — which the page
 * searches for, to choose from. Browser-safe and pure: the page resolves the
 * short link and runs the search.
 */
import { ID_PATTERN } from '../ids.ts';
import { canonicalShortPath, SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from '../short-code-format.ts';

export type CaseInput =
  | { kind: 'id'; id: string }
  /** The canonical short-link path, `/c/<code>/`. */
  | { kind: 'short'; path: string }
  | { kind: 'search'; text: string };

const CASE_PATH = /\/cases\/([^/?#\s]+)/;
const SHORT_IN_TEXT = /(?:^|\/)c\/([0-9a-z]+)\/?(?:[?#].*)?$/i;

const inAlphabet = (code: string): boolean => code.length === SHORT_CODE_LENGTH && [...code.toLowerCase()].every((c) => SHORT_CODE_ALPHABET.includes(c));

/** A short link's canonical path from its code as typed in a link (`DKDXB93`, `dkdxbg3` → `/c/dkdxb93/`, as /c/ itself reads it). */
function shortPath(code: string): string | undefined {
  const typed = `/c/${code}/`;
  // canonicalShortPath is silent for a path that is canonical already.
  return canonicalShortPath(typed) ?? (inAlphabet(code) ? typed : undefined);
}

export function readCaseInput(value: string): CaseInput | null {
  const text = value.normalize('NFKC').trim();
  if (text === '') return null;
  const page = CASE_PATH.exec(text)?.[1];
  if (page !== undefined) return ID_PATTERN.test(page) ? { kind: 'id', id: page } : { kind: 'search', text };
  const link = SHORT_IN_TEXT.exec(text)?.[1];
  const linked = link === undefined ? undefined : shortPath(link);
  if (linked) return { kind: 'short', path: linked };
  // A bare token is a short code only with a code's exact letters (no
  // look-alikes: 'nanjing' is no code), so a bare code is never fetched as an id.
  if (inAlphabet(text)) return { kind: 'short', path: `/c/${text.toLowerCase()}/` };
  if (ID_PATTERN.test(text)) return { kind: 'id', id: text };
  return { kind: 'search', text };
}

/** The case a short link's page leads to (its `data-short-target` link), from that page's HTML. */
export function shortLinkTarget(html: string): string | null {
  const href = /<a\b[^>]*\bhref="([^"]*)"[^>]*\bdata-short-target/i.exec(html)?.[1] ?? /<a\b[^>]*\bdata-short-target[^>]*\bhref="([^"]*)"/i.exec(html)?.[1];
  const id = href ? CASE_PATH.exec(href)?.[1] : undefined;
  return id && ID_PATTERN.test(id) ? id : null;
}
