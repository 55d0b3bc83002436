/**
 * A Word form that files a case field by field (推荐表, 申报表): a table whose rows pair labels with values. The table's
 * rows go to the form rule every reader shares (case-form.ts); a form that is a case is set in the document as the
 * case reads, in place of its table — its title as a heading, the byline, the text's paragraphs — and the rest of the
 * form is listed for the report. A form without both a title and a text field (a 推荐表 set over a case typed after
 * it) is left as it is.
 */
import type { LeftBlock } from '../left-blocks.ts';
import { caseOfForm, continuedCell, formFields, type FormCell } from '../case-form.ts';
import { labelKey } from '../case-record-labels.ts';
import { collapseSpace, trimLine } from './dom-lines.ts';

const cellsOf = (row: Element) => Array.from(row.children).filter((c) => /^t[dh]$/i.test(c.tagName));
const textOf = (el: Element) => trimLine(collapseSpace(el.textContent ?? ''));

/** A cell's paragraphs: its <p> elements, or its text when it has none. */
function paragraphsOf(cell: Element): FormCell {
  const ps = Array.from(cell.querySelectorAll('p')).map(textOf).filter(Boolean);
  return ps.length ? ps : [textOf(cell)].filter(Boolean);
}

const span = (cell: Element, name: string) => Math.max(1, Number.parseInt(cell.getAttribute(name) ?? '1', 10) || 1);

/**
 * The table's own rows (not a nested table's), each as its cells' paragraphs. A cell merged down (mammoth writes
 * Word's vMerge as rowspan and leaves the cell out of the rows under it) stands in each of those rows again
 * (continuedCell), at its grid column.
 */
function rowsOf(table: Element): FormCell[][] {
  /** Cells merged down still to come, by the grid column they start at. */
  const down = new Map<number, { rows: number; columns: number; cell: FormCell }>();
  return Array.from(table.querySelectorAll('tr'))
    .filter((r) => r.closest('table') === table)
    .map((tr) => {
      const row: FormCell[] = [];
      const cells = cellsOf(tr);
      let column = 0;
      for (let i = 0; i < cells.length || [...down.keys()].some((k) => k >= column); ) {
        const above = down.get(column);
        if (above) {
          row.push(continuedCell(row.length, above.cell));
          if (--above.rows === 0) down.delete(column);
          column += above.columns;
          continue;
        }
        const cell = cells[i++];
        if (!cell) break;
        const paragraphs = paragraphsOf(cell);
        row.push(paragraphs);
        if (span(cell, 'rowspan') > 1) down.set(column, { rows: span(cell, 'rowspan') - 1, columns: span(cell, 'colspan'), cell: paragraphs });
        column += span(cell, 'colspan');
      }
      return row;
    });
}

export interface FormCase {
  title: string;
  /** Where the form states it: its place field, else the unit that files it. */
  place?: string;
  /** The day the form states it was filled in (填报日期). */
  date?: string;
}

/**
 * Every case form of the document body set as the case reads, in place of its table: a level-1 heading (the
 * title), the names of its author field, the text's paragraphs. Returns the cases (for their stated places) and
 * the form's other fields and labels, listed for the report.
 */
export function setCaseForms(body: Element): { cases: FormCase[]; left: LeftBlock[] } {
  const cases: FormCase[] = [];
  const left: LeftBlock[] = [];
  const document = body.ownerDocument;
  for (const table of Array.from(body.querySelectorAll('table'))) {
    const fields = formFields(rowsOf(table));
    const found = caseOfForm(fields);
    if (!found) continue;
    const add = (tag: string, text: string) => {
      const el = document.createElement(tag);
      el.textContent = text;
      table.before(el);
    };
    add('h1', found.title);
    if (found.byline) add('p', found.byline);
    for (const p of found.paragraphs) add('p', p);
    table.remove();
    cases.push({ title: found.title, ...(found.place ? { place: found.place } : {}), ...(found.date ? { date: found.date } : {}) });
    left.push(found.left, ...found.reviews);
  }
  if (cases.length) left.push(...takeOpinionTables(body));
  return { cases, left };
}

/** A label of the units' opinions on a case filed (推荐意见, 乡镇党委意见, 县委组织部意见). */
const OPINION_LABEL = /意见$/u;

/**
 * A 申报表 may set its opinions in a table of their own after the case's (推 荐 意 见 over 乡镇党委意见 | 同意推荐。（盖章）
 * 2024年4月10日): every row labelled as an opinion. The units' word on the case, not its text: taken out and listed.
 */
function takeOpinionTables(body: Element): LeftBlock[] {
  const left: LeftBlock[] = [];
  for (const table of Array.from(body.querySelectorAll('table'))) {
    const rows = rowsOf(table).filter((row) => row.some((cell) => cell.length));
    if (!rows.length || !rows.every((row) => OPINION_LABEL.test(labelKey(row[0]!.join(''))))) continue;
    left.push({ role: 'dateline', text: rows.map((row) => row.map((cell) => cell.join(' ')).filter(Boolean).join('：')).join('　'), reason: '申报表后另列的意见表（推荐、审核单位的意见和盖章）：是报送单位的话，不是案例正文' });
    table.remove();
  }
  return left;
}
