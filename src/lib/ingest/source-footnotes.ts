/**
 * The words a source entry's about gives a footnote of the source's own note
 * (编印说明…[1]): the compilers' word on the whole compilation, quoted with
 * the note and line it hangs on. One owner: proposals.ts proposes them,
 * editor-fields.ts keeps them when the editor rewrites about. Browser-safe.
 */
import { quote } from '../text.ts';

/** 编印说明有脚注[1]（原文第89行），照录：“……” */
export const footnotePassage = (label: string, mark: string, line: number, text: string) => `${label}有脚注${mark}（原文第${line}行），照录：${quote(text)}`;

/** Such a passage inside an about, with its mark; the quoted words hold no “” of their own (quote nests them as ‘’). */
const PASSAGE = /[^。；，“”\s]{0,12}有脚注(\S{1,6}?)（原文第\d+行），照录：“[^“”]*”/gu;

/**
 * A new about with the footnote passages of the old one it leaves out added
 * at its end: an about rewritten with --set after the footnote was accepted
 * (trial 18's order: --all, then --set about) would otherwise drop the
 * compilers' words with exit 0. A passage stays out when the new about names
 * its footnote itself (脚注[1]), as the editor who rewrote it in their words does.
 */
export function keepFootnotes(before: string, after: string): { value: string; kept: string[] } {
  const kept = [...before.matchAll(PASSAGE)].filter((m) => !after.includes(`脚注${m[1]}`)).map((m) => m[0]);
  return { value: after && kept.length ? `${after}${kept.join('')}` : after, kept: after ? kept : [] };
}
