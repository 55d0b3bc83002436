/**
 * Word content controls (内容控件, w:sdt): the fields of a template, filled in. mammoth reads a control's content as
 * running text and never its name (w:alias, w:tag), so the package is set right before it reads:
 *
 * - a control still showing its placeholder (w:showingPlcHdr: 单击或点击此处输入文字。) was never filled in: the
 *   prompt is the template's, no text of the document. It is emptied and listed.
 * - a form whose values stand in controls — 案例名称：[control] in a paragraph, a table of label cells beside control
 *   cells, 案例正文： over a control round the text's paragraphs — is the case form docx-form.ts reads from a table:
 *   when its fields file a case (case-form.ts), its paragraphs and tables are set as one such table, a label and its
 *   control's content a row, the tables' rows as they are.
 */
import { DOMParser } from 'linkedom';
import { caseOfForm, formFields, type FormCell } from '../case-form.ts';
import { labelKey } from '../case-record-labels.ts';
import { descendants, kid, kids, runText, tag, type El } from './docx-xml.ts';

const textOf = (e: El) => runText(e).trim();

/** A control left unfilled: the field it stands for and the prompt it shows. */
export interface Placeholder {
  field: string;
  text: string;
}

/** A control's field: its name in the template (w:alias, else w:tag), or the label typed before it. */
const fieldOf = (sdt: El, label = '') => kid(kid(sdt, 'w:sdtPr'), 'w:alias')?.getAttribute('w:val') || kid(kid(sdt, 'w:sdtPr'), 'w:tag')?.getAttribute('w:val') || labelKey(label);

/** The paragraphs a control holds: a block-level control's, or the one a run-level control's runs make. */
function controlParagraphs(sdt: El): FormCell {
  const content = kid(sdt, 'w:sdtContent');
  if (!content) return [];
  const paragraphs = descendants(content, 'w:p');
  return (paragraphs.length ? paragraphs.map(textOf) : [textOf(content)]).filter(Boolean);
}

/** A label typed before a control: a short name, no sentence (案例名称：, 所在地区). */
const isLabel = (text: string) => {
  const key = labelKey(text);
  return key.length >= 1 && Array.from(key).length <= 12 && !/[。，；！？,;!?]/u.test(key);
};

/** A paragraph that is only a label over the control after it (案例正文：). */
const isLabelParagraph = (e: El) => tag(e) === 'w:p' && !descendants(e, 'w:sdt').length && /[:：]$/u.test(textOf(e)) && isLabel(textOf(e));

/** Empties every control showing its placeholder, and says what each prompted for. */
function emptyPlaceholders(doc: Document): Placeholder[] {
  const out: Placeholder[] = [];
  for (const sdt of descendants(doc.documentElement as El, 'w:sdt')) {
    if (!kid(kid(sdt, 'w:sdtPr'), 'w:showingPlcHdr')) continue;
    const content = kid(sdt, 'w:sdtContent');
    if (!content) continue;
    const text = textOf(content);
    const block = kids(content).some((c) => ['w:p', 'w:tbl'].includes(tag(c)));
    for (const c of kids(content)) c.remove();
    // A block-level control in a table cell must leave the cell a paragraph.
    if (block) content.appendChild(doc.createElement('w:p'));
    if (text) out.push({ field: fieldOf(sdt), text });
  }
  return out;
}

/**
 * A paragraph as a form's row: the label before each run-level control and the control's content, in turn. Undefined
 * when the paragraph is prose with a control in it (words after the last control, or a sentence before one).
 */
function paragraphRow(p: El): FormCell[] | undefined {
  const row: FormCell[] = [];
  let label = '';
  for (const c of kids(p)) {
    if (tag(c) === 'w:pPr') continue;
    if (tag(c) !== 'w:sdt') {
      label += textOf(c);
      continue;
    }
    // Words before a control that are no label make the paragraph a sentence; no words, the control's name labels it.
    if (label.trim() ? !isLabel(label) : !fieldOf(c)) return undefined;
    row.push([label.trim() || fieldOf(c)], controlParagraphs(c));
    label = '';
  }
  return row.length && !label.trim() ? row : undefined;
}

/** A table's rows as the form reads them, each cell its paragraphs (a control's as its content). */
const tableRows = (table: El): FormCell[][] => kids(table, 'w:tr').map((tr) => kids(tr, 'w:tc').map((tc) => descendants(tc, 'w:p').map(textOf).filter(Boolean)));

