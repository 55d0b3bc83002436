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
