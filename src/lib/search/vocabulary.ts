/**
 * Builds the search vocabulary shipped to the browser (/search-vocab.json):
 * method names and aliases, the places on the cases' region chains with their
 * short names, and a traditional → simplified map for the characters the
 * corpus uses. Build-time only.
 */
import type { Library } from '../library.ts';
import type { Region } from '../regions.ts';
import type { SearchVocabulary } from './engine.ts';

/** Filter names the case pages carry (data-pagefind-filter). */
export const PLACE_FILTER: Record<Region['level'], string> = { province: 'province', city: 'city', county: 'county' };

const SUFFIXES = [
  '壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '自治区', '自治州', '自治县', '地区',
  '省', '市', '县', '区', '盟', '旗',
];

/** 云南省 → 云南, 石景山区 → 石景山, 广西壮族自治区 → 广西; names too short to shorten stay. */
export function shortPlaceName(name: string): string | undefined {
  for (const suffix of SUFFIXES) {
    if (name.endsWith(suffix)) {
      const short = name.slice(0, -suffix.length);
      return Array.from(short).length >= 2 ? short : undefined;
    }
  }
  return undefined;
}

/** Characters of a text that are Han ideographs. */
function hanChars(text: string, into: Set<string>) {
  for (const ch of text) if (/\p{Script=Han}/u.test(ch)) into.add(ch);
}

export function buildSearchVocabulary(
  library: Library,
  corpusText: Iterable<string>,
  toSimplified: (text: string) => string,
): SearchVocabulary {
  const methods = library.methods.map((m) => ({
    name: m.item.name,
    url: m.url,
    terms: [...new Set([m.item.name, ...m.item.aliases])],
  }));

  const places = new Map<string, SearchVocabulary['places'][number]>();
  for (const page of library.regionPages) {
    const { region } = page;
    const short = shortPlaceName(region.name);
    places.set(region.code, {
      name: region.name,
      url: page.url,
      filter: PLACE_FILTER[region.level],
      terms: short ? [region.name, short] : [region.name],
    });
  }

  // Traditional characters that fold to a character the corpus or vocabulary uses.
  const used = new Set<string>();
  for (const text of corpusText) hanChars(text, used);
  for (const m of methods) for (const t of m.terms) hanChars(t, used);
  for (const p of places.values()) for (const t of p.terms) hanChars(t, used);
  const t2s: Record<string, string> = {};
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const ch = String.fromCodePoint(code);
    const simplified = toSimplified(ch);
    if (simplified !== ch && Array.from(simplified).length === 1 && used.has(simplified)) t2s[ch] = simplified;
  }

  return { methods, places: [...places.values()], t2s };
}
