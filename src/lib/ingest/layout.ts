/**
 * How a text export is laid out, decided once per document from line-length
 * statistics and indents (never guessed line by line), and the document
 * brought to the one layout the rest of the pipeline and the fidelity check
 * read: paragraphs separated by blank lines.
 *
 * - `blank`: paragraphs already separated by blank lines (web captures, pandoc,
 *   the extracted text of .docx/.pdf/.html readers). Left as it is.
 * - `line`: one paragraph per line, no blank lines between (Word 纯文本 /
 *   Unicode 文本 exports, most OCR exports). Each line becomes a paragraph.
 * - `wrapped`: lines cut at a fixed width (OCR and pdftotext output), a new
 *   paragraph marked by an indent (　　 or spaces) or by a line ending short
 *   of the width. Each line becomes a paragraph and every cut is reported, so
 *   the analysis rejoins it and records the join as a correction.
 *
 * Page furniture (pdftotext's form feeds, page numbers such as "- 3 -",
 * "—3—", "第3页", running heads repeated on every page) is dropped and counted.
 */

import { isMarkedPageNumber, isPageNumber } from './read/chrome.ts';

export type Layout = 'blank' | 'line' | 'wrapped';

/** Each layout in the desk's words (the terminal's report keeps the names above). */
export const LAYOUT_NAMES: Record<Layout, string> = {
  blank: '段间空行',
  line: '一行一段',
  wrapped: '定宽折行（已接排）',
};

export interface NormalisedText {
  /** The text in blank-line layout; the same string as the input when nothing had to change. */
  text: string;
  /** True when `text` differs from the input (it must then be kept beside the drafts: line numbers refer to it). */
  changed: boolean;
  layout: Layout;
  /** Line width of a wrapped layout, in characters. */
  width?: number;
  /** 1-based lines of `text` whose paragraph continues the one before (a cut at the line width). */
  continues: Set<number>;
  /** Input line (1-based) → line of `text`, for structural hints given on the input. */
  lineMap: (inputLine: number) => number | undefined;
  /** Lines dropped, by kind. */
  dropped: Record<string, number>;
  /** The lines dropped (page numbers, running heads), by input line, for the report. */
  furniture: Array<{ line: number; text: string }>;
}

const INDENT = /^(?:\u3000|\s{2,}|\t)/u;
const TERMINAL_END = /[。！？；…!?;”’」』）)]$/u;

const len = (s: string) => Array.from(s).length;

/**
 * The lines at a page's edge: the text's first and last two, and the two either side of a page break (a page
 * number's line, a form feed), page numbers aside. A running head or foot stands there, on page after page.
 */
function pageEdges(trimmed: readonly string[], input: string, pageNumbers: ReadonlySet<number>): Set<number> {
  const text = trimmed.flatMap((t, i) => (t && !pageNumbers.has(i) ? [i] : []));
  const breaks = [...pageNumbers, ...input.split('\n').flatMap((l, i) => (l.includes('\f') ? [i - 0.5] : []))];
  const edges = new Set([...text.slice(0, 2), ...text.slice(-2)]);
  for (const b of breaks) {
    const after = text.findIndex((i) => i > b);
    const from = after < 0 ? text.length : after;
    for (const i of text.slice(Math.max(0, from - 2), from + 2)) edges.add(i);
  }
  return edges;
}

/** Content lines this far apart or more stand on different pages: a table's column read cell by cell is nearer. */
const PAGE_APART = 10;

/**
 * The lines that are page numbers where they stand. One marked as such (— 3 —, 第3页) is one anywhere. A bare
 * number (3, 3/12, iv) is one only in a page number's place: beside a form feed (the foot of a page or the head of
 * the next), or, in a text without form feeds, in a run rising by one whose numbers stand pages apart. The numbers
 * of a table's cells, a column of 1, 2, 3… read line after line, are text.
 */
