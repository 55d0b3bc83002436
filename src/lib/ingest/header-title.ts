/**
 * A compilation's own title among the title-like lines of its header (the
 * lines before its first case that are neither compiler nor issuer): by its
 * type, not by its place. Typists set a series line (丛书名, 引题: 党的群众路线
 * 教育实践活动学习参考) centred above the title in smaller type; it names the
 * series the compilation belongs to and is no word of its title.
 */
import type { Paragraph } from './case-start.ts';

export interface HeaderTitle {
  /** The lines the title is read from, joined in order. */
  title: Paragraph[];
  /** Lines above the title in smaller type or above a declared title: the series line(s), with their size and the title's where known. */
  series: Array<{ paragraph: Paragraph; size?: number; titleSize?: number }>;
  /** The title was joined from several lines whose sizes the reader does not know: the editor should check it. */
  joinedUnsized: boolean;
}

/**
 * A title the document declares (Word's Title style, passed as `declared`) is
 * the title and the lines above it are series lines. Otherwise the title is
 * the first line in the header's largest type and what follows it (a title
 * broken over two lines in one size stays whole; a smaller line below keeps
 * today's reading, joined); every smaller line above it is a series line.
 * Sizes come from the reader (Word run sizes, PDF type sizes); where any is
 * unknown (a text export) the lines are joined as before and said to be.
 */
export function headerTitle(lines: readonly Paragraph[], sizeOf: (line: number) => number | undefined, declared?: string): HeaderTitle {
  const sizes = lines.map((p) => sizeOf(p.first));
  if (lines.length < 2) return { title: [...lines], series: [], joinedUnsized: false };
  const at = declared === undefined ? -1 : lines.findIndex((p) => p.text === declared);
  if (at >= 0) return { title: lines.slice(at), series: lines.slice(0, at).map((paragraph) => ({ paragraph })), joinedUnsized: false };
  if (sizes.some((s) => s === undefined)) return { title: [...lines], series: [], joinedUnsized: true };
  const known = sizes as number[];
  const largest = Math.max(...known);
  const first = known.findIndex((s) => s === largest);
  return {
    title: lines.slice(first),
    series: lines.slice(0, first).map((paragraph, i) => ({ paragraph, size: known[i]!, titleSize: largest })),
    joinedUnsized: false,
  };
}
