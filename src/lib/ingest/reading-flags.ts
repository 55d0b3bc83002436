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
 * doubt proposal was made from: its `quote` is the flag's words with the
 * edition's punctuation, its `value` the flag's what — unless the editor has
 * reworded it into the note, as the guide invites; -1 when none does.
 */
export function flagLineOf(lines: readonly string[], doubt: { value?: unknown; quote?: unknown }): number {
  const flags = lines.map((line) => (/^#\s*待核：/u.test(line) ? READING_FLAG.exec(line.replace(/^#\s*待核：/u, '').trim()) : null));
  const same = (m: RegExpExecArray | null) => m !== null && normalizePunctuation(m[2]!) === doubt.quote;
  const exact = flags.findIndex((m) => same(m) && m![1] === doubt.value);
  return exact !== -1 ? exact : flags.findIndex(same);
}
