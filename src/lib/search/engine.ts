/**
 * Case search on the Pagefind index, with the ranking this corpus needs.
 *
 * Pagefind segments the index with jieba but the query with Intl.Segmenter,
 * and ranks any page holding any query term, so a query like 车管所 returns
 * pages that only hold 车 or 所. Here every query word is searched as an exact
 * phrase (Pagefind verifies the positions), place words also match the cases
 * tagged with them (filters), and pages are ranked by tier: whole query
 * matched, then all words, then some; within a tier, pages holding the words
 * in their title or text come before pages holding one only in their tag
 * list (textFirst), then Pagefind's BM25 score (with the title's weight). A page that holds none of the words is
 * never a result; one only tagged with the method an alias or named practice
 * stands for is returned apart, as related (./match.ts).
 */
import { classify, termIndex, type Related, type TermIndex, type WordEvidence } from './match.ts';
import { mayNamePlace } from './place-codec.ts';
import { nearMissInText } from './near-miss.ts';
import { cleanQuery, cutUnknown, expandPlace, foldTraditional, intlSegmenter, segmentQuery, termMatcher, type Segmenter } from './query.ts';
import { paragraphAnchors } from './snippet.ts';
import { hash, paragraphOfFragment } from '../urls.ts';

export interface FragmentData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Array<{ element: string; id: string; text: string; location: number }>;
  /** The page's text as indexed, a zero-width space after each word, `<` and `>` escaped (set by Pagefind's `data()`). */
  raw_content?: string;
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
  /** Named practices: terms are the name and its spellings; `method` is the name of the method it is chiefly a form of. */
  practices: Array<{ name: string; url: string; terms: string[]; method: string }>;
  /** Places on some case's region chain as [GB/T 2260 code, name] (see expandPlace). */
  places: Array<[string, string]>;
  /** Traditional → simplified characters, for characters the corpus uses. */
  t2s: Record<string, string>;
}

/**
 * Places shipped apart from the rest of the vocabulary: the bit set that says
 * whether a query may name a place, and how to get the list (./place-codec.ts).
 */
export interface DeferredPlaces {
  keys: Uint8Array;
  load(): Promise<Array<[string, string]>>;
}

export type ActiveFilters = Partial<Record<string, string>>;

export interface RankedResult {
  id: string;
  /** 3: the whole query, 2: every word, 1: some words. */
  tier: number;
  /** Query words this page holds. */
  matched: string[];
  score: number;
  data(): Promise<FragmentData>;
}

/** A page only tagged with the method a query word stands for: shown apart, labelled, not counted. */
export interface RelatedResult {
  id: string;
  because: Related['because'];
  data(): Promise<FragmentData>;
}

/** A query word no page holds as a whole, so it was searched as its pieces. */
export interface CutWord {
  word: string;
  /** Each piece and how many pages hold it (before the filters). */
  parts: Array<{ part: string; pages: number }>;
  /** False when some of the word's characters are in no piece: its matches are partial. */
  covered: boolean;
}

