/**
 * Excel case list (案例征集汇总表, .xlsx) → one case per row, through
 * read-excel-file (a maintained reader that unescapes `_x000D_` and shared
 * strings; SheetJS's npm releases stopped at 0.18). The header row is found
 * by its words wherever it stands (案例名称 / 案例标题 and 案例正文 / 内容 /
 * 主要做法…, the labels case-record-labels.ts keeps for every reader): each row
 * below it gives its title as a declared level-1 heading and its text cells'
 * lines as paragraphs, column by column in order. What the row states of the case besides (报送单位, 所在地区…)
 * is listed for the report, and the place goes to the analysis as the case's
 * stated place; a 点评 column is the case's 【点评】, set after its text. Rows above the header (the merged title row) are the
 * compilation's title, a filing line under it (填报日期) its date. A sheet with no such header (填表说明) is listed, no case. A package other tools laid out differently is first
 * resolved through its relationships (xlsx-package.ts).
 */
import readXlsxFile from 'read-excel-file/node';
import { DecodeError } from '../decode.ts';
import { canonicalXlsx } from './xlsx-package.ts';
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

export async function readXlsx(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let sheets: Array<{ sheet: string; data: Cell[][] }>;
  const pkg = await canonicalXlsx(file, bytes);
  try {
    sheets = (await readXlsxFile(Buffer.from(pkg.buffer, pkg.byteOffset, pkg.length))) as Array<{ sheet: string; data: Cell[][] }>;
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
  let tables = 0;
  for (const { sheet, data } of sheets) {
    const h = data.findIndex((row) => row.some((c) => TITLE_COLUMN.test(label(c))) && row.some((c) => TEXT_COLUMN.test(label(c))));
    if (h < 0) {
      const filled = data.flat().filter((c) => cellText(c).trim());
      if (filled.length) warnings.push(`sheet “${sheet}”: no header row with a title column (案例名称) and a text column (案例正文); its ${filled.length} filled cell(s) are no case, listed below`);
      // A sheet of instructions (填表说明) or notes is no case list: its text is listed, never dropped.
      for (const c of filled) left.push({ role: 'unknown', text: cellText(c).trim(), reason: `sheet “${sheet}”: no case list (no 案例名称 and 案例正文 columns), so no case` });
      continue;
    }
    tables++;
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
  if (!tables) {
    throw new DecodeError(`${file}: no sheet has a header row with a 案例名称 (title) and a 案例正文 (text) column: the reader takes a case list with one case per row; add those column headings or export the cases as .docx`);
  }
  if (!lines.length) throw new DecodeError(`${file}: the case list has no rows with a 案例名称 and 案例正文 below its header`);
  const doc: ExtractedDocument = { format: 'xlsx', text: lines.join('\n') + '\n', extracted: true, meta, headings, dropped: {}, left };
  if (title) doc.meta.title = title;
  if (places.length) doc.places = places;
  if (warnings.length) doc.warnings = warnings;
  return doc;
}
