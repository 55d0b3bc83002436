#!/usr/bin/env node
/**
 * Step of `npm run build` after the search index and before prepare-deploy
 * (so sw.js and offline-all.json are precompressed too): bundles the offline
 * reader (src/service-worker/sw.ts) into `dist/sw.js` stamped with this
 * build's version — a hash of every file of the build, so any change to the
 * site gives new caches — and writes `dist/offline-all.json`, what “保存全部
 * 案例以便离线阅读” fetches and its size.
 *
 *   node scripts/build-service-worker.ts [--dist dist]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { SAVE_ALL_MANIFEST, scriptImports, subresources, type SaveAllManifest } from '../src/lib/offline/policy.ts';
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

// Every case page, its per-case JSON and what the pages load, each file counted once.
const casesDir = path.join(dist, 'cases');
const ids = existsSync(casesDir) ? readdirSync(casesDir).filter((d) => existsSync(path.join(casesDir, d, 'index.html'))) : [];
const urls = ids.flatMap((id) => [`/cases/${id}/`, handoutItemUrl(id), compareItemUrl(id)]).filter((u) => existsSync(path.join(dist, u.endsWith('/') ? `${u}index.html` : u)));
const counted = new Set<string>();
let bytes = 0;
function count(url: string): void {
  if (counted.has(url)) return;
  counted.add(url);
  const file = path.join(dist, url.endsWith('/') ? `${url}index.html` : url);
  if (!existsSync(file)) return;
  bytes += statSync(file).size;
  if (url.endsWith('/')) subresources(readFileSync(file, 'utf8')).forEach(count);
  else if (url.endsWith('.js')) scriptImports(readFileSync(file, 'utf8'), url).forEach(count);
}
urls.forEach(count);
const manifest: SaveAllManifest = { version, urls, bytes };
writeFileSync(path.join(dist, SAVE_ALL_MANIFEST), JSON.stringify(manifest));

try {
  await build({
    entryPoints: [path.join(root, 'src/service-worker/sw.ts')],
    outfile: path.join(dist, SERVICE_WORKER_URL),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: { __SW_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
} catch (error) {
  console.error(`[offline] ${(error as Error).message}`);
  process.exit(1);
}
console.log(`[offline] sw.js version ${version}; “save all” = ${urls.length} files, ${(bytes / 1024).toFixed(0)} KB with their assets; in ${Math.round(performance.now() - started)} ms`);
