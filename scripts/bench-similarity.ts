#!/usr/bin/env node
/**
 * Similarity benchmark: time and peak memory of the related-cases step alone
 * for N synthetic cases made from the real paragraphs (each N in its own
 * process, so the memory figure is that run's).
 *
 *   node scripts/bench-similarity.ts [--sizes 1000,10000]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SimilarityDoc } from '../src/lib/node/similarity.ts';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run bench:similarity -- [--sizes 1000,10000]

Times the related-cases step alone on N synthetic cases, each size in its own process.
`;

const { values } = readArgs(USAGE, { options: { sizes: { type: 'string', default: '1000,10000' }, child: { type: 'string' } } });
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { readMethods, readThemes } = await import('../src/lib/node/taxonomy.ts');
const { listCaseFiles, readCaseFile } = await import('../src/lib/node/case-files.ts');
const { methodSpellings } = await import('../src/lib/methods.ts');
const { computeSimilar } = await import('../src/lib/node/similarity.ts');

if (values.child) {
  const n = Number(values.child);
  const root = path.resolve('content');
  const real = listCaseFiles(path.join(root, 'cases')).map((f) => readCaseFile(path.join(root, 'cases', f)));
  const paragraphs = real.flatMap((c) => c.blocks);
  const methodIds = readMethods(root);
  const themeIds = readThemes(root).map((t) => t.id);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const docs: SimilarityDoc[] = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    text: Array.from({ length: 4 + Math.floor(random() * 10) }, () => paragraphs[Math.floor(random() * paragraphs.length)]).join('\n'),
    methods: [methodIds[Math.floor(random() * methodIds.length)]!.id, methodIds[Math.floor(random() * methodIds.length)]!.id],
    themes: [themeIds[Math.floor(random() * themeIds.length)]!],
    province: String(11 + Math.floor(random() * 54)),
    level: String(Math.floor(random() * 5)),
  }));
  const started = performance.now();
  const result = computeSimilar(docs, { dictionary: methodIds.flatMap(methodSpellings) });
  const ms = performance.now() - started;
  console.log(JSON.stringify({ n, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), lists: result.size }));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log('cases   similarity time   peak RSS');
  for (const size of values.sizes.split(',').map(Number)) {
    const r = spawnSync(process.execPath, [self, '--child', String(size)], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { n: number; ms: number; maxRssMb: number };
    console.log(`${String(m.n).padStart(6)}   ${(m.ms / 1000).toFixed(1).padStart(12)} s   ${String(m.maxRssMb).padStart(6)} MB`);
  }
}
