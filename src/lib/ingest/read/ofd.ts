/**
 * OFD (GB/T 33190, China's format for official electronic documents) → the
 * same positioned lines a PDF gives, then the PDF layout rules: an OFD is a
 * zip of XML (OFD.xml with DocInfo and DocRoot; Document.xml listing pages
 * and their templates; each page's Content.xml of TextObjects whose
 * TextCodes carry text at X/Y with DeltaX advances, in millimetres from the
 * top left). Writers put one TextCode per line at absolute positions, so
 * lines are read in reading order (columns too) and paragraphs rebuilt by
 * indent and line end, exactly as for a PDF (pdf.ts, pdf-layout.ts). Page
 * templates (running heads) are read with their pages and dropped as page
 * furniture, a newspaper's masthead and captions listed as for a PDF; DocInfo gives the title and author as hints.
 */
import path from 'node:path/posix';
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { infoHints, pageLines, positionedDocument } from './pdf.ts';
import type { PdfLine } from './pdf-layout.ts';
import { checkMessage } from '../../check-messages.ts';

type El = Element;

const local = (e: El) => e.tagName.replace(/^.*:/, '');
const all = (root: El | Document, name: string): El[] => Array.from(root.querySelectorAll('*')).filter((e) => local(e) === name);
const child = (root: El | Document, name: string): El | undefined => all(root, name)[0];
const numbers = (s: string | null | undefined) => (s ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);

/** DeltaX/DeltaY: numbers, with "g N v" standing for N times v. */
export function deltas(spec: string | null): number[] {
  const out: number[] = [];
  const t = (spec ?? '').trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'g') {
      const n = Number(t[i + 1]);
      const v = Number(t[i + 2]);
      for (let k = 0; k < n; k++) out.push(v);
      i += 2;
    } else out.push(Number(t[i]));
  }
  return out.filter(Number.isFinite);
}

interface Item {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A page's (or template's) TextCodes as the text items pdf.ts reads: origin bottom left, y up. */
function textItems(doc: Document, pageHeight: number): { items: Item[]; images: number } {
  const items: Item[] = [];
  for (const obj of all(doc, 'TextObject')) {
    const [bx = 0, by = 0] = numbers(obj.getAttribute('Boundary'));
    const size = Number(obj.getAttribute('Size')) || 3.5;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = obj.getAttribute('CTM') ? numbers(obj.getAttribute('CTM')) : [];
    const scale = Math.hypot(a, b) || 1;
    let x = 0;
    let y = size;
    for (const code of all(obj, 'TextCode')) {
      const str = code.textContent ?? '';
      if (code.getAttribute('X') !== null) x = Number(code.getAttribute('X'));
      if (code.getAttribute('Y') !== null) y = Number(code.getAttribute('Y'));
      const dx = deltas(code.getAttribute('DeltaX'));
      const n = Array.from(str).length;
      const advance = Array.from({ length: Math.max(0, n - 1) }, (_, i) => dx[i] ?? dx.at(-1) ?? size).reduce((s, v) => s + v, 0);
      const px = a * x + c * y + e + bx;
      const py = b * x + d * y + f + by;
      if (str) items.push({ str, transform: [size * scale, 0, 0, size * scale, px, pageHeight - py], width: (advance + size) * scale, height: size * scale, hasEOL: false });
      // The next TextCode without X continues after this one.
      x += advance + size;
    }
  }
  return { items, images: all(doc, 'ImageObject').length };
}

export async function readOfd(file: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DecodeError(`${file}: not a readable OFD (${((error as Error).message ?? String(error)).split('\n')[0]}); the file is damaged or truncated: export it again from the OFD reader (数科/福昕/永中)`);
  }
  const parser = new DOMParser();
  const xml = async (name: string): Promise<Document> => {
    const entry = zip.file(name.replace(/^\//, ''));
    if (!entry) throw new DecodeError(`${file}: the OFD package has no ${name}; the file is damaged: export it again from the OFD reader`);
    return parser.parseFromString(await entry.async('string'), 'text/xml') as unknown as Document;
  };
  const ofd = await xml('OFD.xml');
  const bodies = all(ofd, 'DocBody');
  const rootLoc = child(bodies[0] ?? ofd, 'DocRoot')?.textContent?.trim();
  if (!rootLoc) throw new DecodeError(`${file}: not an OFD document (OFD.xml names no DocRoot); if it is an OFD, open it in an OFD reader and export it again`);
  const info = child(bodies[0]!, 'DocInfo');
  const field = (name: string) => (info ? child(info, name)?.textContent?.trim() : undefined) || undefined;

  const docDir = path.dirname(rootLoc.replace(/^\//, ''));
  const resolve = (loc: string) => (loc.startsWith('/') ? loc.slice(1) : path.join(docDir, loc));
  const document = await xml(rootLoc);
  const box = numbers(child(child(document, 'CommonData') ?? document, 'PhysicalBox')?.textContent) ;
  const [, , defaultWidth = 210, defaultHeight = 297] = box;
  const templates = new Map(all(document, 'TemplatePage').map((t) => [t.getAttribute('ID') ?? '', t.getAttribute('BaseLoc') ?? '']));
  const pages = all(child(document, 'Pages') ?? document, 'Page');

  const lines: PdfLine[] = [];
  const blank: number[] = [];
  const heights = new Map<number, number>();
  let images = 0;
  for (const [i, pageRef] of pages.entries()) {
    const loc = pageRef.getAttribute('BaseLoc');
    if (!loc) continue;
    const content = await xml(resolve(loc));
    const own = numbers(child(child(content, 'Area') ?? content, 'PhysicalBox')?.textContent);
    const width = own[2] ?? defaultWidth;
    const height = own[3] ?? defaultHeight;
    heights.set(i + 1, height);
    const read = textItems(content, height);
    for (const t of all(content, 'Template')) {
      const tloc = templates.get(t.getAttribute('TemplateID') ?? '');
      if (tloc) read.items.push(...textItems(await xml(resolve(tloc)), height).items);
    }
    images += read.images;
    const pageText = pageLines(read.items, i + 1, width);
    if (!pageText.some((l) => /[\p{L}\p{N}]/u.test(l.text))) blank.push(i + 1);
    lines.push(...pageText);
  }
  const chars = lines.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0);
  if (chars < 20) {
    throw new DecodeError(`${file}: ${images ? 'scanned OFD: its pages are images with no text layer' : 'the OFD holds no text'}; run OCR first and ingest the text export`);
  }
  if (blank.length > pages.length / 2) throw new DecodeError(`${file}: scanned OFD: ${blank.length} of ${pages.length} pages have no text; run OCR first and ingest the text export`);
  const doc = positionedDocument('ofd', lines, pages.length, heights);
  Object.assign(doc.meta, infoHints({ Title: field('Title'), Author: field('Author') }));
  const warnings: string[] = doc.warnings ?? [];
  if (bodies.length > 1) warnings.push(checkMessage('ofd-documents', { count: bodies.length, root: rootLoc }));
  if (blank.length) warnings.push(checkMessage('ofd-blank-pages', { pages: blank.join(', '), total: pages.length }));
  const created = field('CreationDate');
  const creator = field('Creator');
  if (created) warnings.push(creator ? checkMessage('ofd-created-with', { created, creator }) : checkMessage('ofd-created', { created }));
  if (warnings.length) doc.warnings = warnings;
  return doc;
}
