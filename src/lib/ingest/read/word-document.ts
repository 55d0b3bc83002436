/**
 * A word processor's document → the ExtractedDocument the analysis reads, whatever wrote it: the .docx reader (through
 * mammoth), the OpenDocument reader (content.xml) and the RTF reader each turn their file into the same evidence — an
 * HTML body of paragraphs (headings as <h1>–<h6>, centred paragraphs marked, bold runs in <strong>, tables as rows of
 * cells, a note's mark where it is printed), the notes' texts, the type size and the looks of each paragraph, and what
 * its review marks hold — and this module reads that evidence one way for all three: a form filing a case set as the
 * case reads, one line per paragraph, a table's rows each a line, the notes after the body, headings declared by the
 * document's styles or inferred from looks, and the report's blocks for revisions, comments, text boxes and running
 * heads.
 */
import { parseHTML } from 'linkedom';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { blocksOf, type Block } from './dom-lines.ts';
import type { Review } from './docx-review.ts';
import { setCaseForms } from './docx-form.ts';
import { formsDate } from '../case-form.ts';
import { repeatsText } from './docx-frames.ts';
import { textKey } from '../../text.ts';
import { checkMessage } from '../../check-messages.ts';

export const squeeze = (s: string) => s.replace(/\s+/g, '');

/** A run of text set one way: its weight, its size (pt) and typeface where the file states them. */
export interface WordRun {
  text: string;
  bold?: boolean;
  size?: number;
  face?: string;
  /** A line break inside the paragraph (Word's w:br, ODF's text:line-break, RTF's \line). */
  br?: boolean;
  /** A picture in the running text: no text, counted for the report. */
  image?: boolean;
}

/** A paragraph as the reader found it in a file it parses itself (OpenDocument, RTF). */
export interface WordParagraph {
  runs: WordRun[];
  /** The paragraph style's name as the file gives it (its display name), for the paragraph's looks. */
  style?: string;
  /** 1–6: a heading by the document's outline (a heading style, text:h, \outlinelevel); absent for text. */
  heading?: number;
  centred?: boolean;
  /** Side indents as the file writes them: they set a box apart (lookOf). */
  indent?: [string, string];
}

/** A table: its rows, each a list of cells, each cell its paragraphs (a nested table stays inside its cell). */
export interface WordTable {
  rows: WordBlock[][][];
}

export type WordBlock = WordParagraph | WordTable;

const isTable = (b: WordBlock): b is WordTable => 'rows' in b;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runHtml(r: WordRun): string {
  if (r.br) return '<br>';
  if (r.image) return '<img src="">';
  const text = escapeHtml(r.text);
  return r.bold && r.text.trim() ? `<strong>${text}</strong>` : text;
}

function paragraphHtml(p: WordParagraph): string {
  const inner = p.runs.map(runHtml).join('');
  if (p.heading) return `<h${Math.min(6, p.heading)}>${inner}</h${Math.min(6, p.heading)}>`;
  return p.centred ? `<p class="centred">${inner}</p>` : `<p>${inner}</p>`;
}

