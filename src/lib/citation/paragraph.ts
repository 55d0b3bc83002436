/**
 * Citing one paragraph of a case page (引用本段): the page's own references,
 * narrowed to the paragraph by its number and its address. Neither GB/T 7714
 * edition has a paragraph locator; the number takes the place of the 引文页码
 * (": 页码" after the date, as in 8.1 and 8.3 of both editions) and the
 * 获取和访问路径 is the paragraph's own anchor, so the reference leads to the
 * very paragraph. The number is the library's (every body paragraph's
 * `data-pnum`), which is why only the reference to our page carries it: the
 * original source has no such numbering.
 *
 * Derived from the page's own references with string work only — the GB/T
 * ones the citation box shows, the page's .bib and .ris files — so a case page
 * never ships the citation formats for this, and a paragraph's reference can
 * never disagree with its page's.
 */
import { paragraphId } from '../urls.ts';
import type { CitationStyle } from './formats.ts';

/** The page's references, from which any paragraph's are made. */
export interface ParagraphTemplates {
  /** The case id, which keys the BibTeX entry and names the files. */
  key: string;
  /** The page's address, as in the references below. */
  pageUrl: string;
  /** Per style, the page's GB/T 7714 reference without its address and closing full stop (`referenceHead`). */
  heads: Record<CitationStyle, string>;
  /** The page's BibTeX entry and RIS record (url and UR: the page's address). */
  bibTeX: string;
  ris: string;
}

/** A page reference cut before its address (`… [2026-12-06]. https://…/.`): the head and the address; null when it ends otherwise. */
export function referenceHead(reference: string): { head: string; url: string } | null {
  const m = /^(.*?)\. (https?:\/\/\S+)\.$/u.exec(reference.trim());
  return m ? { head: m[1]!, url: m[2]! } : null;
}

/** How the paragraph is named in a reference and on screen: 第5段. */
export const paragraphLabel = (n: number): string => `第${n}段`;

/** The page's address at paragraph n (any fragment the page address had is replaced). */
export function paragraphUrl(pageUrl: string, n: number): string {
  const url = new URL(pageUrl);
  url.hash = paragraphId(n);
  return url.href;
}

/** GB/T 7714 reference to paragraph n: …[EB/OL]. (日期)[引用日期]：第5段. https://…/#p5. */
export function paragraphReference(t: ParagraphTemplates, n: number, style: CitationStyle): string {
  const colon = style === 'gbt7714-2015' ? ': ' : '：';
  return `${t.heads[style]}${colon}${paragraphLabel(n)}. ${paragraphUrl(t.pageUrl, n)}.`;
}

/** The entry or record of a file that holds `line`: our page's, beside the original's (and last, as formats.ts writes them). */
function holding(entries: readonly string[], line: string): string {
  return entries.find((e) => e.includes(line)) ?? entries.at(-1) ?? '';
}

/** The page's BibTeX entry for paragraph n, alone: its own key, the paragraph's address, its number in `addendum` (printed after the entry by biblatex). */
export function paragraphBibTeX(t: ParagraphTemplates, n: number): string {
  const urlLine = `  url = {${t.pageUrl}}`;
  return holding(t.bibTeX.split(/\n(?=@)/u), urlLine)
    .replace(/^(@\w+\{)[^,\n]*,/u, `$1${t.key}-${paragraphId(n)},`)
    .replace(urlLine, `  url = {${paragraphUrl(t.pageUrl, n)}}`)
    .replace(/\n\}\n$/u, `,\n  addendum = {本库${paragraphLabel(n)}}\n}\n`);
}

/** The page's RIS record for paragraph n, alone: the paragraph's address, its number as a note before the end of the record. */
export function paragraphRIS(t: ParagraphTemplates, n: number): string {
  const urlLine = `\r\nUR  - ${t.pageUrl}\r\n`;
  return holding(t.ris.split(/(?<=ER {2}- \r\n)/u), urlLine)
    .replace(urlLine, `\r\nUR  - ${paragraphUrl(t.pageUrl, n)}\r\n`)
    .replace(/ER {2}- \r\n$/u, `N1  - 本库${paragraphLabel(n)}\r\nER  - \r\n`);
}
