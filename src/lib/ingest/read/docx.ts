/**
 * Word .docx → paragraphs, through mammoth (the document's own structure,
 * not its looks): one paragraph per line; Word's Title and Heading styles
 * become declared headings; a short paragraph that is all bold and/or centred
 * becomes a heading hint; tables keep every cell (a row per line); footnotes
 * and endnotes follow the body, each line starting with its reference mark
 * ("[1] …"). mammoth's messages are passed on as warnings.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import JSZip from 'jszip';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { blocksOf, collapseSpace, trimLine, type Block } from './dom-lines.ts';
import { writeNumbers } from './docx-numbering.ts';
import { readReview, withoutTextBoxes, type Review } from './docx-review.ts';
import { setCaseForms } from './docx-form.ts';
import { formsDate } from '../case-form.ts';
import { readContentControls, type Placeholder } from './docx-controls.ts';
import { readFrames, repeatsText } from './docx-frames.ts';
import { textKey } from '../../text.ts';
import { checkMessage } from '../../check-messages.ts';

interface MammothParagraph {
  type: string;
  styleName?: string | null;
  alignment?: string | null;
  indent?: { start?: string | null; end?: string | null };
  children?: unknown[];
}

/** mammoth's document model below a paragraph: runs (with their direct size and typeface), hyperlinks, text. */
interface MammothElement {
  type: string;
  value?: string;
  font?: string | null;
  fontSize?: number | null;
  isItalic?: boolean;
  children?: MammothElement[];
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The text under an element of mammoth's model. */
const textOf = (e: MammothElement): string => (e.type === 'text' ? (e.value ?? '') : (e.children ?? []).map(textOf).join(''));

/** The largest direct run size (pt) among the runs that carry text; undefined when no run states one. */
function largestRunSize(e: MammothElement): number | undefined {
  const own = e.type === 'run' && e.fontSize && textOf(e).trim() ? e.fontSize : undefined;
  const below = (e.children ?? []).map(largestRunSize).filter((n): n is number => n !== undefined);
  const all = own !== undefined ? [own, ...below] : below;
  return all.length ? Math.max(...all) : undefined;
}

/** The typefaces (and italics) of the runs that carry text, each once, in order: how a paragraph's words are set. */
function runFaces(e: MammothElement): string[] {
  const own = e.type === 'run' && textOf(e).trim() ? [`${e.font ?? ''}${e.isItalic ? '/i' : ''}`] : [];
  return [...new Set([...own, ...(e.children ?? []).flatMap(runFaces)])].sort();
}

/**
 * How a paragraph is set, as one key (ExtractedDocument.looks): its style, alignment, side indents, and its runs'
 * typefaces. First-line indents are left out, as a run-in label's hanging indent is: the side indents set a box apart.
 */
function lookOf(p: MammothParagraph): string {
  return JSON.stringify([p.styleName ?? '', p.alignment ?? '', p.indent?.start ?? '', p.indent?.end ?? '', runFaces(p as MammothElement)]);
}

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='x-centred'] => p.centred:fresh",
];

/** Lines that are a heading by their looks only (bold, centred, or numbered by Word): short, no sentence end. */
export function emphasisHeading(b: Block, numbered = false): boolean {
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
const pullQuoteLeft = (text: string, where: string): LeftBlock => ({
  role: 'duplicate',
  text,
  reason: `版面上的引语（${where}，字号放大、加框）：正文中已有这句话，这是重复排出的，不再收入正文`,
});

/** Revisions, comments and text boxes as the report states them (a box repeating the text is a pull quote): warnings to read, blocks left out. */
export function reviewReport(review: Review, text = ''): { warnings: string[]; left: LeftBlock[] } {
  const warnings: string[] = [];
  const left: LeftBlock[] = [];
  if (review.insertions || review.deletions.length) {
    warnings.push(checkMessage('word-revisions', { insertions: review.insertions, deletions: review.deletions.length }));
  }
  for (const d of review.deletions) left.push({ role: 'revision', text: d.text, reason: `tracked deletion${d.by ? ` by ${d.by}` : ''} in “${d.in}”, not accepted in Word: read as accepted, so left out` });
  if (review.comments.length) warnings.push(checkMessage('word-comments', { count: review.comments.length }));
  for (const c of review.comments) left.push({ role: 'comment', text: c.text, reason: `comment${c.by ? ` by ${c.by}` : ''}${c.on ? ` on “${c.on}”` : ''}: a reviewer's note, not the document's text` });
  const textKeyed = textKey(text);
  const quotes = review.textBoxes.filter((b) => repeatsText(b.paragraphs.join(''), textKeyed));
  for (const b of quotes) left.push(pullQuoteLeft(b.paragraphs.join('\n'), `锚定在第${b.paragraph}段的文本框`));
  const boxes = review.textBoxes.filter((b) => !quotes.includes(b));
  for (const b of boxes) {
    left.push({
      role: 'textbox',
      text: b.paragraphs.join('\n'),
      reason: `text box anchored in paragraph ${b.paragraph} (“${b.anchor}”): a sidebar set beside the running text, whose place in it the document does not say; left out, add it to the body by hand if it belongs there`,
    });
  }
  if (boxes.length) warnings.push(checkMessage('word-text-boxes', { count: boxes.length }));
  for (const m of review.margins) {
    left.push({ role: 'running-head', text: m.text, reason: `Word ${m.part === 'header' ? '页眉' : '页脚'}：每页重复的页面文字，不是正文` });
  }
  return { warnings, left };
}

/**
 * The package as mammoth should read it: text boxes emptied, Word's automatic numbers written into
 * their paragraphs; what its review marks hold; the numbered paragraphs. The bytes as they are when
 * they are no zip or hold no document part (mammoth says why).
 */
async function unpack(bytes: Uint8Array): Promise<{ buffer: Buffer; review?: Review; numbered: Array<{ text: string; level: number }>; placeholders: Placeholder[]; pullQuotes: string[] }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return { buffer, numbered: [], placeholders: [], pullQuotes: [] };
  }
  const part = zip.file('word/document.xml');
  if (!part) return { buffer, numbered: [], placeholders: [], pullQuotes: [] };
  const review = await readReview(zip);
  const original = await part.async('string');
  const boxesOut = review.textBoxes.length ? withoutTextBoxes(original) : original;
  const { xml: controlsSet, placeholders } = readContentControls(boxesOut);
  const { xml: framesRead, pullQuotes } = readFrames(controlsSet);
  const { xml, paragraphs } = writeNumbers(framesRead, await zip.file('word/numbering.xml')?.async('string'), await zip.file('word/styles.xml')?.async('string'));
  if (xml === original) return { buffer, review, numbered: [], placeholders, pullQuotes };
  zip.file('word/document.xml', xml);
  return { buffer: await zip.generateAsync({ type: 'nodebuffer' }), review, numbered: paragraphs, placeholders, pullQuotes };
}

