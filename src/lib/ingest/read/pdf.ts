/**
 * PDF with a text layer → paragraphs, through pdfjs-dist (Mozilla's PDF.js,
 * legacy build for Node). Only the text layer is read: no rendering, no
 * fonts loaded into a DOM, no eval, no scripting, no network; warnings are
 * silenced. The positioned text is rebuilt into lines here and into
 * paragraphs in pdf-layout.ts. A PDF without a text layer (a scan) or with
 * a password is refused with what to do.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dateIn } from '../dates.ts';
import { COMMENTARY_MARKER } from '../../text.ts';
import { foldRadicals, isSimplified, radicalsWarning } from '../radicals.ts';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { isIssueLine } from '../kicker.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { columnOrder, dropFurniture, fillsMeasure, pressFurniture, reflow, textMeasure, type PdfLine } from './pdf-layout.ts';
import { CELL_GAP, dropRepeatedHeaderRows, markRows, SPACE_GAP } from './pdf-table.ts';
import { sideBlocks } from './pdf-blocks.ts';
import { cutFootnotes, referenceText } from './pdf-footnotes.ts';
import { rotatedBlocks, takeOutRotated, type RotatedText } from './pdf-watermark.ts';
import { checkMessage } from '../../check-messages.ts';
import { pageForms, rulesOf, type PageForm } from './pdf-form.ts';
import type { FormCase } from '../case-form.ts';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Info-dict titles that are not titles: a converter's file name or a placeholder. */
const NOT_A_TITLE = /^(microsoft (word|powerpoint)|wps|untitled|无标题|新建|document\d*|文档\d*)|\.(docx?|wps|pdf|txt|html?)$|^[\w\s.-]*\d{4,}[\w\s.-]*$/i;
const NOT_AN_AUTHOR = /^(administrator|admin|user|owner|微软用户|微软中国|china|lenovo|dell|hp|pc|未知|unknown|作者)$/i;

/** The info dict's Title and Author as hints, or undefined when they are a converter's or a machine's. */
export function infoHints(info: { Title?: unknown; Author?: unknown }): { title?: string; author?: string } {
  const hints: { title?: string; author?: string } = {};
  const title = typeof info.Title === 'string' ? info.Title.trim() : '';
  if (title && Array.from(title).length <= 100 && /\p{Script=Han}|[A-Za-z]{3}/u.test(title) && !NOT_A_TITLE.test(title)) hints.title = title;
  const author = typeof info.Author === 'string' ? info.Author.trim() : '';
  if (author && !NOT_AN_AUTHOR.test(author)) hints.author = author;
  return hints;
}

/**
 * Text items of one page → lines in reading order: top to bottom; column by column where the page has two;
 * a box beside the text (a frame, a sidebar) as lines of its own, marked `box`, after the lines it stands beside.
 * Blocks side by side are told apart before any line is built (pdf-blocks.ts).
 */
export function pageLines(items: TextItem[], page: number, pageWidth: number): PdfLine[] {
  const pieces = items.filter((it) => it.str.trim()).map((it) => {
    const [a, b, , , x, y] = it.transform as [number, number, number, number, number, number];
    return { str: it.str, x, x1: x + it.width, y, size: Math.hypot(a, b) || it.height || 1, it };
  });
  const blocks = sideBlocks(pieces);
  if (!blocks) return blockLines(items, page, pageWidth);
  const of = (ps: typeof pieces) => ps.map((p) => p.it);
  if (!blocks.box) {
    // Two columns: what stands above them, the left, the right, what stands below.
    const top = Math.max(...[...blocks.left, ...blocks.right].map((p) => p.y));
    const outside = blockLines(of(blocks.outside), page, pageWidth);
    return [
      ...outside.filter((l) => l.y > top),
      ...blockLines(of(blocks.left), page, pageWidth).map((l) => ({ ...l, column: 0 })),
      ...blockLines(of(blocks.right), page, pageWidth).map((l) => ({ ...l, column: 1 })),
      ...outside.filter((l) => l.y <= top),
    ];
  }
  const [boxPieces, beside] = blocks.box === 'right' ? [blocks.right, blocks.left] : [blocks.left, blocks.right];
  const text = blockLines(of([...blocks.outside, ...beside]), page, pageWidth);
  const box = blockLines(of(boxPieces), page, pageWidth).map((l) => ({ ...l, box: true }));
  // The box goes in after the last line it stands beside: the place a reader meets it.
  const bottom = Math.min(...box.map((l) => l.y));
  const at = text.findLastIndex((l) => l.y >= bottom - l.size) + 1;
  return [...text.slice(0, at), ...box, ...text.slice(at)];
}

