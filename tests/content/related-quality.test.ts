/**
 * Related cases against the trainers' judgements (tests/related/judgements.json):
 * precision@3 of each case's list, the closest peer (the first case a judgement
 * lists: the "why" of each judgement explains its cases closest first) in the
 * top five, and no general essay as everyone's neighbour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeSimilar } from '../../src/lib/node/similarity.ts';
import { readSimilarityDocs } from '../../src/lib/node/similarity-docs.ts';
import { hubCount } from '../../src/lib/node/related-evaluation.ts';
import { FIXTURE_LIBRARY } from '../fixture-library.ts';

// The cases the judgements were made on (a frozen copy; content/ may change).
const judgements = JSON.parse(readFileSync('tests/related/judgements.json', 'utf8')) as Record<string, { similar: string[] }>;
const realDocs = () => readSimilarityDocs(FIXTURE_LIBRARY).docs;
const { dictionary } = readSimilarityDocs(FIXTURE_LIBRARY);

describe('related cases', () => {
  const related = computeSimilar(realDocs(), { dictionary });

  it('reaches precision@3 ≥ 0.77 against the judgement set', () => {
    let hits = 0;
    let total = 0;
    const lines: string[] = [];
    for (const [id, j] of Object.entries(judgements)) {
      const top3 = (related.get(id) ?? []).slice(0, 3).map((r) => r.id);
      const good = top3.filter((x) => j.similar.includes(x)).length;
      hits += good;
      total += 3;
      if (good < 3) lines.push(`${id}: ${top3.join(', ')} (${good}/3)`);
    }
    const p3 = hits / total;
    console.log(`related precision@3 = ${p3.toFixed(3)} (${hits}/${total})${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`);
    expect(p3).toBeGreaterThanOrEqual(0.77);
  });

  it('puts each case\'s closest peer in its top five (≥ 0.95 of the cases)', () => {
    let found = 0;
    let recalled = 0;
    let judged = 0;
    const missed: string[] = [];
    for (const [id, j] of Object.entries(judgements)) {
      const top5 = (related.get(id) ?? []).slice(0, 5).map((r) => r.id);
      if (top5.includes(j.similar[0]!)) found++;
      else missed.push(`${id}: ${j.similar[0]} not in ${top5.join(', ')}`);
      recalled += top5.filter((x) => j.similar.includes(x)).length;
      judged += j.similar.length;
    }
    const n = Object.keys(judgements).length;
    console.log(`closest peer in top 5: ${found}/${n}; recall@5 of the judged sets = ${(recalled / judged).toFixed(3)}${missed.length ? `\n  ${missed.join('\n  ')}` : ''}`);
    expect(found / n).toBeGreaterThanOrEqual(0.95);
  });

  it('no case is in the top three of more than five others (no hub)', () => {
    const inTop3 = new Map<string, number>();
    for (const list of related.values()) for (const r of list.slice(0, 3)) inTop3.set(r.id, (inTop3.get(r.id) ?? 0) + 1);
    const worst = [...inTop3.entries()].sort((a, b) => b[1] - a[1])[0]!;
    console.log(`most frequent top-3 neighbour: ${worst[0]} (${worst[1]} of 17)`);
    expect(hubCount(new Map([...related].map(([id, list]) => [id, list.map((r) => r.id)])))).toBe(0);
    expect(inTop3.get('xingshan-jiguan-dangyuan-diaocha') ?? 0).toBeLessThanOrEqual(4);
  });

  it('is deterministic and explains itself', () => {
    expect.hasAssertions();
    const again = computeSimilar(realDocs(), { dictionary });
    expect([...again.entries()]).toEqual([...related.entries()]);
    for (const list of related.values()) {
      expect(list).toHaveLength(5);
      for (const r of list) expect(r.sharedMethods.length + r.sharedThemes.length + r.sharedTerms.length).toBeGreaterThan(0);
    }
  });
});
