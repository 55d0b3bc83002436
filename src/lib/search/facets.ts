/**
 * The search filters: URL parameter, label and the values the library has, in
 * display order; and the filter values each case page declares to the index.
 */
import type { CaseView, Library } from '../library/types.ts';
import { KINDS, LEVELS } from '../kinds.ts';

export interface Facet {
  /** URL parameter and Pagefind filter name. */
  name: 'province' | 'method' | 'theme' | 'kind' | 'level' | 'year';
  label: string;
  values: string[];
}

export const FACET_NAMES = ['province', 'method', 'theme', 'kind', 'level', 'year'] as const;

export function searchFacets(library: Library): Facet[] {
  const used = <T extends string>(all: readonly T[], has: (v: T) => boolean) => all.filter(has);
  const years = [...new Set(library.cases.flatMap((c) => c.data.years))].sort((a, b) => a - b).map(String);
  return [
    { name: 'province', label: '省份', values: library.byProvince.map((p) => p.province.name) },
    { name: 'method', label: '工作方法', values: library.methods.filter((m) => m.cases.length > 0).map((m) => m.method.name) },
    { name: 'theme', label: '领域', values: library.themes.filter((t) => t.cases.length > 0).map((t) => t.theme.name) },
    { name: 'kind', label: '体裁', values: used(KINDS, (k) => library.cases.some((c) => c.data.kind === k)) },
    { name: 'level', label: '层级', values: used(LEVELS, (l) => library.cases.some((c) => c.data.level === l)) },
    { name: 'year', label: '年份', values: years },
  ];
}

/** Search filters of a case page (name, value): its place at each level, kind, level and years. */
export function searchFilters(c: CaseView): Array<[string, string]> {
  return [
    ...c.region.chain.map((r): [string, string] => [r.level, r.name]),
    ['kind', c.data.kind],
    ['level', c.data.level],
    ...c.data.years.map((y): [string, string] => ['year', String(y)]),
  ];
}