export interface SearchOutcome {
  /** The query as searched (cleaned, simplified). */
  query: string;
  /** Words no page holds whole, searched as their pieces: the page says so and looks for what was meant. */
  cut: CutWord[];
  /** The places the query names, with their region pages. */
  places: Array<{ name: string; url: string }>;
  /** False when no page holds every word and the results hold only some. */
  complete: boolean;
  truncated: boolean;
  /** The words searched (and marked in excerpts). */
  words: string[];
  results: RankedResult[];
  related: RelatedResult[];
  /** Results the active filters leave out. */
  hidden: number;
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

/** Pages whose fragments are read for a phrase one character away from a cut word. */
export const NEAR_MISS_PAGES = 3;

/** Most results of a number or Latin word whose text is checked (their fragments are loaded). */
export const VERIFY_LIMIT = 50;

/**
 * Results read for where they hold the words (textFirst): one page of
 * results, whose fragments the search page loads for its excerpts anyway
 * (Pagefind keeps them), so ranking costs no extra bytes.
 */
export const TEXT_CHECK = 10;

/**
 * Whether a page holds some of `words` only in its metadata (the method and
 * theme tags, place, author lines are indexed text too), not in its title,
 * subtitle or paragraphs. A word the page's text lacks altogether (held by a
 * place or practice tag) does not count; a page without paragraph anchors is
 * not judged.
 */
export function heldOnlyInMetadata(data: FragmentData, words: readonly string[]): boolean {
  const paragraphs = paragraphAnchors(data.anchors, data.raw_content).filter((a) => paragraphOfFragment(hash(a.id)));
  if (paragraphs.length === 0) return false;
  const text = [data.meta.title ?? '', data.meta.subtitle ?? '', ...paragraphs.map((a) => a.text)].join('\n');
  return words.some((w) => data.content.includes(w) && !text.includes(w));
}

/**
 * Within a tier (and a count of words held), moves the pages holding the
 * words in their text above those holding one only in their tags, among the
 * first TEXT_CHECK results: 服务热线 put 东莞, only tagged with the method,
 * above 濮阳's 老李服务热线 on BM25 alone.
 */
async function textFirst(results: RankedResult[]): Promise<void> {
  const window = results.slice(0, TEXT_CHECK);
  const tagOnly = await Promise.all(window.map(async (r) => heldOnlyInMetadata(await r.data(), r.matched)));
  const reordered = window
    .map((r, i) => ({ r, i, tagOnly: tagOnly[i]! }))
    .sort((a, b) => b.r.tier - a.r.tier || b.r.matched.length - a.r.matched.length || Number(a.tagOnly) - Number(b.tagOnly) || a.i - b.i);
  results.splice(0, window.length, ...reordered.map((x) => x.r));
}

export class CaseSearch {
  private match!: (text: string, at: number) => string | undefined;
  private terms!: TermIndex;
  private readonly placeByTerm = new Map<string, { filter: string; value: string; url: string }>();
  private readonly exactCache = new Map<string, Promise<BackendResult[]>>();
  private readonly taggedCache = new Map<string, Promise<BackendResult[]>>();
  private filterValues: Promise<Record<string, Record<string, number>>> | undefined;
  private readonly vocabulary: SearchVocabulary;
  private placesLoaded: Promise<void> | undefined;

  /**
   * With `deferredPlaces`, the vocabulary's places are loaded when a query
   * may name one (or the full vocabulary is asked for), not before.
   */
  constructor(
    private readonly backend: SearchBackend,
    vocabulary: SearchVocabulary,
    private readonly segment: Segmenter = intlSegmenter,
    private readonly deferredPlaces?: DeferredPlaces,
  ) {
    this.vocabulary = { ...vocabulary };
    this.indexTerms();
    if (!deferredPlaces) this.placesLoaded = Promise.resolve();
  }

  private indexTerms() {
    this.placeByTerm.clear();
    for (const entry of this.vocabulary.places) {
      const p = expandPlace(entry);
      for (const t of p.terms) this.placeByTerm.set(t, { filter: p.filter, value: p.name, url: p.url });
    }
    this.terms = termIndex({ methods: this.vocabulary.methods, practices: this.vocabulary.practices ?? [], placeTerms: this.placeByTerm.keys() });
    this.match = termMatcher(this.terms.terms);
  }

  /** Loads the deferred places once (a failed load is tried again next time). */
  private loadPlaces(): Promise<void> {
    this.placesLoaded ??= this.deferredPlaces!.load().then(
      (places) => {
        this.vocabulary.places = places;
        this.indexTerms();
      },
      (error: unknown) => {
        this.placesLoaded = undefined;
        throw error;
      },
    );
    return this.placesLoaded;
  }

