#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: Lighthouse scores of the production build, served
 * as users serve it (scripts/serve-dist.mjs), for the home page, a case page
 * and a search page, with the mobile (default) and desktop presets. Prints
 * performance, accessibility, best-practices and SEO scores (0–100) with LCP,
 * TBT, CLS and total bytes, and what failed; writes bench/results/lighthouse.json
 * and the full reports to bench/results/lighthouse/<preset>-<page>.json.
 * Not part of `npm test`.
 *
 * Lighthouse is not a dependency of the site: it is installed on demand into
 * bench/tools/ (its own package.json, exact versions) and imported from there.
 *
 *   node scripts/bench-lighthouse.ts [--no-build] [--dir DIR] [--presets mobile,desktop] [--runs 1]
 *
 * Without --no-build it builds first (`npm run build -- --outDir <tmp>`, so
 * dist/ is left alone); with --no-build it audits --dir (default dist/).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite, ensureInstalled, findChromium, repoRoot, row, serveDist } from '../bench/lib.ts';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run bench:lighthouse -- [--no-build] [--dir DIR] [--presets mobile,desktop] [--runs 1]

Lighthouse scores of the production build for the home, a case and a search
page; writes bench/results/lighthouse.json. Not part of npm test.
`;

const { values } = readArgs(USAGE, {
  allowNegative: true,
  options: {
    build: { type: 'boolean', default: true },
    dir: { type: 'string' },
    presets: { type: 'string', default: 'mobile,desktop' },
    /** Runs per page and preset; the run with the median performance score is reported. */
    runs: { type: 'string', default: '1' },
  },
});
process.chdir(repoRoot);

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'case', path: '/cases/nanjing-cheguansuo/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('民情日记')}` },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// Minimal shapes of what we read from Lighthouse (imported at run time from bench/tools/).
interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: { items?: Array<{ node?: { snippet?: string; selector?: string }; score?: number; description?: string; issueType?: string; subItems?: { items: Array<{ url?: string }> } }> };
}
interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
  environment: { benchmarkIndex: number };
}
type LighthouseFn = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<{ lhr: Lhr } | undefined>;
interface ChromeLauncher { launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void | Promise<void> }> }

// 1. Lighthouse, from its own folder.
const toolsDir = path.join(repoRoot, 'bench/tools');
ensureInstalled(toolsDir);
const requireTools = createRequire(path.join(toolsDir, 'package.json'));
const importTool = async (specifier: string) => import(pathToFileURL(requireTools.resolve(specifier)).href);
const lighthouse = (await importTool('lighthouse')).default as LighthouseFn;
const desktopConfig = (await importTool('lighthouse/core/config/desktop-config.js')).default as unknown;
const chromeLauncher = (await importTool('chrome-launcher')) as ChromeLauncher;

// 2. The build.
let distDir = path.resolve(values.dir ?? 'dist');
if (values.build) {
  distDir = path.join(os.tmpdir(), 'case-library-lighthouse', 'dist');
  console.log(`building into ${distDir} (astro build, then the search index)…`);
  buildSite(distDir);
} else if (!existsSync(path.join(distDir, 'index.html'))) {
  console.error(`${distDir}/index.html not found: run "npm run build" or drop --no-build.`);
  process.exit(1);
}

// 3. Lighthouse runs, a fresh Chromium for each.
const chrome = await findChromium();
console.log(`Chromium: ${chrome.path} (${chrome.version}); Lighthouse from bench/tools/`);
const server = await serveDist(distDir);
const presets = values.presets.split(',').filter(Boolean) as Array<'mobile' | 'desktop'>;
const runs = Math.max(1, Number(values.runs));

interface Result {
  preset: string;
  page: string;
  url: string;
  scores: Record<string, number | null>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalKB: number;
  benchmarkIndex: number;
  /** Audits that lost points in the non-performance categories (weight 0: reported, not scored). */
  failing: Array<{ category: string; id: string; title: string; score: number | null; weight: number; items: string[] }>;
  /** The elements that shifted, most shift first. */
  layoutShifts: string[];
  warnings: string[];
}

