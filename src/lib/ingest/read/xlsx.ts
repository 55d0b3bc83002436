/**
 * Excel workbook (.xlsx) → cases, through read-excel-file (a maintained reader that unescapes `_x000D_` and shared
 * strings; SheetJS's npm releases stopped at 0.18). A sheet holds cases in one of two ways:
 *
 * - a case list (案例征集汇总表), one case per row: the header row is found by its words wherever it stands (案例名称 /
 *   案例标题 and 案例正文 / 内容 / 主要做法…, the labels case-record-labels.ts keeps for every reader); each row below it
 *   gives its title as a declared level-1 heading and its text cells' lines as paragraphs, column by column in order.
 *   What the row states of the case besides (报送单位, 所在地区…) is listed for the report, and the place goes to the
 *   analysis as the case's stated place; a 点评 column is the case's 【点评】, set after its text. Rows above the header
 *   (the merged title row) are the compilation's title, a filing line under it (填报日期) its date.
 * - a form (申报表, 登记表), one case per sheet: cells pairing labels with values, a merged region one cell
 *   (xlsx-merges.ts), read by the form rule Word's forms share (case-form.ts) — its title, byline and text set as the
 *   case reads, the rest (报送单位, 联系人, 推荐意见) listed for the report, the unit or place → the stated place.
 *
 * A sheet that is neither (填表说明) is listed, no case; a workbook with no such sheet is refused, naming its sheets.
 * A package other tools laid out differently is first resolved through its relationships (xlsx-package.ts).
 */
import readXlsxFile from 'read-excel-file/node';
import { DecodeError } from '../decode.ts';
import { canonicalXlsx } from './xlsx-package.ts';
import { mergedRanges, type CellRange } from './xlsx-merges.ts';
import { caseOfForm, continuedCell, formFields, type FormCell } from '../case-form.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { COMMENTARY_MARKER } from '../../text.ts';
import { COMMENT_LABEL as COMMENT_COLUMN, NUMBER_LABEL as NUMBER_COLUMN, PLACE_LABEL as PLACE_COLUMN, TEXT_LABEL as TEXT_COLUMN, TITLE_LABEL as TITLE_COLUMN, labelKey } from '../case-record-labels.ts';
import { dateIn } from '../dates.ts';

type Cell = string | number | boolean | Date | null;

const label = (c: Cell) => (typeof c === 'string' ? labelKey(c) : '');
const cellText = (c: Cell) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c));
/** A cell's lines, trimmed, empty ones dropped: Excel's Alt+Enter and pasted CRLF both break paragraphs. */
const linesOf = (c: Cell) => cellText(c).split(/\r\n|\r|\n/).map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter(Boolean);

const filled = (c: Cell) => cellText(c).trim() !== '';

/**
 * A sheet's rows as a form's cells: a merged region is one cell, read at its top-left. Merged across, the columns it
 * covers are no cells; merged down, it is still a cell of each row under its top (continuedCell). The grid's columns before the sheet's first filled one and after each
 * row's last filled one are no cells; a label left without its value at a row's end (联系电话 | blank) is paired with
 * an empty value by the form rule (case-form.ts), as a Word row is.
 */
function formRows(data: Cell[][], merges: CellRange[]): FormCell[][] {
  const firsts = data.map((row) => row.findIndex(filled)).filter((k) => k >= 0);
  const first = firsts.length ? Math.min(...firsts) : 0;
  const regionAt = (r: number, c: number) => merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  return data.flatMap((row, r) => {
    const last = row.findLastIndex(filled);
    if (last < 0) return [];
    const cells: FormCell[] = [];
    for (let c = first; c <= last; c++) {
      const region = regionAt(r, c);
      if (!region || (region.top === r && region.left === c)) cells.push(linesOf(row[c] ?? null));
      else if (region.left === c && region.top < r) cells.push(continuedCell(cells.length, linesOf(data[region.top]?.[c] ?? null)));
    }
    return cells.length ? [cells] : [];
  });
}