  /** The whole vocabulary, places included (for suggestions). */
  async fullVocabulary(): Promise<SearchVocabulary> {
    await this.loadPlaces();
    return this.vocabulary;
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

  /**
   * An unknown word that no page holds as a whole (网格话管理, 垃圾分类) is
   * searched as its pieces (./query.ts cutUnknown: 网格 + 管理, 垃圾 + 分类); a
   * page holds it only when it holds all of them, so 垃圾分类 never matches a
   * page for its 分类 alone, and where a character is in no piece (the 话)
   * the page holds only part of it: a partial match, said to be one.
   */
  private async relaxWords(words: string[]): Promise<Array<{ word: string; parts: string[]; covered: boolean }>> {
    return Promise.all(
      words.map(async (word) => {
        const known = this.terms.sense(word).kind !== 'plain';
        if (!known && Array.from(word).length >= 3 && /\p{Script=Han}/u.test(word) && (await this.exact(probeFor(word))).length === 0) {
          const { parts, covered } = cutUnknown(word, this.segment);
          const pieces = parts.filter((w) => w !== word);
          if (pieces.length > 0) return { word, parts: pieces, covered };
        }
        return { word, parts: [word], covered: true };
      }),
    );
  }

  /** The words searched as pieces, with how many pages hold each piece. */
  private async cutWords(groups: ReadonlyArray<{ word: string; parts: string[]; covered: boolean }>): Promise<CutWord[]> {
    const cut = groups.filter((g) => g.parts.length > 1 || g.parts[0] !== g.word);
    return Promise.all(cut.map(async (g) => ({ word: g.word, covered: g.covered, parts: await Promise.all(g.parts.map(async (part) => ({ part, pages: (await this.holding(part)).length }))) })));
  }

  /**
   * A phrase of the library's text one character away from a cut word
   * (联系群中 → 联系群众), looked for in the few pages holding its rarest
   * piece that any page holds: a handful of fragments, never the whole index.
   */
  async nearMiss(cut: CutWord, pages = NEAR_MISS_PAGES): Promise<string | undefined> {
    const piece = cut.parts.filter((p) => p.pages > 0).sort((a, b) => a.pages - b.pages)[0];
    if (!piece) return undefined;
    const found = (await this.holding(piece.part)).slice(0, pages);
    const datas = await Promise.all(found.map((r) => r.data()));
    return nearMissInText(cut.word, datas.map((d) => d.content));
  }

  /** Pages holding a phrase; numbers and Latin words are checked against the text where affordable. */
  private async holding(phrase: string): Promise<BackendResult[]> {
    const found = await this.exact(probeFor(phrase));
    // Pagefind matches numbers and Latin words token by token (99% would match 99.17%).
    if (!/[0-9A-Za-z]/.test(phrase) || found.length > VERIFY_LIMIT) return found;
    const datas = await Promise.all(found.map((r) => r.data()));
    return found.filter((_, k) => datas[k]!.content.includes(phrase));
  }

  async search(raw: string, filters: ActiveFilters = {}): Promise<SearchOutcome> {
    let prepared = this.prepare(raw);
    // A query that may name a place waits for the places, then is cut again knowing them.
    if (this.deferredPlaces && mayNamePlace(this.deferredPlaces.keys, prepared.query)) {
      await this.loadPlaces();
      prepared = this.prepare(raw);
    }
    const { query, truncated } = prepared;
    const active = Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]));
    const handles = new Map<string, BackendResult>();
    const keep = (list: readonly BackendResult[]) => {
      for (const r of list) if (!handles.has(r.id)) handles.set(r.id, r);
    };
    const bm25 = new Map<string, number>();
    let words: string[] = [];
    let cut: CutWord[] = [];
    let candidates: string[];
    let classified: ReturnType<typeof classify> = { matches: [], complete: true, related: [] };