/** Text items of one block of a page → its lines, top to bottom (column by column where the block has two). */
function blockLines(items: TextItem[], page: number, pageWidth: number): PdfLine[] {
  // Each part keeps its own size and height: a line may join the pieces of two columns set in different type.
  type Part = { x: number; x1: number; y: number; size: number; str: string };
  const lines: Array<PdfLine & { parts: Part[] }> = [];
  for (const it of items) {
    if (!it.str) continue;
    const [a, b, , , x, y] = it.transform as [number, number, number, number, number, number];
    const size = Math.hypot(a, b) || it.height || 1;
    let line = lines.find((l) => Math.abs(l.y - y) < Math.min(l.size, size) * 0.4);
    if (!line) {
      line = { page, y, x0: x, x1: x + it.width, size, text: '', parts: [] };
      lines.push(line);
    }
    line.parts.push({ x, x1: x + it.width, y, size, str: it.str });
    if (it.str.trim()) {
      line.x0 = Math.min(line.x0, x);
      line.x1 = Math.max(line.x1, x + it.width);
      line.size = Math.max(line.size, size);
    }
  }
  // A superscript (a footnote mark) sits a little above its line in smaller type: it belongs to that line.
  for (const small of [...lines]) {
    const host = lines.find(
      (l) => l !== small && small.size < l.size * 0.85 && small.y > l.y && small.y - l.y < l.size * 0.7 && small.x1 >= l.x0 - l.size && small.x0 <= l.x1 + l.size,
    );
    if (host) {
      // A footnote's reference reads as the .docx reader writes it ([1]): never a digit run into the word (龙秀英1).
      const reference = small.parts.length === 1 ? referenceText(small.parts[0]!.str) : undefined;
      if (reference) small.parts[0]!.str = reference;
      host.parts.push(...small.parts);
      host.x1 = Math.max(host.x1, small.x1);
      lines.splice(lines.indexOf(small), 1);
    }
  }
  const text = (parts: Part[], size: number) => {
    let out = '';
    let end = -Infinity;
    let spaced = false;
    for (const p of parts) {
      // Spaces are measured, not copied: a gap of a whole em is an ideographic space typed there
      // (湖北省××工委　徐　平), which JUSTIFIED_HAN must not take away; SPREAD_HAN takes back the gaps
      // that letter-spacing or justification open between every character of a run.
      if (!p.str.trim()) {
        spaced = true;
        continue;
      }
      const gap = p.x - end;
      if (out && gap > size * SPACE_GAP) out += '\u3000';
      // A visible gap between two Latin words is a space the PDF did not write.
      else if (out && (spaced || (gap > size * 0.25 && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(p.str)))) out += ' ';
      spaced = false;
      out += p.str;
      end = Math.max(end, p.x1);
    }
    // Gaps read as ASCII spaces are layout; an ideographic space (徐　平) is a character the writer typed, kept as
    // typed: only runs of the other white space collapse (\s alone would take U+3000 too).
    return out.replace(/[^\S\u3000]+/g, ' ').replace(CJK_LATIN_SPACE, '').replace(JUSTIFIED_HAN, (run) => run.replace(/ /g, '')).replace(SPREAD_HAN, (run) => run.replace(/\u3000/g, '')).replace(/[^\S\u3000]+/g, ' ').trim();
  };
  const whole: PdfLine[] = [];
  const segments: PdfLine[] = [];
  for (const l of lines) {
    const parts = l.parts.sort((p, q) => p.x - q.x);
    const { parts: _parts, ...line } = l;
    whole.push({ ...line, text: text(parts, l.size) });
    // The same line cut at wide gaps: the pieces of two columns side by side.
    let run: typeof parts = [];
    const close = () => {
      const visible = run.filter((p) => p.str.trim());
      // Spaces left alone on a line (a form's cells taken out around them) are no piece of text.
      if (!visible.length) {
        run = [];
        return;
      }
      // A piece is in its own type: a subtitle beside the other column's headline is not headline-sized.
      const size = Math.max(...visible.map((p) => p.size));
      const y = visible.find((p) => p.size === size)!.y;
      segments.push({ ...line, y, size, x0: visible[0]!.x, x1: Math.max(...visible.map((p) => p.x1)), text: text(run, size) });
      run = [];
    };
    for (const p of parts) {
      const last = run.filter((q) => q.str.trim()).at(-1);
      if (last && p.str.trim() && p.x - last.x1 > Math.min(last.size, p.size) * CELL_GAP) close();
      run.push(p);
    }
    close();
  }
  markRows(whole.map((line, i) => ({ line, parts: lines[i]!.parts })));
  const byY = (p: PdfLine, q: PdfLine) => q.y - p.y;
  return columnOrder(whole.filter((l) => l.text).sort(byY), segments.filter((l) => l.text).sort(byY), pageWidth);
}