function pageNumberLines(raw: readonly string[], trimmed: readonly string[]): number[] {
  const content = trimmed.flatMap((t, i) => (t ? [i] : []));
  const at = new Map(content.map((i, k) => [i, k]));
  // Beside a form feed: no content line between it and the break, before or after.
  const besideFeed = (i: number) => {
    const k = at.get(i)!;
    const prev = content[k - 1] ?? -1;
    const next = content[k + 1] ?? raw.length;
    return raw.slice(prev + 1, i + 1).some((l) => l.includes('\f')) || raw.slice(i + 1, next + 1).some((l) => l.includes('\f'));
  };
  const bare = content.filter((i) => isPageNumber(trimmed[i]!) && !isMarkedPageNumber(trimmed[i]!));
  const value = (i: number) => Number.parseInt(trimmed[i]!, 10);
  const inRun = (n: number) =>
    [bare[n - 1], bare[n + 1]].some((j, side) => j !== undefined && value(j) === value(bare[n]!) + (side ? 1 : -1) && Math.abs(at.get(j)! - at.get(bare[n]!)!) >= PAGE_APART);
  const placed = new Set(bare.filter((i, n) => besideFeed(i) || inRun(n)));
  return content.filter((i) => isMarkedPageNumber(trimmed[i]!) || placed.has(i));
}

