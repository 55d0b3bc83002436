/**
 * The merged cells of each sheet of an .xlsx workbook (`<mergeCells>` in a worksheet part, ECMA-376 Part 1 §18.3.1.55).
 * read-excel-file gives a merged region's value at its top-left cell and null under the rest, which a form cannot be
 * read by: a value merged over two columns then looks like a value and an empty label. A merged region is one cell, as
 * Word's gridSpan is. Sheets are found by name through the workbook's relationships, in a package xlsx-package.ts has
 * already laid out canonically (xl/workbook.xml with xl/_rels/workbook.xml.rels).
 */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { partName, relationships, resolve } from './xlsx-package.ts';

/** A merged region, zero-based and inclusive, as read-excel-file's rows and columns count (row 0 is row 1, column 0 is A). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
const localName = (e: Element) => e.tagName.replace(/^.*:/, '');
const elements = (doc: Document, name: string) => Array.from(doc.querySelectorAll('*')).filter((e) => localName(e) === name);

/** A cell address (B3) → zero-based row and column. */
function address(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  const column = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

function range(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':').map(address);
  if (!from || !to) return undefined;
  return { top: Math.min(from.row, to.row), left: Math.min(from.column, to.column), bottom: Math.max(from.row, to.row), right: Math.max(from.column, to.column) };
}

/** Each sheet's merged regions by the sheet's name; a sheet without any is absent. */
export async function mergedRanges(pkg: Uint8Array): Promise<Map<string, CellRange[]>> {
  const merges = new Map<string, CellRange[]>();
  const zip = await JSZip.loadAsync(pkg);
  const text = (name: string) => zip.file(name)?.async('string');
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return merges;
  const targets = new Map(relationships(rels).map((r) => [r.getAttribute('Id'), r.getAttribute('Target') ?? '']));
  for (const sheet of elements(xml(workbook), 'sheet')) {
    const target = targets.get(sheet.getAttribute('r:id'));
    const part = target && (await text(partName(resolve('xl/workbook.xml', target))));
    if (!part || !part.includes('mergeCell')) continue;
    const ranges = elements(xml(part), 'mergeCell').flatMap((m) => range(m.getAttribute('ref') ?? '') ?? []);
    if (ranges.length) merges.set(sheet.getAttribute('name') ?? '', ranges);
  }
  return merges;
}
