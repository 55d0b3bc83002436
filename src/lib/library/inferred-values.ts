/**
 * The values the editors inferred for a case (an author's role, the place,
 * the level, the years), each shown marked 推定 where it appears and explained
 * in a list below the case header. Browser-safe page data.
 */
import type { CaseView } from './types.ts';

export interface InferredValue {
  /** Which value: `role-<author index>`, `region`, `level` or `years`. */
  key: string;
  /** What the reader is told was inferred, e.g. 地区“北京市石景山区”. */
  what: string;
  /** The editors' reason. */
  why: string;
}

export function inferredValues(c: CaseView): InferredValue[] {
  const { data } = c;
  return [
    ...data.authors.flatMap((a, i) => (a.role && a.roleInferred ? [{ key: `role-${i}`, what: `${a.name}的身份“${a.role}”`, why: a.roleInferred }] : [])),
    ...(data.inferred.region ? [{ key: 'region', what: `地区“${c.region.name}”`, why: data.inferred.region }] : []),
    ...(data.inferred.level ? [{ key: 'level', what: `层级“${data.level}”`, why: data.inferred.level }] : []),
    ...(data.inferred.years ? [{ key: 'years', what: '实践年份', why: data.inferred.years }] : []),
  ];
}

/** The anchor of a value's explanation in the list (`inferred-<n>`, counting from 1). */
export function inferredNoteId(values: readonly InferredValue[], key: string): string {
  return `inferred-${values.findIndex((v) => v.key === key) + 1}`;
}
