/**
 * Excel workbook (.xlsx) → cases, through read-excel-file (a maintained reader that unescapes `_x000D_` and shared
 * strings; SheetJS's npm releases stopped at 0.18). A sheet holds cases in one of two ways:
 *
 * - a case list (案例征集汇总表), one case per row: the header is found by its words wherever it stands (案例名称 /
 *   案例标题 and 案例正文 / 内容 / 主要做法…, the labels case-record-labels.ts keeps for every reader), one row or two
 *   where labels merged down stand beside a label merged across its sub-heads (案例主要内容 over 基本情况 / 主要做法…);
 *   each row below it gives its title as a declared level-1 heading and its text cells' lines as paragraphs, column by
 *   column in order. A text split across columns keeps each column's label (主要做法 beside 取得成效 in one header row, or sub-heads
 *   under a label naming the whole text) as a section head before its cell's paragraphs, a line of
 *   the text as 一、基本情况 is in a Word text (not a declared heading: those are where cases start). What the row states of the case besides (报送单位, 所在地区…) is listed for the
 *   report, the place (else the unit that files it) goes to the analysis as the case's stated place; the collector's
 *   review (初审意见, often a hidden column) is listed as the compilers'; a 点评 column is the case's 【点评】, set after its
 *   text. Rows above the header (the merged title row) are the compilation's title, a filing line under it its date.
 * - a form (申报表, 登记表), one case per sheet: cells pairing labels with values, a merged region one cell
 *   (xlsx-layout.ts), read by the form rule Word's forms share (case-form.ts) — its title, byline and text set as the
 *   case reads, the rest (报送单位, 联系人, 推荐意见) listed for the report, the unit or place → the stated place.
 *
 * A sheet that is neither (填表说明) is listed, no case; a workbook with no such sheet is refused, naming its sheets.
 * A package other tools laid out differently is first resolved through its relationships (xlsx-package.ts).
 */
import readXlsxFile from 'read-excel-file/node';
import { DecodeError } from '../decode.ts';
import { canonicalXlsx } from './xlsx-package.ts';
import { sheetLayouts, type CellRange } from './xlsx-layout.ts';
import { caseOfForm, continuedCell, formFields, formsDate, type FormCell } from '../case-form.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { COMMENTARY_MARKER } from '../../text.ts';
import {
  COMMENT_LABEL as COMMENT_COLUMN,
  NUMBER_LABEL as NUMBER_COLUMN,
  PLACE_LABEL as PLACE_COLUMN,
  REVIEW_LABEL as REVIEW_COLUMN,
  TEXT_LABEL as TEXT_COLUMN,
  TITLE_LABEL as TITLE_COLUMN,
  UNIT_LABEL as UNIT_COLUMN,
  WHOLE_TEXT_LABEL,
  FIELD_LABELS_BESIDE_TEXT,
  labelKey,
} from '../case-record-labels.ts';
import { dateIn } from '../dates.ts';
import { checkMessage } from '../../check-messages.ts';

type Cell = string | number | boolean | Date | null;

const labelOf = (c: Cell) => (typeof c === 'string' ? labelKey(c) : '');
const cellText = (c: Cell) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c));
/** A cell's lines, trimmed, empty ones dropped: Excel's Alt+Enter and pasted CRLF both break paragraphs. */
const linesOf = (c: Cell) => cellText(c).split(/\r\n|\r|\n/).map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter(Boolean);

const filled = (c: Cell) => cellText(c).trim() !== '';
const regionAt = (merges: CellRange[], r: number, c: number) => merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);

/** A column of a case list's header: its name, and whether it holds part of the case's text and under which sub-head. */
interface HeaderColumn {
  /** The label the column is known by: its sub-head where the header has one, else the label over it. */
  name: string;
  text: boolean;
  /** The section head its paragraphs stand under: a sub-head under a label naming the whole text (基本情况 under 案例主要内容), or the label of one of two or more text columns (主要做法 beside 取得成效). */
  head?: string;
}

/**
 * The case-list header that starts at row r: that row, and the rows under it where its labels are merged down over them
 * (序号 over two rows beside 案例主要内容 merged across its sub-heads). A column's label is the one merged over it in the
 * top row; a label in a lower row that nothing merged from above covers is its sub-head. Undefined when the header has
 * no title and no text column.
 */
