/**
 * Blocks of a page that stand side by side: a second column, or a box (a text frame, a sidebar, a 【点评】)
 * beside the text. Their lines sit at heights between the other block's lines, or at nearly the same height,
 * so lines built by height alone glue a box's words into the text's lines or alternate the two. They are told
 * apart before lines are built, by x-extent: a gutter, an x that no text crosses over a run of lines, with at
 * least three lines on either side, whose baselines do not pair up with the other side's (pairs are a table's
 * rows) unless both sides are running text (columns set line for line). A block the text wraps around
 * is a box; otherwise the two are columns.
 */
import { median } from './pdf-layout.ts';
import { CELL_GAP } from './pdf-table.ts';

export interface Piece {
  str: string;
  x: number;
  x1: number;
  y: number;
  size: number;
}

export interface SideBlocks<T extends Piece> {
  /** What is above or below the blocks, or crosses the gutter. */
  outside: T[];
  left: T[];
  right: T[];
  /** Which side is a box the text wraps around (wrapsAround); none when the two are columns. */
  box?: 'left' | 'right';
}

/** Distinct baselines among pieces: one line may come in several pieces. */
function baselines(pieces: Piece[]): number[] {
  const ys: number[] = [];
  for (const p of [...pieces].sort((a, b) => b.y - a.y)) if (!ys.some((y) => Math.abs(y - p.y) < p.size * 0.4)) ys.push(p.y);
  return ys;
}

/**
 * Which block the text wraps around: the narrower, when a line of the text's own type runs on across both
 * blocks' place just above or below them (a frame set in a paragraph). Columns have no such line: what spans
 * them is a heading, a running head or a page number.
 */
function wrapsAround(next: Piece[], left: Piece[], right: Piece[]): 'left' | 'right' | undefined {
  const x0 = (ps: Piece[]) => Math.min(...ps.map((p) => p.x));
  const x1 = (ps: Piece[]) => Math.max(...ps.map((p) => p.x1));
  const rightIsBox = x1(right) - x0(right) < x1(left) - x0(left);
  const [box, text] = rightIsBox ? [right, left] : [left, right];
  const size = median(text.map((p) => p.size));
  const across = next.some((p) => Math.abs(p.size - size) < size * 0.15 && p.x <= x0(left) + 3 * size && p.x1 >= x1(right) - 3 * size);
  return across && box.length ? (rightIsBox ? 'right' : 'left') : undefined;
}

/**
 * Text that runs on from line to line: three or more lines ending at one right edge (justified), a mark hanging
 * past it or not. A line of running text is one run of words: a table's column of cells (序号 1, 2, 3 centred, or
 * a row's cells set apart by gutters) ends at one edge too, but its lines are a few characters, or cells with
 * gaps wider than two characters between them (CELL_GAP).
 */
function runningText(pieces: Piece[]): boolean {
  const ends = new Map<number, number>();
  for (const y of baselines(pieces)) {
    const line = pieces.filter((p) => Math.abs(p.y - y) < p.size * 0.4).sort((a, b) => a.x - b.x);
    const cells = line.some((p, i) => i > 0 && p.x - line[i - 1]!.x1 > CELL_GAP * p.size);
    if (cells || Array.from(line.map((p) => p.str.trim()).join('')).length < 4) continue;
    const end = Math.round(Math.max(...line.map((p) => p.x1)));
    ends.set(end, (ends.get(end) ?? 0) + 1);
  }
  return Math.max(0, ...ends.values()) >= 3;
}

/** The two blocks on either side of the gutter at x, or undefined when there is none there. */
function splitAt<T extends Piece>(pieces: T[], x: number): SideBlocks<T> | undefined {
  const stack = pieces.filter((p) => Math.abs(p.x - x) <= 1);
  const top = Math.max(...stack.map((p) => p.y + p.size / 2));
  const bottom = Math.min(...stack.map((p) => p.y - p.size / 2));
  const crosses = (p: Piece) => p.x < x - 1 && p.x1 > x + 0.5;
  const crossing = pieces.filter(crosses);
  if (crossing.some((p) => p.y >= bottom && p.y <= top)) return undefined;
  // The gutter runs up and down from the stack of lines that starts at it to the first line that crosses it.
  const above = Math.min(Infinity, ...crossing.filter((p) => p.y > top).map((p) => p.y));
  const below = Math.max(-Infinity, ...crossing.filter((p) => p.y < bottom).map((p) => p.y));
  const inside = (p: Piece) => p.y < above && p.y > below && !crosses(p);
  const right = pieces.filter((p) => inside(p) && p.x >= x - 1);
  const left = pieces.filter((p) => inside(p) && p.x < x - 1);
  const leftLines = baselines(left);
  const rightLines = baselines(right);
  if (leftLines.length < 3 || rightLines.length < 3) return undefined;
  const size = Math.min(...stack.map((p) => p.size));
  // A gutter, not the space between words: the left block stops short of it.
  if (x - Math.max(...left.map((p) => p.x1)) < size * 0.3) return undefined;
  const paired = rightLines.filter((y) => leftLines.some((l) => Math.abs(l - y) < size * 0.4)).length;
  if (paired > rightLines.length / 2 && !(runningText(left) && runningText(right))) return undefined;
  const box = wrapsAround(crossing.filter((p) => p.y === above || p.y === below), left, right);
  return { outside: pieces.filter((p) => !inside(p)), left, right, ...(box ? { box } : {}) };
}

/**
 * The blocks beside each other on a page, at the first gutter found left to right, or undefined when the
 * page's text is one block. Candidates are the x's where three or more pieces start, off the page's left edge.
 */
export function sideBlocks<T extends Piece>(pieces: T[]): SideBlocks<T> | undefined {
  if (!pieces.length) return undefined;
  const edge = Math.min(...pieces.map((p) => p.x));
  const starts = new Map<number, number>();
  for (const p of pieces) starts.set(Math.round(p.x), (starts.get(Math.round(p.x)) ?? 0) + 1);
  // Off the edge by more than a first-line indent (two characters): an indent is no gutter.
  const indent = 3 * Math.min(...pieces.map((p) => p.size));
  const candidates = [...starts].filter(([x, n]) => n >= 3 && x > edge + indent).map(([x]) => x).sort((a, b) => a - b);
  for (const x of candidates) {
    const exact = pieces.find((p) => Math.round(p.x) === x)!.x;
    const found = splitAt(pieces, exact);
    if (found) return found;
  }
  return undefined;
}
