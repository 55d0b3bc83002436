/**
 * Positioned text lines of a PDF → paragraphs. A PDF has no paragraphs, only
 * glyphs at positions, so they are rebuilt the way a reader sees them: a new
 * paragraph at a first-line indent (Chinese texts indent two characters),
 * after a line that ends short of the right margin, at a vertical gap, or at a
 * change of type size; full-width lines are joined, without a space between
 * Chinese characters. Page furniture is taken out first and counted: running
 * heads and footers repeated on most pages (or, on facing pages, on most odd or most
 * even pages), page numbers (—3—, - 3 -, 第3页,
 * 3/12, a bare number) at the top or bottom of a page, and table-of-contents
 * lines (…… 12, ·········12).
 */
import { UNIT_END } from '../unit-words.ts';
import { asciiDigits, DATE_SOURCE } from '../dates.ts';
import { isHeadlineCouplet, isIssueNumberLine } from '../kicker.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { CAPTION, isPageNumber } from './chrome.ts';
import { isDashedSubtitle } from '../dashed-subtitle.ts';
import { onMostPages, pagesAtEdge } from '../running-heads.ts';

export interface PdfLine {
  page: number;
  /** Baseline, PDF units from the bottom of the page. */
  y: number;
  x0: number;
  x1: number;
  /** Type size. */
  size: number;
  text: string;
  /** 0 or 1 on a page read as two columns (columnOrder); absent otherwise. */
  column?: number;
  /** A line of a box standing beside the text (pdf-blocks.ts): not in the text's flow. */
  box?: boolean;
  /** A table's row (pdf-table.ts): a paragraph of its own. */
  row?: boolean;
}

export interface Paragraph {
  text: string;
  /** 1: the largest type in the document; 2: larger than body text or a centred short line. */
  heading?: number;
  /** The largest type size among its lines. */
  size: number;
}

const CONTENTS_LINE = /(\.{3,}|…{2,}|·{3,}|•{3,}|．{3,}|-{4,}|_{4,}|—{4,}|\s{4,})\s*\d{1,4}$/;
const CONTENTS_HEAD = /^(目\s*录|目\s*次|contents)$/i;

/**
 * A running head is the same words at the same height on page after page;
 * digits vary ("第 3 页 共 8 页", "2013年第3期"). The same words lower down are text.
 */
