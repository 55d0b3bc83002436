/**
 * Related cases: which other cases a trainer would put next to this one, and
 * why in words. Deterministic; ties broken by library order.
 */
import type { CaseView } from './library.ts';

export interface RelatedCase {
  item: CaseView;
  score: number;
  /** Human-readable reasons, most important first. */
  reasons: string[];
}

export interface RelatedOptions {
  /** How many related cases per case. Default 5. */
  limit?: number;
  /** Weight of one shared method. Default 3. */
  methodWeight?: number;
  /** Weight of one shared theme. Default 1. */
  themeWeight?: number;
  /** Weight of the same province. Default 1. */
  provinceWeight?: number;
  /** Weight of the same level. Default 0.5. */
  levelWeight?: number;
}

export function computeRelated(cases: readonly CaseView[], options: RelatedOptions = {}): Map<string, RelatedCase[]> {
  const { limit = 5, methodWeight = 3, themeWeight = 1, provinceWeight = 1, levelWeight = 0.5 } = options;
  // Rare methods say more than common ones: weight by inverse frequency.
  const methodCount = new Map<string, number>();
  const themeCount = new Map<string, number>();
  for (const c of cases) {
    for (const m of c.data.methods) methodCount.set(m, (methodCount.get(m) ?? 0) + 1);
    for (const t of c.data.themes) themeCount.set(t, (themeCount.get(t) ?? 0) + 1);
  }
  const n = cases.length;
  const idf = (count: number) => Math.log(1 + n / count);
  const out = new Map<string, RelatedCase[]>();
  cases.forEach((a) => {
    const scored: Array<RelatedCase & { index: number }> = [];
    cases.forEach((b, index) => {
      if (a === b) return;
      let score = 0;
      const reasons: string[] = [];
      const sharedMethods = a.methods.filter((m) => b.data.methods.includes(m.id));
      const sharedThemes = a.themes.filter((t) => b.data.themes.includes(t.id));
      for (const m of sharedMethods) score += methodWeight * idf(methodCount.get(m.id) ?? 1);
      for (const t of sharedThemes) score += themeWeight * idf(themeCount.get(t.id) ?? 1);
      if (sharedMethods.length) reasons.push(`同用${sharedMethods.map((m) => `“${m.name}”`).join('、')}`);
      if (sharedThemes.length) reasons.push(`同属${sharedThemes.map((t) => t.name).join('、')}领域`);
      const sameProvince = a.region.chain[0]?.code === b.region.chain[0]?.code;
      if (sameProvince) {
        score += provinceWeight;
        reasons.push(`同在${a.region.chain[0]?.name}`);
      }
      if (a.data.level === b.data.level) {
        score += levelWeight;
        reasons.push(`同为${a.data.level}层级`);
      }
      if (score > 0) scored.push({ item: b, score, reasons, index });
    });
    scored.sort((x, y) => y.score - x.score || x.index - y.index);
    out.set(
      a.id,
      scored.slice(0, limit).map(({ item, score, reasons }) => ({ item, score: Math.round(score * 1000) / 1000, reasons })),
    );
  });
  return out;
}
