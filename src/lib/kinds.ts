/**
 * The closed lists of genres and levels. Kept apart from the zod schemas so
 * browser code (the search page's facets) can use them without bundling zod.
 */

/** Genre of a text (体裁). */
export const KINDS = ['经验案例', '心得体会', '调研报告', '机制介绍'] as const;
/** Administrative level of the actor whose practice a case describes. */
export const LEVELS = ['省', '市', '县区', '乡镇街道', '村社区'] as const;

export type Kind = (typeof KINDS)[number];
export type Level = (typeof LEVELS)[number];

/** The years a case may give (`years`): from the People's Republic on. */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

/** The years of YEAR_RANGE a text states: four digits standing alone (not inside a longer number), each once, in order of first appearance. */
export function yearsStated(text: string): number[] {
  const years = [...text.matchAll(/(?<![0-9０-９])(\d{4})(?![0-9０-９])/g)].map((m) => Number(m[1])).filter((y) => y >= YEAR_RANGE.min && y <= YEAR_RANGE.max);
  return [...new Set(years)];
}

/** The years of `years` that `text` does not state (yearsStated): each needs the editors' reason (inferred.years), check:content's rule and the editors' fields'. */
export function yearsNotStated(years: readonly number[], text: string): number[] {
  const stated = yearsStated(text);
  return years.filter((y) => !stated.includes(y));
}
