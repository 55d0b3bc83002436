#!/usr/bin/env node
/**
 * `npm run bench`: builds the real corpus and synthetic corpora of N cases
 * (default 1,000 and 10,000) the way `npm run build` does (astro build, then
 * the search index) and prints a table of build time (Astro, similarity, the
 * index), peak memory of each step's whole process tree (Node and Pagefind's
 * indexer, sampled from /proc), dist size, pages per second, the weight
 * of a case page, and search bytes and time to first result (first query and
 * a follow-up) measured in Chromium. Writes bench/results/latest.json.
 * Not part of `npm test`.
 *
 *   node scripts/bench.ts [--sizes 1000,10000] [--skip-search] [--repeat 3]
 *   node scripts/bench.ts --search-dist DIR [--repeat 3]   (search only, on a built site)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run bench -- [--sizes 1000,10000] [--skip-search] [--repeat 3]
       npm run bench -- --search-dist DIR [--repeat 3]   (search only, on a built site)

Builds the real and synthetic corpora and measures build time, memory, size
and search cost; writes bench/results/latest.json. Not part of npm test.
`;

const { values } = readArgs(USAGE, {
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'skip-search': { type: 'boolean', default: false },
    /** Only measure search on an existing build directory. */
    'search-dist': { type: 'string' },
    /** Search measurements per build (fresh browser context each); medians are reported. */
    repeat: { type: 'string', default: '3' },
  },
});
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { chromium } = await import('@playwright/test');
const { dirSize, sampleTreeMemory } = await import('../bench/lib.ts');
const node = process.execPath;
const tmp = path.join(os.tmpdir(), 'case-library-bench');
mkdirSync(tmp, { recursive: true });

interface BuildResult {
  corpus: string;
  cases: number;
  pages: number;
  /** `npm run build` in all: astro build, then the search index. */
  seconds: number;
  astroSeconds: number;
  similarityMs: number | null;
  indexSeconds: number;
  shards: number | null;
  /**
   * Peak RSS of the whole build. The two steps run one after the other, so it
   * is the larger of the two; each step's figure is its whole process tree
   * (Node and, while indexing, Pagefind's indexer).
   */
  peakRssMb: number | null;
  astroPeakMb: number | null;
  indexPeakMb: number | null;
  /** The largest Pagefind indexer process alone. */
  pagefindPeakMb: number | null;
  distMb: number;
  pagesPerSecond: number;
  outDir: string;
}