async function audit(url: string, preset: 'mobile' | 'desktop'): Promise<Lhr> {
  const launched = await chromeLauncher.launch({
    chromePath: chrome.path,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const result = await lighthouse(url, { port: launched.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await launched.kill();
  }
}

/** What an audit's detail items point at: element snippets, issue types. */
const describe = (a: Audit | undefined) =>
  (a?.details?.items ?? []).slice(0, 5).map((item) =>
    [
      item.node?.snippet ?? item.node?.selector ?? item.issueType ?? item.description ?? '',
      item.score === undefined ? '' : `(${Math.round(item.score * 1000) / 1000})`,
      (item.subItems?.items ?? []).map((sub) => sub.url).filter(Boolean).slice(0, 3).join(' '),
    ].join(' ').trim(),
  );

/** Full Lighthouse reports (JSON, open with the Lighthouse viewer), one per preset and page. */
const reportDir = path.join(repoRoot, 'bench/results/lighthouse');
const results: Result[] = [];
let version = '';
try {
  for (const preset of presets) {
    for (const page of PAGES) {
      const url = `${server.origin}${page.path}`;
      const lhrs: Lhr[] = [];
      for (let i = 0; i < runs; i++) {
        process.stdout.write(`lighthouse ${preset} ${page.path}${runs > 1 ? ` (run ${i + 1}/${runs})` : ''}…\n`);
        lhrs.push(await audit(url, preset));
      }
      lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = lhrs[Math.floor(lhrs.length / 2)]!;
      mkdirSync(reportDir, { recursive: true });
      writeFileSync(path.join(reportDir, `${preset}-${page.name}.json`), JSON.stringify(lhr));
      version = lhr.lighthouseVersion;
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
          const a = lhr.audits[ref.id];
          if (!a || ['notApplicable', 'informative', 'manual'].includes(a.scoreDisplayMode) || a.score === null || a.score >= 1) return [];
          return [{ category, id: a.id, title: a.title, score: a.score, weight: ref.weight, items: describe(a) }];
        }),
      );
      results.push({
        preset,
        page: page.path,
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])),
        lcpMs: Math.round(num('largest-contentful-paint')),
        tbtMs: Math.round(num('total-blocking-time')),
        cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
        totalKB: Math.round(num('total-byte-weight') / 102.4) / 10,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        failing,
        layoutShifts: describe(lhr.audits['layout-shifts']),
        warnings: lhr.runWarnings,
      });
    }
  }
} finally {
  server.close();
}

mkdirSync('bench/results', { recursive: true });
const out = { date: new Date().toISOString(), machine: `${os.cpus().length} cores, Node ${process.version}`, chromium: chrome.version, lighthouse: version, runs, results };
writeFileSync('bench/results/lighthouse.json', JSON.stringify(out, null, 2));

console.log(`\nLighthouse ${version}, ${chrome.version}${runs > 1 ? `, median of ${runs} runs` : ''}\n`);
console.log(row(['preset', 'page', 'perf', 'a11y', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'total KB']));
console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const r of results) {
  console.log(row([r.preset, decodeURIComponent(r.page), r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo, r.lcpMs, r.tbtMs, r.cls, r.totalKB]));
}
const shortPath = (p: string) => decodeURIComponent(p);
const lost = results.flatMap((r) =>
  r.failing.map((f) => `  ${r.preset} ${shortPath(r.page)}: [${f.category}] ${f.id} score ${f.score}${f.weight === 0 ? ' (weight 0: not in the score)' : ''} — ${f.title}${f.items.map((i) => `\n      ${i}`).join('')}`),
);
if (lost.length) console.log(`\naudits that failed (accessibility, best practices, SEO):\n${lost.join('\n')}`);
const shifts = results.filter((r) => r.cls > 0).map((r) => `  ${r.preset} ${shortPath(r.page)} CLS ${r.cls}:${r.layoutShifts.map((s) => `\n      ${s}`).join('')}`);
if (shifts.length) console.log(`\nlayout shifts:\n${shifts.join('\n')}`);
const warnings = [...new Set(results.flatMap((r) => r.warnings))];
if (warnings.length) console.log(`\nLighthouse warnings:\n${warnings.map((w) => `  ${w}`).join('\n')}`);
console.log(`\nCPU benchmark index ${results.map((r) => r.benchmarkIndex).join('/')}; summary in bench/results/lighthouse.json, full reports in bench/results/lighthouse/`);
