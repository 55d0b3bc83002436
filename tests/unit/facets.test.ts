/** The search filters offered on /search/ and declared by each case page, on the real library. */
import { describe, expect, it } from 'vitest';
import { KINDS, LEVELS } from '../../src/lib/kinds.ts';
import { FACET_NAMES, searchFacets, searchFilters } from '../../src/lib/search/facets.ts';
import { realLibrary } from './real-library.ts';

describe('searchFacets', () => {
  const library = realLibrary();
  const facets = searchFacets(library);
  const values = (name: string) => facets.find((f) => f.name === name)!.values;

  it('offers the filters in the order the search page reads them', () => {
    expect(facets.map((f) => f.name)).toEqual([...FACET_NAMES]);
    for (const f of facets) expect(f.label.length, f.name).toBeGreaterThan(0);
  });

  it('offers only values some case has, in display order', () => {
    const provinces = [...new Set(library.cases.map((c) => c.region.chain[0]!.code))].sort();
    expect(values('province')).toEqual(provinces.map((code) => library.regionTree.find((n) => n.region.code === code)!.region.name));
    expect(values('method')).toEqual(library.methods.filter((m) => m.cases.length > 0).map((m) => m.method.name));
    expect(values('theme')).toEqual(library.themes.filter((t) => t.cases.length > 0).map((t) => t.theme.name));
    expect(values('kind')).toEqual(KINDS.filter((k) => library.cases.some((c) => c.data.kind === k)));
    expect(values('level')).toEqual(LEVELS.filter((l) => library.cases.some((c) => c.data.level === l)));
    const years = values('year').map(Number);
    expect(years).toEqual([...new Set(library.cases.flatMap((c) => c.data.years))].sort((a, b) => a - b));
    expect(years.length).toBeGreaterThan(0);
  });

  it('leaves out a method no case uses', () => {
    const unused = { ...library, methods: [...library.methods, { ...library.methods[0]!, method: { ...library.methods[0]!.method, name: '无案例方法' }, cases: [] }] };
    expect(searchFacets(unused).find((f) => f.name === 'method')!.values).not.toContain('无案例方法');
  });
});

describe('searchFilters', () => {
  it('declares a case’s place at each level, its kind, level and years', () => {
    const c = realLibrary().caseById.get('yongshan-qunzhong-gongzuo-tihui')!;
    expect(searchFilters(c)).toEqual([
      ...c.region.chain.map((r) => [r.level, r.name]),
      ['kind', c.data.kind],
      ['level', c.data.level],
      ...c.data.years.map((y) => ['year', String(y)]),
    ]);
    expect(searchFilters(c).slice(0, 3)).toEqual([['province', '云南省'], ['city', '昭通市'], ['county', '永善县']]);
  });
});