/** Runs one build step, sampling the memory of its whole process tree. */
async function step(label: string, args: string[], env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(node, args, { env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  const memory = sampleTreeMemory(child.pid!);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stderr.on('data', (d: Buffer) => chunks.push(d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const tree = memory.stop();
  const log = Buffer.concat(chunks).toString('utf8');
  if (status !== 0) throw new Error(`${label} failed:\n${log.slice(-3000)}`);
  return { log, seconds: (performance.now() - started) / 1000, tree };
}

async function build(corpus: string, contentDir: string | undefined, outDir: string): Promise<BuildResult> {
  const astro = await step(`astro build of ${corpus}`, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], contentDir ? { CONTENT_DIR: contentDir } : {});
  const index = await step(`search index of ${corpus}`, ['scripts/index-search.ts', '--dist', outDir], {});
  const seconds = astro.seconds + index.seconds;
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.log)?.[1] ?? 0);
  const size = dirSize(outDir);
  const tenth = (x: number) => Math.round(x * 10) / 10;
  const peaks = [astro.tree?.peakTotalMb, index.tree?.peakTotalMb].filter((x): x is number => x !== undefined);
  const pagefindPeak = Object.entries(index.tree?.peakByNameMb ?? {}).filter(([name]) => name.startsWith('pagefind')).map(([, mb]) => mb);
  return {
    corpus,
    cases: Number(/\[library\] (\d+) cases/.exec(astro.log)?.[1] ?? 0),
    pages,
    seconds: tenth(seconds),
    astroSeconds: tenth(astro.seconds),
    similarityMs: Number(/similarity computed in (\d+) ms/.exec(astro.log)?.[1] ?? NaN) || null,
    indexSeconds: tenth(index.seconds),
    shards: Number(/in (\d+) shard\(s\)/.exec(index.log)?.[1] ?? NaN) || null,
    peakRssMb: peaks.length > 0 ? Math.max(...peaks) : null,
    astroPeakMb: astro.tree?.peakTotalMb ?? null,
    indexPeakMb: index.tree?.peakTotalMb ?? null,
    pagefindPeakMb: pagefindPeak.length > 0 ? Math.max(...pagefindPeak) : null,
    distMb: tenth(size.bytes / 1048576),
    pagesPerSecond: Math.round(pages / seconds),
    outDir,
  };
}

/** HTML, CSS and JS of one case page, raw and gzipped. */
function pageWeight(outDir: string, caseId: string) {
  const html = readFileSync(path.join(outDir, 'cases', caseId, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(css|js))"/g)].map((m) => ({ file: m[1]!, type: m[2]! }));
  const sum = (type: string) =>
    assets.filter((a) => a.type === type).reduce(
      (acc, a) => {
        const buf = readFileSync(path.join(outDir, a.file));
        return { raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf).length };
      },
      { raw: 0, gzip: 0 },
    );
  return { html: { raw: html.length, gzip: gzipSync(html).length }, css: sum('css'), js: sum('js') };
}

/** What a request was for, so a search's bytes can be told apart. */
function requestKind(url: string): string {
  if (url.endsWith('.pf_meta') || url.endsWith('pagefind-entry.json') || url.endsWith('shards.json')) return 'index metadata';
  if (url.endsWith('.pf_index')) return 'index chunks';
  if (url.endsWith('.pf_fragment')) return 'fragments';
  if (url.endsWith('.pf_filter')) return 'filters';
  if (url.includes('/pagefind')) return 'pagefind script and wasm';
  if (url.startsWith('/search-vocab')) return 'vocabulary';
  return 'page';
}

/** How long the page is left alone after the first result before the filters are reached for. */
const QUIET_MS = 5000;

interface SearchRun {
  query: string;
  ms: number;
  kilobytes: number;
  /** KB once the page has been left alone a while, filters untouched. */
  quietKilobytes: number;
  /** KB once the reader has reached for the filters and their counts are shown. */
  withCountsKilobytes: number;
  requests: number;
  /** KB to the first result by kind of request. */
  breakdown: Record<string, number>;
}

/**
 * Search cost in Chromium, in a fresh browser context (empty cache): the first
 * query is a fresh visit to /search/?q=… (the page and everything it loads,
 * up to the first results shown; then after a quiet while, filters untouched;
 * then once the reader has reached for the filters and their counts show), the
 * follow-up is typed into the box after that. Bytes are as served (headers
 * included), from the page and Pagefind's worker.
 */
async function searchCost(outDir: string, queries: [string, string], repeat = 1) {
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = spawn(node, ['scripts/serve-dist.mjs', '--dir', outDir, '--port', String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-background-networking'] });
  const runs: Array<{ first: SearchRun; followUp: SearchRun }> = [];
  try {
    for (let i = 0; i < repeat; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Every request of the page and its workers (Pagefind fetches its index in
      // a worker), with the wall-clock time its response ended.
      const finished: Array<{ end: number; url: string; size: Promise<number> }> = [];
      context.on('requestfinished', (request) => {
        const timing = request.timing();
        finished.push({
          end: timing.startTime + timing.responseEnd,
          url: new URL(request.url()).pathname,
          size: request.sizes().then((x) => x.responseBodySize + x.responseHeadersSize, () => 0),
        });
      });
      // The page notes when a query's status is shown (the results are on the
      // page by then), so the filter counts that follow are not counted as part
      // of the first result however late the benchmark notices.
      await page.addInitScript(() => {
        const w = window as unknown as { shownAt?: Record<string, number> };
        w.shownAt = {};
        new MutationObserver(() => {
          const text = document.querySelector('[data-search-status]')?.textContent ?? '';
          const m = /“(.+)”找到/.exec(text);
          if (m && !(m[1]! in w.shownAt!)) w.shownAt![m[1]!] = Date.now();
        }).observe(document, { childList: true, characterData: true, subtree: true });
      });
      const measure = async (q: string, start: () => Promise<unknown>): Promise<SearchRun> => {
        const started = Date.now();
        await start();
        await page.locator('[data-search-status]', { hasText: `“${q}”找到` }).waitFor({ timeout: 120_000 });
        // The 250 ms typing debounce is part of what the user waits for.
        const firstResult = await page.evaluate((text) => (window as unknown as { shownAt: Record<string, number> }).shownAt[text]!, q);
        // What a reader who never opens the filters pays: the page left alone a while.
        await page.waitForTimeout(QUIET_MS);
        await page.waitForLoadState('networkidle');
        const quiet = Date.now();
        // Then the reader reaches for the filters, and their counts load.
        await page.locator('[data-search-form] fieldset').hover();
        await page.locator('form[data-counts="ready"]').waitFor({ timeout: 120_000 });
        await page.waitForLoadState('networkidle');
        const done = Date.now();
        const inWindow = (to: number) => finished.filter((f) => f.end >= started && f.end <= to);
        const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
        const before = inWindow(firstResult);
        const sizes = await Promise.all(before.map((f) => f.size));
        const breakdown: Record<string, number> = {};
        before.forEach((f, k) => (breakdown[requestKind(f.url)] = (breakdown[requestKind(f.url)] ?? 0) + sizes[k]!));
        for (const key of Object.keys(breakdown)) breakdown[key] = kb(breakdown[key]!);
        const bytesTo = async (to: number) => (await Promise.all(inWindow(to).map((f) => f.size))).reduce((a, b) => a + b, 0);
        if (process.env.BENCH_DEBUG) console.error(before.map((f, k) => `${q} ${f.url} ${sizes[k]}`).join('\n'));
        return { query: q, ms: firstResult - started, kilobytes: kb(sizes.reduce((a, b) => a + b, 0)), quietKilobytes: kb(await bytesTo(quiet)), withCountsKilobytes: kb(await bytesTo(done)), requests: before.length, breakdown };
      };
      const first = await measure(queries[0], () => page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(queries[0])}`));
      const followUp = await measure(queries[1], () => page.getByLabel('检索词').fill(queries[1]));
      runs.push({ first, followUp });
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  // Medians over the runs (bytes barely vary; time does), with each run kept.
  const summary = (pick: (r: { first: SearchRun; followUp: SearchRun }) => SearchRun): SearchRun & { msRange: [number, number] } => {
    const list = runs.map(pick);
    const ms = list.map((r) => r.ms);
    return { ...list[0]!, ms: median(ms), kilobytes: median(list.map((r) => r.kilobytes)), quietKilobytes: median(list.map((r) => r.quietKilobytes)), withCountsKilobytes: median(list.map((r) => r.withCountsKilobytes)), msRange: [Math.min(...ms), Math.max(...ms)] };
  };
  return { first: summary((r) => r.first), followUp: summary((r) => r.followUp), runs };
}

if (values['search-dist']) {
  const cost = await searchCost(path.resolve(values['search-dist']), ['民情日记', '车管所'], Math.max(1, Number(values.repeat) || 1));
  console.log(JSON.stringify({ first: cost.first, followUp: cost.followUp }, null, 2));
  process.exit(0);
}

const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}` };
const builds: BuildResult[] = [];
console.log('building the real corpus…');
builds.push(await build('real (18 cases)', undefined, path.join(tmp, 'dist-real')));
for (const n of values.sizes.split(',').filter(Boolean).map(Number)) {
  const dir = path.join(tmp, `corpus-${n}`);
  console.log(`making and building ${n} synthetic cases…`);
  const made = spawnSync(node, ['scripts/make-synthetic-corpus.ts', '--count', String(n), '--out', dir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  builds.push(await build(`synthetic ${n}`, dir, path.join(tmp, `dist-${n}`)));
}
results.builds = builds;
results.casePage = pageWeight(builds[0]!.outDir, 'nanjing-cheguansuo');

if (!values['skip-search']) {
  const search: Record<string, unknown> = {};
  for (const b of builds) {
    console.log(`measuring search on ${b.corpus}…`);
    search[b.corpus] = await searchCost(b.outDir, ['民情日记', '车管所'], Math.max(1, Number(values.repeat) || 1));
  }
  results.search = search;
}

console.log('measuring the similarity step alone…');
const sim = spawnSync(node, ['scripts/bench-similarity.ts', '--sizes', values.sizes], { encoding: 'utf8' });
results.similarity = sim.stdout.trim();

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));

const row = (cells: Array<string | number | null>) => `| ${cells.map((c) => (c === null ? '—' : String(c))).join(' | ')} |`;
console.log('\n' + row(['corpus', 'pages', 'build s', 'astro s', 'similarity s', 'index s', 'shards', 'peak MB (whole build)', 'astro MB', 'index MB', 'Pagefind MB', 'dist MB', 'pages/s']));
console.log(row(Array(13).fill('---')));
for (const b of builds) {
  console.log(row([b.corpus, b.pages, b.seconds, b.astroSeconds, b.similarityMs && (b.similarityMs / 1000).toFixed(1), b.indexSeconds, b.shards, b.peakRssMb, b.astroPeakMb, b.indexPeakMb, b.pagefindPeakMb, b.distMb, b.pagesPerSecond]));
}
const w = results.casePage as ReturnType<typeof pageWeight>;
console.log(`\ncase page (nanjing-cheguansuo): HTML ${w.html.raw} B (${w.html.gzip} B gzip), CSS ${w.css.raw} B (${w.css.gzip} B gzip), JS ${w.js.raw} B (${w.js.gzip} B gzip)`);
if (results.search) {
  type Cost = { query: string; kilobytes: number; quietKilobytes: number; withCountsKilobytes: number; ms: number };
  console.log('\n' + row(['corpus', 'first query', 'KB to first result', `KB after ${QUIET_MS / 1000} s, filters untouched`, 'KB once filters reached', 'ms to first result', 'follow-up', 'KB', 'ms']));
  console.log(row(Array(9).fill('---')));
  for (const [corpus, s] of Object.entries(results.search as Record<string, { first: Cost; followUp: Cost }>)) {
    console.log(row([corpus, s.first.query, s.first.kilobytes, s.first.quietKilobytes, s.first.withCountsKilobytes, s.first.ms, s.followUp.query, s.followUp.kilobytes, s.followUp.ms]));
  }
}
console.log(`\nsimilarity step alone:\n${results.similarity}\n\nwritten to bench/results/latest.json`);
