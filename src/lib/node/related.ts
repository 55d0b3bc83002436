/**
 * Related cases for the case pages: the similarity ranking of
 * similarity.ts, with its reasons put in words for readers.
 */
import type { CaseView, RelatedCase } from '../library/types.ts';
import { methodSpellings } from '../methods.ts';
import { computeSimilar, type SimilarityOptions } from './similarity.ts';

/** A named practice as similarity reads it: its name and the cases that use it. */
export interface PracticeCases {
  id: string;
  name: string;
  cases: readonly string[];
}

export function computeRelated(
  cases: readonly CaseView[],
  texts: ReadonlyMap<string, string>,
  options: SimilarityOptions = {},
  practices: readonly PracticeCases[] = [],
): Map<string, RelatedCase[]> {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const practiceName = new Map(practices.map((p) => [p.id, p.name]));
  const dictionary = [...new Set(cases.flatMap((c) => c.methods.flatMap(methodSpellings)))];
  const similar = computeSimilar(
    cases.map((c) => ({
      id: c.id,
      text: texts.get(c.id) ?? '',
      methods: c.data.methods,
      themes: c.data.themes,
      practices: practices.filter((p) => p.cases.includes(c.id)).map((p) => p.id),
      province: c.region.chain[0]?.code ?? '',
      level: c.data.level,
    })),
    { dictionary, ...options },
  );
  const out = new Map<string, RelatedCase[]>();
  for (const a of cases) {
    out.set(
      a.id,
      (similar.get(a.id) ?? []).map((s) => {
        const b = byId.get(s.id)!;
        const reasons: string[] = [];
        if (s.sharedPractices.length) reasons.push(`都实行${s.sharedPractices.map((p) => `“${practiceName.get(p)!}”`).join('、')}`);
        if (s.sharedMethods.length) reasons.push(`同用${a.methods.filter((m) => s.sharedMethods.includes(m.id)).map((m) => `“${m.name}”`).join('、')}`);
        if (s.sharedTerms.length) reasons.push(`都讲到${s.sharedTerms.map((t) => `“${t}”`).join('、')}`);
        if (s.sharedThemes.length) reasons.push(`同属${a.themes.filter((t) => s.sharedThemes.includes(t.id)).map((t) => t.name).join('、')}领域`);
        if (s.sameProvince) reasons.push(`同在${a.region.chain[0]?.name ?? ''}`);
        if (s.sameLevel) reasons.push(`同为${a.data.level}层级`);
        return { case: b, score: s.score, reasons };
      }),
    );
  }
  return out;
}
