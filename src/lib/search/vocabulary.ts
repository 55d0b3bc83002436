/**
 * Builds the search vocabulary shipped to the browser: method names and
 * aliases, named practices with their method, the places on the cases' region
 * chains with their short names, and a traditional → simplified map for the
 * characters the corpus uses. Build-time only. The page loads the core
 * (/search-vocab.json: all but the places, with a bit set telling which
 * queries may name a place) as it starts, and the places
 * (/search-places.json) only for a query that may name one
 * (./place-codec.ts).
 */
import type { Library, PracticeView } from '../library/types.ts';
import { methodSpellings } from '../methods.ts';
import type { SearchVocabulary } from './engine.ts';
import { decodePlaces, encodePlaceKeys, encodePlaces } from './place-codec.ts';
import { expandPlace } from './query.ts';

/** Characters of a text that are Han ideographs. */
function hanChars(text: string, into: Set<string>) {
  for (const ch of text) if (/\p{Script=Han}/u.test(ch)) into.add(ch);
}

/** The vocabulary as /search-vocab.json carries it: places encoded (./place-codec.ts). */
export type SearchVocabularyWire = Omit<SearchVocabulary, 'places'> & { places: string };

/** /search-vocab.json: the vocabulary without its places, and the bit set of the place terms' first two characters. */
export type SearchVocabularyCore = Omit<SearchVocabulary, 'places'> & { placeKeys: string };

/** /search-places.json. */
export interface SearchPlacesWire {
  places: string;
}

/** /search-vocab.json: the vocabulary with its places replaced by their bit set. */
export function coreVocabulary(vocabulary: SearchVocabularyWire): SearchVocabularyCore {
  const { places, ...rest } = vocabulary;
  return { ...rest, placeKeys: encodePlaceKeys(decodePlaces(places).flatMap((p) => expandPlace(p).terms)) };
}

/** Every place on a case's region chain as [code, name]; the browser derives filter, page and short name. */
function placeList(library: Library): SearchVocabulary['places'] {
  return library.regionPages.map((page) => [page.region.code, page.region.name]);
}

/** /search-places.json: the places, encoded (./place-codec.ts). */
export function buildSearchPlaces(library: Library): SearchPlacesWire {
  return { places: encodePlaces(placeList(library)) };
}

export function buildSearchVocabulary(
  library: Library,
  practices: readonly PracticeView[],
  corpusText: Iterable<string>,
  toSimplified: (text: string) => string,
): SearchVocabularyWire {
  const methods = library.methods.map((m) => ({
    name: m.method.name,
    url: m.url,
    terms: methodSpellings(m.method),
  }));

  // A practice is searched by its own name; its first method is the one whose other cases are shown apart.
  const named: SearchVocabulary['practices'] = practices.map((p) => ({
    name: p.practice.name,
    url: p.methods[0]!.url,
    terms: [...new Set([p.practice.name, ...p.practice.spellings])],
    method: p.methods[0]!.name,
  }));

  const places = placeList(library);

  // Traditional characters that fold to a character the corpus or vocabulary uses.
  const used = new Set<string>();
  for (const text of corpusText) hanChars(text, used);
  for (const m of [...methods, ...named]) for (const t of m.terms) hanChars(t, used);
  for (const p of places) for (const t of expandPlace(p).terms) hanChars(t, used);
  const t2s: Record<string, string> = {};
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const ch = String.fromCodePoint(code);
    const simplified = toSimplified(ch);
    if (simplified !== ch && Array.from(simplified).length === 1 && used.has(simplified)) t2s[ch] = simplified;
  }

  return { methods, practices: named, places: encodePlaces(places), t2s };
}
