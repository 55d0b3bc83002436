/**
 * What a sheet's layout says that its values do not, read from the worksheet part, which read-excel-file does not give:
 *
 * - merged cells (`<mergeCells>`, ECMA-376 Part 1 §18.3.1.55). read-excel-file gives a merged region's value at its
 *   top-left cell and null under the rest, which a form cannot be read by: a value merged over two columns then looks
 *   like a value and an empty label. A merged region is one cell, as Word's gridSpan is; a header label merged across
 *   columns is their parent (案例主要内容 over 基本情况…).
 * - hidden columns (`<col hidden="1">`, §18.3.1.13): a column the collector hid (初审意见) is still text, and the
 *   report must say that a reader of the sheet does not see it.
 *
 * Sheets are found by name through the workbook's relationships, in a package xlsx-package.ts has already laid out
 * canonically (xl/workbook.xml with xl/_rels/workbook.xml.rels).
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

export interface SheetLayout {
  merges: CellRange[];
  /** Zero-based columns the sheet hides. */
  hiddenColumns: Set<number>;
}

/** Zero-based columns a `<col>` element hides (its min and max are one-based and inclusive). */
function hiddenColumns(doc: Document): number[] {
  return elements(doc, 'col')
    .filter((c) => ['1', 'true'].includes(c.getAttribute('hidden') ?? ''))
    .flatMap((c) => {
      const min = Number(c.getAttribute('min'));
      const max = Number(c.getAttribute('max') ?? min);
      // A hidden span to the sheet's last column (16384) hides the unused grid; only the columns up to 256 can hold what we read.
      return Number.isInteger(min) && min >= 1 ? Array.from({ length: Math.min(max, 256) - min + 1 }, (_, k) => min - 1 + k) : [];
    });
}

/** Each sheet's layout by the sheet's name; a sheet with no merges and no hidden column is absent. */
export async function sheetLayouts(pkg: Uint8Array): Promise<Map<string, SheetLayout>> {
  const layouts = new Map<string, SheetLayout>();
  const zip = await JSZip.loadAsync(pkg);
  const text = (name: string) => zip.file(name)?.async('string');
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return layouts;
  const targets = new Map(relationships(rels).map((r) => [r.getAttribute('Id'), r.getAttribute('Target') ?? '']));
  for (const sheet of elements(xml(workbook), 'sheet')) {
    const target = targets.get(sheet.getAttribute('r:id'));
    const part = target && (await text(partName(resolve('xl/workbook.xml', target))));
    if (!part || !/mergeCell|hidden/.test(part)) continue;
    const doc = xml(part);
    const merges = elements(doc, 'mergeCell').flatMap((m) => range(m.getAttribute('ref') ?? '') ?? []);
    const hidden = new Set(hiddenColumns(doc));
    if (merges.length || hidden.size) layouts.set(sheet.getAttribute('name') ?? '', { merges, hiddenColumns: hidden });
  }
  return layouts;
}