function headerAt(data: Cell[][], r: number, merges: CellRange[]): { columns: HeaderColumn[]; bottom: number } | undefined {
  const bottom = Math.max(r, ...merges.filter((m) => m.top === r).map((m) => m.bottom));
  /** The label a header cell shows: a merged region's at its top-left; none under a region merged down from above. */
  const labelAt = (row: number, k: number) => {
    const region = regionAt(merges, row, k);
    return region && region.top < row ? '' : labelOf(data[row]?.[region?.left ?? k] ?? null);
  };
  const lower = Array.from({ length: bottom - r }, (_, i) => r + 1 + i);
  const columns = Array.from({ length: Math.max(...data.slice(r, bottom + 1).map((row) => row.length)) }, (_, k): HeaderColumn => {
    const label = labelAt(r, k);
    const part = lower.map((row) => labelAt(row, k)).findLast(Boolean);
    // Under the text's label, a field of its own keeps its role and a label naming the whole text heads nothing.
    const divides = part && TEXT_COLUMN.test(label) && !WHOLE_TEXT_LABEL.test(part) && !FIELD_LABELS_BESIDE_TEXT.some((l) => l.test(part));
    if (divides) return { name: part, text: true, head: part };
    const name = part ?? label;
    return { name, text: TEXT_COLUMN.test(name) };
  });
  if (!columns.some((c) => TITLE_COLUMN.test(c.name)) || !columns.some((c) => c.text)) return undefined;
  return { columns: withPartHeads(columns), bottom };
}

/**
 * A text split across two or more columns (主要做法 | 取得成效) keeps each column's label as a section head before
 * that column's paragraphs, as sub-heads under 案例主要内容 do: the sheet prints the labels, and without them a reader
 * cannot tell where 做法 ends and 成效 begins. A column holding the whole text (案例正文) heads nothing.
 */
function withPartHeads(columns: HeaderColumn[]): HeaderColumn[] {
  if (columns.filter((c) => c.text).length < 2) return columns;
  return columns.map((c) => (c.text && !c.head && !WHOLE_TEXT_LABEL.test(c.name) ? { ...c, head: c.name } : c));
}

/**
 * A sheet's rows as a form's cells: a merged region is one cell, read at its top-left. Merged across, the columns it
 * covers are no cells; merged down, it is still a cell of each row under its top (continuedCell). The grid's columns before the sheet's first filled one and after each
 * row's last filled one are no cells; a label left without its value at a row's end (联系电话 | blank) is paired with
 * an empty value by the form rule (case-form.ts), as a Word row is.
 */
function formRows(data: Cell[][], merges: CellRange[]): FormCell[][] {
  const firsts = data.map((row) => row.findIndex(filled)).filter((k) => k >= 0);
  const first = firsts.length ? Math.min(...firsts) : 0;
  return data.flatMap((row, r) => {
    const last = row.findLastIndex(filled);
    if (last < 0) return [];
    const cells: FormCell[] = [];
    for (let c = first; c <= last; c++) {
      const region = regionAt(merges, r, c);
      if (!region || (region.top === r && region.left === c)) cells.push(linesOf(row[c] ?? null));
      else if (region.left === c && region.top < r) cells.push(continuedCell(cells.length, linesOf(data[region.top]?.[c] ?? null)));
    }
    return cells.length ? [cells] : [];
  });
}

type Sheet = { sheet: string; data: Cell[][] };
type Layouts = Awaited<ReturnType<typeof sheetLayouts>>;

/** The workbook's sheets and their layouts (merged cells, hidden columns), or a DecodeError saying what to do. */
async function openWorkbook(file: string, bytes: Uint8Array): Promise<{ sheets: Sheet[]; layouts: Layouts }> {
  const pkg = await canonicalXlsx(file, bytes);
  try {
    const sheets = (await readXlsxFile(Buffer.from(pkg.buffer, pkg.byteOffset, pkg.length))) as Sheet[];
    return { sheets, layouts: await sheetLayouts(pkg) };
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new DecodeError(`${file}: not a readable .xlsx workbook (${reason}); open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx) again`);
  }
}

/** What the sheets read so far give: the text's lines and what the analysis and the report learn beside them. */
class WorkbookText {
  readonly lines: string[] = [];
  readonly headings: ExtractedDocument['headings'] = [];
  readonly places: NonNullable<ExtractedDocument['places']> = [];
  readonly left: LeftBlock[] = [];
  readonly warnings: string[] = [];
  readonly meta: ExtractedDocument['meta'] = {};
  /** The case list's title (its first row above the header). */
  title: string | undefined;
  readonly forms: Array<{ heading?: string; date?: string; left: LeftBlock }> = [];