/** An unfilled control's prompt, listed: the template's words, never the document's text. */
const placeholderLeft = (p: Placeholder): LeftBlock => ({
  role: 'chrome',
  text: p.text,
  reason: `内容控件${p.field ? `“${p.field}”` : ''}未填写，所显示的是模板的占位提示文字，不是正文，已删去`,
});

export async function readDocx(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  const { buffer, review, numbered, placeholders, pullQuotes } = await unpack(bytes);
  // Word's run sizes, by paragraph text (mammoth's HTML drops them): a compilation's title is its largest type.
  const sizes = new Map<string, number>();
  // How each paragraph is set, by its text as sizes are: a paragraph typed twice with two looks has none.
  const looks = new Map<string, string>();
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        styleMap: STYLE_MAP,
        // Images are not text: never inline them as data URIs.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // Never follow links to files outside the document.
        externalFileAccess: false,
        // Centring is not a style in Word; mark it so the HTML keeps it.
        transformDocument: (mammoth as unknown as { transforms: { paragraph(f: (p: MammothParagraph) => MammothParagraph): (e: unknown) => unknown } }).transforms.paragraph((p) => {
          const size = largestRunSize(p as MammothElement);
          const key = squeeze(textOf(p as MammothElement));
          if (size !== undefined && key) sizes.set(key, Math.max(size, sizes.get(key) ?? 0));
          if (key) looks.set(key, looks.has(key) && looks.get(key) !== lookOf(p) ? '' : lookOf(p));
          return p.alignment === 'center' && !/heading|title|标题/i.test(p.styleName ?? '') ? { ...p, styleName: 'x-centred' } : p;
        }),
      },
    );
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new DecodeError(`${file}: not a readable .docx (${reason}); the file is damaged or not a Word document: open it in Word or WPS and save it again as .docx`);
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${result.value}</body></html>`) as unknown as { document: Document };
  const body = document.body;

  // mammoth appends the notes as <ol><li id="footnote-N">…<a>↑</a></li></ol>; the references read "[N]".
  const notes: string[] = [];
  const noteItems = Array.from(body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'));
  noteItems.forEach((li, i) => {
    li.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').forEach((a) => a.remove());
    const text = trimLine(collapseSpace(li.textContent ?? ''));
    if (text) notes.push(`[${i + 1}] ${text}`);
  });
  const notesList = noteItems[0]?.parentElement;
  notesList?.remove();

  const warnings = [...new Set(result.messages.map((m) => `${m.type}: ${m.message}`))];
  if (numbered.length) {
    warnings.push(checkMessage('word-numbering', { count: numbered.length, numbers: [...new Set(numbered.map((n) => /^\S*?[、.．)）:：]/.exec(n.text)?.[0] ?? n.text.slice(0, 3)))].slice(0, 4).join(' ') }));
  }
  const listed = body.querySelectorAll('ol > li').length;
  if (listed) {
    warnings.push(checkMessage('word-numbering-unread', { count: listed }));
  }

  const images = body.querySelectorAll('img').length;
  if (images) warnings.push(checkMessage('word-images', { count: images }));

  // A form filing a case (案例名称 | …; 案例内容 | …) is set as the case reads before the body is read.
  const forms = setCaseForms(body);
  const blocks = blocksOf(body);
  if (!blocks.some((b) => /\S/.test(b.text))) {
    throw new DecodeError(`${file}: the .docx holds no text (only images or empty paragraphs); if it is a scan, run OCR first and ingest the text export`);
  }
  const { text, headings, notes: noteLines, tables, looks: lookLines } = assemble(blocks, notes, new Set(numbered.filter((n) => n.level === 0).map((n) => squeeze(n.text))), sizes, new Map([...looks].filter(([, look]) => look)));
  const doc: ExtractedDocument = { format: 'docx', text, extracted: true, meta: {}, headings, dropped: {} };
  if (review) {
    const reported = reviewReport(review, text);
    warnings.push(...reported.warnings);
    if (reported.left.length) doc.left = reported.left;
  }
  if (forms.left.length) doc.left = [...(doc.left ?? []), ...forms.left];
  if (placeholders.length) doc.left = [...(doc.left ?? []), ...placeholders.map(placeholderLeft)];
  if (pullQuotes.length) doc.left = [...(doc.left ?? []), ...pullQuotes.map((q) => pullQuoteLeft(q, '图文框'))];
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
