/**
 * A form that files a case field by field (推荐表, 申报表, 登记表), in whatever format it was filled in: rows whose
 * cells pair labels with values (label | value [| label | value]), the labels those of a case list
 * (case-record-labels.ts: 案例名称 | the title, 撰稿人 | names, 案例正文 | the text). A Word table (read/docx-form.ts)
 * and a spreadsheet's sheet (read/xlsx.ts) hand their rows here, so one rule reads the form in both. A form with a
 * title and a text field is a case, set as the case reads — its title, the byline, the text's paragraphs — and what
 * else it states (报送单位, 联系人, 推荐意见 with its stamp) is listed for the report, never set in the text; the
 * collector's review (初审意见) is listed as the compilers', as a case list's is.
 * Browser-safe.
 */
import type { LeftBlock } from './left-blocks.ts';
import { dateIn } from './dates.ts';
import { AUTHOR_LABEL, COMMENT_LABEL, DATE_LABEL, labelKey, NUMBER_LABEL, PLACE_LABEL, REVIEW_LABEL, TEXT_LABEL, TITLE_LABEL, UNIT_LABEL } from './case-record-labels.ts';

/** A cell of a form: its paragraphs as typed (none when it is empty). */
export type FormCell = string[];

export interface FormField {
  /** The label without its padding (labelKey), as the rules read it; empty for a row of one cell (the form's own title). */
  label: string;
  /** The label cell as typed, as the report lists it: a value standing where a label would (附件：照片 3 张) keeps its words. */
  typed: string;
  /** The value cell's paragraphs, as typed. */
  paragraphs: string[];
}

/**
 * A cell merged down (Word's vMerge, a spreadsheet's region over several rows) in a row under its top, at `place` in
 * that row: it stays a cell of the row so the row's pairs keep in step. At a label's place (案例正文 down the first
 * column beside a paragraph a row) it labels the row's value again; at a value's place it is empty, its text read once.
 */
export const continuedCell = (place: number, top: FormCell): FormCell => (place % 2 === 0 ? top : []);

/** The labels the form rules read: a cell that is one of them alone in its row labels the row under it. */
const FIELD_LABELS = [TITLE_LABEL, TEXT_LABEL, AUTHOR_LABEL, PLACE_LABEL, UNIT_LABEL, COMMENT_LABEL];
const isFieldLabel = (cell: FormCell | undefined) => !!cell?.length && FIELD_LABELS.some((l) => l.test(labelKey(cell.join(''))));

/**
 * A row of an odd count of cells on a grid wider than its pairs: an empty cell closing it is no cell (a Word table of
 * three columns), else its last cell is a label whose value was left blank (联系电话 | blank), as on a sheet.
 */
function paired(cells: FormCell[]): FormCell[] {
  if (cells.length < 2 || cells.length % 2 === 0) return cells;
  return cells.at(-1)!.length ? [...cells, []] : cells.slice(0, -1);
}

/**
 * The label/value pairs of the rows, each row's cells paired in turn (paired). A row of one cell is a value
 * without a label (the form's title set across it), unless it is a field's label over a row of one cell: forms set a
 * long field so (案例正文 across the form, the text in the merged row below it).
 */
export function formFields(rows: FormCell[][]): FormField[] {
  const fields: FormField[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = paired(rows[r]!);
    if (cells.length === 1) {
      const below = rows[r + 1];
      if (isFieldLabel(cells[0]) && below?.length === 1 && !isFieldLabel(below[0])) {
        fields.push({ label: labelKey(cells[0]!.join('')), typed: cells[0]!.join(' '), paragraphs: below[0]! });
        r++;
      } else fields.push({ label: '', typed: '', paragraphs: cells[0]! });
      continue;
    }
    for (let k = 0; k < cells.length; k += 2) fields.push({ label: labelKey(cells[k]!.join('')), typed: cells[k]!.join(' '), paragraphs: cells[k + 1]! });
  }
  return fields;
}

