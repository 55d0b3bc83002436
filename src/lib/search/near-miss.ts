/**
 * Near misses of a query word: how far two spellings are apart, and which
 * phrase of the library's text is one character away from a word no page
 * holds (the typo 联系群中 for 联系群众). Pure string work, browser-safe.
 */

/** Levenshtein distance, stopping early past `max` (then max + 1). Compares code points. */
export function editDistance(a: string, b: string, max = 2): number {
  const A = Array.from(a);
  const B = Array.from(b);
  if (Math.abs(A.length - B.length) > max) return max + 1;
  let previous = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const row = [i];
    for (let j = 1; j <= B.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (A[i - 1] === B[j - 1] ? 0 : 1)));
    if (Math.min(...row) > max) return max + 1;
    previous = row;
  }
  return previous[B.length]!;
}

/**
 * The phrase of the texts most often found one character away from `word`,
 * same length (联系群中 → 联系群众): for a word that is no name in the
 * vocabulary. The changed character must be Chinese, so numbers and
 * punctuation never make a suggestion. Undefined when none occurs.
 */
export function nearMissInText(word: string, texts: readonly string[]): string | undefined {
  const chars = Array.from(word);
  if (chars.length < 3 || chars.some((c) => !/\p{Script=Han}/u.test(c))) return undefined;
  const counts = new Map<string, number>();
  for (const text of texts) {
    const t = Array.from(text);
    for (let i = 0; i + chars.length <= t.length; i++) {
      let differs = -1;
      let misses = 0;
      for (let k = 0; k < chars.length && misses <= 1; k++) {
        if (t[i + k] !== chars[k]) {
          misses++;
          differs = k;
        }
      }
      if (misses !== 1 || !/\p{Script=Han}/u.test(t[i + differs]!)) continue;
      const phrase = t.slice(i, i + chars.length).join('');
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [phrase, n] of counts) if (best === undefined || n > counts.get(best)!) best = phrase;
  return best;
}