    if (prepared.words.length > 0) {
      const groups = await this.relaxWords(prepared.words);
      words = [...new Set(groups.flatMap((g) => g.parts))];
      const wholePhrase = prepared.words.length > 1 && !query.includes(' ') ? query : undefined;
      // One word: its exact search already carries Pagefind's scores, so the
      // unquoted search (more index chunks for Intl.Segmenter's cuts) is skipped.
      const single = words.length === 1;
      const [broad, wholeResults, evidence, cutList] = await Promise.all([
        single ? this.exact(probeFor(words[0]!)).then((results) => ({ results })) : this.backend.search(query),
        wholePhrase ? this.exact(wholePhrase) : Promise.resolve([]),
        Promise.all(groups.map((g) => this.evidence(g.word, g.parts, g.covered, keep))),
        this.cutWords(groups),
      ]);
      cut = cutList;
      for (const r of broad?.results ?? []) bm25.set(r.id, r.score);
      keep(wholeResults);
      classified = classify(evidence, new Set(wholeResults.map((r) => r.id)), [...handles.keys()]);
      candidates = classified.matches.map((m) => m.id);
    } else if (active.length > 0) {
      const browse = (await this.backend.search(null, { filters: Object.fromEntries(active) }))?.results ?? [];
      keep(browse);
      candidates = browse.map((r) => r.id);
    } else {
      candidates = [];
    }

    const activeSets = await Promise.all(active.map(async ([name, value]) => [name, await this.idsWith(name, value)] as const));
    const passes = (id: string) => activeSets.every(([, ids]) => ids.has(id));
    const filtered = candidates.filter(passes);
    const order = new Map(candidates.map((id, i) => [id, i]));
    const matchOf = new Map(classified.matches.map((m) => [m.id, m]));
    const results: RankedResult[] = filtered
      .map((id) => {
        const m = matchOf.get(id);
        const page = handles.get(id)!;
        return { id, tier: m?.tier ?? 1, matched: m?.held ?? [], score: bm25.get(id) ?? 0, data: () => page.data() };
      })
      .sort((a, b) => (words.length === 0 ? 0 : b.tier - a.tier || b.matched.length - a.matched.length || b.score - a.score) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    if (words.length > 0) await textFirst(results);
    const related: RelatedResult[] = classified.related
      .filter((r) => passes(r.id))
      .map((r) => {
        const page = handles.get(r.id)!;
        return { id: r.id, because: r.because, data: () => page.data() };
      });

    const places = [...new Map(words.flatMap((w) => {
      const place = this.placeByTerm.get(w);
      return place ? [[place.value, { name: place.value, url: place.url }] as const] : [];
    })).values()];
    return { query, cut, places, truncated, words, results, related, hidden: candidates.length - filtered.length, complete: classified.complete, pool: candidates, filters: active };
  }

  /** Which pages hold a query word (all of its parts), and which are only tagged for it. */
  private async evidence(word: string, parts: string[], covered: boolean, keep: (list: readonly BackendResult[]) => void): Promise<WordEvidence> {
    const sense = this.terms.sense(word);
    const place = sense.kind === 'place' ? this.placeByTerm.get(word) : undefined;
    // A method's name is on every page tagged with it (the tag list is indexed
    // text), so only aliases and practices need the tag looked up.
    const method = sense.kind === 'practice' || (sense.kind === 'method' && !sense.isName) ? sense.method : undefined;
    // The cases a named practice lists use its name (checked at build), even
    // where Pagefind's segmentation misses the phrase (一站三中心, 四个“一线”).
    const [partLists, placeList, practiceList, methodList] = await Promise.all([
      Promise.all(parts.map((p) => this.holding(p))),
      place ? this.tagged(place.filter, place.value) : Promise.resolve([]),
      sense.kind === 'practice' ? this.tagged('practice', sense.practice) : Promise.resolve([]),
      method ? this.tagged('method', method) : Promise.resolve([]),
    ]);
    for (const list of [...partLists, placeList, practiceList, methodList]) keep(list);
    const sets = partLists.map((list) => new Set(list.map((r) => r.id)));
    const held = new Set([...(sets[0] ?? [])].filter((id) => sets.every((s) => s.has(id))));
    for (const r of [...placeList, ...practiceList]) held.add(r.id);
    return {
      word,
      held,
      ...(method ? { tag: { method, ids: new Set(methodList.map((r) => r.id)) } } : {}),
      standalone: parts.length === 1 && parts[0] === word && Array.from(word).length >= 2,
      ...(covered ? {} : { partOnly: true }),
    };
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
