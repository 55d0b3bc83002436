/**
 * One input file, whatever its format → the ExtractedDocument the analysis
 * reads. The format is sniffed from the bytes as well as the extension: Word
 * saves web pages and RTF under .doc, browsers save .mht as .html, and a .docx
 * renamed .doc is still a .docx. Anything that cannot be read is a DecodeError
 * whose one line starts with the file and says what to do.
 */
import path from 'node:path';
import { DecodeError, MAX_BYTES, SAVE_DOCX_COPY } from '../decode.ts';
import { dropInvisible, invisibleWarning } from '../invisible.ts';
import { foldRadicals, isSimplified, radicalsWarning } from '../radicals.ts';
import type { ExtractedDocument, InputFormat } from '../extracted.ts';
import { readDoc } from './doc.ts';
import { readDocx } from './docx.ts';
import { readOdt } from './odt.ts';
import { readRtf } from './rtf.ts';
import { readMarkdown } from './markdown.ts';
import { readMhtml } from './mhtml.ts';
import { readOfd } from './ofd.ts';
import { readPdf } from './pdf.ts';
import { readText } from './text.ts';
import { readXlsx } from './xlsx.ts';
import { decodeWebPage, readWebPage } from './web-page.ts';
import { readUnwrapped } from './saved-mail.ts';
import { readEml } from './eml.ts';

/** A mail (.eml) gives documents of the other formats: its attachments, or its own text. */
const BY_EXTENSION: Record<string, InputFormat | 'eml'> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.mhtml': 'mhtml', '.mht': 'mhtml', '.eml': 'eml', '.docx': 'docx', '.doc': 'doc', '.odt': 'odt', '.ott': 'odt', '.rtf': 'rtf', '.pdf': 'pdf', '.ofd': 'ofd', '.xlsx': 'xlsx',
};

export const INPUT_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The formats read, as a refusal names them: from the dispatch itself, never a list typed again. */
const SUPPORTED = INPUT_EXTENSIONS.join(', ');

const OCR = 'run OCR on it (WPS 图片转文字, a scanner\'s OCR, 微信 提取图中文字) and ingest the text export';
/** Formats editors receive that are not read, and how to get something that is. */
const REFUSED: Record<string, string> = {
  '.wps': 'a WPS 文字 document: open it in WPS and 另存为 Word 文档 (.docx)',
  '.wpt': 'a WPS 文字 template: open it in WPS and 另存为 Word 文档 (.docx)',
  // LibreOffice's flat XML (one .fodt file, no package): the reader reads the .odt package.
  '.fodt': 'a flat OpenDocument text (LibreOffice 的 .fodt): open it in LibreOffice and 另存为 .odt (or Word .docx), then ingest the copy',
  '.pages': 'an Apple Pages document: in Pages, 文件 → 导出为 → Word (.docx)',
  '.xls': 'an Excel 97–2003 workbook: open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx)',
  '.et': 'a WPS 表格 workbook: open it in WPS and 另存为 Excel 工作簿 (.xlsx)',
  '.ods': 'an OpenDocument spreadsheet: open it in WPS or LibreOffice and 另存为 Excel 工作簿 (.xlsx)',
  '.numbers': 'an Apple Numbers workbook: in Numbers, 文件 → 导出为 → Excel (.xlsx)',
  '.ppt': 'a PowerPoint presentation: save it as PDF (另存为 PDF) and ingest the PDF',
  '.pptx': 'a PowerPoint presentation: save it as PDF (另存为 PDF) and ingest the PDF',
  '.dps': 'a WPS 演示 presentation: save it as PDF (另存为 PDF) and ingest the PDF',
  '.caj': 'a CNKI CAJ file: open it in CAJViewer and save or print it as PDF with a text layer',
  '.jpg': `a photo or scan: ${OCR}`,
  '.jpeg': `a photo or scan: ${OCR}`,
  '.png': `an image: ${OCR}`,
  '.gif': `an image: ${OCR}`,
  '.bmp': `an image: ${OCR}`,
  '.tif': `a scan: ${OCR}`,
  '.tiff': `a scan: ${OCR}`,
  '.heic': `a phone photo: ${OCR}`,
  '.webp': `an image: ${OCR}`,
  '.zip': 'an archive: unpack it and ingest the documents in it',
  '.rar': 'an archive: unpack it and ingest the documents in it',
  '.7z': 'an archive: unpack it and ingest the documents in it',
};

