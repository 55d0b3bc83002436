/**
 * A form printed in a PDF (a 推荐表 on a 公文's 附件 page): a ruled table whose rows pair labels with values. The text
 * layer alone gives a row's label and value as one line, and a cell of several paragraphs beside its label: the
 * ruled lines (pdf.js's operator list: the borders, painted as hairline rectangles or stroked lines) say where each
 * cell is. The cells' paragraphs go to the form rule every reader shares (case-form.ts); a form that is a case is set
 * as the case reads, one paragraph a line, in place of the table, and the rest of the form is listed for the report.
 * A ruled table that is no case form (a box, a table of figures) is left to the text layer, as it was.
 */
import { caseOfForm, formFields, type FormCase, type FormCell } from '../case-form.ts';
import { reflow, type PdfLine } from './pdf-layout.ts';

/** A ruled line in page units, y up: its extent on the page. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A rule is no thicker than this (pt) and at least this long: a cell's border, never a filled block or a dot. */
const THIN = 2.5;
const LONG = 8;
/** Borders closer than this (pt) are one: adjacent cells each paint their own. */
const JOIN = 2.5;

type Matrix = [number, number, number, number, number, number];
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const;

/**
 * The page's thin paths, in page units: pdf.js hands each path with its bounding box in the space the
 * current transformation sets, which save/restore and transform change as the page draws.
 */
export function rulesOf(ops: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }, codes: { save: number; restore: number; transform: number; constructPath: number }): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? ctm;
    else if (fn === codes.transform && args) ctm = times(ctm, Array.from(args as number[]) as Matrix);
    else if (fn === codes.constructPath && args?.[2]) {
      const box = args[2] as ArrayLike<number>;
      const [ax, ay] = apply(ctm, box[0]!, box[1]!);
      const [bx, by] = apply(ctm, box[2]!, box[3]!);
      const rule = { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
      const w = rule.x1 - rule.x0;
      const h = rule.y1 - rule.y0;
      if (Math.min(w, h) <= THIN && Math.max(w, h) >= LONG) rules.push(rule);
    }
  }
  return rules;
}

const vertical = (r: Rule) => r.y1 - r.y0 > r.x1 - r.x0;
const touch = (a: Rule, b: Rule) => a.x0 <= b.x1 + JOIN && b.x0 <= a.x1 + JOIN && a.y0 <= b.y1 + JOIN && b.y0 <= a.y1 + JOIN;

/** Rules that meet, each set a table's borders (two tables on a page never touch). */
function tablesOf(rules: readonly Rule[]): Rule[][] {
  const groups: Rule[][] = [];
  for (const r of rules) {
    const meeting = groups.filter((g) => g.some((q) => touch(q, r)));
    const merged = [...meeting.flat(), r];
    for (const g of meeting) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

/** Values closer than JOIN are one (a border's two edges, two cells' borders), in order. */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out.at(-1)! > JOIN) out.push(v);
  return out;
}

export interface CellBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * A table's cells, row by row from the top: the bands between its horizontal borders, each cut where a vertical
 * border crosses the band (a cell merged across has none between its columns). Undefined for a box (no inner
 * column border): a frame round text is no table.
 */
export function cellsOf(table: readonly Rule[]): CellBox[][] | undefined {
  const verticals = table.filter(vertical);
  const xs = distinct(verticals.map((r) => (r.x0 + r.x1) / 2));
  const ys = distinct(table.filter((r) => !vertical(r)).map((r) => (r.y0 + r.y1) / 2)).reverse();
  if (xs.length < 3 || ys.length < 2) return undefined;
  const rows: CellBox[][] = [];
  for (let i = 0; i + 1 < ys.length; i++) {
    const [top, bottom] = [ys[i]!, ys[i + 1]!];
    const mid = (top + bottom) / 2;
    const borders = xs.filter((x) => verticals.some((r) => Math.abs((r.x0 + r.x1) / 2 - x) <= JOIN && r.y0 <= mid && r.y1 >= mid));
    const row: CellBox[] = [];
    for (let j = 0; j + 1 < borders.length; j++) row.push({ x0: borders[j]!, x1: borders[j + 1]!, y0: bottom, y1: top });
    if (row.length) rows.push(row);
  }
  return rows.length ? rows : undefined;
}

