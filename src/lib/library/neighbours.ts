/**
 * A case page's neighbours: other cases of each of its methods and of its
 * province, a few of each, in library order. Browser-safe.
 */
import { methodUrl, regionUrl } from '../urls.ts';
import type { CaseNeighbours, CaseView } from './types.ts';

/**
 * The first six others of a list: at most seven are looked at, so a large
 * library does not compare every case with every other.
 */
const firstOthers = (list: readonly CaseView[], c: CaseView) => list.slice(0, 7).filter((o) => o !== c).slice(0, 6);

/**
 * Neighbours of every case, by id.
 * @param casesByMethod the cases of each method id, in library order
 * @param casesUnder the cases at or below each region code, in library order
 */
export function buildNeighbours(
  cases: readonly CaseView[],
  casesByMethod: ReadonlyMap<string, readonly CaseView[]>,
  casesUnder: ReadonlyMap<string, readonly CaseView[]>,
): Map<string, CaseNeighbours> {
  return new Map(
    cases.map((c) => {
      const province = c.region.chain[0]!;
      return [
        c.id,
        {
          byMethod: c.methods
            .map((m) => ({ name: m.name, url: methodUrl(m.id), cases: firstOthers(casesByMethod.get(m.id) ?? [], c) }))
            .filter((g) => g.cases.length > 0),
          provinceName: province.name,
          provinceUrl: regionUrl(province.code),
          sameProvince: firstOthers(casesUnder.get(province.code) ?? [], c),
        },
      ];
    }),
  );
}