export function normaliseLayout(input: string): NormalisedText {
  const hasFormFeed = input.includes('\f');
  const rawLines = input.split('\n').map((l) => l.replace(/\f/g, '').replace(/[\s\u3000]+$/u, ''));
  const trimmed = rawLines.map((l) => l.replace(/^[\s\u3000]+/u, ''));
  const dropped: Record<string, number> = {};
  const furniture = new Set<number>();

  // Page numbers count as furniture only when the document has pages: form
  // feeds, or several of them (a lone "3" could be a list item's number). A
  // number printed as a page number (— 17 —, 第3页) marks a page wherever it
  // stands: a PDF viewer's copy of two pages has two.
  const pageNumbers = pageNumberLines(input.split('\n'), trimmed);
  const manyPages = hasFormFeed || pageNumbers.length >= 3;
  const paged = manyPages || pageNumbers.some((i) => isMarkedPageNumber(trimmed[i]!));
  if (paged) {
    for (const i of pageNumbers) furniture.add(i);
    if (pageNumbers.length) dropped['page-number'] = pageNumbers.length;
    // Running heads: the same short line on at least a third of the pages
    // (three at least), or at a page's edge on half of them and two at least
    // (as dropFurniture reads a PDF's): one page has no running head to tell.
    const pages = Math.max(pageNumbers.length, (input.match(/\f/g) ?? []).length + 1);
    const counts = new Map<string, number[]>();
    trimmed.forEach((t, i) => {
      if (t && len(t) <= 40 && t !== '【点评】') counts.set(t, [...(counts.get(t) ?? []), i]);
    });
    const edges = pageEdges(trimmed, input, new Set(pageNumbers));
    for (const [, at] of counts) {
      const atEdges = at.filter((i) => edges.has(i)).length;
      if ((manyPages && at.length >= 3 && at.length >= pages / 3) || (pages >= 2 && atEdges >= Math.max(2, Math.ceil(pages / 2)))) {
        for (const i of at) furniture.add(i);
        dropped['running-head'] = (dropped['running-head'] ?? 0) + at.length;
      }
    }
  }

  const content = trimmed.map((t, i) => (t && !furniture.has(i) ? i : -1)).filter((i) => i >= 0);
  // How consecutive content lines are separated: directly, or by a blank line.
  let adjacent = 0;
  let separated = 0;
  for (let k = 1; k < content.length; k++) {
    const gap = trimmed.slice(content[k - 1]! + 1, content[k]!).filter((t, j) => t === '' && !furniture.has(content[k - 1]! + 1 + j)).length;
    if (gap === 0) adjacent++;
    else separated++;
  }
  let layout: Layout = 'blank';
  let width: number | undefined;
  if (content.length >= 4 && adjacent > separated) {
    // A fixed line width shows as many lines of (nearly) the same, maximal length.
    const lengths = content.map((i) => len(rawLines[i]!.replace(/^\s+/, (s) => '\u3000'.repeat(Math.ceil(s.replace(/\t/g, '    ').length / 2)))));
    const long = lengths.filter((l) => l >= 10);
    const histogram = new Map<number, number>();
    for (const l of long) histogram.set(l, (histogram.get(l) ?? 0) + 1);
    let mode = 0;
    let best = 0;
    for (const [l, c] of histogram) {
      const near = c + (histogram.get(l - 1) ?? 0) + (histogram.get(l + 1) ?? 0);
      if (near > best || (near === best && l > mode)) [best, mode] = [near, l];
    }
    const atWidth = long.filter((l) => l >= mode - 2 && l <= mode + 2).length;
    const longer = long.filter((l) => l > mode + 2).length;
    const unterminated = content.filter((i) => !TERMINAL_END.test(trimmed[i]!)).length;
    if (mode >= 12 && atWidth >= content.length * 0.35 && longer <= content.length * 0.05 && unterminated >= content.length * 0.3) {
      layout = 'wrapped';
      width = mode;
    } else {
      layout = 'line';
    }
  }

  if (layout === 'blank' && furniture.size === 0 && !hasFormFeed) {
    return { text: input, changed: false, layout, continues: new Set(), lineMap: (n) => n, dropped, furniture: [] };
  }
  const removed = [...furniture].sort((a, b) => a - b).map((i) => ({ line: i + 1, text: trimmed[i]! }));

  const out: string[] = [];
  const map = new Map<number, number>();
  const continues = new Set<number>();
  const indented = content.filter((i) => INDENT.test(rawLines[i]!)).length;
  const usesIndent = indented >= content.length * 0.08;
  let previous: number | undefined;
  let previousBlank = true;
  rawLines.forEach((line, i) => {
    if (furniture.has(i)) return;
    const t = trimmed[i]!;
    if (layout === 'blank') {
      if (!t) {
        if (!previousBlank) out.push('');
        previousBlank = true;
        return;
      }
      out.push(line);
      map.set(i + 1, out.length);
      previousBlank = false;
      return;
    }
    if (!t) return;
    if (out.length) out.push('');
    out.push(line);
    map.set(i + 1, out.length);
    if (layout === 'wrapped' && previous !== undefined && width !== undefined) {
      const prev = rawLines[previous]!;
      const prevWidth = len(prev.replace(/^\s+/, (s) => '\u3000'.repeat(Math.ceil(s.length / 2))));
      // Full: cut at the width; a line longer than the width was never cut.
      // …and a paragraph's first line without a comma or full stop is a title of that length, not prose.
      const prevHeading = !continues.has(out.length - 2) && !/[。，,；;！？!?、]/u.test(trimmed[previous]!);
      const prevFull = prevWidth >= width - 2 && prevWidth <= width + 2 && !prevHeading;
      const newParagraph = usesIndent ? INDENT.test(line) : false;
      const blankBetween = trimmed.slice(previous + 1, i).some((x, j) => x === '' && !furniture.has(previous! + 1 + j));
      // A continuation is itself full, or the paragraph's short last line ending
      // a sentence; a short line without one is a title or heading.
      const own = len(t);
      const sentence = /[。，,；;！？!?、]/u.test(t);
      const continuation = own <= width + 2 && (own >= width - 2 || (TERMINAL_END.test(t) && sentence));
      if (prevFull && !newParagraph && !blankBetween && continuation) continues.add(out.length);
    }
    previous = i;
  });
  if (out.at(-1) === '') out.pop();
  return { text: `${out.join('\n')}\n`, changed: true, layout, ...(width ? { width } : {}), continues, lineMap: (n) => map.get(n), dropped, furniture: removed };
}
