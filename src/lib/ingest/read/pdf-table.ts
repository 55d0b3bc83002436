/**
 * A table printed in a PDF: its rows, told by their cells, and its header row printed again where it crosses a
 * page. A table's cells stand in columns with gutters between them as two text columns do, but they share
 * baselines row by row: a row is read across, one line (its cells joined by an ideographic space, as the text of
 * a line is), never column by column.
 */
import type { LeftBlock } from '../left-blocks.ts';
import type { PdfLine } from './pdf-layout.ts';

/** Pieces of one line further apart than this many characters are cells of a table's row (or two columns' lines), never words of a sentence. */
export const CELL_GAP = 2;
/** A gap of this many characters or more between two pieces of a line is a space typed there (an ideographic space, a cell's edge). */
export const SPACE_GAP = 0.8;

export interface LinePart {
  x: number;
  x1: number;
  size: number;
  str: string;
}

/** The line's runs of text split where pieces stand further apart than `gap` characters. */
function cells(parts: readonly LinePart[], gap: number): Cell[] {
  const out: Cell[] = [];
  let lastEnd = -Infinity;
  let lastSize = 0;
  for (const p of [...parts].filter((q) => q.str.trim()).sort((a, b) => a.x - b.x)) {
    const cell = out.at(-1);
    if (cell && p.x - lastEnd <= Math.min(lastSize, p.size) * gap) cell.x1 = Math.max(cell.x1, p.x1);
    else out.push({ x0: p.x, x1: p.x1 });
    lastEnd = Math.max(lastEnd, p.x1);
    lastSize = p.size;
  }
  return out;
}

type Cell = { x0: number; x1: number };
/** How many of a line's cells stand over one of another line's: cells of one column overlap, whatever their alignment. */
const aligned = (a: readonly Cell[], b: readonly Cell[]) => a.filter((c) => b.some((w) => c.x0 < w.x1 && c.x1 > w.x0)).length;

/**
 * Marks the lines of a page's block that are a table's rows: lines of three cells or more set apart by gutters
 * (two columns of text give two pieces a line) next to another such line whose cells stand in the same columns.
 * One line alone so spread is no table: a line justified around a long word sets its characters gutters apart.
 * A header row's cells fill their columns, so its gutters are narrow: the line next to a row whose runs, split
 * at spaces, stand each over one of that row's cells is a row too.
 */
export function markRows(lines: ReadonlyArray<{ line: PdfLine; parts: readonly LinePart[] }>): void {
  const sorted = [...lines].sort((a, b) => b.line.y - a.line.y);
  const wide = sorted.map((e) => cells(e.parts, CELL_GAP));
  const near = (i: number, j: number) => j >= 0 && j < sorted.length && Math.abs(sorted[i]!.line.y - sorted[j]!.line.y) < 2.5 * sorted[i]!.line.size;
  const candidate = (i: number) => wide[i]!.length >= 3;
  sorted.forEach((e, i) => {
    if (candidate(i) && [i - 1, i + 1].some((j) => near(i, j) && candidate(j) && aligned(wide[i]!, wide[j]!) >= 3)) e.line.row = true;
  });
  for (let changed = true; changed; ) {
    changed = false;
    sorted.forEach((e, i) => {
      if (e.line.row) return;
      const spaced = cells(e.parts, SPACE_GAP);
      if (spaced.length < 3) return;
      if ([i - 1, i + 1].some((j) => near(i, j) && sorted[j]!.line.row && aligned(spaced, wide[j]!) === spaced.length)) changed = e.line.row = true;
    });
  }
}

/**
 * A table's header row printed again at the top of the next page where the table crosses it (Word's and
 * LibreOffice's repeated heading rows): the first line on a page, its running head taken off, that is a row
 * repeating one printed on an earlier page. The first printing is the table's; the repetition is page
 * furniture, counted and listed.
 */
export function dropRepeatedHeaderRows(lines: PdfLine[], dropped: Record<string, number>, left: LeftBlock[]): PdfLine[] {
  const seen = new Set<string>();
  const repeats = new Set<PdfLine>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const on = lines.filter((l) => l.page === page);
    if (on[0]?.row && seen.has(on[0].text)) repeats.add(on[0]);
    for (const l of on) if (l.row) seen.add(l.text);
  }
  for (const l of repeats) {
    dropped['repeated header rows'] = (dropped['repeated header rows'] ?? 0) + 1;
    left.push({ role: 'duplicate', text: l.text, reason: `第${l.page}页：表格跨页时重印的表头行，与前一页的表头相同，未重复收入` });
  }
  return lines.filter((l) => !repeats.has(l));
}