/** Why a file of this name is not read and what to do, as one line naming the file. */
export function unsupportedType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (!ext) return `${file}: a file without an extension is not a supported document type (use ${SUPPORTED})`;
  const advice = REFUSED[ext];
  return advice ? `${file}: ${ext} is ${advice} (formats read: ${SUPPORTED})` : `${file}: ${ext} is not a supported document type (use ${SUPPORTED})`;
}

/** What the bytes are, whatever the name says; undefined when they look like plain text. */
function sniff(bytes: Uint8Array, named: InputFormat): InputFormat | 'rtf' | 'zip' | 'ole' | 'image' | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048));
  // JPEG, PNG, GIF, TIFF: a photo saved under a document's name.
  if (/^(\xff\xd8\xff|\x89PNG|GIF8|II\*\0|MM\0\*)/.test(head.subarray(0, 4).toString('latin1'))) return 'image';
  // Readers accept a PDF header anywhere in the first KB; a text that merely mentions "%PDF-" is not a PDF.
  if (head.subarray(0, 5).toString('latin1') === '%PDF-' || (named === 'pdf' && head.subarray(0, 1024).includes('%PDF-'))) return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  const ascii = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (ascii.startsWith('{\\rtf')) return 'rtf';
  if (/^(MIME-Version:|From:|Subject:|Date:|Content-Type:\s*multipart\/related)/im.test(ascii.slice(0, 1024)) && /multipart\/related/i.test(ascii)) return 'mhtml';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta)[\s>]/i.test(ascii)) return 'html';
  return undefined;
}

export async function readInput(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  return foldDocument(await readByFormat(file, bytes));
}

/**
 * Radicals folded and invisible format characters taken out in all the text a reader returns (body, metadata,
 * blocks left out), each counted once for the report.
 */
function foldDocument(doc: ExtractedDocument): ExtractedDocument {
  let folded = 0;
  let dropped = 0;
  const pairs = new Set<string>();
  const kinds = new Set<string>();
  // The document's script decides for its metadata and left-out blocks too.
  const simplified = isSimplified(doc.text);
  const fold = (s: string) => {
    const v = dropInvisible(s);
    dropped += v.dropped;
    for (const k of v.kinds) kinds.add(k);
    const r = foldRadicals(v.text, simplified);
    folded += r.folded;
    for (const p of r.pairs) pairs.add(p);
    return r.text;
  };
  doc.text = fold(doc.text);
  for (const [k, v] of Object.entries(doc.meta)) if (typeof v === 'string') (doc.meta as Record<string, unknown>)[k] = fold(v);
  for (const b of doc.left ?? []) b.text = fold(b.text);
  // A text input changed is no longer the file itself: its changed text is the raw text the drafts' lines count.
  if (folded || dropped) doc.extracted = true;
  if (folded) (doc.warnings ??= []).push(radicalsWarning(folded, pairs));
  if (dropped) (doc.warnings ??= []).push(invisibleWarning(dropped, kinds));
  return doc;
}

