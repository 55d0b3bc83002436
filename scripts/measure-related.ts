#!/usr/bin/env node
/**
 * Related cases against each judge's judgements: precision@3, closest peer in
 * the top five and hubs (cases in more than five top-threes), for the current
 * defaults and for a grid of settings, and the held-out figure of choosing a
 * setting by leave-one-out over the judged cases (related-evaluation.ts).
 * The held-out figure is the one to report: in-sample figures of the grid
 * are fitted to the judgements.
 *
 *   npm run measure:related -- [--content tests/fixtures/library] [--judgements file]…
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Figures, Judgements, RankedLists } from '../src/lib/node/related-evaluation.ts';
import type { SimilarityOptions } from '../src/lib/node/similarity.ts';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run measure:related -- [--content <library folder>] [--judgements <file>]… [--fix <option>=<number>]… [--quick]

Scores related cases against each judgements file (default tests/related/judgements.json,
made on the frozen library tests/fixtures/library): the defaults, each setting of the grid
(in-sample), and settings chosen by leave-one-out over the judged cases (held-out).
--fix pins one axis of the grid (e.g. --fix practiceWeight=0 measures the grid without it).
--quick scores the defaults only.
`;

const { values } = readArgs(USAGE, {
  options: {
    content: { type: 'string', default: 'tests/fixtures/library' },
    judgements: { type: 'string', multiple: true, default: ['tests/related/judgements.json'] },
    fix: { type: 'string', multiple: true, default: [] },
    quick: { type: 'boolean', default: false },
  },
});
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { figures, leaveOneOut } = await import('../src/lib/node/related-evaluation.ts');
const { computeSimilar } = await import('../src/lib/node/similarity.ts');
const { readSimilarityDocs } = await import('../src/lib/node/similarity-docs.ts');

// The settings cross-validation chooses from, the defaults first (a tie keeps them).
const AXES: Record<string, readonly unknown[]> = {
  methodWeight: [0.2, 0.1, 0.3, 0.5],
  themeWeight: [0.1, 0, 0.2],
  lengthPivot: [0.5, 0.25, 0.75],
  practiceWeight: [0.2, 0, 0.1, 0.4],
};

for (const pin of values.fix) {
  const [key, value] = pin.split('=');
  if (!key || !(key in AXES) || value === undefined || !Number.isFinite(Number(value))) {
    console.error(`error: --fix ${pin}: expected <option>=<number> with option one of ${Object.keys(AXES).join(', ')}`);
    process.exit(2);
  }
  AXES[key] = [Number(value)];
}

function grid(axes: Record<string, readonly unknown[]>): SimilarityOptions[] {
  return Object.entries(axes).reduce<SimilarityOptions[]>(
    (settings, [key, options]) => settings.flatMap((s) => options.map((o) => ({ ...s, [key]: o }))),
    [{}],
  );
}

const { docs, dictionary } = readSimilarityDocs(path.resolve(values.content));
const judges = values.judgements.map((file: string) => {
  const judgements = JSON.parse(readFileSync(file, 'utf8')) as Judgements;
  const unknown = Object.entries(judgements).flatMap(([id, j]) => [id, ...j.similar]).filter((id) => !docs.some((d) => d.id === id));
  if (unknown.length) throw new Error(`${file}: cases not in ${values.content}: ${[...new Set(unknown)].join(', ')}`);
  return { file, judgements };
});

const rank = (options: SimilarityOptions): RankedLists =>
  new Map([...computeSimilar(docs, { dictionary, ...options }).entries()].map(([id, list]) => [id, list.map((r) => r.id)]));

const show = (f: Figures) =>
  `P@3 ${f.precisionAt3.toFixed(3)}   closest in top 5 ${f.closestInTop5}/${f.judged} (MRR ${f.closestReciprocalRank.toFixed(3)})   hubs ${f.hubs}`;
const label = (s: SimilarityOptions) => Object.entries(s).map(([k, v]) => `${k}=${String(v)}`).join(' ') || 'defaults';

const settings = values.quick ? [{}] : grid(AXES);
const started = performance.now();
const lists = settings.map(rank);
console.log(`${settings.length} settings ranked in ${((performance.now() - started) / 1000).toFixed(1)} s on ${docs.length} cases`);

for (const { file, judgements } of judges) {
  console.log(`\n${file}`);
  console.log(`  defaults (in-sample): ${show(figures(rank({}), judgements))}`);
  if (values.quick) continue;
  const inSample = lists.map((l, k) => ({ k, f: figures(l, judgements) }));
  const top = [...inSample].sort((a, b) => b.f.precisionAt3 + b.f.closestInTop5 / b.f.judged - (a.f.precisionAt3 + a.f.closestInTop5 / a.f.judged)).slice(0, 5);
  for (const { k, f } of top) console.log(`  best in-sample: ${show(f)}   ${label(settings[k]!)}`);
  const held = leaveOneOut(lists, judgements);
  console.log(`  HELD-OUT (leave-one-out over ${held.figures.judged} cases): ${show(held.figures)}`);
  const chosen = new Map<number, number>();
  for (const k of held.picks.values()) chosen.set(k, (chosen.get(k) ?? 0) + 1);
  for (const [k, times] of [...chosen].sort((a, b) => b[1] - a[1])) console.log(`    chosen in ${times} folds: ${label(settings[k]!)}`);
}
