/** The search vocabulary shipped to the browser, built from the real library with the real OpenCC table. */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { methodSpellings } from '../../src/lib/methods.ts';
import { expandPlace } from '../../src/lib/search/query.ts';
import { decodePlaceKeys, decodePlaces, mayNamePlace } from '../../src/lib/search/place-codec.ts';
import { buildSearchPlaces, buildSearchVocabulary, coreVocabulary } from '../../src/lib/search/vocabulary.ts';
import { realCaseBodies, realLibrary, realPractices } from './real-library.ts';

describe('buildSearchVocabulary', () => {
  const library = realLibrary();
  const corpus = [...realCaseBodies().values()];
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const practices = realPractices();
  const vocabulary = buildSearchVocabulary(library, practices, corpus, toSimplified);
  const places = decodePlaces(vocabulary.places);

  it('lists every method with its page and its spellings', () => {
    expect(vocabulary.methods).toEqual(library.methods.map((m) => ({ name: m.method.name, url: m.url, terms: methodSpellings(m.method) })));
  });

  it('lists every named practice, searched by its own names, with its first method', () => {
    expect(vocabulary.practices.map((p) => p.name)).toEqual(practices.map((p) => p.practice.name));
    expect(vocabulary.practices.find((p) => p.name === '三有两评')).toMatchObject({ method: '群众评议干部', url: '/methods/qunzhong-pingyi/' });
  });

  it('lists every place that has a region page, as [code, name] once decoded', () => {
    // The wire form is sorted by code (each place repeats only what differs from the one before).
    const byCode = (a: [string, string], b: [string, string]) => a[0].localeCompare(b[0]);
    expect(places).toEqual(library.regionPages.map((p): [string, string] => [p.region.code, p.region.name]).sort(byCode));
    expect(places).toContainEqual(['530625', '永善县']);
  });

  it('folds only traditional characters whose simplified form the corpus or vocabulary uses', () => {
    const used = new Set([...corpus.join(''), ...vocabulary.methods.flatMap((m) => m.terms).join(''), ...vocabulary.practices.flatMap((p) => p.terms).join(''), ...places.flatMap((p) => expandPlace(p).terms).join('')]);
    const entries = Object.entries(vocabulary.t2s);
    expect(entries.length).toBeGreaterThan(100);
    for (const [traditional, simplified] of entries) {
      expect(traditional).not.toBe(simplified);
      expect(toSimplified(traditional)).toBe(simplified);
      expect(used.has(simplified), `${traditional} → ${simplified}`).toBe(true);
    }
    // 記 → 记 (民情日记); 龜 → 龟, a character the corpus does not use, is left out.
    expect(vocabulary.t2s['記']).toBe('记');
    expect(used.has('龟')).toBe(false);
    expect(vocabulary.t2s['龜']).toBeUndefined();
  });

  it('ships as a core without the places, whose bit set flags every place term, and the places apart', () => {
    const core = coreVocabulary(vocabulary);
    expect(core).not.toHaveProperty('places');
    expect(core.methods).toEqual(vocabulary.methods);
    const keys = decodePlaceKeys(core.placeKeys);
    for (const term of places.flatMap((p) => expandPlace(p).terms)) expect(mayNamePlace(keys, term), term).toBe(true);
    expect(mayNamePlace(keys, '民情日记')).toBe(false);
    expect(buildSearchPlaces(library)).toEqual({ places: vocabulary.places });
  });
});
