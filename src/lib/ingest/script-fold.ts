/**
 * Traditional characters folded to simplified, for matching only. The chrome
 * list, the byline grammar and the caption rule are written in simplified
 * characters; a page in traditional characters (中央社: 編輯, 記者, 圖為, 攝,
 * 不得轉載) states the same furniture and the same bylines. Rules test the
 * folded text; what they keep or cut is sliced from the text as printed, which
 * is never changed.
 *
 * The fold is OpenCC's (opencc-js, MIT; its dictionaries are OpenCC's, Apache-2.0),
 * character by character, and keeps a character wherever its simplified form is
 * not one character of the same UTF-16 length: a match's offsets in the folded
 * text are its offsets in the printed text.
 */
import * as OpenCC from 'opencc-js';

/** Traditional → mainland simplified (phrases too): for text to be converted, not only matched. */
export const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const folds = new Map<string, string>();

function foldChar(ch: string): string {
  let out = folds.get(ch);
  if (out === undefined) {
    const s = toSimplified(ch);
    out = s.length === ch.length && Array.from(s).length === 1 ? s : ch;
    folds.set(ch, out);
  }
  return out;
}

/** The text with each traditional character as its simplified one; same length, same offsets. ASCII and simplified text come back as they are. */
export function foldForMatching(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x3400 ? ch : foldChar(ch);
  return out;
}

/** Where `words` (found in the folded text, perhaps with its spaces taken out) is printed in `text`: its printed form, or undefined. */
export function printedForm(text: string, folded: string, words: string, from = 0): { printed: string; end: number } | undefined {
  const chars = Array.from(words).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(chars.join('\\s*'), 'gu');
  m.lastIndex = from;
  const hit = m.exec(folded);
  if (!hit) return undefined;
  const printed = text.slice(hit.index, hit.index + hit[0].length);
  return { printed: /\s/u.test(words) ? printed : printed.replace(/\s+/gu, ''), end: hit.index + hit[0].length };
}

/** A rule's match on the folded text, its groups as printed (undefined for a group that did not take part). */
export function execPrinted(re: RegExp, text: string): Array<string | undefined> | undefined {
  const m = new RegExp(re.source, re.flags.includes('d') ? re.flags : `${re.flags}d`).exec(foldForMatching(text));
  return m?.indices?.map((span) => (span ? text.slice(span[0], span[1]) : undefined));
}