export async function readXlsx(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let sheets: Array<{ sheet: string; data: Cell[][] }>;
  let merges: Map<string, CellRange[]>;
  const pkg = await canonicalXlsx(file, bytes);
  try {
    sheets = (await readXlsxFile(Buffer.from(pkg.buffer, pkg.byteOffset, pkg.length))) as Array<{ sheet: string; data: Cell[][] }>;
    merges = await mergedRanges(pkg);
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new DecodeError(`${file}: not a readable .xlsx workbook (${reason}); open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx) again`);
  }
  const lines: string[] = [];
  const headings: ExtractedDocument['headings'] = [];
  const places: NonNullable<ExtractedDocument['places']> = [];
  const left: LeftBlock[] = [];
  const warnings: string[] = [];
  const push = (text: string) => {
    if (lines.length) lines.push('');
    lines.push(text);
    return lines.length;
  };
  let title: string | undefined;
  const meta: ExtractedDocument['meta'] = {};
  let read = 0;
  const unread: string[] = [];
  const forms: Array<{ heading?: string; left: LeftBlock }> = [];
  for (const { sheet, data } of sheets) {
    const h = data.findIndex((row) => row.some((c) => TITLE_COLUMN.test(label(c))) && row.some((c) => TEXT_COLUMN.test(label(c))));
    if (h < 0) {
      const fields = formFields(formRows(data, merges.get(sheet) ?? []));
      const form = fields && caseOfForm(fields, `sheet “${sheet}”: `);
      if (form) {
        read++;
        const line = push(form.title);
        headings.push({ line, level: 1, cue: 'declared' });
        if (form.place) places.push({ line, place: form.place });
        if (form.byline) push(form.byline);
        for (const p of form.paragraphs) push(p);
        left.push(form.left);
        forms.push(form);
        continue;
      }
      const cells = data.flat().filter(filled);
      if (!cells.length) continue;
      unread.push(sheet);
      warnings.push(`sheet “${sheet}”: neither a case list (a header row with 案例名称 and 案例正文 columns) nor a form (案例名称 and 案例正文 fields); its ${cells.length} filled cell(s) are no case, listed below`);
      // A sheet of instructions (填表说明) or notes is the workbook's makers', not a case's: its text is listed, never dropped.
      for (const c of cells) left.push({ role: 'compilers-addition', text: cellText(c).trim(), reason: `sheet “${sheet}”: no case list and no case form, so no case (the collector's instructions or notes)` });
      continue;
    }
    read++;
    const header = data[h]!.map(label);
    const titleCol = header.findIndex((c) => TITLE_COLUMN.test(c));
    // The text may be split over several columns (主要做法, 取得成效): read in their order, their headings the form's.
    const textCols = header.map((c, k) => (TEXT_COLUMN.test(c) ? k : -1)).filter((k) => k >= 0);
    const placeCol = header.findIndex((c) => PLACE_COLUMN.test(c));
    const commentCol = header.findIndex((c) => COMMENT_COLUMN.test(c));
    for (const row of data.slice(0, h)) {
      const text = row.map(cellText).filter((s) => s.trim()).join(' ').trim();
      if (!text) continue;
      // The first line is the list's title; a filing line under it (填报单位…填报日期) dates the list.
      const date = title === undefined ? undefined : dateIn(text);
      if (date) meta.date ??= date;
      title ??= text;
      left.push({ role: 'compilation-header', text, reason: `sheet “${sheet}”, above the table: ${date ? `the list's filing line → the source entry's date ${date}` : "the list's title → the source entry's title"}` });
    }
    data.slice(h + 1).forEach((row, i) => {
      const at = `sheet “${sheet}” row ${h + i + 2}`;
      const caseTitle = linesOf(row[titleCol] ?? null).join('');
      const body = textCols.flatMap((k) => linesOf(row[k] ?? null));
      const stated = header
        .map((name, k) => [name, cellText(row[k] ?? null).trim()] as const)
        .filter(([name, value], k) => value && name && k !== titleCol && !textCols.includes(k) && k !== commentCol && !NUMBER_COLUMN.test(name));
      const comment = commentCol >= 0 ? linesOf(row[commentCol] ?? null) : [];
      if (!caseTitle && !body.length && !comment.length) return;
      if (!body.length) {
        if (caseTitle) left.push({ role: 'headline', text: caseTitle, reason: `${at}: a title with an empty text cell; no case` });
        // The compilers' comment on a case with no text has no case to close; it is listed, never dropped.
        for (const p of comment) left.push({ role: 'unknown', text: p, reason: `${at}: the ${header[commentCol]} of a row whose 案例正文 cell is empty; no case` });
        warnings.push(caseTitle ? `${at}: “${caseTitle}” has no text in its 案例正文 cell` : `${at}: a ${header[commentCol]} with no 案例名称 and no 案例正文; it is listed, no case`);
        return;
      }
      if (!caseTitle) warnings.push(`${at}: a text without a 案例名称: it is read after the previous case's text`);
      else {
        const line = push(caseTitle);
        headings.push({ line, level: 1, cue: 'declared' });
        const place = placeCol >= 0 ? cellText(row[placeCol] ?? null).trim() : '';
        if (place) places.push({ line, place });
        if (stated.length) {
          left.push({ role: 'dateline', text: stated.map(([name, value]) => `${name}：${value}`).join('　'), reason: `${at}: what the list states of “${caseTitle}”${place ? '; 所在地区 → the draft\'s region' : ''}` });
        }
      }
      for (const p of body) push(p);
      // A cell that opens with the label itself (【点评】…) keeps it as printed: a second label would make two commentaries.
      if (comment.length) for (const p of comment[0]!.startsWith(COMMENTARY_MARKER) ? comment : [COMMENTARY_MARKER, ...comment]) push(p);
    });
  }
  if (!read) {
    const named = unread.length ? `sheet${unread.length > 1 ? 's' : ''} ${unread.map((s) => `“${s}”`).join('、')} hold${unread.length > 1 ? '' : 's'}` : 'no sheet holds';
    throw new DecodeError(`${file}: ${named} no case: the reader takes a case list (a header row with 案例名称 and 案例正文 columns, one case per row) or a form (案例名称 and 案例正文 labels beside or above their values, one case per sheet); add those labels or export the cases as .docx`);
  }
  if (!lines.length) throw new DecodeError(`${file}: the case list has no rows with a 案例名称 and 案例正文 below its header`);
  // A workbook of forms whose every form bears one title (the 申报表's name, printed on each sheet) is known by it, as a
  // case list is by its title row.
  const heading = forms[0]?.heading;
  if (title === undefined && heading && forms.every((f) => f.heading === heading)) {
    title = heading;
    for (const f of forms) f.left.reason += `; the form's title “${heading}”, the same on every sheet → the source entry's title`;
  }
  const doc: ExtractedDocument = { format: 'xlsx', text: lines.join('\n') + '\n', extracted: true, meta, headings, dropped: {}, left };
  if (title) doc.meta.title = title;
  if (places.length) doc.places = places;
  if (warnings.length) doc.warnings = warnings;
  return doc;
}
