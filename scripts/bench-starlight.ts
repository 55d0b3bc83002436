#!/usr/bin/env node
/**
 * `npm run bench:starlight`: the same corpus in our site and in a stock
 * Starlight site (bench/starlight/, Starlight's built-in Pagefind search on),
 * side by side: build time, dist size, pages, the weight of a case page (every
 * response the page loads in Chromium, raw and gzip) and the search payload
 * (bytes fetched to the first result for 民情日记 in each site's own search UI).
 * Prints the ratios ours / Starlight; writes bench/results/starlight.json.
 * Not part of `npm test`; Starlight is installed on demand into bench/starlight/.
 *
 *   node scripts/bench-starlight.ts [--content DIR] [--case ID] [--query 民情日记] [--repeat 5] [--reuse starlight]
 *
 * Search is measured twice per site, --repeat times each (default 5),
 * alternating the two sites so that load on a shared machine hits both alike;
 * the table gives medians (and the range). A fresh visit (ours: /search/?q=…, which
 * searches on load; Starlight: its home page, then the search dialog) counting
 * every byte from navigation, and a query typed once the entry page is idle.
 * Starlight loads its Pagefind UI on every page when the browser is idle: that
 * is counted in the case page (row "after the load event").
 *
 * --reuse starlight (or ours, or both) keeps that site's last build from the
 * same --content instead of building it again, to iterate on one side.
 *
 * --content takes a content directory such as `npm run synthetic -- --count N
 * --out DIR` makes; each case becomes a plain Markdown page of the Starlight
 * site (bench/starlight/src/content/docs/cases/, regenerated on every run).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run bench:starlight -- [--content DIR] [--case ID] [--query 民情日记] [--repeat 5] [--reuse starlight]

Builds the same corpus as a stock Starlight site and compares build time,
page weight and search cost; writes bench/results/starlight.json.
`;

const { values } = readArgs(USAGE, {
  options: {
    content: { type: 'string', default: 'content' },
    case: { type: 'string', default: 'nanjing-cheguansuo' },
    query: { type: 'string', default: '民情日记' },
    repeat: { type: 'string', default: '5' },
    reuse: { type: 'string', default: '' },
  },
});
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { chromium } = await import('@playwright/test');
const { caseIdOf } = await import('../src/lib/ids.ts');
const { listCaseFiles, readCaseFile } = await import('../src/lib/node/case-files.ts');
const { escapeMdxText } = await import('../src/lib/mdx-text.ts');
const { buildSite, dirSize, ensureInstalled, findChromium, nodeEnv, repoRoot, row, serveDist } = await import('../bench/lib.ts');
process.chdir(repoRoot);
const contentDir = path.resolve(values.content);
const starlightDir = path.join(repoRoot, 'bench/starlight');
const repeat = Math.max(1, Number(values.repeat) || 1);
const reuse = new Set(values.reuse === 'both' ? ['ours', 'starlight'] : values.reuse.split(',').filter(Boolean));
// Per checkout and corpus: other checkouts on the machine run this benchmark too.
const tmp = path.join(os.tmpdir(), `case-library-bench-starlight-${createHash('sha1').update(`${repoRoot}\0${contentDir}`).digest('hex').slice(0, 10)}`);
mkdirSync(tmp, { recursive: true });

// 1. Starlight, installed on demand; the corpus as plain Markdown pages.
ensureInstalled(starlightDir);
const docsCases = path.join(starlightDir, 'src/content/docs/cases');
rmSync(docsCases, { recursive: true, force: true });
mkdirSync(docsCases, { recursive: true });
const caseFiles = listCaseFiles(path.join(contentDir, 'cases'));
for (const file of caseFiles) {
  const { frontmatter, blocks, blockTypes } = readCaseFile(path.join(contentDir, 'cases', file));
  // Title and subtitle, then the body text; our other fields (tags, region, corrections…) are left out.
  // Blocks are plain text (MDX escapes resolved); escaped again as CommonMark text, headings kept as headings.
  const subtitle = typeof frontmatter['subtitle'] === 'string' ? [`——${frontmatter['subtitle']}`] : [];
  const body = [...subtitle.map(escapeMdxText), ...blocks.map((text, i) => (blockTypes[i] === 'heading' ? `## ${escapeMdxText(text)}` : escapeMdxText(text)))];
  writeFileSync(path.join(docsCases, `${caseIdOf(file)}.md`), `---\ntitle: ${JSON.stringify(String(frontmatter['title']))}\n---\n\n${body.join('\n\n')}\n`);
}
const caseIds = caseFiles.map(caseIdOf);
const caseId = caseIds.includes(values.case) ? values.case : caseIds[0]!;
console.log(`${caseFiles.length} cases from ${contentDir.startsWith(repoRoot) ? path.relative(repoRoot, contentDir) : contentDir} written to bench/starlight/src/content/docs/cases/`);

// 2. Both builds, into temporary folders.
interface Build { seconds: number; pages: number; distBytes: number; distFiles: number; outDir: string }
function build(label: string, cwd: string, env: Record<string, string>): Build {
  const outDir = path.join(tmp, label);
  const logFile = path.join(tmp, `${label}.build.json`);
  if (reuse.has(label) && existsSync(logFile) && existsSync(outDir)) {
    console.log(`reusing the last ${label} build (${outDir})`);
    return JSON.parse(readFileSync(logFile, 'utf8')) as Build;
  }
  rmSync(outDir, { recursive: true, force: true });
  console.log(`building ${label}…`);
  let seconds: number;
  let log: string;
  if (cwd === repoRoot) {
    // Ours as `npm run build` makes it: astro build, then the search index.
    ({ seconds, log } = buildSite(outDir, env));
  } else {
    // Starlight indexes with Pagefind inside its own astro build.
    const started = performance.now();
    const r = spawnSync(process.execPath, [path.join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd, encoding: 'utf8', env: nodeEnv(env), maxBuffer: 1 << 28 });
    seconds = Math.round((performance.now() - started) / 100) / 10;
    log = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0) throw new Error(`${label} build failed:\n${log.slice(-3000)}`);
  }
  const size = dirSize(outDir);
  const result = { seconds, pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0), distBytes: size.bytes, distFiles: size.files, outDir };
  writeFileSync(logFile, JSON.stringify(result));
  return result;
}
const builds = {
  ours: build('ours', repoRoot, values.content === 'content' ? {} : { CONTENT_DIR: contentDir }),
  starlight: build('starlight', starlightDir, {}),
};

// 3. Case page weight and search payload in Chromium.
interface Weight { raw: number; gzip: number; requests: number }
/** By type; `afterLoad`: what the page fetches after its load event (idle-time and lazy loads), included in the others. */
type PageWeight = Record<'html' | 'css' | 'js' | 'other' | 'total' | 'afterLoad', Weight> & { files: string[] };

