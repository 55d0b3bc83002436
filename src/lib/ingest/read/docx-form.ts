/**
 * A Word form that files a case field by field (推荐表, 申报表): a table whose rows pair labels with values, the
 * labels those of a case list (case-record-labels.ts: 案例名称 | title, 撰稿人 | names, 案例内容 | the text). Such a
 * table is a case, not a table of data: it is set in the document as the case reads — its title as a heading, the
 * byline, the text's paragraphs — and what else the form states (报送单位, 推荐意见 with its stamp and date) is
 * listed for the report. A form without both a title and a text field (a 推荐表 set over a case typed after it) is left as it is.
 */
import type { LeftBlock } from '../left-blocks.ts';
import { AUTHOR_LABEL, labelKey, NUMBER_LABEL, PLACE_LABEL, TEXT_LABEL, TITLE_LABEL } from '../case-record-labels.ts';
import { collapseSpace, trimLine } from './dom-lines.ts';

/** A unit that files the case (报送单位, 申报单位): names the place the case is from where no place field does. */
const UNIT_LABEL = /^(报送|申报|推荐|实施|供稿|所在)?单位(名称)?$/;

interface Field {
  label: string;
  /** The value cell's paragraphs, as typed. */
  paragraphs: string[];
}

const cellsOf = (row: Element) => Array.from(row.children).filter((c) => /^t[dh]$/i.test(c.tagName));
const textOf = (el: Element) => trimLine(collapseSpace(el.textContent ?? ''));

/** A cell's paragraphs: its <p> elements, or its text when it has none. */
function paragraphsOf(cell: Element): string[] {
  const ps = Array.from(cell.querySelectorAll('p')).map(textOf).filter(Boolean);
  return ps.length ? ps : [textOf(cell)].filter(Boolean);
}

/**
 * The label/value pairs of a table whose every row pairs its cells so (label | value [| label | value]), a row of
 * one merged cell (the form's own title set inside it) as a value without a label; undefined otherwise.
 */
function fieldsOf(table: Element): Field[] | undefined {
  const fields: Field[] = [];
  for (const row of Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table)) {
    const cells = cellsOf(row);
    if (cells.length === 1) {
      fields.push({ label: '', paragraphs: paragraphsOf(cells[0]!) });
      continue;
    }
    if (cells.length % 2 !== 0) return undefined;
    for (let k = 0; k < cells.length; k += 2) fields.push({ label: labelKey(textOf(cells[k]!)), paragraphs: paragraphsOf(cells[k + 1]!) });
  }
  return fields;
}

export interface FormCase {
  title: string;
  /** Where the form states it: its place field, else the unit that files it. */
  place?: string;
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
    const fields = fieldsOf(table);
    const find = (label: RegExp) => fields?.find((f) => label.test(f.label));
    const title = find(TITLE_LABEL);
    const texts = fields?.filter((f) => TEXT_LABEL.test(f.label) && f.paragraphs.length) ?? [];
    if (!fields || !title?.paragraphs.length || !texts.length) continue;
    const author = find(AUTHOR_LABEL);
    const titleText = title.paragraphs.join('');
    const add = (tag: string, text: string) => {
      const el = document.createElement(tag);
      el.textContent = text;
      table.before(el);
    };
    add('h1', titleText);
    if (author?.paragraphs.length) add('p', author.paragraphs.join(''));
    for (const f of texts) for (const p of f.paragraphs) add('p', p);
    table.remove();
    const place = find(PLACE_LABEL)?.paragraphs.join('') || find(UNIT_LABEL)?.paragraphs.join('');
    cases.push({ title: titleText, ...(place ? { place } : {}) });
    const stated = fields.filter((f) => f !== title && f !== author && !texts.includes(f) && !NUMBER_LABEL.test(f.label));
    const labels = [title, ...(author ? [author] : []), ...texts].map((f) => f.label).join('、');
    left.push({
      role: 'dateline',
      text: [`${labels}`, ...stated.map((f) => (f.label ? `${f.label}：${f.paragraphs.join(' ')}` : f.paragraphs.join(' ')))].join('　'),
      reason: `a form filing “${titleText}” (a table of labels and values): its labels (${labels}) are the form's; ${stated.length ? `${stated.map((f) => f.label || f.paragraphs.join('')).join('、')} ${stated.some((f) => UNIT_LABEL.test(f.label) || PLACE_LABEL.test(f.label)) ? '(the unit or place → the draft\'s region) ' : ''}are what the form states of the case besides, not its text` : 'nothing else'}`,
    });
  }
  return { cases, left };
}
