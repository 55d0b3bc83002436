#!/usr/bin/env node
/**
 * Makes a synthetic corpus of N valid cases from the real ones, for benchmarks:
 * paragraphs of the real edition recombined, regions drawn from the GB/T 2260
 * data, methods and themes drawn from the taxonomy. Writes a complete content
 * directory (taxonomy, sources, raw files, cases) that a build can be pointed
 * at with CONTENT_DIR; content/ is never touched.
 *
 *   node scripts/make-synthetic-corpus.ts --count 10000 --out /tmp/corpus-10k [--seed 1]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Method } from '../src/schemas/taxonomy.ts';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run synthetic -- --out DIR [--count 1000] [--seed 1] [--content content]

Writes a synthetic content folder of N valid cases for benchmarks; content/ is never touched.
`;

const { values } = readArgs(USAGE, {
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    content: { type: 'string', default: 'content' },
  },
});
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { stringify } = await import('yaml');
const { listCaseFiles, readCaseFile } = await import('../src/lib/node/case-files.ts');
const { escapeMdxText } = await import('../src/lib/mdx-text.ts');
const { loadRegionIndex } = await import('../src/lib/node/region-index.ts');
const { loadVocabularyIds, readMethods, readPractices } = await import('../src/lib/node/taxonomy.ts');
const { findMentions } = await import('../src/lib/node/method-mentions.ts');
const { caseParagraphs } = await import('../src/lib/case-mdx.ts');
const { KINDS, LEVELS } = await import('../src/lib/kinds.ts');
if (!values.out) {
  console.error('usage: make-synthetic-corpus.ts --count N --out DIR [--seed S]');
  process.exit(2);
}
const count = Number(values.count);
const out = path.resolve(values.out);
const source = path.resolve(values.content);
if (out === source || out.startsWith(`${source}${path.sep}`)) {
  console.error('refusing to write inside the real content directory');
  process.exit(2);
}

// Deterministic PRNG (mulberry32).
let state = Number(values.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const sample = <T>(list: readonly T[], n: number): T[] => {
  const copy = [...list];
  const chosen: T[] = [];
  while (chosen.length < n && copy.length > 0) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
  return chosen;
};

if (existsSync(out)) rmSync(out, { recursive: true });
mkdirSync(path.join(out, 'cases'), { recursive: true });
cpSync(path.join(source, 'taxonomy'), path.join(out, 'taxonomy'), { recursive: true });
cpSync(path.join(source, 'sources'), path.join(out, 'sources'), { recursive: true });

const real = listCaseFiles(path.join(source, 'cases')).map((f) => readCaseFile(path.join(source, 'cases', f)));
const paragraphs = real.flatMap((c) => c.blocks.filter((b) => b !== '【点评】'));
const titles = real.map((c) => String(c.frontmatter.title));
const vocabulary = loadVocabularyIds(source);
const methods = readMethods(source) as unknown as Method[];
const counties = loadRegionIndex()
  .all()
  .filter((r) => r.level === 'county');

// Named practices belong to the synthetic cases whose recombined text uses their names
// (at most 20 each); their quoted definitions point into real cases, so they are left out.
const practices = readPractices(source).map((p) => ({ id: p.id, name: p.name, spellings: p.spellings, methods: p.methods, cases: [] as string[] }));

for (let i = 1; i <= count; i++) {
  const n = 4 + Math.floor(random() * 10);
  const body = sample(paragraphs, n);
  const region = pick(counties);
  const frontmatter = {
    title: `${pick(titles)}（合成${i}）`,
    kind: pick(KINDS),
    level: pick(LEVELS),
    region: { code: region.code },
    years: [2005 + Math.floor(random() * 12)],
    methods: sample(vocabulary.methods, 1 + Math.floor(random() * 4)),
    themes: sample(vocabulary.themes, 1 + Math.floor(random() * 3)),
    source: { id: pick(vocabulary.sources), lines: [1, 2], titleLine: 1 },
    summary: `合成案例${i}，由真实案例的段落重新组合而成，仅用于性能测试。`,
  };
  const text = body.map((p) => escapeMdxText(p)).join('\n\n');
  // Recombined paragraphs name methods the case is not tagged with: listed as
  // passing mentions, as an editor would, so the build's mention check passes.
  const passing: Record<string, number[]> = {};
  for (const m of findMentions(methods, caseParagraphs(text))) {
    if (!frontmatter.methods.includes(m.method.id)) (passing[m.method.id] ??= []).push(m.p);
  }
  if (Object.keys(passing).length > 0) Object.assign(frontmatter, { passing });
  const id = `synthetic-${String(i).padStart(5, '0')}`;
  writeFileSync(path.join(out, 'cases', `${id}.mdx`), `---\n${stringify(frontmatter)}---\n\n${text}\n`);
  const plain = body.join('\n');
  for (const p of practices) if (p.cases.length < 20 && [p.name, ...p.spellings].some((s) => plain.includes(s))) p.cases.push(id);
}
writeFileSync(path.join(out, 'taxonomy', 'practices.yaml'), stringify(practices.filter((p) => p.cases.length > 0)));
console.log(`wrote ${count} synthetic cases to ${out}`);