const furnitureKey = (l: PdfLine) => `${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** The lines of running text (eight characters or more, no table's row), or every line where there are none: what the text's type size and margins are read from. */
const textLines = (lines: readonly PdfLine[]) => {
  const long = lines.filter((l) => !l.row && Array.from(l.text).length >= 8);
  return long.length ? long : lines;
};
/** The text's own type size: the median size of its lines of running text. */
const textSize = (lines: readonly PdfLine[]) => median(textLines(lines).map((l) => l.size));

export const FURNITURE_ROLE = { 'page numbers': 'running-head', 'running heads': 'running-head', 'contents lines': 'contents' } as const;

/** How a running head was told: repeated on most pages, on most pages of one side (odd or even), or by its type on a one-page document. */
type HeadEvidence = 'pages' | 'side' | 'type';

/** What the report says of a line of page furniture: a ——line among contents entries is the subtitle of the entry above it. */
function furnitureReason(text: string, kind: keyof typeof FURNITURE_ROLE, evidence: HeadEvidence): string {
  if (kind === 'page numbers') return '页码，不是正文';
  if (evidence === 'type') return '页眉（页顶单独一行，字号小于正文；只有一页的文件无从看出每页重复），不是正文';
  if (evidence === 'side') return '对页排版的页眉或页脚，隔页重复（奇数页或偶数页大多都有），不是正文';
  if (kind === 'running heads') return '大多数页重复的页眉或页脚，不是正文';
  return isDashedSubtitle(text) ? '目录中的副题（上一条目录的——副题），不属任何案例' : '目录行，不属任何案例';
}

/** Counts a line of furniture taken out and, where the report's list is kept, lists it. */
type Drop = (l: PdfLine, kind: keyof typeof FURNITURE_ROLE, evidence?: HeadEvidence) => void;

/**
 * Takes running heads, page numbers and contents lines out of the page lines (in reading order), counting
 * them and, when `left` is given, listing each for the report.
 */
export function dropFurniture(lines: PdfLine[], pages: number, dropped: Record<string, number>, left?: LeftBlock[]): PdfLine[] {
  const drop: Drop = (l, kind, evidence = 'pages') => {
    dropped[kind] = (dropped[kind] ?? 0) + 1;
    left?.push({ role: FURNITURE_ROLE[kind], text: l.text, reason: `第${l.page}页：${furnitureReason(l.text, kind, evidence)}` });
  };
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const repeated = repeatedAtEdge(byPage, pages, textSize(lines));
  const furniture = (l: PdfLine): [keyof typeof FURNITURE_ROLE, HeadEvidence?] | undefined => {
    if (isPageNumber(l.text)) return ['page numbers'];
    const evidence = repeated(l);
    return evidence ? ['running heads', evidence] : undefined;
  };
  const headByType = pages === 1 ? runningHeadByType(lines) : () => false;
  const kept: PdfLine[] = [];
  let contentsBefore = false;
  for (const [, ls] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const inBody = new Set(peelEdges(ls, furniture, headByType, drop));
    // The body keeps the order it came in (column by column on a two-column page).
    contentsBefore = dropContents(ls.filter((l) => inBody.has(l)), contentsBefore, drop, kept);
  }
  return kept;
}

/**
 * Whether a line is a running head or foot by repetition: its text stands at a page's edge on most pages
 * (running-heads.ts), of all pages, or of the odd or the even pages apart. A layout for binding mirrors its pages:
 * right-hand (odd) pages carry one head (the book's name), left-hand (even) pages another (the compiler's), each on
 * every other page, so on under half of all. Evidence from one side alone is weaker: such a head is also set in type
 * smaller than the text's (`text`), as heads are; a line in the text's own type opening every other page (附件1,
 * 附件2 each on a right-hand page) is text.
 */
function repeatedAtEdge(byPage: ReadonlyMap<number, PdfLine[]>, pages: number, text: number): (l: PdfLine) => HeadEvidence | undefined {
  const topDown = [...byPage].map(([page, ls]) => ({ page, lines: [...ls].sort((a, b) => b.y - a.y) }));
  const atEdge = (side?: number) => pagesAtEdge(topDown.filter((p) => side === undefined || p.page % 2 === side).map((p) => p.lines), furnitureKey);
  const onAll = atEdge();
  const onSide = [atEdge(0), atEdge(1)] as const;
  const sidePages = (page: number) => (page % 2 ? Math.ceil(pages / 2) : Math.floor(pages / 2));
  return (l) => {
    const k = furnitureKey(l);
    if (onMostPages(onAll.get(k), pages)) return 'pages';
    return l.size < text * 0.9 && onMostPages(onSide[l.page % 2]!.get(k), sidePages(l.page)) ? 'side' : undefined;
  };
}

/** A page's lines with its furniture peeled off both ends (a head above a page number, and so on), top to bottom. */
function peelEdges(
  ls: readonly PdfLine[],
  furniture: (l: PdfLine) => [keyof typeof FURNITURE_ROLE, HeadEvidence?] | undefined,
  headByType: (top: PdfLine, next: PdfLine | undefined) => boolean,
  drop: Drop,
): PdfLine[] {
  const sorted = [...ls].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  let top = 0;
  let bottom = sorted.length - 1;
  for (let changed = true; changed && top <= bottom; ) {
    changed = false;
    const t = furniture(sorted[top]!);
    if (t) {
      drop(sorted[top]!, ...t);
      top++;
      changed = true;
    } else if (top === 0 && headByType(sorted[0]!, sorted[1])) {
      drop(sorted[0]!, 'running heads', 'type');
      top++;
      changed = true;
    }
    if (top > bottom) break;
    const b = furniture(sorted[bottom]!);
    if (b) {
      drop(sorted[bottom]!, ...b);
      bottom--;
      changed = true;
    }
  }
  return sorted.slice(top, bottom + 1);
}

/**
 * A page's body lines with its contents lines dropped, the rest pushed to `kept`; whether the page is a contents
 * page, for the next one. A contents page's entries run from its first to its last page-numbered line: a subtitle or
 * a part's name set between two entries, without a page number of its own, is an entry too. Only under a 目录
 * heading (or on the page that continues one): elsewhere two table rows ending in numbers would take the text
 * between them.
 */
function dropContents(body: readonly PdfLine[], contentsBefore: boolean, drop: Drop, kept: PdfLine[]): boolean {
  const entries = body.flatMap((l, i) => (CONTENTS_LINE.test(l.text) ? [i] : []));
  const headed = entries.length >= 2 && body.some((l) => CONTENTS_HEAD.test(l.text.replace(/\s+/g, '')));
  const onContentsPage: boolean = headed || (contentsBefore && entries[0] === 0);
  const inContents = (i: number) => onContentsPage && i >= entries[0]! && i <= entries.at(-1)! && Array.from(body[i]!.text).length <= 60 && !/[。；！？]/.test(body[i]!.text);
  body.forEach((l, i) => {
    if (inContents(i) || CONTENTS_LINE.test(l.text) || (entries.length >= 2 && CONTENTS_HEAD.test(l.text.replace(/\s+/g, '')))) drop(l, 'contents lines');
    else kept.push(l);
  });
  return onContentsPage;
}

/**
 * A running head known without repetition, as a reader knows it on a document of one page: the page's top line, a
 * short one and no sentence, set in type smaller than the text's and standing apart above the next line. A
 * headline, a kicker, a column's name or an issue line above a headline is set at least as large as the text; a
 * caption is CAPTION's. The footer is not read so: a footnote stands there in the same small type.
 */
function runningHeadByType(lines: readonly PdfLine[]): (top: PdfLine, next: PdfLine | undefined) => boolean {
  const text = textSize(lines);
  return (top, next) =>
    !!next && top.size < text * 0.9 && top.y - next.y >= 2 * top.size && Array.from(top.text).length <= 40 && !/[。！？；]/u.test(top.text) && !CAPTION.test(top.text);
}

/** A newspaper's masthead and edition lines: the paper's name, 第5版, 星期一, 责任编辑, 投稿邮箱, 新闻热线. */
const EDITION_LINE = /第\s*[\d一二三四五六七八九十]+\s*版|版次|星期[一二三四五六日天]|责任编辑|美术编辑|版式设计|本版(编辑|投稿)|投稿邮箱|新闻热线|(日报|晚报|时报|周刊|周报|日刊)$/;
/** A bulletin's (简报, 组工信息) issuer's line in its masthead, ending in the date (…组织部编　2013年7月10日, …组织部办公室　　2013年7月10日). */
const ISSUER_LINE = new RegExp(`^(?![^。，；！？]*[。，；！？])\\S.{1,30}?(?:${UNIT_END}|编|编印|主办|印发|出版)[\\s\\u3000]*${DATE_SOURCE}$`, 'u');
/** A bulletin's masthead lines: its issue (第15期, 总第120期: kicker.ts owns the pattern) and the issuer's dated line. */
const isBulletinMastheadLine = (text: string) => isIssueNumberLine(text) || ISSUER_LINE.test(text);

/**
 * Print furniture that is not page furniture: a newspaper page's masthead and
 * edition lines (above the first article, or at the foot of the page, told by
 * 第N版 / 责任编辑 / 投稿邮箱 lines there), a bulletin's masthead (its name,
 * 第N期 and the issuer's dated line, which take up to the upper third of its
 * first page) and photo captions (a line in type
 * smaller than the body's that opens 图为… or ends …摄, with the lines of the
 * same small type that follow it). Taken out before the paragraphs are built,
 * so neither joins a paragraph nor passes for the largest type (a headline).
 */
export function pressFurniture(lines: PdfLine[], pageHeights: ReadonlyMap<number, number>): { kept: PdfLine[]; masthead: PdfLine[]; captions: PdfLine[][] } {
  const masthead = new Set<PdfLine>();
  for (const [page, height] of pageHeights) {
    const on = lines.filter((l) => l.page === page);
    const top = on.filter((l) => l.y > height * 0.85);
    const foot = on.filter((l) => l.y < height * 0.1);
    const first = page === Math.min(...pageHeights.keys());
    const topMarks = [...top.filter((l) => EDITION_LINE.test(l.text)), ...(first ? on.filter((l) => l.y > height * 0.6 && isBulletinMastheadLine(asciiDigits(l.text))) : [])];
    const footMarks = foot.filter((l) => EDITION_LINE.test(l.text));
    if (topMarks.length) {
      const lowest = Math.min(...topMarks.map((l) => l.y));
      for (const l of on) if (l.y >= lowest - 1) masthead.add(l);
    }
    if (footMarks.length) {
      const highest = Math.max(...footMarks.map((l) => l.y));
      for (const l of foot) if (l.y <= highest + 1) masthead.add(l);
    }
  }
  const rest = lines.filter((l) => !masthead.has(l));
  const body = textSize(rest);
  const small = (l: PdfLine) => l.size < body * 0.9;
  const captions: PdfLine[][] = [];
  const inCaption = new Set<PdfLine>();
  rest.forEach((l, i) => {
    const prev = rest[i - 1];
    const open = captions.at(-1);
    if (small(l) && open && prev && open.includes(prev) && prev.page === l.page && prev.column === l.column && Math.abs(prev.size - l.size) < 0.5 && prev.y - l.y < l.size * 2) {
      open.push(l);
      inCaption.add(l);
    } else if (small(l) && CAPTION.test(l.text)) {
      captions.push([l]);
      inCaption.add(l);
    }
  });
  return { kept: rest.filter((l) => !inCaption.has(l)), masthead: lines.filter((l) => masthead.has(l)), captions };
}

/**
 * Two columns side by side come out of a PDF as lines that run across both.
 * When most pieces of a page's lines (cut at wide gaps) sit wholly left or
 * wholly right of the page's middle, the page is read column by column:
 * what spans the page above the columns first, then the left column, then the
 * right, then what spans below. Otherwise the whole lines are kept (a table
 * row stays one line).
 */
export function columnOrder(whole: PdfLine[], segments: PdfLine[], pageWidth: number): PdfLine[] {
  const mid = pageWidth / 2;
  // A table's cells stand left and right of the middle too, row by row: they tell nothing of columns.
  const rows = whole.filter((l) => l.row);
  const body = segments.filter((s) => Array.from(s.text).length >= 4 && !rows.some((r) => r.y === s.y || Math.abs(r.y - s.y) < r.size * 0.4));
  const leftCol = body.filter((s) => s.x1 <= mid + s.size);
  const rightCol = body.filter((s) => s.x0 >= mid - s.size);
  if (leftCol.length < 5 || rightCol.length < 5 || leftCol.length + rightCol.length < body.length * 0.6) return whole;
  const top = Math.max(...[...leftCol, ...rightCol].map((s) => s.y));
  const isLeft = (s: PdfLine) => s.x1 <= mid + s.size;
  const isRight = (s: PdfLine) => s.x0 >= mid - s.size && !isLeft(s);
  const spanning = segments.filter((s) => !isLeft(s) && !isRight(s));
  return [
    ...spanning.filter((s) => s.y > top),
    ...segments.filter(isLeft).map((s) => ({ ...s, column: 0 })),
    ...segments.filter(isRight).map((s) => ({ ...s, column: 1 })),
    ...spanning.filter((s) => s.y <= top),
  ];
}

const LATIN_END = /[A-Za-z]$/;
const LATIN_START = /^[A-Za-z]/;

/** The text's measure: its type size, and where its lines start and end on each page, column and box. */
export interface Measure {
  /** The text's own type size. */
  size: number;
  leftOf: (l: PdfLine) => number;
  rightOf: (l: PdfLine) => number;
}

/** Where the lines of running text start and end (their left and right margins), per page, column and box. */
export function textMeasure(lines: readonly PdfLine[]): Measure {
  const sample = textLines(lines);
  // Margins per page and column: books and Word's mirrored margins shift the column on facing pages.
  const globalLeft = mode(sample.map((l) => Math.round(l.x0)));
  const globalRight = mode(sample.map((l) => Math.round(l.x1)));
  const key = (l: PdfLine) => `${l.page}/${l.column ?? ''}${l.box ? '/box' : ''}`;
  const margins = new Map<string, [number, number]>();
  // A page's own margin is where most of its lines start (end). A short page of centred heads, two
  // indented paragraphs and a right-aligned signature (a notice's first page) has no such place: its
  // most frequent start may be an indent; it takes the document's margins.
  const margin = (values: number[], fallback: number) => {
    const m = mode(values);
    const n = values.filter((v) => v === m).length;
    return n >= 2 && n >= values.length * 0.4 ? m : fallback;
  };
  for (const k of new Set(lines.map(key))) {
    const on = sample.filter((l) => key(l) === k);
    margins.set(k, on.length >= 3 ? [margin(on.map((l) => Math.round(l.x0)), globalLeft), margin(on.map((l) => Math.round(l.x1)), globalRight)] : [globalLeft, globalRight]);
  }
  return { size: textSize(lines), leftOf: (l) => margins.get(key(l))![0], rightOf: (l) => margins.get(key(l))![1] };
}

/**
 * A line that fills its measure, from the left margin or a first-line indent to the right margin (a mark may hang
 * past it): the only line justification spreads. A centred line, a right-aligned one and a paragraph's short last
 * line are set as they were typed.
 */
export function fillsMeasure(l: PdfLine, measure: Measure): boolean {
  return l.x0 <= measure.leftOf(l) + 3 * measure.size && l.x1 >= measure.rightOf(l) - measure.size;
}

/** Page lines (furniture already out), in reading order → paragraphs. */
export function reflow(lines: PdfLine[]): Paragraph[] {
  if (!lines.length) return [];
  const { size, leftOf, rightOf } = textMeasure(lines);
  const widthOf = (l: PdfLine) => rightOf(l) - leftOf(l);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && Math.abs(a.size - size) < 0.5 && Math.abs(b.size - size) < 0.5 && a.y > b.y) gaps.push(a.y - b.y);
  }
  const leading = median(gaps) || size * 1.5;
  const largest = Math.max(...lines.map((l) => l.size));

  // Most Chinese documents indent a paragraph's first line by two characters; where they do, a line
  // that ends a little short (a Latin word or a quote mark that did not fit) is not a paragraph end.
  const indents = lines.filter((l) => l.x0 >= leftOf(l) + 1.2 * l.size && l.x0 <= leftOf(l) + 2.8 * l.size).length;
  const indentStyle = indents >= Math.max(2, lines.length * 0.03);
  const atLeft = (l: PdfLine) => Math.abs(l.x0 - leftOf(l)) <= 0.4 * l.size;
  const centred = (l: PdfLine) =>
    l.x1 - l.x0 < 0.8 * widthOf(l) && l.x0 > leftOf(l) + 2 * size && Math.abs(l.x0 - leftOf(l) - (rightOf(l) - l.x1)) < 2 * size;
  const bigger = (l: PdfLine) => l.size > size * 1.15;
  const endsShort = (l: PdfLine) =>
    l.x1 < rightOf(l) - 1.5 * l.size && (!indentStyle || /[。！？：；…”」』）)]$/.test(l.text) || l.x1 - leftOf(l) < 0.6 * widthOf(l));
  // A headline broken by hand, as official headlines are (回行): both lines centred, set at the heading's own
  // line spacing (a cover's lines stand further apart), the first not ending a sentence.
  // The heading's spacing is judged against the text's own: a 公文 set at fixed spacing (GB/T 9704: about 29 pt lines for
  // 16 pt text) spaces its two-line title as widely, in proportion.
  const headingSpacing = (l: PdfLine) => Math.max(l.size * 1.8, (leading / size) * l.size * 1.05);
  const handBroken = (prev: PdfLine, l: PdfLine, gap: number) => centred(prev) && centred(l) && gap <= headingSpacing(l) && !/[。！？]$/.test(prev.text);
  const startsParagraph = (prev: PdfLine, l: PdfLine) => {
    // A new page or the top of the next column continues the text: no vertical gap to measure.
    if (prev.row || l.row) return true;
    const samePage = prev.page === l.page && prev.column === l.column;
    const gap = samePage ? prev.y - l.y : 0;
    // A headline set in two sizes (its halves a couplet, the first smaller) is one headline, broken by hand: kicker.ts.
    if (samePage && bigger(prev) && bigger(l) && handBroken(prev, l, gap) && isHeadlineCouplet(prev.text, l.text)) return false;
    if (Math.abs(prev.size - l.size) > 0.15 * size) return true;
    if (samePage && (gap > Math.max(leading, l.size * 1.2) * 1.6 || gap < 0)) return true;
    // A heading in larger type that wraps: its first line runs (nearly) across the column, or it was
    // broken by hand (handBroken).
    if (bigger(l)) return prev.x1 - prev.x0 < 0.8 * widthOf(prev) && !(samePage && handBroken(prev, l, gap));
    // Off the left margin: a first-line indent, a centred line, a table cell.
    if (!atLeft(l)) return true;
    // A line set off the margin by more than an indent (a right-aligned signature or date) stands alone.
    if (prev.x0 > leftOf(prev) + 3 * prev.size) return true;
    return centred(prev) || endsShort(prev);
  };

  const paragraphs: Paragraph[] = [];
  let current: PdfLine[] = [];
  const flush = () => {
    if (!current.length) return;
    let text = '';
    for (const l of current) text += text && LATIN_END.test(text) && LATIN_START.test(l.text) ? ` ${l.text}` : l.text;
    const p: Paragraph = { text, size: Math.max(...current.map((l) => l.size)) };
    const one = current.length === 1 ? current[0]! : undefined;
    if (current.every(bigger)) p.heading = Math.abs(p.size - largest) < 0.5 ? 1 : 2;
    else if (one && centred(one) && Array.from(one.text).length <= 40 && !/[。！？]$/.test(one.text)) p.heading = 2;
    paragraphs.push(p);
    current = [];
  };
  for (const l of lines) {
    const prev = current.at(-1);
    if (prev && startsParagraph(prev, l)) flush();
    current.push(l);
  }
  flush();
  return paragraphs;
}