/** One stretch of the body a form fills: its elements, the rows they read as, and the new rows to set them as. */
interface FormStretch {
  elements: El[];
  rows: FormCell[][];
  /** Each row as the table to set: a table's own row, or a label and the control's paragraphs. */
  parts: Array<El | { label: string; paragraphs: El[] }>;
}

/** The body's stretches of consecutive elements that are a form's rows (empty paragraphs between them aside). */
function formStretches(body: El): FormStretch[] {
  const stretches: FormStretch[] = [];
  let current: FormStretch = { elements: [], rows: [], parts: [] };
  const close = () => {
    if (current.parts.length) stretches.push(current);
    current = { elements: [], rows: [], parts: [] };
  };
  const children = kids(body);
  for (let i = 0; i < children.length; i++) {
    const e = children[i]!;
    const next = children[i + 1];
    if (tag(e) === 'w:p' && !textOf(e) && !descendants(e, 'w:sdt').length) {
      if (current.parts.length) current.elements.push(e);
      continue;
    }
    if (isLabelParagraph(e) && next && tag(next) === 'w:sdt') {
      const paragraphs = descendants(kid(next, 'w:sdtContent') ?? next, 'w:p');
      current.elements.push(e, next);
      current.rows.push([[textOf(e)], controlParagraphs(next)]);
      current.parts.push({ label: textOf(e), paragraphs });
      i++;
      continue;
    }
    if (tag(e) === 'w:sdt' && !descendants(e, 'w:tbl').length && fieldOf(e)) {
      current.elements.push(e);
      current.rows.push([[fieldOf(e)], controlParagraphs(e)]);
      current.parts.push({ label: fieldOf(e), paragraphs: descendants(kid(e, 'w:sdtContent') ?? e, 'w:p') });
      continue;
    }
    const row = tag(e) === 'w:p' && descendants(e, 'w:sdt').length ? paragraphRow(e) : undefined;
    if (row) {
      current.elements.push(e);
      current.rows.push(row);
      for (let k = 0; k < row.length; k += 2) current.parts.push({ label: row[k]!.join(''), paragraphs: paragraphsOf(e.ownerDocument, row[k + 1]!) });
      continue;
    }
    if (tag(e) === 'w:tbl' && descendants(e, 'w:sdt').length) {
      current.elements.push(e);
      current.rows.push(...tableRows(e));
      current.parts.push(...kids(e, 'w:tr'));
      continue;
    }
    close();
  }
  close();
  return stretches;
}

function paragraphsOf(doc: Document, texts: readonly string[]): El[] {
  return texts.map((text) => {
    const p = doc.createElement('w:p');
    const r = doc.createElement('w:r');
    const t = doc.createElement('w:t');
    t.setAttribute('xml:space', 'preserve');
    t.textContent = text;
    r.appendChild(t);
    p.appendChild(r);
    return p;
  });
}

const cellOf = (doc: Document, paragraphs: El[]) => {
  const tc = doc.createElement('w:tc');
  for (const p of paragraphs.length ? paragraphs : [doc.createElement('w:p')]) tc.appendChild(p);
  return tc;
};

/** The stretch set as one table, in place of its first element; its other elements removed. */
function setAsTable(doc: Document, stretch: FormStretch): void {
  const table = doc.createElement('w:tbl');
  for (const part of stretch.parts) {
    if ('label' in part) {
      const tr = doc.createElement('w:tr');
      tr.appendChild(cellOf(doc, paragraphsOf(doc, [part.label])));
      tr.appendChild(cellOf(doc, part.paragraphs));
      table.appendChild(tr);
    } else table.appendChild(part);
  }
  stretch.elements[0]!.before(table);
  for (const e of stretch.elements) e.remove();
}

/**
 * The document part with unfilled controls emptied and each form of controls that files a case set as a table of
 * labels and values; the placeholders it held. The part as it was when it holds no control.
 */
export function readContentControls(documentXml: string): { xml: string; placeholders: Placeholder[] } {
  if (!/<w:sdt\b/.test(documentXml)) return { xml: documentXml, placeholders: [] };
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml') as unknown as Document;
  const placeholders = emptyPlaceholders(doc);
  const body = descendants(doc.documentElement as El, 'w:body')[0];
  let forms = 0;
  for (const stretch of body ? formStretches(body) : []) {
    if (!caseOfForm(formFields(stretch.rows))) continue;
    setAsTable(doc, stretch);
    forms++;
  }
  return { xml: placeholders.length || forms ? doc.toString() : documentXml, placeholders };
}