  /** A paragraph of the text, after a blank line; its line number (1-based). */
  push(text: string): number {
    if (this.lines.length) this.lines.push('');
    this.lines.push(text);
    return this.lines.length;
  }

  /** A case's title: a declared level-1 heading, with the place the sheet states for the case. */
  caseTitle(title: string, place?: string): number {
    const line = this.push(title);
    this.headings.push({ line, level: 1, cue: 'declared' });
    if (place) this.places.push({ line, place });
    return line;
  }
}

/** A sheet laid out as a form (申报表): its one case, or false when it is no form. */
function readFormSheet(sheet: string, data: Cell[][], merges: CellRange[], out: WorkbookText): boolean {
  const fields = formFields(formRows(data, merges));
  const form = fields && caseOfForm(fields, `工作表“${sheet}”：`);
  if (!form) return false;
  out.caseTitle(form.title, form.place);
  if (form.byline) out.push(form.byline);
  for (const p of form.paragraphs) out.push(p);
  out.left.push(form.left, ...form.reviews);
  out.forms.push(form);
  return true;
}

/** A sheet that is neither list nor form (填表说明) is the workbook's makers', not a case's: its text is listed, never dropped. */
function listOtherSheet(sheet: string, data: Cell[][], out: WorkbookText): boolean {
  const cells = data.flat().filter(filled);
  if (!cells.length) return false;
  out.warnings.push(checkMessage('xlsx-sheet-no-case', { sheet, count: cells.length }));
  for (const c of cells) out.left.push({ role: 'compilers-addition', text: cellText(c).trim(), reason: `工作表“${sheet}”：既不是案例汇总表也不是申报表，不含案例（征集者的填表说明或备注）` });
  return true;
}

/** A case list's columns by role, read off its header. */
interface ListColumns {
  columns: HeaderColumn[];
  header: string[];
  titleCol: number;
  /** The text may be split over several columns (主要做法, 取得成效, or the sub-heads of 案例主要内容): read in their order. */
  textCols: number[];
  /** Where the list names no place, the unit that files the case does (中共罗田县委组织部), as a form's does. */
  placeCol: number;
  commentCol: number;
  reviewCols: number[];
  hidden: ReadonlySet<number>;
}

function listColumns(columns: HeaderColumn[], hidden: ReadonlySet<number>): ListColumns {
  const header = columns.map((c) => c.name);
  return {
    columns,
    header,
    titleCol: header.findIndex((c) => TITLE_COLUMN.test(c)),
    textCols: columns.map((c, k) => (c.text ? k : -1)).filter((k) => k >= 0),
    placeCol: [PLACE_COLUMN, UNIT_COLUMN].map((l) => header.findIndex((c) => l.test(c))).find((k) => k >= 0) ?? -1,
    commentCol: header.findIndex((c) => COMMENT_COLUMN.test(c)),
    reviewCols: header.map((c, k) => (REVIEW_COLUMN.test(c) ? k : -1)).filter((k) => k >= 0),
    hidden,
  };
}

const hiddenNote = (cols: ListColumns, k: number) => (cols.hidden.has(k) ? '（此列在表中是隐藏的）' : '');

/** A hidden title or text column is read all the same, and the editor is told to check it was not hidden to leave it out. */
function warnHiddenText(sheet: string, cols: ListColumns, out: WorkbookText): void {
  for (const k of [cols.titleCol, ...cols.textCols].filter((k) => cols.hidden.has(k))) {
    out.warnings.push(checkMessage(k === cols.titleCol ? 'xlsx-hidden-title-column' : 'xlsx-hidden-text-column', { sheet, column: cols.header[k] ?? '' }));
  }
}

/** The rows above the header: the first is the list's title; a filing line under it (填报单位…填报日期) dates the list. */
function readRowsAbove(sheet: string, rows: Cell[][], out: WorkbookText): void {
  for (const row of rows) {
    const text = row.map(cellText).filter((s) => s.trim()).join(' ').trim();
    if (!text) continue;
    const date = out.title === undefined ? undefined : dateIn(text);
    if (date) out.meta.date ??= date;
    out.title ??= text;
    out.left.push({ role: 'compilation-header', text, reason: `工作表“${sheet}”表格之上：${date ? `汇总表的填报行 → 来源条目的日期 date ${date}` : '汇总表的标题 → 来源条目的题名 title'}` });
  }
}

