/**
 * Suggestions for a query that found nothing or only part: methods, named practices and
 * places whose names are really close — sharing at least a quarter of their
 * character pairs (民情日志 → 民情日记). Shared single characters are no
 * likeness: 垃圾分类 suggests nothing rather than 网格化管理.
 */
import type { SearchVocabulary } from './engine.ts';
import { editDistance } from './near-miss.ts';
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

/** A term the reader probably meant (您是不是要找), and the name it stands for. */
export interface DidYouMean {
  /** The spelling to search instead, as the library spells it. */
  term: string;
  kind: Suggestion['kind'] | 'text';
  /** The method, practice or place the term names (absent for a phrase from the text). */
  label?: string;
  url?: string;
}

const KIND_ORDER: Record<Suggestion['kind'], number> = { method: 0, practice: 1, place: 2 };

/**
 * A method, practice or place name one character away from a query word of
 * three or more characters (网格话管理 → 网格化管理, 民清日记 → 民情日记: one
 * character changed, added or left out). Names are preferred to places, then
 * the same length; undefined when none is that close.
 */
export function didYouMean(word: string, vocabulary: SearchVocabulary): DidYouMean | undefined {
  if (Array.from(word).length < 3) return undefined;
  const candidates: Array<DidYouMean & { kind: Suggestion['kind'] }> = [];
  const consider = (terms: readonly string[], kind: Suggestion['kind'], label: string, url: string) => {
    for (const term of terms) if (term !== word && Array.from(term).length >= 3 && editDistance(word, term, 1) === 1) candidates.push({ term, kind, label, url });
  };
  for (const m of vocabulary.methods) consider(m.terms, 'method', m.name, m.url);
  for (const p of vocabulary.practices ?? []) consider(p.terms, 'practice', p.name, p.url);
  for (const entry of vocabulary.places) {
    const p = expandPlace(entry);
    consider(p.terms, 'place', p.name, p.url);
  }
  const length = Array.from(word).length;
  candidates.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || Number(Array.from(a.term).length !== length) - Number(Array.from(b.term).length !== length));
  return candidates[0];
}
