/**
 * Why a page is in the answer to a query (pure; the engine feeds it what
 * Pagefind found). A page *holds* a word when its text has the word as an
 * exact phrase, or when the word names the page's place (a query naming the
 * place finds its cases even where the text does not). A page holds a query
 * when it holds every word: that is a match, counted and listed. A page that
 * holds none of the words but is only *tagged* with the method a word names
 * (by an alias or a named practice) is not a match: it is listed apart, with
 * a label saying so, and never counted.
 */

/** What the vocabulary says a query word is. */
export type WordSense =
  | { kind: 'method'; method: string; isName: boolean }
  | { kind: 'practice'; practice: string; method: string }
  | { kind: 'place' }
  | { kind: 'plain' };

export interface TermIndex {
  sense(word: string): WordSense;
  /** Every known term, for keeping them whole when a query is cut into words. */
  terms: string[];
}

/**
 * The vocabulary as lookups. A named practice is its own sense, never an
 * alias: 三有两评 names a practice of 群众评议干部, not the method.
 */
export function termIndex(vocabulary: {
  methods: ReadonlyArray<{ name: string; terms: readonly string[] }>;
  practices: ReadonlyArray<{ name: string; terms: readonly string[]; method: string }>;
  placeTerms: Iterable<string>;
}): TermIndex {
  const senses = new Map<string, WordSense>();
  for (const t of vocabulary.placeTerms) senses.set(t, { kind: 'place' });
  for (const m of vocabulary.methods) for (const t of m.terms) senses.set(t, { kind: 'method', method: m.name, isName: t === m.name });
  // A practice's own name wins over a method alias spelled the same.
  for (const p of vocabulary.practices) for (const t of p.terms) senses.set(t, { kind: 'practice', practice: p.name, method: p.method });
  return { sense: (word) => senses.get(word) ?? { kind: 'plain' }, terms: [...senses.keys()] };
}

/** One query word and the pages that hold it or are only tagged for it. */
export interface WordEvidence {
  word: string;
  /** Pages holding the word (text, or place tag). */
  held: ReadonlySet<string>;
  /** The method a word's tag stands for, and the pages tagged with it (alias and practice words only). */
  tag?: { method: string; ids: ReadonlySet<string> };
  /**
   * False for a word the engine made by cutting a longer unknown word (垃圾分类
   * → 垃圾 + 分类) or a single character: holding it alone is no partial match.
   */
  standalone: boolean;
  /**
   * True when the pages that hold the word hold only some of its characters
   * (网格话管理 searched as 网格 + 管理): a page holding every word is then a
   * partial match, not a full one.
   */
  partOnly?: boolean;
}

export interface Match {
  id: string;
  /** 3: the whole query as a phrase, 2: every word, 1: some words. */
  tier: 1 | 2 | 3;
  held: string[];
}

export interface Related {
  id: string;
  /** For each word the page does not hold: the method it is tagged with instead. */
  because: Array<{ word: string; method: string }>;
}

export interface Classified {
  matches: Match[];
  /** False when no page holds every word and the matches hold only some. */
  complete: boolean;
  related: Related[];
}

/**
 * Sorts pages into matches and tag-only related pages. `wholeQuery` holds the
 * pages with the whole query as one phrase; `order` breaks ties (first found first).
 */
export function classify(words: readonly WordEvidence[], wholeQuery: ReadonlySet<string>, order: readonly string[]): Classified {
  if (words.length === 0) return { matches: [], complete: true, related: [] };
  const rank = new Map(order.map((id, i) => [id, i]));
  const ids = new Set<string>([...wholeQuery]);
  for (const w of words) {
    for (const id of w.held) ids.add(id);
    for (const id of w.tag?.ids ?? []) ids.add(id);
  }
  const full: Match[] = [];
  const partial: Match[] = [];
  const related: Related[] = [];
  for (const id of ids) {
    const held = words.filter((w) => wholeQuery.has(id) || w.held.has(id));
    const partly = !wholeQuery.has(id) && held.some((w) => w.partOnly);
    if (held.length === words.length && !partly) {
      full.push({ id, tier: wholeQuery.has(id) ? 3 : 2, held: held.map((w) => w.word) });
      continue;
    }
    if (held.length === words.length) {
      partial.push({ id, tier: 1, held: held.map((w) => w.word) });
      continue;
    }
    const because = words.filter((w) => !held.includes(w) && w.tag?.ids.has(id)).map((w) => ({ word: w.word, method: w.tag!.method }));
    if (held.length + because.length === words.length) related.push({ id, because });
    else if (held.some((w) => w.standalone)) partial.push({ id, tier: 1, held: held.map((w) => w.word) });
  }
  const byRank = (a: { id: string }, b: { id: string }) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity);
  const complete = full.length > 0 || partial.length === 0;
  const matches = (complete ? full : partial).sort((a, b) => b.tier - a.tier || b.held.length - a.held.length || byRank(a, b));
  const matchIds = new Set(matches.map((m) => m.id));
  return { matches, complete, related: related.filter((r) => !matchIds.has(r.id)).sort(byRank) };
}

/** The label of a related page: 同属工作方法「群众评议干部」、未出现「三有两评」. */
export function relatedLabel(because: Related['because']): string {
  return because.map((b) => `同属工作方法「${b.method}」、未出现「${b.word}」`).join('；');
}