/** The header's labels are the collector's table, not any case's text: listed once (the sub-heads are also set in each case). */
function listHeader(sheet: string, data: Cell[][], h: number, bottom: number, cols: ListColumns, out: WorkbookText): void {
  const labels = data.slice(h, bottom + 1).flatMap((row) => row.map((c) => cellText(c).trim()).filter(Boolean));
  const heads = cols.columns.flatMap((c) => c.head ?? []);
  const span = bottom > h ? `${h + 1}–${bottom + 1}` : `${h + 1}`;
  out.left.push({ role: 'compilers-addition', text: labels.join('　'), reason: `工作表“${sheet}”第${span}行：汇总表的表头，即各列的列名${heads.length ? `；${heads.join('、')}在每个案例中作其单元格文字的小标题` : ''}` });
}

/** One row of a case list: its case (title, stated fields, review, text under its heads, 【点评】), or what it holds listed. */
/** Where a row stands, as the report's reasons and the catalogued warnings name it. */
type RowAt = { sheet: string; row: number };
const rowAt = ({ sheet, row }: RowAt) => `工作表“${sheet}”第${row}行`;

/** `underTitle`: the row's 案例名称 cell is inside a region merged down from a row above: the case runs on in this row. */
function readCaseRow(row: Cell[], at: RowAt, cols: ListColumns, out: WorkbookText, underTitle = false): void {
  const { header, titleCol, textCols, placeCol, commentCol, reviewCols } = cols;
  const caseTitle = linesOf(row[titleCol] ?? null).join('');
  // Each text cell's paragraphs, under its head where the header gives one; an empty cell's head heads nothing.
  const parts = textCols.map((k) => ({ head: cols.columns[k]!.head, lines: linesOf(row[k] ?? null) })).filter((p) => p.lines.length);
  const body = parts.flatMap((p) => p.lines);
  const comment = commentCol >= 0 ? linesOf(row[commentCol] ?? null) : [];
  if (!caseTitle && !body.length && !comment.length) return;
  if (!body.length) return listTextlessRow(at, caseTitle, comment, header[commentCol], out);
  const stated = header
    .map((name, k) => [name, cellText(row[k] ?? null).trim(), k] as const)
    .filter(([name, value, k]) => value && name && k !== titleCol && !textCols.includes(k) && k !== commentCol && !reviewCols.includes(k) && !NUMBER_COLUMN.test(name));
  if (!caseTitle) {
    if (!underTitle) out.warnings.push(checkMessage('xlsx-text-without-title', at));
    // A unit or contact typed on a later row of the case than its title's: the list's word on the case above, listed.
    if (stated.length) {
      out.left.push({ role: 'dateline', text: stated.map(([name, value]) => `${name}：${value}`).join('　'), reason: `${rowAt(at)}：汇总表在此行所载上一案例的其他信息（案例名称在上方），不是正文${stated.map(([, , k]) => hiddenNote(cols, k)).join('')}` });
    }
  } else {
    const place = placeCol >= 0 ? cellText(row[placeCol] ?? null).trim() : '';
    out.caseTitle(caseTitle, place);
    if (stated.length) {
      out.left.push({ role: 'dateline', text: stated.map(([name, value]) => `${name}：${value}`).join('　'), reason: `${rowAt(at)}：汇总表所载“${caseTitle}”的其他信息，不是正文${place ? `；${header[placeCol]} → 草稿的地点` : ''}${stated.map(([, , k]) => hiddenNote(cols, k)).join('')}` });
    }
  }
  // The collector's review is theirs, not the case's nor the submitter's: listed as the compilers', never set in the text.
  for (const k of reviewCols) {
    const value = cellText(row[k] ?? null).trim();
    if (value) out.left.push({ role: 'compilers-addition', text: `${header[k]}：${value}`, reason: `${rowAt(at)}：征集者对“${caseTitle || body[0]}”的审核意见，不是原文${hiddenNote(cols, k)}` });
  }
  for (const { head, lines } of parts) {
    if (head) out.push(head);
    for (const p of lines) out.push(p);
  }
  // A cell that opens with the label itself (【点评】…) keeps it as printed: a second label would make two commentaries.
  if (comment.length) for (const p of comment[0]!.startsWith(COMMENTARY_MARKER) ? comment : [COMMENTARY_MARKER, ...comment]) out.push(p);
}