export interface FormCase {
  title: string;
  /** The author field's names as typed, the case's byline; absent when the form has none (a 联系人 is no author). */
  byline?: string;
  /** The text's paragraphs, field after field in the form's order (主要做法, then 取得成效). */
  paragraphs: string[];
  /** Where the form states it: its place field and the unit that files it. */
  place?: string;
  /** The day the form states it was filled in or sent (填报日期), as an ISO date. */
  date?: string;
  /** The form's own title, set across it above its first label (××市典型案例申报表): the name of the form, not the case's. */
  heading?: string;
  /** The form's labels and what else it states, for the report. */
  left: LeftBlock;
  /** The collector's review of the case (初审意见), each listed as the compilers'. */
  reviews: LeftBlock[];
}

/** The case a form files, or undefined when it lacks a title or a text field. `at` names where the form is (a sheet). */
export function caseOfForm(fields: FormField[], at = ''): FormCase | undefined {
  const find = (label: RegExp) => fields.find((f) => label.test(f.label));
  const title = find(TITLE_LABEL);
  const texts = fields.filter((f) => TEXT_LABEL.test(f.label) && f.paragraphs.length);
  if (!title?.paragraphs.length || !texts.length) return undefined;
  const author = find(AUTHOR_LABEL);
  const titleText = title.paragraphs.join('');
  // Both say where the case is from: the unit's name (中共××区××乡委员会) may name the township the place field stops above.
  const place = [find(PLACE_LABEL), find(UNIT_LABEL)].map((f) => f?.paragraphs.join('') ?? '').filter(Boolean).join(' ');
  const date = dateIn(find(DATE_LABEL)?.paragraphs.join('') ?? '');
  const reviewed = fields.filter((f) => REVIEW_LABEL.test(f.label) && f.paragraphs.length);
  const stated = fields.filter((f) => f !== title && f !== author && !texts.includes(f) && !reviewed.includes(f) && !NUMBER_LABEL.test(f.label) && (f.label || f.paragraphs.length));
  const heading = fields[0] && !fields[0].label ? fields[0].paragraphs.join('') : '';
  // A label merged down beside a paragraph a row labels each of them: it is named once.
  const labels = [...new Set([title, ...(author ? [author] : []), ...texts].map((f) => f.label))].join('、');
  const left: LeftBlock = {
    role: 'dateline',
    text: [`${labels}`, ...stated.map((f) => (f.label ? `${f.typed.replace(/\s*[:：]$/u, '')}：${f.paragraphs.join(' ')}` : f.paragraphs.join(' ')))].join('　'),
    reason: `${at}报送“${titleText}”的表格（栏目与内容成对）：栏目名（${labels}）是表格的；${stated.length ? `${stated.map((f) => f.label || f.paragraphs.join('')).join('、')}是表格所载该案例的其他信息，不是正文${stated.some((f) => UNIT_LABEL.test(f.label) || PLACE_LABEL.test(f.label)) ? '（单位或地点 → 草稿的地点）' : ''}` : '此外别无他项'}${date ? `；${find(DATE_LABEL)!.label} → 来源条目的日期 ${date}` : ''}`,
  };
  return {
    title: titleText,
    ...(author?.paragraphs.length ? { byline: author.paragraphs.join('') } : {}),
    paragraphs: texts.flatMap((f) => f.paragraphs),
    ...(place ? { place } : {}),
    ...(date ? { date } : {}),
    ...(heading ? { heading } : {}),
    left,
    reviews: reviewed.map((f) => ({ role: 'compilers-addition', text: `${f.label}：${f.paragraphs.join(' ')}`, reason: `${at}征集者对“${titleText}”的审核意见，不是原文` })),
  };
}

/** The date a document's forms are filed on, where every form states one and the same (a form's 填报日期 dates what files it). */
export function formsDate(forms: ReadonlyArray<Pick<FormCase, 'date'>>): string | undefined {
  const dates = new Set(forms.map((f) => f.date));
  return dates.size === 1 ? [...dates][0] : undefined;
}