/** The blocks as the HTML mammoth gives for a .docx, so the same reading of blocks serves every word processor's file. */
export function wordHtml(blocks: readonly WordBlock[]): string {
  return blocks
    .map((b) => (isTable(b) ? `<table>${b.rows.map((row) => `<tr>${row.map((cell) => `<td>${wordHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>` : paragraphHtml(b)))
    .join('');
}

const textOf = (p: WordParagraph) => p.runs.map((r) => r.text).join('');

/**
 * How a paragraph is set, as one key (ExtractedDocument.looks): its style, alignment, side indents, and its runs'
 * typefaces — the key the .docx reader makes of mammoth's paragraph.
 */
export function lookKey(style: string, alignment: string, indent: readonly [string, string], faces: readonly string[]): string {
  return JSON.stringify([style, alignment, indent[0], indent[1], [...new Set(faces)].sort()]);
}

/**
 * Each paragraph's largest type size and its looks, by its text without spaces (as the .docx reader keys them): a
 * paragraph typed twice with two looks has none.
 */
export function sizesAndLooks(blocks: readonly WordBlock[]): { sizes: Map<string, number>; looks: Map<string, string> } {
  const sizes = new Map<string, number>();
  const looks = new Map<string, string>();
  const visit = (b: WordBlock) => {
    if (isTable(b)) return b.rows.flat(2).forEach(visit);
    const key = squeeze(textOf(b));
    if (!key) return;
    const inked = b.runs.filter((r) => r.text.trim());
    const size = Math.max(0, ...inked.map((r) => r.size ?? 0));
    if (size) sizes.set(key, Math.max(size, sizes.get(key) ?? 0));
    const look = lookKey(b.style ?? '', b.centred ? 'center' : '', b.indent ?? ['', ''], inked.map((r) => r.face ?? ''));
    looks.set(key, looks.has(key) && looks.get(key) !== look ? '' : look);
  };
  blocks.forEach(visit);
  return { sizes, looks };
}

/** Lines that are a heading by their looks only (bold, centred, or numbered by Word): short, no sentence end. */
function emphasisHeading(b: Block, numbered = false): boolean {
  return !b.heading && !b.row && (b.bold === true || b.centred === true || numbered) && Array.from(b.text).length <= 40 && !/[。！？；;]$/.test(b.text);
}

export function assemble(
  blocks: Block[],
  notes: string[] = [],
  numbered: ReadonlySet<string> = new Set(),
  sizes: ReadonlyMap<string, number> = new Map(),
  looks: ReadonlyMap<string, string> = new Map(),
): Pick<ExtractedDocument, 'text' | 'headings'> & { notes: number[]; tables: NonNullable<ExtractedDocument['tables']>; looks: NonNullable<ExtractedDocument['looks']> } {
  const lines: string[] = [];
  // A table's rows, one line each: the lines that line cells up. The paragraphs of a cell holding several (a form's
  // 推荐单位意见, an article laid out in a table) are read as paragraphs, so a file set in a layout table keeps its title.
  const tables: NonNullable<ExtractedDocument['tables']> = [];
  const headings: ExtractedDocument['headings'] = [];
  const noteLines: number[] = [];
  const lookLines: NonNullable<ExtractedDocument['looks']> = [];
  const push = (text: string) => {
    if (lines.length) lines.push('');
    lines.push(text);
    return lines.length;
  };
  for (const b of blocks) {
    const line = push(b.text);
    if (b.table !== undefined && b.row) tables.push({ first: line, last: line });
    const look = b.table === undefined ? looks.get(squeeze(b.text)) : undefined;
    if (look !== undefined) lookLines.push({ line, look });
    const size = sizes.get(squeeze(b.text));
    const sized = size !== undefined ? { size } : {};
    if (b.heading) headings.push({ line, level: b.heading, cue: 'declared', ...sized });
    // A top-level item of Word's numbering that reads as a title is the document's own outline: a title hint.
    else if (numbered.has(squeeze(b.text)) && emphasisHeading(b, true)) headings.push({ line, level: 1, cue: 'emphasis', ...sized });
    else if (emphasisHeading(b)) headings.push({ line, level: 2, cue: 'emphasis', ...sized });
  }
  for (const n of notes) noteLines.push(push(n));
  return { text: lines.join('\n') + '\n', headings, notes: noteLines, tables, looks: lookLines };
}

/** A pull quote (引语) the layout sets beside the text, listed: the text prints its words where they belong. */
export const pullQuoteLeft = (text: string, where: string): LeftBlock => ({
  role: 'duplicate',
  text,
  reason: `版面上的引语（${where}，字号放大、加框）：正文中已有这句话，这是重复排出的，不再收入正文`,
});

/**
 * Revisions, comments and text boxes as the report states them (a box repeating the text is a pull quote): warnings
 * to read, blocks left out. `app` names the program the editor accepts changes in (Word, LibreOffice/WPS).
 */
function reviewReport(review: Review, app: string, text = ''): { warnings: string[]; left: LeftBlock[] } {
  const warnings: string[] = [];
  const left: LeftBlock[] = [];
  if (review.insertions || review.deletions.length) {
    warnings.push(checkMessage('word-revisions', { app, insertions: review.insertions, deletions: review.deletions.length }));
  }
  for (const d of review.deletions) left.push({ role: 'revision', text: d.text, reason: `修订中删除的文字（${d.by ? `修订者：${d.by}，` : ''}在“${d.in}”中）：${app} 里尚未接受此删除，按接受修订处理，未收入正文` });
  if (review.comments.length) warnings.push(checkMessage('word-comments', { count: review.comments.length, app }));
  for (const c of review.comments) left.push({ role: 'comment', text: c.text, reason: `批注${c.by || c.on ? `（${[c.by, c.on && `针对“${c.on}”`].filter(Boolean).join('，')}）` : ''}：审阅者的意见，不是原文` });
  const textKeyed = textKey(text);
  const quotes = review.textBoxes.filter((b) => repeatsText(b.paragraphs.join(''), textKeyed));
  for (const b of quotes) left.push(pullQuoteLeft(b.paragraphs.join('\n'), `锚定在第${b.paragraph}段的文本框`));
  const boxes = review.textBoxes.filter((b) => !quotes.includes(b));
  for (const b of boxes) {
    left.push({
      role: 'textbox',
      text: b.paragraphs.join('\n'),
      reason: `文本框（锚定于第${b.paragraph}段“${b.anchor}”）：正文旁的插文，原文未说明其在正文中的位置，未收入；如属正文，请手工加入`,
    });
  }
  if (boxes.length) warnings.push(checkMessage('word-text-boxes', { count: boxes.length }));
  for (const m of review.margins) {
    left.push({ role: 'running-head', text: m.text, reason: `${app} ${m.part === 'header' ? '页眉' : '页脚'}：每页重复的页面文字，不是正文` });
  }
  return { warnings, left };
}

/** An HTML fragment's body, to read or change before wordDocument reads it. */
export function htmlBody(html: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as { document: Document };
  return document.body;
}

/** What a reader learned of a word processor's file, its running text as HTML (mammoth's, or wordHtml's). */
export interface WordParts {
  format: 'docx' | 'odt' | 'rtf';
  /** The running text as an HTML body (htmlBody): paragraphs, headings, tables; notes already taken out. */
  body: Element;
  /** Footnotes and endnotes, each "[mark] text", the mark as the body prints it. */
  notes: string[];
  /** Paragraphs numbered by the document's own numbering, the number written into their text. */
  numbered?: Array<{ text: string; level: number }>;
  sizes: ReadonlyMap<string, number>;
  looks: ReadonlyMap<string, string>;
  review?: Review;
  warnings: string[];
  /** What the reader itself left out of the body (an unfilled control's prompt, a framed pull quote). */
  left?: LeftBlock[];
}

/** The programs that write each format, as the report names them where it says to accept changes or where a running head is set. */
const APPS: Record<WordParts['format'], string> = { docx: 'Word', odt: 'LibreOffice/WPS', rtf: 'Word/WPS' };

/** The file's running text, notes and review marks as the ExtractedDocument every word processor's file gives. */
export function wordDocument(file: string, parts: WordParts): ExtractedDocument {
  const { body } = parts;
  const warnings = [...parts.warnings];
  const images = body.querySelectorAll('img').length;
  if (images) warnings.push(checkMessage('word-images', { count: images }));
  // A form filing a case (案例名称 | …; 案例内容 | …) is set as the case reads before the body is read.
  const forms = setCaseForms(body);
  const blocks = blocksOf(body);
  if (!blocks.some((b) => /\S/.test(b.text))) {
    throw new DecodeError(`${file}: the .${parts.format} holds no text (only images or empty paragraphs); if it is a scan, run OCR first and ingest the text export`);
  }
  const numbered = new Set((parts.numbered ?? []).filter((n) => n.level === 0).map((n) => squeeze(n.text)));
  const looks = new Map([...parts.looks].filter(([, look]) => look));
  const { text, headings, notes: noteLines, tables, looks: lookLines } = assemble(blocks, parts.notes, numbered, parts.sizes, looks);
  const doc: ExtractedDocument = { format: parts.format, text, extracted: true, meta: {}, headings, dropped: {} };
  if (parts.review) {
    const reported = reviewReport(parts.review, APPS[parts.format], text);
    warnings.push(...reported.warnings);
    if (reported.left.length) doc.left = reported.left;
  }
  if (forms.left.length) doc.left = [...(doc.left ?? []), ...forms.left];
  if (parts.left?.length) doc.left = [...(doc.left ?? []), ...parts.left];
  const places = forms.cases.flatMap((c) => {
    const line = c.place ? headings.find((h) => h.level === 1 && text.split('\n')[h.line - 1] === c.title)?.line : undefined;
    return line !== undefined ? [{ line, place: c.place! }] : [];
  });
  if (places.length) doc.places = places;
  const filed = formsDate(forms.cases);
  if (filed) doc.meta.date = filed;
  if (noteLines.length) doc.notes = noteLines;
  if (tables.length) doc.tables = tables;
  if (lookLines.length) doc.looks = lookLines;
  if (warnings.length) doc.warnings = warnings;
  // One level-1 heading is the document's title; several are the titles of a compilation's parts. A form's case
  // title, set as a heading, is its case's, not the document's.
  const formTitles = new Set(forms.cases.map((c) => c.title));
  const top = headings.filter((h) => h.level === 1 && h.cue === 'declared' && !formTitles.has(text.split('\n')[h.line - 1]!));
  const title = top.length === 1 ? top[0] : undefined;
  if (title) doc.meta.title = text.split('\n')[title.line - 1]!;
  return doc;
}
