/**
 * Text drawn rotated across a page — a watermark (征求意见稿, 内部资料) set in a rotated frame, a stamp's ring, a
 * line up the margin — is not the page's running text. pdf.js gives each text item its transform [a b c d e f]
 * (the text matrix times the current transformation matrix); its first column (a, b) is the direction of the
 * baseline, so an item whose baseline is not horizontal was drawn rotated. A slant alone (c ≠ 0, a synthetic
 * italic) leaves the baseline horizontal and the text in its line. Such items are taken out before any line is
 * built — their letters would otherwise be set among the lines they cross, and a line's words among theirs —
 * and listed once, with the pages they are on.
 */
import type { LeftBlock } from '../left-blocks.ts';

interface Item {
  str: string;
  transform: number[];
}

/** Rotated text found on a page: the page's number and the text, its pieces joined in the order drawn. */
export interface RotatedText {
  page: number;
  text: string;
}

/** About one degree: more than a producer's rounding of an upright line. */
const TILT = 0.02;

const angleOf = (it: Item) => Math.atan2(it.transform[1] ?? 0, it.transform[0] ?? 1);
const visible = (s: string) => s.replace(/\s/g, '').length;

/**
 * A page's items split into the upright ones (the page's text) and the rotated ones' text. Where most of the
 * page is drawn rotated, the rotation is the page's own (a landscape page turned in its content), not furniture:
 * nothing is taken out.
 */
export function takeOutRotated<T extends Item>(items: T[], page: number): { upright: T[]; rotated: RotatedText[] } {
  const tilted = (it: T) => visible(it.str) > 0 && Math.abs(angleOf(it)) > TILT;
  const rotatedChars = items.filter(tilted).reduce((n, it) => n + visible(it.str), 0);
  const allChars = items.reduce((n, it) => n + visible(it.str), 0);
  if (!rotatedChars || rotatedChars * 2 >= allChars) return { upright: items, rotated: [] };
  // Pieces drawn one after another at one angle are one text (a watermark drawn glyph by glyph).
  const rotated: RotatedText[] = [];
  let angle: number | undefined;
  for (const it of items.filter(tilted)) {
    const a = angleOf(it);
    if (angle !== undefined && Math.abs(a - angle) <= TILT) rotated.at(-1)!.text += it.str;
    else rotated.push({ page, text: it.str });
    angle = a;
  }
  for (const r of rotated) r.text = r.text.trim();
  return { upright: items.filter((it) => !tilted(it)), rotated };
}

/**
 * Rotated texts → blocks for the report, one per distinct text with every page it is on: on every page of a
 * document of several it is a watermark; elsewhere it is still out of the text's lines, and the report says
 * where so the editor can put it back.
 */
export function rotatedBlocks(found: RotatedText[], pages: number): LeftBlock[] {
  const byText = new Map<string, number[]>();
  for (const r of found) byText.set(r.text, [...(byText.get(r.text) ?? []), r.page]);
  return [...byText].map(([text, on]): LeftBlock => {
    const where = `第${[...new Set(on)].join('、')}页`;
    const everyPage = pages > 1 && new Set(on).size === pages;
    const reason = everyPage
      ? `${where}：每页都斜印着的文字（水印），是页面杂项，不是正文`
      : `${where}：斜印在页面上的文字（水印、印章或页边的字），不在正文各行之中，未收入；如属正文，请手工加入`;
    return { role: 'running-head', text, reason };
  });
}
