/**
 * Case search on the Pagefind index, with the ranking this corpus needs.
 *
 * Pagefind segments the index with jieba but the query with Intl.Segmenter,
 * and ranks any page holding any query term, so a query like 车管所 returns
 * pages that only hold 车 or 所. Here every query word is searched as an exact
 * phrase (Pagefind verifies the positions), method and place words also match
 * the cases tagged with them (filters), and pages are ranked by tier:
 * whole query matched, then all words, then some; Pagefind's BM25 score (with
 * the title's weight) orders pages within a tier. A page that matches none of
 * the words is never returned.
 */
import { cleanQuery, expandPlace, foldTraditional, intlSegmenter, segmentQuery, STOP_WORDS, termMatcher, type Segmenter } from './query.ts';

export interface FragmentData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Array<{ element: string; id: string; text: string; location: number }>;
}

export interface BackendResult {
  id: string;
  score: number;
  data(): Promise<FragmentData>;
}

/** The part of Pagefind's JS API this module uses. */
export interface SearchBackend {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: BackendResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Search vocabulary shipped as /search-vocab.json (built from the taxonomy and region data). */
export interface SearchVocabulary {
  /** Methods: the filter value is the name; terms are the name and its aliases. */
  methods: Array<{ name: string; url: string; terms: string[] }>;
  /** Places on some case's region chain as [GB/T 2260 code, name] (see expandPlace). */
  places: Array<[string, string]>;
  /** Traditional → simplified characters, for characters the corpus uses. */
  t2s: Record<string, string>;
}

export type ActiveFilters = Partial<Record<string, string>>;

export interface RankedResult {
  id: string;
  /** 3: the whole query, 2: every word, 1: some words. */
  tier: number;
  /** Query words this page matches (in text or in its tags). */
  matched: string[];
  score: number;
  data(): Promise<FragmentData>;
}

export interface SearchOutcome {
  /** The query as searched (cleaned, simplified). */
  query: string;
  /** False when no page holds every word and the results hold only some. */
  complete: boolean;
  truncated: boolean;
  words: string[];
  results: RankedResult[];
  /** Pages matching the query before the filters (for the filter counts). */
  pool: string[];
  /** The filters applied, as (name, value). */
  filters: Array<[string, string]>;
}

/**
 * What to ask Pagefind for a word. Its tokens split numbers from Chinese
 * (5.6万 → 5.6 | 万), so a word with digits or Latin letters is looked up by its
 * longest such run and then checked against the text.
 */
export function probeFor(word: string): string {
  const runs = word.match(/[0-9A-Za-z][0-9A-Za-z.]*/g);
  if (!runs || runs.join('') === word) return word;
  return runs.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Most results of a number or Latin word whose text is checked (their fragments are loaded). */
export const VERIFY_LIMIT = 50;

export class CaseSearch {
  private readonly match: (text: string, at: number) => string | undefined;
  private readonly methodByTerm = new Map<string, string>();
  private readonly placeByTerm = new Map<string, { filter: string; value: string }>();
  private readonly exactCache = new Map<string, Promise<BackendResult[]>>();
  private readonly taggedCache = new Map<string, Promise<BackendResult[]>>();
  private filterValues: Promise<Record<string, Record<string, number>>> | undefined;

  constructor(
    private readonly backend: SearchBackend,
    private readonly vocabulary: SearchVocabulary,
    private readonly segment: Segmenter = intlSegmenter,
  ) {
    for (const m of vocabulary.methods) for (const t of m.terms) this.methodByTerm.set(t, m.name);
    for (const entry of vocabulary.places) {
      const p = expandPlace(entry);
      for (const t of p.terms) this.placeByTerm.set(t, { filter: p.filter, value: p.name });
    }
    this.match = termMatcher([...this.methodByTerm.keys(), ...this.placeByTerm.keys()]);
  }

  /** Cleans, folds traditional characters and segments a raw query. */
  prepare(raw: string): { query: string; truncated: boolean; words: string[] } {
    const { text, truncated } = cleanQuery(raw);
    const query = foldTraditional(text, this.vocabulary.t2s);
    return { query, truncated, words: query ? segmentQuery(query, this.match, this.segment) : [] };
  }

  private exact(phrase: string): Promise<BackendResult[]> {
    let cached = this.exactCache.get(phrase);
    if (!cached) {
      cached = this.backend.search(`"${phrase.replace(/"/g, '')}"`).then((r) => r?.results ?? []);
      this.exactCache.set(phrase, cached);
    }
    return cached;
  }

  /** Pages carrying a filter value (fetched when first needed, then kept; no fragments load). */
  private tagged(name: string, value: string): Promise<BackendResult[]> {
    const key = `${name}\u0000${value}`;
    let cached = this.taggedCache.get(key);
    if (!cached) {
      cached = this.backend.search(null, { filters: { [name]: value } }).then((r) => r?.results ?? []);
      this.taggedCache.set(key, cached);
    }
    return cached;
  }

  private async idsWith(name: string, value: string): Promise<Set<string>> {
    return new Set((await this.tagged(name, value)).map((r) => r.id));
  }

  /** The filter a word names: a method name or alias, or a place. */
  private tagOf(word: string): { name: string; value: string } | undefined {
    const method = this.methodByTerm.get(word);
    if (method) return { name: 'method', value: method };
    const place = this.placeByTerm.get(word);
    return place ? { name: place.filter, value: place.value } : undefined;
  }

  /**
   * A short unknown word that no page holds as a whole (网格管理) is searched
   * again as its segmenter words of two or more characters (网格 + 管理).
   */
  private async relaxWords(words: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const word of words) {
      const known = this.methodByTerm.has(word) || this.placeByTerm.has(word);
      if (!known && Array.from(word).length >= 3 && /\p{Script=Han}/u.test(word) && (await this.exact(probeFor(word))).length === 0) {
        const parts = this.segment(word).filter((w) => Array.from(w).length >= 2 && w !== word && !STOP_WORDS.has(w));
        if (parts.length > 0) {
          out.push(...parts);
          continue;
        }
      }
      out.push(word);
    }
    return [...new Set(out)];
  }

  async search(raw: string, filters: ActiveFilters = {}): Promise<SearchOutcome> {
    const prepared = this.prepare(raw);
    const { query, truncated } = prepared;
    const words = await this.relaxWords(prepared.words);
    const active = Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]));

    // Which query words each page matches: as an exact phrase in its text, or by tag.
    const handles = new Map<string, BackendResult>();
    const keep = (list: readonly BackendResult[]) => {
      for (const r of list) if (!handles.has(r.id)) handles.set(r.id, r);
    };
    const matched = new Map<string, Set<string>>();
    const note = (id: string, word: string) => (matched.get(id) ?? matched.set(id, new Set()).get(id)!).add(word);
    const whole = new Set<string>();
    const bm25 = new Map<string, number>();
    let candidates: string[];
    if (words.length > 0) {
      const wholePhrase = words.length > 1 && !query.includes(' ') ? query : undefined;
      const [broad, wholeResults, ...perWord] = await Promise.all([
        this.backend.search(query),
        wholePhrase ? this.exact(wholePhrase) : Promise.resolve([]),
        ...words.map((w) => this.exact(probeFor(w))),
      ]);
      for (const r of broad?.results ?? []) bm25.set(r.id, r.score);
      // Pagefind matches numbers and Latin words token by token (99% would match
      // 99.17%); where it is affordable, check those words against the text.
      await Promise.all(
        words.map(async (word, i) => {
          const found = perWord[i] ?? [];
          if (!/[0-9A-Za-z]/.test(word) || found.length > VERIFY_LIMIT) return;
          const datas = await Promise.all(found.map((r) => r.data()));
          perWord[i] = found.filter((_, k) => datas[k]!.content.includes(word));
        }),
      );
      const taggedLists = await Promise.all(words.map((w) => {
        const tag = this.tagOf(w);
        return tag ? this.tagged(tag.name, tag.value) : Promise.resolve([]);
      }));
      words.forEach((word, i) => {
        for (const r of perWord[i] ?? []) note(r.id, word);
        for (const r of taggedLists[i] ?? []) note(r.id, word);
        keep(perWord[i] ?? []);
        keep(taggedLists[i] ?? []);
      });
      if (words.length === 1) for (const id of matched.keys()) whole.add(id);
      keep(wholeResults);
      for (const r of wholeResults) {
        whole.add(r.id);
        for (const w of words) note(r.id, w);
      }
      candidates = [...matched.keys()];
    } else if (active.length > 0) {
      const browse = (await this.backend.search(null, { filters: Object.fromEntries(active) }))?.results ?? [];
      keep(browse);
      candidates = browse.map((r) => r.id);
    } else {
      candidates = [];
    }

    // A page holding every word beats one holding some; the partial ones are
    // shown only when no page holds them all.
    const holdsAll = (id: string) => whole.has(id) || (matched.get(id)?.size ?? 0) === words.length;
    const complete = words.length <= 1 || candidates.length === 0 || candidates.some(holdsAll);
    if (complete) candidates = candidates.filter((id) => words.length === 0 || holdsAll(id));

    const activeSets = await Promise.all(active.map(async ([name, value]) => [name, await this.idsWith(name, value)] as const));
    const filtered = candidates.filter((id) => activeSets.every(([, ids]) => ids.has(id)));

    const order = new Map(candidates.map((id, i) => [id, i]));
    const results: RankedResult[] = filtered
      .map((id) => {
        const m = [...(matched.get(id) ?? [])];
        const tier = whole.has(id) ? 3 : words.length > 0 && m.length === words.length ? 2 : 1;
        const page = handles.get(id)!;
        return { id, tier, matched: m, score: bm25.get(id) ?? 0, data: () => page.data() };
      })
      .sort(
        (a, b) =>
          b.tier - a.tier || b.matched.length - a.matched.length || b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
      );

    return { query, truncated, words, results, complete, pool: candidates, filters: active };
  }

  /**
   * Per filter value, how many results it would leave (the other active filters
   * applied). Computed after the results are shown: it looks up every value.
   */
  async counts(outcome: SearchOutcome, names: readonly string[]): Promise<Record<string, Record<string, number>>> {
    this.filterValues ??= this.backend.filters().catch((error: unknown) => {
      this.filterValues = undefined;
      throw error;
    });
    const values = await this.filterValues;
    const activeSets = await Promise.all(outcome.filters.map(async ([name, value]) => [name, await this.idsWith(name, value)] as const));
    const out: Record<string, Record<string, number>> = {};
    for (const name of names) {
      const pool = outcome.pool.filter((id) => activeSets.every(([n, ids]) => n === name || ids.has(id)));
      const perValue: Record<string, number> = {};
      await Promise.all(
        Object.keys(values[name] ?? {}).map(async (value) => {
          const ids = await this.idsWith(name, value);
          perValue[value] = pool.filter((id) => ids.has(id)).length;
        }),
      );
      out[name] = perValue;
    }
    return out;
  }
}
