/**
 * Running heads and feet told by repetition, whatever the format: the same words at a page's edge (among its
 * first or last two lines) on most of its pages. A line of text recurs now and then; a head recurs where the
 * page begins or ends, page after page. Each reader brings its own evidence of what a page is, where its lines
 * stand and which lines are "the same words": a PDF its lines' positions and type (read/pdf-layout.ts), a text
 * copied out of a PDF viewer its page numbers and form feeds (layout.ts).
 */

/** How many lines at either end of a page count as its edge: a head over a rule, a foot over the page number. */
const EDGE_DEPTH = 2;

/** A page's lines at its edges: its first and last two, top to bottom. */
function pageEdge<T>(page: readonly T[]): T[] {
  return page.length <= 2 * EDGE_DEPTH ? [...page] : [...page.slice(0, EDGE_DEPTH), ...page.slice(-EDGE_DEPTH)];
}

/**
 * For each key (the reader's "same words"), the number of pages at whose edge a line with it stands: a page counts
 * once however many of its edge lines have the key. Each page's lines come top to bottom.
 */
export function pagesAtEdge<T>(pages: Iterable<readonly T[]>, key: (line: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) for (const k of new Set(pageEdge(page).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Whether `count` of `pages` pages is most of them: half at least, and two at least (one page repeats nothing). */
export function onMostPages(count: number | undefined, pages: number): boolean {
  return (count ?? 0) >= Math.max(2, Math.ceil(pages / 2));
}
