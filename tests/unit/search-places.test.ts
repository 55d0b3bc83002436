/** Places of the search vocabulary loaded only for a query that may name one. */
import { describe, expect, it } from 'vitest';
import { CaseSearch, type BackendResult, type SearchBackend } from '../../src/lib/search/engine.ts';
import { decodePlaceKeys, encodePlaceKeys, mayNamePlace, PLACE_KEY_BITS } from '../../src/lib/search/place-codec.ts';
import { expandPlace } from '../../src/lib/search/query.ts';

const places: Array<[string, string]> = [
  ['53', '云南省'],
  ['5306', '昭通市'],
  ['530625', '永善县'],
  ['3201', '南京市'],
];
const terms = places.flatMap((p) => expandPlace(p).terms);

describe('place keys', () => {
  const keys = decodePlaceKeys(encodePlaceKeys(terms));

  it('round-trips as a bit set of the documented size', () => {
    expect(keys.length).toBe(PLACE_KEY_BITS / 8);
  });

  it('never misses a query holding a place term, in full or short, anywhere in it', () => {
    for (const t of terms) {
      expect(mayNamePlace(keys, t), t).toBe(true);
      expect(mayNamePlace(keys, `民情日记${t}的做法`), t).toBe(true);
    }
  });

  it('lets most queries without a place through', () => {
    for (const q of ['民情日记', '车管所', '三有两评', '党员联系户']) expect(mayNamePlace(keys, q), q).toBe(false);
    expect(mayNamePlace(keys, '')).toBe(false);
    expect(mayNamePlace(keys, '永')).toBe(false);
  });

  it('refuses a term too short to key', () => {
    expect(() => encodePlaceKeys(['县'])).toThrow(/shorter than two/);
  });
});

describe('CaseSearch with deferred places', () => {
  const calls: Array<{ term: string | null; filters?: Record<string, string> }> = [];
  const page = (id: string): BackendResult => ({ id, score: 1, data: async () => ({ url: `/cases/${id}/`, content: '', meta: {}, filters: {}, anchors: [] }) });
  const backend: SearchBackend = {
    async search(term, options) {
      calls.push({ term, ...(options?.filters ? { filters: options.filters } : {}) });
      if (options?.filters?.county === '永善县') return { results: [page('yongshan')] };
      if (term === '"民情日记"') return { results: [page('a')] };
      return { results: [] };
    },
    async filters() {
      return {};
    },
  };
  const make = () => {
    let loads = 0;
    const search = new CaseSearch(backend, { methods: [{ name: '民情日记', url: '/methods/minqing-riji/', terms: ['民情日记'] }], practices: [], places: [], t2s: {} }, undefined, {
      keys: decodePlaceKeys(encodePlaceKeys(terms)),
      load: async () => {
        loads++;
        return places;
      },
    });
    return { search, loads: () => loads };
  };

  it('searches a query that names no place without loading the places', async () => {
    const { search, loads } = make();
    const outcome = await search.search('民情日记');
    expect(outcome.results.map((r) => r.id)).toEqual(['a']);
    expect(loads()).toBe(0);
  });

  it('loads the places once for a query that may name one, and finds the place’s cases', async () => {
    const { search, loads } = make();
    const outcome = await search.search('永善');
    expect(loads()).toBe(1);
    expect(outcome.words).toEqual(['永善']);
    expect(outcome.results.map((r) => r.id)).toEqual(['yongshan']);
    await search.search('永善县');
    expect(loads()).toBe(1);
    expect(calls.some((c) => c.filters?.county === '永善县')).toBe(true);
  });

  it('gives the whole vocabulary, places included, for suggestions', async () => {
    const { search, loads } = make();
    expect((await search.fullVocabulary()).places).toEqual(places);
    expect(loads()).toBe(1);
  });
});
