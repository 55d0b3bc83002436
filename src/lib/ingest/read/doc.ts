/**
 * Legacy Word 97–2003 .doc → paragraphs, through word-extractor. The text is
 * taken exactly (filterUnicode off: by default the library turns “” into ""
 * and —— into --, which would change the source). A .doc carries no usable
 * structure through this reader — no heading styles, no bold — so the result
 * has no headings and a warning says to save as .docx for that. Table cells
 * (tab-separated) keep every cell, and each row is listed as one; footnotes, endnotes and text boxes follow
 * the body as notes; page headers and footers are dropped and counted.
 */
import WordExtractor from 'word-extractor';
import { DecodeError, SAVE_DOCX_COPY } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { checkMessage } from '../../check-messages.ts';


/** Text that did not decode: replacement characters, C0 controls, or private-use code points. */
export function garbled(text: string): boolean {
  const bad = (text.match(/[\ufffd\u0000-\u0008\u000e-\u001f\ue000-\uf8ff]/g) ?? []).length;
  return bad > Math.max(3, text.length * 0.005);
}

/**
 * A row of a table, as word-extractor writes Word's cell marks (a tab closing each cell): two cells or more, the last
 * closed. A one-cell box is read as text, as the .docx reader reads one.
 */
const isRow = (l: string) => l.endsWith('\t') && l.split('\t').length > 2;

/** The paragraphs, each with whether it is a table's row (ExtractedDocument.tables: never rejoined as prose). */
const paragraphLines = (text: string) =>
  text.split(/\r\n?|\n/).flatMap((l) => {
    const line = l.replace(/\t+$/, '').replace(/\t/g, ' | ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    return line ? [{ line, row: isRow(l) }] : [];
  });
const paragraphs = (text: string) => paragraphLines(text).map((p) => p.line);

export async function readDoc(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let doc: Awaited<ReturnType<WordExtractor['extract']>>;
  try {
    doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new DecodeError(`${file}: not a readable Word .doc (${reason}); the file is damaged or encrypted: ${SAVE_DOCX_COPY}`);
  }
  const raw = { filterUnicode: false };
  const bodyLines = paragraphLines(doc.getBody(raw));
  const body = bodyLines.map((b) => b.line);
  const notes = [...paragraphs(doc.getFootnotes(raw)), ...paragraphs(doc.getEndnotes(raw))];
  const boxes = paragraphs(doc.getTextboxes({ ...raw, includeHeadersAndFooters: false, includeBody: true }));
  const furniture = paragraphs(doc.getHeaders({ ...raw, includeFooters: true }));
  const all = [...body, ...notes, ...boxes].join('\n');
  if (!body.length) throw new DecodeError(`${file}: the .doc holds no body text (only images or empty pages); if it is a scan, run OCR first and ingest the text export`);
  if (garbled(all)) throw new DecodeError(`${file}: the .doc text does not decode cleanly (old or unusual encoding); ${SAVE_DOCX_COPY}`);

  const lines: string[] = [];
  const push = (t: string) => {
    if (lines.length) lines.push('');
    lines.push(t);
    return lines.length;
  };
  const tables: NonNullable<ExtractedDocument['tables']> = [];
  for (const b of bodyLines) {
    const at = push(b.line);
    if (b.row) tables.push({ first: at, last: at });
  }
  const noteLines = [...notes.map((n, i) => push(`[${i + 1}] ${n}`)), ...boxes.map(push)];
  const result: ExtractedDocument = {
    format: 'doc',
    text: lines.join('\n') + '\n',
    extracted: true,
    meta: {},
    headings: [],
    dropped: furniture.length ? { 'running heads': furniture.length } : {},
    warnings: [checkMessage('doc-legacy', {})],
  };
  if (noteLines.length) result.notes = noteLines;
  if (tables.length) result.tables = tables;
  return result;
}
