/**
 * Citing one paragraph of a case page (引用本段): the page's reference in the
 * chosen format, narrowed to the paragraph by its number and its address.
 * Neither GB/T 7714 edition has a paragraph locator; the number takes the place
 * of the 引文页码 (": 页码" after the date, as in 8.1 and 8.3 of both editions)
 * and the 获取和访问路径 is the paragraph's own anchor, so the reference leads
 * to the very paragraph. The number is the library's (every body paragraph's
 * `data-pnum`), which is why only the reference to our page carries it: the
 * original source has no such numbering. Browser-safe: the case page builds
 * these in the browser from the page reference, for whichever paragraph is cited.
 */
import { paragraphId } from '../urls.ts';
import { formatLibraryReference, toBibTeX, toRIS, type CaseRef, type CitationStyle, type LibraryRef } from './formats.ts';

/** How the paragraph is named in a reference and on screen: 第5段. */
export const paragraphLabel = (n: number): string => `第${n}段`;

/** The page's address at paragraph n (any fragment the page address had is replaced). */
export function paragraphUrl(pageUrl: string, n: number): string {
  const url = new URL(pageUrl);
  url.hash = paragraphId(n);
  return url.href;
}

/** GB/T 7714 reference to paragraph n of our page: …[EB/OL]. (日期)[引用日期]：第5段. https://…/#p5. */
export function formatParagraphReference(c: CaseRef, lib: LibraryRef, n: number, style: CitationStyle): string {
  const withoutAddress = formatLibraryReference(c, { ...lib, url: '' }, style).replace(/\.$/u, '');
  const colon = style === 'gbt7714-2015' ? ': ' : '：';
  return `${withoutAddress}${colon}${paragraphLabel(n)}. ${paragraphUrl(lib.url, n)}.`;
}

/** The BibTeX entry of the page with the paragraph's address, its number in `addendum` (printed after the entry by biblatex). */
export function paragraphBibTeX(key: string, c: CaseRef, lib: LibraryRef, n: number): string {
  const entry = toBibTeX(`${key}-${paragraphId(n)}`, c, { ...lib, url: paragraphUrl(lib.url, n) });
  return entry.replace(/\n\}\n$/u, `,\n  addendum = {本库${paragraphLabel(n)}}\n}\n`);
}

/** The RIS record of the page with the paragraph's address, its number as a note before the end of the record. */
export function paragraphRIS(c: CaseRef, lib: LibraryRef, n: number): string {
  const record = toRIS(c, { ...lib, url: paragraphUrl(lib.url, n) });
  return record.replace(/ER {2}- \r\n$/u, `N1  - 本库${paragraphLabel(n)}\r\nER  - \r\n`);
}