// Word and LibreOffice set Chinese and Latin apart with extra spacing that text extraction turns
// into a space ("2012 年"); it is layout, not text.
const CJK_LATIN_SPACE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]) +(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%]) +(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’])/gu;

// Justified lines spread Chinese characters apart and extraction reads the gaps as spaces (创 新 服 务, 户 “ 扑 空 ”);
// a run of three or more single characters or full-width marks so spaced is layout. Two (徐 平) may be a name's
// spacing, kept.
const CJK_MARK = '\u3001-\u303f\uff01-\uff0f\uff1a-\uff1f\uff3b-\uff3d\uff5b-\uff5d“”‘’';
const JUSTIFIED_HAN = new RegExp(`[\\p{Script=Han}${CJK_MARK}](?: [\\p{Script=Han}${CJK_MARK}]){2,}(?!\\p{Script=Han})`, 'gu');
// A space beside a full-width mark between Chinese: the mark carries its own, so in a justified line (更近了 ，, a
// mark hanging past the margin) the gap is layout; see closeJustifiedGaps.
const MARK_SPACE = new RegExp(`(?<=[\\p{Script=Han}${CJK_MARK}]) +(?=[${CJK_MARK}])|(?<=[${CJK_MARK}]) +(?=[\\p{Script=Han}${CJK_MARK}])`, 'gu');

// The same spread measured as em gaps: letter-spacing (字间距加宽) and a line justified around a long
// address set every character a whole em apart, which no one typed. A name's typed spaces (委　徐　平
// 王书银) space out at most two single characters, and set the name apart from its neighbours: a run of
// three or more, or of two that touch a Latin word or a number with no gap (网　站https://…, APP下　载),
// is spread. The run must start after no Han character; a punctuation mark closing it (…路　线　。) is spread with it.
const SPREAD_HAN = /(?<!\p{Script=Han})\p{Script=Han}(?:\u3000\p{Script=Han}){2,}(?:\u3000[\u3001-\u303f\uff01-\uff0f\uff1a-\uff1f”’])?(?!\p{Script=Han})|(?<=[0-9A-Za-z])\p{Script=Han}\u3000\p{Script=Han}(?!\p{Script=Han})|(?<!\p{Script=Han})\p{Script=Han}\u3000\p{Script=Han}(?=[0-9A-Za-z])/gu;

/**
 * Radicals folded in positioned lines before any rule reads them (a masthead's 2013年8⽉12⽇ is a date, its
 * 组织⼯作导报 a paper's name): the report's line about them, or undefined when there were none.
 */
export function foldLineRadicals(lines: PdfLine[]): string | undefined {
  const simplified = isSimplified(lines.map((l) => l.text).join(''));
  let folded = 0;
  const pairs = new Set<string>();
  for (const l of lines) {
    const r = foldRadicals(l.text, simplified);
    folded += r.folded;
    for (const p of r.pairs) pairs.add(p);
    l.text = r.text;
  }
  return folded ? radicalsWarning(folded, pairs) : undefined;
}

/**
 * Justification's gaps beside full-width marks taken out of the lines it spread: those that fill their measure
 * (pdf-layout.ts). A space in any other line (a centred headline's 建好“民生台账” 让群众…, a paragraph's short last
 * line) cannot be justification's: it was typed, and is kept.
 */
export function closeJustifiedGaps(lines: PdfLine[]): void {
  const measure = textMeasure(lines);
  for (const l of lines) if (fillsMeasure(l, measure)) l.text = l.text.replace(MARK_SPACE, '');
}

/**
 * Positioned lines of every page (a PDF's or an OFD's) → the document: radicals folded, page and print
 * furniture dropped and listed, lines reflowed into paragraphs with their type-size headings, the masthead's date.
 */
