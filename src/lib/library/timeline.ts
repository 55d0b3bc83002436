/**
 * Cases by year, two ways: the years of the practice that the texts state,
 * and the year their source was published. A case whose text states no year,
 * or whose source has no date, is listed as such rather than given one.
 */
import type { CaseView, Timeline, YearGroup } from './types.ts';

function group(entries: Array<[number, CaseView]>): YearGroup[] {
  const byYear = new Map<number, CaseView[]>();
  for (const [year, c] of entries) {
    const list = byYear.get(year) ?? [];
    if (!list.includes(c)) list.push(c);
    byYear.set(year, list);
  }
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, cases]) => ({ year, cases }));
}

export function buildTimeline(cases: readonly CaseView[]): Timeline {
  return {
    practice: group(cases.flatMap((c) => c.data.years.map((y): [number, CaseView] => [y, c]))),
    practiceUnstated: cases.filter((c) => c.data.years.length === 0),
    published: group(cases.flatMap((c) => (c.source.date ? [[Number(c.source.date.slice(0, 4)), c] as [number, CaseView]] : []))),
    publishedUnknown: cases.filter((c) => !c.source.date),
  };
}
