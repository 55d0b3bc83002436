/**
 * What the library states when a case is cited: the reference to the case in
 * its source, our own page as a cited web page, the gaps a reader must be told
 * about, and the one-line source note printed beside a case. The formats
 * themselves (GB/T 7714, BibTeX, RIS) are formats.ts. Browser-safe.
 */
import type { CaseData } from '../../schemas/case.ts';
import type { Source } from '../../schemas/source.ts';
import type { CaseRef, LibraryRef } from './formats.ts';
import type { CaseView } from '../library/types.ts';
import { SITE_NAME } from '../site.ts';

/**
 * The reference to a case as published in its source; only facts the library holds.
 * @param isPart whether the source holds several cases (then cited as the host of a part, 析出文献)
 */
export function caseReference(data: CaseData, source: Source, isPart: boolean): CaseRef {
  return {
    title: data.title,
    ...(data.subtitle ? { subtitle: data.subtitle } : {}),
    authors: data.authors.map((a) => a.name),
    source: {
      title: source.title,
      // A repost's page and date are not the document's publisher and date.
      publication: source.repost ? '' : source.publication,
      type: source.type,
      ...(source.date && !source.repost ? { date: source.date } : {}),
      ...(source.url ? { url: source.url } : {}),
    },
    isPart,
  };
}

/** Our page of a case as a cited web page, consulted on `accessed` (YYYY-MM-DD) where known. */
export function libraryRef(c: CaseView, site: URL, accessed?: string): LibraryRef {
  return { siteName: SITE_NAME, url: new URL(c.url, site).href, ...(accessed ? { accessed } : {}) };
}

/** What the reference to a case's source must leave out, said to the reader (none when complete). */
export function citationGaps(c: CaseView): string[] {
  const gaps: string[] = [];
  if (c.source.repost) gaps.push(`原选编的编者、出版者和出版时间原文未载，故不著录；所据为${c.source.date ? ` ${c.source.date} ` : ''}的网页转载${c.source.url ? '' : '，转载网址不详'}。`);
  else if (c.source.type === 'online' && !c.source.url) gaps.push('原网址未保存在抓取文本中：本条缺“获取和访问路径”（网页的必备项），也无从给出引用日期。请同时引用本库页面。');
  // The library holds a capture made on a day nobody recorded: a web page's 引用日期 is the reader's, never guessed.
  else if (c.source.type === 'online') gaps.push('原网页的引用日期不详：本库所据抓取文本未记抓取日期，故本条不著引用日期（网页的必备项）。直接引用原网页时，请填写您访问它的日期；或同时引用本库页面。');
  if (c.source.type === 'newspaper' && !c.source.date) gaps.push('原文未载出版日期和版次，故不著录。');
  return gaps;
}

/** Where and when a source appeared, as printed beside a case: 共产党员网，2013-05-23. */
export function sourceLine(source: Source): string {
  return [source.publication, source.date].filter(Boolean).join('，');
}