export function positionedDocument(format: 'pdf' | 'ofd', all: PdfLine[], pages: number, heights: ReadonlyMap<number, number>, forms: readonly FormCase[] = []): ExtractedDocument {
  const dropped: Record<string, number> = {};
  closeJustifiedGaps(all);
  const radicals = foldLineRadicals(all);
  const furniture: LeftBlock[] = [];
  const boxes = boxBlocks(all.filter((l) => l.box));
  const footnotes = cutFootnotes(dropRepeatedHeaderRows(dropFurniture(all.filter((l) => !l.box), pages, dropped, furniture), dropped, furniture));
  const press = pressFurniture(footnotes.kept, heights);
  const lines: string[] = [];
  const headings: ExtractedDocument['headings'] = [];
  for (const p of reflow(press.kept)) {
    if (lines.length) lines.push('');
    lines.push(p.text);
    if (p.heading) headings.push({ line: lines.length, level: p.heading, cue: 'emphasis', size: p.size });
  }
  // The pages' footnotes follow the body, as a Word document's do: the document's notes, no case's paragraphs.
  const notes: number[] = [];
  for (const n of footnotes.notes) {
    if (lines.length) lines.push('');
    lines.push(n.text);
    notes.push(lines.length);
  }
  const doc: ExtractedDocument = { format, text: lines.join('\n') + '\n', extracted: true, meta: {}, headings, dropped };
  if (notes.length) doc.notes = notes;
  const left = [...pressBlocks(press), ...boxes, ...furniture];
  if (left.length) doc.left = left;
  if (radicals) doc.warnings = [radicals];
  if (boxes.length) (doc.warnings ??= []).push(checkMessage('pdf-side-boxes', { count: boxes.length }));
  const stated = mastheadDate(press);
  if (stated) doc.meta.date = stated;
  setFormCases(doc, lines, forms.map((f) => foldFormRadicals(f, all)));
  return doc;
}

/** A form's title, place and listed fields with their radicals folded as its lines' were, so the title is found among them. */
function foldFormRadicals(form: FormCase, lines: readonly PdfLine[]): FormCase {
  const simplified = isSimplified(lines.map((l) => l.text).join(''));
  const fold = (text: string) => foldRadicals(text, simplified).text;
  return {
    ...form,
    title: fold(form.title),
    ...(form.place ? { place: fold(form.place) } : {}),
    left: { ...form.left, text: fold(form.left.text), reason: fold(form.left.reason) },
    reviews: form.reviews.map((r) => ({ ...r, text: fold(r.text), reason: fold(r.reason) })),
  };
}

/**
 * A ruled form's case (pdf-form.ts) as a Word form's is set: its title a declared title, its stated place the
 * case's, the form's labels and other fields listed for the report.
 */
function setFormCases(doc: ExtractedDocument, lines: readonly string[], forms: readonly FormCase[]): void {
  for (const form of forms) {
    const line = lines.indexOf(form.title) + 1;
    if (!line) continue;
    // Level 1 in a PDF is the largest type, the document's head (a notice's red head, a compilation's title): a case's title ranks below it.
    doc.headings = [...doc.headings.filter((h) => h.line !== line), { line, level: 2, cue: 'declared' as const }].sort((a, b) => a.line - b.line);
    if (form.place) (doc.places ??= []).push({ line, place: form.place });
    doc.left = [...(doc.left ?? []), form.left, ...form.reviews];
  }
}

/**
 * A page's box beside the text, as the .docx reader leaves a text box: out of the running text, whose place in
 * it the page does not say, listed whole. A box opening with the compilers' 【点评】 is their addition.
 */
export function boxBlocks(lines: PdfLine[]): LeftBlock[] {
  return [...new Set(lines.map((l) => l.page))].map((page): LeftBlock => {
    const text = reflow(lines.filter((l) => l.page === page)).map((p) => p.text).join('\n');
    const role = text.startsWith(COMMENTARY_MARKER) ? 'compilers-addition' : 'textbox';
    return { role, text, reason: `第${page}页：排在正文旁的方框（文本框、边栏），不在正文行文之中，未收入；如属正文，请手工加入` };
  });
}

/** The date a masthead states (a bulletin's issue date): the source's date. */
export function mastheadDate(found: { masthead: PdfLine[] }): string | undefined {
  return found.masthead.map((l) => dateIn(l.text)).find(Boolean);
}

/** Masthead lines and captions as blocks the report lists. */
export function pressBlocks(found: { masthead: PdfLine[]; captions: PdfLine[][] }): LeftBlock[] {
  return [
    // A masthead's issue line (第7期) is its issue number, in every reader (kicker.ts owns the pattern).
    ...found.masthead.map((l): LeftBlock => ({ role: isIssueLine(l.text) ? 'issue-number' : 'masthead', text: l.text, reason: `第${l.page}页：报纸或简报的报头、版次行（报名、版次、第N期、编辑、投稿邮箱；其中的日期是来源的日期），不是文章正文` })),
    ...found.captions.map((c): LeftBlock => ({ role: 'caption', text: c.map((l) => l.text).join(''), reason: `第${c[0]!.page}页：图片说明（字号较小，图为…/…摄），不是文章正文` })),
  ];
}

