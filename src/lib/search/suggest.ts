/** Suggestions for a query that found nothing: methods and places with similar names. */
import type { SearchVocabulary } from './engine.ts';
import { expandPlace } from './query.ts';

export interface Suggestion {
  label: string;
  url: string;
  kind: 'method' | 'place';
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice similarity of character bigrams, plus shared single characters as a weak signal. */
function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  const dice = A.size + B.size > 0 ? (2 * shared) / (A.size + B.size) : 0;
  const charsA = new Set(Array.from(a));
  const common = Array.from(new Set(Array.from(b))).filter((c) => charsA.has(c) && /\p{Script=Han}/u.test(c)).length;
  return dice + 0.1 * common;
}

export function suggest(query: string, vocabulary: SearchVocabulary, limit = 6): Suggestion[] {
  if (!query.trim()) return [];
  const scored: Array<Suggestion & { score: number }> = [];
  for (const m of vocabulary.methods) {
    const score = Math.max(...m.terms.map((t) => similarity(query, t)));
    scored.push({ label: m.name, url: m.url, kind: 'method', score });
  }
  for (const entry of vocabulary.places) {
    const p = expandPlace(entry);
    const score = Math.max(...p.terms.map((t) => similarity(query, t)));
    scored.push({ label: p.name, url: p.url, kind: 'place', score });
  }
  return scored
    .filter((s) => s.score >= 0.1)
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ label, url, kind }) => ({ label, url, kind }));
}