/** A text item as pdf.js gives it: its string, its matrix (e in [4], f in [5]) and its width. */
export interface PositionedItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** The cell a piece of text stands in: its middle inside the cell's borders, its baseline between them. */
const inside = (it: PositionedItem, c: CellBox) => {
  const x = it.transform[4]! + it.width / 2;
  const y = it.transform[5]!;
  return x > c.x0 && x < c.x1 && y > c.y0 && y < c.y1;
};

export interface PageForm {
  found: FormCase;
  /** The case as lines in place of the table: its title, the byline, the text's paragraphs, each a paragraph of its own. */
  lines: PdfLine[];
}

/**
 * The case forms ruled on a page, and the page's text items not in them. `linesOf` builds a cell's lines as the
 * page's are built, so a cell's paragraphs are told by the same first-line indents.
 */
export function pageForms<T extends PositionedItem>(items: T[], rules: readonly Rule[], page: number, linesOf: (items: T[]) => PdfLine[]): { forms: PageForm[]; rest: T[] } {
  const forms: PageForm[] = [];
  let rest = items;
  for (const table of tablesOf(rules)) {
    const grid = cellsOf(table);
    if (!grid) continue;
    const taken = grid.map((row) => row.map((cell) => rest.filter((it) => inside(it, cell))));
    const heading = headingOver(rest, grid, linesOf);
    const rows: FormCell[][] = [...(heading.length ? [[[lineText(heading, linesOf)]]] : []), ...taken.map((row) => row.map((cell) => reflow(linesOf(cell)).map((p) => p.text)))];
    const found = caseOfForm(formFields(rows), `第${page}页：`);
    if (!found) continue;
    const used = new Set([...taken.flat(2), ...heading]);
    rest = rest.filter((it) => !used.has(it));
    forms.push({ found, lines: caseLines(found, grid, page, [...used]) });
  }
  return { forms, rest };
}

const lineText = <T extends PositionedItem>(items: T[], linesOf: (items: T[]) => PdfLine[]) => linesOf(items).map((l) => l.text).join('');

/**
 * The form's own title printed over it (××推荐表, ××典型案例): the line right above the table's top border, centred
 * on the table, no sentence. A Word table or a sheet sets it as a row across the form; a page prints it above the
 * rules. Empty when the line above is text of the page (a sentence, a line set to the margin).
 */
function headingOver<T extends PositionedItem>(items: T[], grid: CellBox[][], linesOf: (items: T[]) => PdfLine[]): T[] {
  const top = grid[0]![0]!.y1;
  const x0 = Math.min(...grid.flat().map((c) => c.x0));
  const x1 = Math.max(...grid.flat().map((c) => c.x1));
  const above = items.filter((it) => it.str.trim() && it.transform[5]! > top);
  const line = linesOf(above).sort((a, b) => a.y - b.y)[0];
  if (!line || line.y - top > 3.5 * line.size) return [];
  const centred = Math.abs(line.x0 - x0 - (x1 - line.x1)) < 2 * line.size && line.x0 - x0 > 2 * line.size;
  if (!centred || /[。；：:，]$/u.test(line.text)) return [];
  return above.filter((it) => Math.abs(it.transform[5]! - line.y) < line.size * 0.4);
}

/** The case's paragraphs as lines at the table's place on the page, top to bottom, in the text's type. */
function caseLines(found: FormCase, grid: CellBox[][], page: number, items: PositionedItem[]): PdfLine[] {
  const sizes = items.map((it) => Math.hypot(it.transform[0]!, it.transform[1]!) || it.height).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 12;
  const top = grid[0]![0]!.y1;
  const x0 = Math.min(...grid.flat().map((c) => c.x0));
  const x1 = Math.max(...grid.flat().map((c) => c.x1));
  const texts = [found.title, ...(found.byline ? [found.byline] : []), ...found.paragraphs];
  // Each a paragraph of its own (row): the cell's lines were joined already, by the cell's own indents.
  return texts.map((text, i) => ({ page, y: top - 0.01 * (i + 1), x0, x1, size, text, row: true }));
}