export async function readPdf(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const { pdf, task } = await openPdf(file, bytes);
  try {
    const { all, blank, heights, rotated, forms } = await pageLinesOf(pdf);
    refuseUnread(file, all, blank, pdf.numPages);
    const doc = positionedDocument('pdf', all, pdf.numPages, heights, forms);
    const watermarks = rotatedBlocks(rotated, pdf.numPages);
    if (watermarks.length) {
      doc.left = [...(doc.left ?? []), ...watermarks];
      doc.dropped['rotated text'] = rotated.length;
    }
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as { Title?: unknown; Author?: unknown };
    Object.assign(doc.meta, infoHints(info));
    if (blank.length) {
      (doc.warnings ??= []).push(checkMessage('pdf-blank-pages', { pages: blank.join(', '), total: pdf.numPages }));
    }
    return doc;
  } finally {
    await task.destroy();
  }
}

/** The PDF opened with pdf.js, and its loading task (destroyed by the caller); a locked or damaged file refused by name. */
async function openPdf(file: string, bytes: Uint8Array) {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  // PDF.js 6 compiles no font code with eval (the option is gone); fonts are never handed to a DOM either.
  const task = getDocument({
    data,
    verbosity: VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    standardFontDataUrl: pathToFileURL(path.join(pdfjsDir, 'standard_fonts') + path.sep).href,
    cMapUrl: pathToFileURL(path.join(pdfjsDir, 'cmaps') + path.sep).href,
    cMapPacked: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
  });
  try {
    return { pdf: await task.promise, task };
  } catch (error) {
    await task.destroy();
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new DecodeError(`${file}: the PDF is password-protected (encrypted); open it with its password and save an unprotected copy, or export its text`);
    }
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new DecodeError(`${file}: not a readable PDF (${reason}); the file is damaged or truncated: download or export it again`);
  }
}

type OpenPdf = Awaited<ReturnType<typeof openPdf>>['pdf'];

/** Every page's positioned lines, the pages with no letter, each page's height, and the rotated text taken out. */
async function pageLinesOf(pdf: OpenPdf): Promise<{ all: PdfLine[]; blank: number[]; heights: Map<number, number>; rotated: RotatedText[]; forms: FormCase[] }> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const all: PdfLine[] = [];
  const forms: FormCase[] = [];
  const blank: number[] = [];
  const heights = new Map<number, number>();
  const rotated: RotatedText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const viewport = page.getViewport({ scale: 1 });
    heights.set(n, viewport.height);
    // Rotated text (a watermark across the page) out before lines are built: its letters would join the lines it crosses.
    const items = takeOutRotated(content.items.filter((i) => 'str' in i) as TextItem[], n);
    rotated.push(...items.rotated);
    // A ruled case form is read cell by cell before the page's lines are built: a line would join a label to its value.
    const ruled = pageForms(items.upright, rulesOf(await page.getOperatorList(), OPS), n, (cell) => blockLines(cell, n, viewport.width));
    const lines = withFormLines(pageLines(ruled.rest, n, viewport.width), ruled.forms);
    forms.push(...ruled.forms.map((f) => f.found));
    if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l.text))) blank.push(n);
    all.push(...lines);
    page.cleanup();
  }
  return { all, blank, heights, rotated, forms };
}

/** A form's case lines set among the page's where the table stood: before the first line below its top. */
function withFormLines(lines: PdfLine[], forms: readonly PageForm[]): PdfLine[] {
  const out = [...lines];
  for (const form of forms) {
    const top = form.lines[0]!.y;
    const at = out.findIndex((l) => l.y < top);
    out.splice(at < 0 ? out.length : at, 0, ...form.lines);
  }
  return out;
}

/** A scan, mostly a scan, or a text layer of no characters is refused by name: reading what text there is would lose the rest in silence. */
function refuseUnread(file: string, all: readonly PdfLine[], blank: readonly number[], pages: number): void {
  const chars = all.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0);
  if (chars < 20) {
    throw new DecodeError(`${file}: scanned PDF: no text layer; run OCR first and ingest the text export`);
  }
  // Mostly a scan (an OCR'd cover page, say).
  if (blank.length > pages / 2) {
    throw new DecodeError(`${file}: scanned PDF: ${blank.length} of ${pages} pages have no text layer; run OCR first and ingest the text export`);
  }
  const odd = all.reduce((s, l) => s + (l.text.match(/[\ufffd\ue000-\uf8ff\u0000-\u001f]/g) ?? []).length, 0);
  if (odd > chars * 0.05) {
    throw new DecodeError(`${file}: the PDF's text layer does not decode to characters (fonts without a Unicode map); run OCR on it and ingest the text export`);
  }
}
