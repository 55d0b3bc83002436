/** The province tile map on the real library's region tree. */
import { describe, expect, it } from 'vitest';
import { provinceTiles } from '../../src/lib/node/province-tiles.ts';
import { regionUrl } from '../../src/lib/urls.ts';
import { realLibrary } from './real-library.ts';

describe('provinceTiles', () => {
  const tree = realLibrary().regionTree;
  const tiles = provinceTiles(tree);
  const tile = (code: string) => tiles.find((t) => t.code === code)!;

  it('has one tile per provincial-level division, Hong Kong, Macao and Taiwan included, each in its own grid cell', () => {
    expect(tiles).toHaveLength(34);
    expect(new Set(tiles.map((t) => t.code)).size).toBe(34);
    expect(tiles.map((t) => t.code)).toEqual([...tiles.map((t) => t.code)].sort());
    for (const t of tiles) expect(t.position, t.name).toMatch(/^col-start-\d row-start-\d$/);
    expect(new Set(tiles.map((t) => t.position)).size).toBe(34);
    expect(['71', '81', '82'].map((c) => tile(c).name)).toEqual(['台湾省', '香港特别行政区', '澳门特别行政区']);
  });

  it('labels a tile with the short name', () => {
    expect(['11', '15', '45', '53', '81'].map((c) => tile(c).label)).toEqual(['北京', '内蒙古', '广西', '云南', '香港']);
  });

  it('counts the cases of each province, links the provinces that have some, and shades by count', () => {
    for (const node of tree) {
      expect(tile(node.region.code).count).toBe(node.count);
      expect(tile(node.region.code).url).toBe(regionUrl(node.region.code));
    }
    expect(tiles.reduce((n, t) => n + t.count, 0)).toBe(tree.reduce((n, p) => n + p.count, 0));
    for (const t of tiles) {
      if (t.count === 0) expect(t.url, t.name).toBeUndefined();
      expect(t.shade, t.name).toBe(t.count === 0 ? 0 : t.count === 1 ? 1 : t.count <= 3 ? 2 : 3);
    }
    expect(tiles.filter((t) => t.shade === 3).length).toBeGreaterThan(0);
  });
});
