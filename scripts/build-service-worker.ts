#!/usr/bin/env node
/**
 * Step of `npm run build` after the search index and before prepare-deploy
 * (so sw.js and offline-all.json are precompressed too): bundles the offline
 * reader (src/service-worker/sw.ts, on Workbox's runtime modules) with esbuild,
 * stamped with this build's version — a hash of every file of the build, so
 * any change to the site gives new caches — then writes it to `dist/sw.js`
 * through workbox-build's injectManifest, which puts in the precache manifest:
 * the offline page and what it loads (a fixed handful of files, revisioned),
 * nothing that grows with the library. Also writes `dist/offline-all.json`,
 * what “保存全部案例以便离线阅读” fetches and its size.
 *
 *   node scripts/build-service-worker.ts [--dist dist]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { OFFLINE_PAGE, SAVE_ALL_MANIFEST, pageLoads, scriptImports, type SaveAllManifest } from '../src/lib/offline/policy.ts';
import { compareItemUrl, handoutItemUrl, SERVICE_WORKER_URL } from '../src/lib/urls.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dist);
const root = path.resolve(import.meta.dirname, '..');
const started = performance.now();

function* files(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(file);
    else if (entry.isFile() && !/\.(gz|br)$/.test(entry.name)) yield file;
  }
}

const own = new Set([SERVICE_WORKER_URL, SAVE_ALL_MANIFEST].map((u) => path.join(dist, u)));
const hash = createHash('sha256');
for (const file of files(dist)) {
  if (own.has(file)) continue;
  hash.update(path.relative(dist, file)).update('\0').update(readFileSync(file)).update('\0');
}
const version = hash.digest('hex').slice(0, 12);

const fileOf = (url: string) => path.join(dist, url.endsWith('/') ? `${url}index.html` : url);

/** The same-origin paths `url` stands for: itself and, recursively, what a page or script loads (as the worker keeps them). */
function withWhatItLoads(url: string, found = new Set<string>()): Set<string> {
  if (found.has(url) || !existsSync(fileOf(url))) return found;
  found.add(url);
  if (url.endsWith('/')) pageLoads(url, readFileSync(fileOf(url), 'utf8')).forEach((u) => withWhatItLoads(u, found));
  else if (url.endsWith('.js')) scriptImports(readFileSync(fileOf(url), 'utf8'), url).forEach((u) => withWhatItLoads(u, found));
  return found;
}

// “Save all”: every case page, its per-case JSON and what the pages load, each file counted once.
const casesDir = path.join(dist, 'cases');
const ids = existsSync(casesDir) ? readdirSync(casesDir).filter((d) => existsSync(path.join(casesDir, d, 'index.html'))) : [];
const urls = ids.flatMap((id) => [`/cases/${id}/`, handoutItemUrl(id), compareItemUrl(id)]).filter((u) => existsSync(fileOf(u)));
const counted = new Set<string>();
urls.forEach((u) => withWhatItLoads(u, counted));
const bytes = [...counted].reduce((sum, u) => sum + statSync(fileOf(u)).size, 0);
const manifest: SaveAllManifest = { version, urls, bytes };
writeFileSync(path.join(dist, SAVE_ALL_MANIFEST), JSON.stringify(manifest));

// Precached by default: the offline page and what it loads, as files of dist/ (injectManifest revisions them).
const precached = [...withWhatItLoads(OFFLINE_PAGE)].map((u) => path.relative(dist, fileOf(u)).split(path.sep).join('/'));
if (!precached.length) {
  console.error(`[offline] ${OFFLINE_PAGE} is not in ${dist}`);
  process.exit(1);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'sw-'));
let precache: { count: number; size: number } | undefined;
try {
  await build({
    entryPoints: [path.join(root, 'src/service-worker/sw.ts')],
    outfile: path.join(tmp, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    // Workbox's development logging and assertions out.
    define: { __SW_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const result = await injectManifest({
    swSrc: path.join(tmp, 'sw.js'),
    swDest: path.join(dist, SERVICE_WORKER_URL),
    globDirectory: dist,
    globPatterns: precached,
    // Hashed build assets carry their version in their name; the others get a content hash.
    dontCacheBustURLsMatching: /^_astro\//,
    // Site URLs: /offline/ rather than offline/index.html.
    manifestTransforms: [(entries) => ({ manifest: entries.map((e) => ({ ...e, url: `/${e.url}`.replace(/(^|\/)index\.html$/, '$1') })) })],
  });
  for (const warning of result.warnings) console.warn(`[offline] ${warning}`);
  if (result.count !== precached.length) throw new Error(`precache lists ${result.count} files, expected ${precached.length}`);
  precache = result;
} catch (error) {
  console.error(`[offline] ${(error as Error).message}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
// Exit after the temporary folder is gone (process.exit in the catch would skip the finally).
if (!precache) process.exit(1);
console.log(
  `[offline] sw.js (Workbox) version ${version}; precached by default: ${precache.count} files, ${(precache.size / 1024).toFixed(0)} KB; ` +
    `“save all” = ${urls.length} files, ${(bytes / 1024).toFixed(0)} KB with their assets; in ${Math.round(performance.now() - started)} ms`,
);
