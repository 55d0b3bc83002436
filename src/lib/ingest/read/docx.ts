/**
 * Word .docx → paragraphs, through mammoth (the document's own structure,
 * not its looks): one paragraph per line; Word's Title and Heading styles
 * become declared headings; a short paragraph that is all bold and/or centred
 * becomes a heading hint; tables keep every cell (a row per line); footnotes
 * and endnotes follow the body, each line starting with its reference mark
 * ("[1] …"). mammoth's messages are passed on as warnings.
 */
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { collapseSpace, trimLine } from './dom-lines.ts';
import { writeNumbers } from './docx-numbering.ts';
import { readReview, withoutTextBoxes, type Review } from './docx-review.ts';
import { htmlBody, lookKey, pullQuoteLeft, squeeze, wordDocument } from './word-document.ts';
import { readContentControls, type Placeholder } from './docx-controls.ts';
import { readFrames } from './docx-frames.ts';
import type { LeftBlock } from '../left-blocks.ts';
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

/** The text under an element of mammoth's model. */
const textOf = (e: MammothElement): string => (e.type === 'text' ? (e.value ?? '') : (e.children ?? []).map(textOf).join(''));

/** The largest direct run size (pt) among the runs that carry text; undefined when no run states one. */
function largestRunSize(e: MammothElement): number | undefined {
  const own = e.type === 'run' && e.fontSize && textOf(e).trim() ? e.fontSize : undefined;
  const below = (e.children ?? []).map(largestRunSize).filter((n): n is number => n !== undefined);
  const all = own !== undefined ? [own, ...below] : below;
  return all.length ? Math.max(...all) : undefined;
}

/** The typefaces (and italics) of the runs that carry text: how a paragraph's words are set. */
function runFaces(e: MammothElement): string[] {
  const own = e.type === 'run' && textOf(e).trim() ? [`${e.font ?? ''}${e.isItalic ? '/i' : ''}`] : [];
  return [...own, ...(e.children ?? []).flatMap(runFaces)];
}

/**
 * How a paragraph is set, as one key (ExtractedDocument.looks): its style, alignment, side indents, and its runs'
 * typefaces. First-line indents are left out, as a run-in label's hanging indent is: the side indents set a box apart.
 */
function lookOf(p: MammothParagraph): string {
  return lookKey(p.styleName ?? '', p.alignment ?? '', [p.indent?.start ?? '', p.indent?.end ?? ''], runFaces(p as MammothElement));
}

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='x-centred'] => p.centred:fresh",
];

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
  const body = htmlBody(result.value);

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
  const left = [...placeholders.map(placeholderLeft), ...pullQuotes.map((q) => pullQuoteLeft(q, '图文框'))];
  return wordDocument(file, { format: 'docx', body, notes, numbered, sizes, looks, ...(review ? { review } : {}), warnings, left });
}
