/**
 * Suggestions for a query that found nothing: methods, named practices and
 * places whose names are really close — sharing at least a quarter of their
 * character pairs (民情日志 → 民情日记). Shared single characters are no
 * likeness: 垃圾分类 suggests nothing rather than 网格化管理.
 */
import type { SearchVocabulary } from './engine.ts';
import { expandPlace } from './query.ts';

export interface Suggestion {
  label: string;
  url: string;
  kind: 'method' | 'practice' | 'place';
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice similarity of character bigrams. */
export function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  return A.size + B.size > 0 ? (2 * shared) / (A.size + B.size) : 0;
}

/** Least similarity a suggestion needs. */
export const CLOSE_ENOUGH = 0.25;

export function suggest(query: string, vocabulary: SearchVocabulary, limit = 6): Suggestion[] {
  if (!query.trim()) return [];
  const scored: Array<Suggestion & { score: number }> = [];
  for (const m of vocabulary.methods) {
    const score = Math.max(...m.terms.map((t) => similarity(query, t)));
    scored.push({ label: m.name, url: m.url, kind: 'method', score });
  }
  for (const p of vocabulary.practices ?? []) {
    const score = Math.max(...p.terms.map((t) => similarity(query, t)));
    scored.push({ label: `${p.name}（${p.method}）`, url: p.url, kind: 'practice', score });
  }
  for (const entry of vocabulary.places) {
    const p = expandPlace(entry);
    const score = Math.max(...p.terms.map((t) => similarity(query, t)));
    scored.push({ label: p.name, url: p.url, kind: 'place', score });
  }
  return scored
    .filter((s) => s.score >= CLOSE_ENOUGH)
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ label, url, kind }) => ({ label, url, kind }));
}