/** A row with no text is no case: its title and the compilers' comment on it are listed, never dropped. */
function listTextlessRow(at: RowAt, caseTitle: string, comment: string[], commentLabel: string | undefined, out: WorkbookText): void {
  if (caseTitle) out.left.push({ role: 'headline', text: caseTitle, reason: `${rowAt(at)}：有标题而案例正文一格是空的，不作案例` });
  for (const p of comment) out.left.push({ role: 'unknown', text: p, reason: `${rowAt(at)}：案例正文一格为空的一行中的“${commentLabel}”，不作案例` });
  out.warnings.push(caseTitle ? checkMessage('xlsx-title-without-text', { ...at, title: caseTitle }) : checkMessage('xlsx-comment-only', { ...at, column: commentLabel ?? '' }));
}

/** A sheet laid out as a case list whose header starts at row h: its title rows, its header, a case per row below. */
function readCaseList(sheet: string, data: Cell[][], h: number, merges: CellRange[], hidden: ReadonlySet<number>, out: WorkbookText): void {
  const { columns, bottom } = headerAt(data, h, merges)!;
  const cols = listColumns(columns, hidden);
  warnHiddenText(sheet, cols, out);
  readRowsAbove(sheet, data.slice(0, h), out);
  listHeader(sheet, data, h, bottom, cols, out);
  // A case's text may run over several rows, one paragraph a row, its 案例名称 merged down beside them: no row of it lacks the name.
  const underTitle = (r: number) => (regionAt(merges, r, cols.titleCol)?.top ?? r) < r;
  data.slice(bottom + 1).forEach((row, i) => readCaseRow(row, { sheet, row: bottom + i + 2 }, cols, out, underTitle(bottom + 1 + i)));
}

/** Why a workbook whose sheets hold no case is refused, naming them and saying what the reader takes. */
function noCaseError(file: string, unread: readonly string[]): DecodeError {
  const named = unread.length ? `sheet${unread.length > 1 ? 's' : ''} ${unread.map((s) => `“${s}”`).join('、')} hold${unread.length > 1 ? '' : 's'}` : 'no sheet holds';
  return new DecodeError(`${file}: ${named} no case: the reader takes a case list (a header row with 案例名称 and 案例正文 columns, one case per row) or a form (案例名称 and 案例正文 labels beside or above their values, one case per sheet); add those labels or export the cases as .docx`);
}

/**
 * A workbook of forms whose every form bears one title (the 申报表's name, printed on each sheet) is known by it, as a
 * case list is by its title row.
 */
function formsTitle(out: WorkbookText): void {
  const heading = out.forms[0]?.heading;
  if (out.title !== undefined || !heading || !out.forms.every((f) => f.heading === heading)) return;
  out.title = heading;
  for (const f of out.forms) f.left.reason += `；每个工作表相同的表名“${heading}” → 来源条目的题名 title`;
}

export async function readXlsx(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const { sheets, layouts } = await openWorkbook(file, bytes);
  const out = new WorkbookText();
  let read = 0;
  const unread: string[] = [];
  for (const { sheet, data } of sheets) {
    const merges = layouts.get(sheet)?.merges ?? [];
    const h = data.findIndex((_, r) => headerAt(data, r, merges));
    if (h >= 0) readCaseList(sheet, data, h, merges, layouts.get(sheet)?.hiddenColumns ?? new Set<number>(), out);
    else if (!readFormSheet(sheet, data, merges, out)) {
      if (listOtherSheet(sheet, data, out)) unread.push(sheet);
      continue;
    }
    read++;
  }
  if (!read) throw noCaseError(file, unread);
  if (!out.lines.length) throw new DecodeError(`${file}: the case list has no rows with a 案例名称 and 案例正文 below its header`);
  formsTitle(out);
  const filed = out.forms.length ? formsDate(out.forms) : undefined;
  if (filed) out.meta.date ??= filed;
  const doc: ExtractedDocument = { format: 'xlsx', text: out.lines.join('\n') + '\n', extracted: true, meta: out.meta, headings: out.headings, dropped: {}, left: out.left };
  if (out.title) doc.meta.title = out.title;
  if (out.places.length) doc.places = out.places;
  if (out.warnings.length) doc.warnings = out.warnings;
  return doc;
}