async function readByFormat(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const ext = path.extname(file).toLowerCase();
  const named = BY_EXTENSION[ext];
  if (!named) throw new DecodeError(unsupportedType(file));
  if (bytes.length === 0) throw new DecodeError(`${file}: empty file (0 bytes); export the document again`);
  if (bytes.length > MAX_BYTES) throw new DecodeError(`${file}: ${(bytes.length / 1048576).toFixed(1)} MB is over the 20 MB limit; split the document`);
  // A mail's attachments are read by this same dispatch, each as if it had been ingested alone.
  if (named === 'eml') return readEml(file, bytes, readByFormat);
  const found = sniff(bytes, named);
  if (found === 'image') throw new DecodeError(`${file}: this is an image (a photo or scan) named ${ext}, with no text to read; ${OCR}`);
  // Word saves RTF under a .doc name too: RTF is read whatever the name of a word processor's file.
  if (found === 'rtf' && (named === 'rtf' || named === 'doc' || named === 'docx')) return readRtf(file, bytes);
  const misnamed = (what: string, as: string) =>
    new DecodeError(`${file}: this is ${what} named ${ext}; rename it to ${as} and ingest it again`);
  const binary: Record<'pdf' | 'zip' | 'ole', [string, string]> = { pdf: ['a PDF file', '.pdf'], zip: ['a .docx (zip) file', '.docx'], ole: ['a Word .doc file', '.doc'] };
  if (named === 'text' || named === 'markdown') {
    if (found === 'pdf' || found === 'zip' || found === 'ole') throw misnamed(...binary[found]);
    // A text file is text even when it quotes HTML.
    return named === 'text' ? readText(file, bytes) : readMarkdown(file, bytes);
  }
  if (named === 'html' || named === 'mhtml') {
    if (found === 'pdf' || found === 'zip' || found === 'ole') throw misnamed(...binary[found]);
    // Browsers and Word save either kind under either name: read what the bytes are.
    if (found === 'mhtml') return readMhtml(file, bytes);
    const { html, encoding } = decodeWebPage(bytes, file);
    return readUnwrapped(html, (page) => readWebPage(file, page, { encoding }));
  }
  if (named === 'docx' || named === 'doc') {
    if (found === 'zip') return readDocx(file, bytes);
    if (found === 'ole') return readDoc(file, bytes);
    if (found === 'pdf') throw misnamed(...binary.pdf);
    // Word's "Web Page" and "Single File Web Page" saves keep a .doc name.
    if (found === 'mhtml') return readMhtml(file, bytes);
    if (found === 'html') {
      const { html, encoding } = decodeWebPage(bytes, file);
      return readUnwrapped(html, (page) => readWebPage(file, page, { encoding }));
    }
    throw new DecodeError(`${file}: not a Word document (neither a .docx zip package nor a Word 97–2003 .doc); the file is damaged or not from Word: ${SAVE_DOCX_COPY}`);
  }
  if (named === 'odt') {
    if (found === 'zip') return readOdt(file, bytes);
    if (found === 'pdf' || found === 'ole') throw misnamed(...binary[found]);
    throw new DecodeError(`${file}: not an OpenDocument text (no zip package); the file is damaged or truncated: open it in LibreOffice or WPS and save a copy again as .odt (the file stays as received), then ingest the copy`);
  }
  if (named === 'rtf') {
    if (found === 'pdf' || found === 'zip' || found === 'ole') throw misnamed(...binary[found]);
    throw new DecodeError(`${file}: not an RTF document (it does not open with {\\rtf); the file is damaged or not RTF: open it in Word, WPS or WordPad and save a copy again as .rtf or .docx (the file stays as received), then ingest the copy`);
  }
  if (named === 'ofd') {
    if (found === 'zip') return readOfd(file, bytes);
    if (found === 'pdf') throw misnamed(...binary.pdf);
    throw new DecodeError(`${file}: not an OFD (no zip package); the file is damaged or truncated: export it again from the OFD reader (数科/福昕/永中)`);
  }
  if (named === 'xlsx') {
    if (found === 'zip') return readXlsx(file, bytes);
    if (found === 'ole') throw new DecodeError(`${file}: this is an Excel 97–2003 (.xls) workbook named .xlsx; open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx)`);
    throw new DecodeError(`${file}: not an .xlsx workbook (no zip package); the file is damaged or not from Excel: open it in Excel or WPS and 另存为 .xlsx`);
  }
  if (found === 'pdf') return readPdf(file, bytes);
  if (found === 'zip' || found === 'ole') throw misnamed(...(found === 'zip' ? binary.zip : binary.ole));
  throw new DecodeError(`${file}: not a PDF (no %PDF- header): the file is damaged or truncated; download or export it again`);
}