/** Every response the page loads until the network is idle (lazy and idle-time loads included). */
async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Array<Promise<{ kind: 'html' | 'css' | 'js' | 'other'; afterLoad: boolean; raw: number; gzip: number; file: string } | undefined>> = [];
  let loaded = false;
  page.once('load', () => (loaded = true));
  context.on('response', (response) => {
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    const afterLoad = loaded;
    bodies.push(
      response.body().then(
        (body) => ({ kind, afterLoad, raw: body.length, gzip: gzipSync(body).length, file: `${new URL(response.url()).pathname} ${body.length}${afterLoad ? ' (after load)' : ''}` }),
        () => undefined, // redirects have no body
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const seen = (await Promise.all(bodies)).filter((b) => b !== undefined);
  await context.close();
  const zero = (): Weight => ({ raw: 0, gzip: 0, requests: 0 });
  const w: PageWeight = { html: zero(), css: zero(), js: zero(), other: zero(), total: zero(), afterLoad: zero(), files: seen.map((b) => b.file) };
  for (const b of seen) {
    for (const key of [b.kind, 'total' as const, ...(b.afterLoad ? ['afterLoad' as const] : [])]) {
      w[key].raw += b.raw;
      w[key].gzip += b.gzip;
      w[key].requests++;
    }
  }
  return w;
}

interface SearchCost { kilobytes: number; requests: number; ms: number; firstHit: string }

/**
 * Bytes on the wire (as served, headers included, workers included), from
 * `start` until the first result is visible. The recording starts before
 * `before` runs; the clock and the byte count start at `start`.
 */
async function searchCost(browser: Browser, before: (page: Page) => Promise<void>, start: (page: Page) => Promise<void>, firstResult: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: Array<{ t: number; size: Promise<number> }> = [];
  context.on('requestfinished', (request) => {
    finished.push({ t: performance.now(), size: request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0) });
  });
  await before(page);
  const started = performance.now();
  await start(page);
  await page.locator(firstResult).first().waitFor({ state: 'visible', timeout: 60_000 });
  const done = performance.now();
  const hit = page.locator(firstResult).first();
  const firstHit = `${(await hit.innerText()).split('\n')[0]?.trim()} → ${await hit.locator('a[href]').first().getAttribute('href')}`;
  const inWindow = finished.filter((f) => f.t >= started && f.t <= done);
  const bytes = (await Promise.all(inWindow.map((f) => f.size))).reduce((a, b) => a + b, 0);
  await context.close();
  return { kilobytes: Math.round(bytes / 102.4) / 10, requests: inWindow.length, ms: Math.round(done - started), firstHit };
}

const chrome = await findChromium();
console.log(`measuring in ${chrome.version}…`);
const browser = await chromium.launch({ executablePath: chrome.path, args: ['--no-sandbox', '--disable-background-networking'] });
const q = values.query;
interface Measured { casePage: PageWeight; searchCold: SearchCost[]; searchWarm: SearchCost[] }
const measured: Partial<Record<'ours' | 'starlight', Measured>> = {};
const sites = ['ours', 'starlight'] as const;
const servers = await Promise.all(sites.map((site) => serveDist(builds[site].outDir)));
try {
  const origin = (site: (typeof sites)[number]) => servers[sites.indexOf(site)]!.origin;
  for (const site of sites) measured[site] = { casePage: await pageWeight(browser, `${origin(site)}/cases/${caseId}/`), searchCold: [], searchWarm: [] };
  // Ours: the search page; a query in the URL runs on load, one typed into the box after the page is idle.
  // Starlight: its home page; open the search dialog and type (the Pagefind UI loads when the browser is idle).
  const ourResult = '[data-search-result]';
  const slResult = '.pagefind-ui__result';
  const openStarlight = async (page: Page) => {
    await page.locator('button[data-open-modal]:not([disabled])').click();
    await page.locator('#starlight__search input').fill(q);
  };
  const cold = (site: (typeof sites)[number]) => {
    const o = origin(site);
    return site === 'ours'
      ? searchCost(browser, async () => {}, (page) => page.goto(`${o}/search/?q=${encodeURIComponent(q)}`).then(() => {}), ourResult)
      : searchCost(browser, async () => {}, async (page) => {
          await page.goto(`${o}/`);
          await openStarlight(page);
        }, slResult);
  };
  const warm = (site: (typeof sites)[number]) => {
    const o = origin(site);
    return site === 'ours'
      ? searchCost(browser, async (page) => {
          await page.goto(`${o}/search/`);
          await page.waitForLoadState('networkidle');
        }, (page) => page.getByLabel('检索词').fill(q), ourResult)
      : searchCost(browser, async (page) => {
          await page.goto(`${o}/`);
          await page.waitForLoadState('networkidle');
          await page.locator('#starlight__search input').waitFor({ state: 'attached' });
        }, openStarlight, slResult);
  };
  // Alternating, so a burst of load elsewhere on the machine hits both sites.
  for (let i = 0; i < repeat; i++) {
    for (const site of i % 2 === 0 ? sites : [...sites].reverse()) {
      measured[site]!.searchCold.push(await cold(site));
      measured[site]!.searchWarm.push(await warm(site));
    }
  }
} finally {
  for (const server of servers) server.close();
  await browser.close();
}

// 4. Report.
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '—');
const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** Median of one figure over the repeats, with its range when it varied. */
const stat = (runs: readonly SearchCost[], key: 'kilobytes' | 'requests' | 'ms') => {
  const xs = runs.map((r) => r[key]);
  const m = median(xs);
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return { m, text: lo === hi ? `${m}` : `${m} [${lo}–${hi}]` };
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ours = { ...builds.ours, ...measured.ours! };
const sl = { ...builds.starlight, ...measured.starlight! };
const hcj = (w: PageWeight) => ({ raw: w.html.raw + w.css.raw + w.js.raw, gzip: w.html.gzip + w.css.gzip + w.js.gzip });
const lines: Array<[string, number | string, number | string, string]> = [
  ['build s', ours.seconds, sl.seconds, ratio(ours.seconds, sl.seconds)],
  ['dist MB', (ours.distBytes / 1048576).toFixed(1), (sl.distBytes / 1048576).toFixed(1), ratio(ours.distBytes, sl.distBytes)],
  ['dist files', ours.distFiles, sl.distFiles, ratio(ours.distFiles, sl.distFiles)],
  ['pages built', ours.pages, sl.pages, ratio(ours.pages, sl.pages)],
];
for (const kind of ['html', 'css', 'js', 'other'] as const) {
  lines.push([`case page ${kind.toUpperCase()} KB raw / gzip (requests)`, `${kb(ours.casePage[kind].raw)} / ${kb(ours.casePage[kind].gzip)} (${ours.casePage[kind].requests})`, `${kb(sl.casePage[kind].raw)} / ${kb(sl.casePage[kind].gzip)} (${sl.casePage[kind].requests})`, `${ratio(ours.casePage[kind].raw, sl.casePage[kind].raw)} / ${ratio(ours.casePage[kind].gzip, sl.casePage[kind].gzip)}`]);
}
const [oh, sh] = [hcj(ours.casePage), hcj(sl.casePage)];
lines.push(['case page HTML+CSS+JS KB raw / gzip', `${kb(oh.raw)} / ${kb(oh.gzip)}`, `${kb(sh.raw)} / ${kb(sh.gzip)}`, `${ratio(oh.raw, sh.raw)} / ${ratio(oh.gzip, sh.gzip)}`]);
lines.push(['of which fetched after the load event KB raw / gzip', `${kb(ours.casePage.afterLoad.raw)} / ${kb(ours.casePage.afterLoad.gzip)}`, `${kb(sl.casePage.afterLoad.raw)} / ${kb(sl.casePage.afterLoad.gzip)}`, `${ratio(ours.casePage.afterLoad.raw, sl.casePage.afterLoad.raw)} / ${ratio(ours.casePage.afterLoad.gzip, sl.casePage.afterLoad.gzip)}`]);
lines.push(['case page, all responses KB raw / gzip', `${kb(ours.casePage.total.raw)} / ${kb(ours.casePage.total.gzip)}`, `${kb(sl.casePage.total.raw)} / ${kb(sl.casePage.total.gzip)}`, `${ratio(ours.casePage.total.raw, sl.casePage.total.raw)} / ${ratio(ours.casePage.total.gzip, sl.casePage.total.gzip)}`]);
for (const [label, key] of [['fresh visit', 'searchCold'], ['page already loaded', 'searchWarm']] as const) {
  for (const [what, figure] of [['KB to first result', 'kilobytes'], ['requests to first result', 'requests'], ['ms to first result', 'ms']] as const) {
    const [a, b] = [stat(ours[key], figure), stat(sl[key], figure)];
    lines.push([`search “${q}”, ${label}: ${what} (median of ${repeat})`, a.text, b.text, ratio(a.m, b.m)]);
  }
}

mkdirSync('bench/results', { recursive: true });
const starlightVersion = (JSON.parse(readFileSync(path.join(starlightDir, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }).version;
writeFileSync(
  'bench/results/starlight.json',
  JSON.stringify({ date: new Date().toISOString(), machine: `${os.cpus().length} cores, Node ${process.version}`, chromium: chrome.version, starlightVersion, corpus: { dir: contentDir, cases: caseFiles.length, casePage: caseId, query: q }, repeat, ours, starlight: sl }, null, 2),
);

console.log(`\n${caseFiles.length} cases; case page /cases/${caseId}/; ours vs stock Starlight ${starlightVersion}\n`);
console.log(row(['', 'ours', 'Starlight', 'ours / Starlight']));
console.log(row(['---', '---:', '---:', '---:']));
for (const l of lines) console.log(row(l));
const met = oh.gzip <= sh.gzip / 2;
console.log(`\ntarget (issue #8): our case page at most half of Starlight's (HTML+CSS+JS, gzip): ${met ? 'met' : 'NOT met'} (${ratio(oh.gzip, sh.gzip)})`);
const beforeLoad = (w: PageWeight) => w.total.gzip - w.afterLoad.gzip;
console.log(`  counting only what loads before the load event (all types, gzip): ${kb(beforeLoad(ours.casePage))} KB vs ${kb(beforeLoad(sl.casePage))} KB (${ratio(beforeLoad(ours.casePage), beforeLoad(sl.casePage))})`);
console.log(`first result for “${q}”: ours ${ours.searchWarm[0]?.firstHit}; Starlight ${sl.searchWarm[0]?.firstHit}`);
console.log('written to bench/results/starlight.json');
