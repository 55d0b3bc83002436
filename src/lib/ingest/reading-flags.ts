/**
 * The grammar of ingest's flags of odd readings, one owner for the three that
 * use it: document.ts writes them (a draft's `# 待核：` lines), proposals.ts
 * turns them into doubt proposals, record-reading.ts removes the flag a
 * recorded reading answers. Browser-safe.
 */
import { normalizePunctuation } from '../text.ts';

/** 第3段：疑“入”误作“人”：“words around the reading” — what is odd, and the raw words. */
export const READING_FLAG = /^第\d+段：(.+)：“(.+)”$/u;

/** A flag of an odd reading in the nth paragraph of a draft's body. */
export const readingFlag = (n: number, what: string, words: string) => `第${n}段：${what}：“${words}”`;

/**
 * Where, among a draft's frontmatter lines, the `# 待核：` line stands that a
 * doubt proposal was made from (its `value` is the flag's what, its `quote`
 * the flag's words with the edition's punctuation); -1 when none does.
 */
export function flagLineOf(lines: readonly string[], doubt: { value?: unknown; quote?: unknown }): number {
  return lines.findIndex((line) => {
    const m = READING_FLAG.exec(line.replace(/^#\s*待核：/u, '').trim());
    return /^#\s*待核：/u.test(line) && m !== null && m[1] === doubt.value && normalizePunctuation(m[2]!) === doubt.quote;
  });
}
