#!/usr/bin/env node
/**
 * `npm run build`: `astro build`, then, once its process has exited and freed
 * its memory, the search index (scripts/index-search.ts), the offline reader
 * (scripts/build-service-worker.ts: dist/sw.js on Workbox, its precache
 * manifest injected by workbox-build, and dist/offline-all.json), then what web
 * servers need beside the pages (scripts/prepare-deploy.ts: short-link maps,
 * precompressed files). Arguments go to astro build; `--outDir DIR` is also
 * where the later steps work.
 *
 *   npm run build [-- --outDir DIR]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { exitWithUsageOnHelp } from './usage.mjs';

exitWithUsageOnHelp(`
Usage: npm run build [-- --outDir DIR] [other astro build flags]

Builds the production site: astro build, the search index, the offline
reader and the files web servers need, into dist/ (or DIR). CONTENT_DIR=DIR
builds another content folder.
`);

const args = process.argv.slice(2);
const outArg = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
const outDir = outArg < 0 ? 'dist' : args[outArg]!.includes('=') ? args[outArg]!.split('=')[1]! : args[outArg + 1];
if (!outDir) {
  console.error('--outDir needs a folder');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
for (const step of [
  [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
  [path.join(root, 'scripts/index-search.ts'), '--dist', outDir],
  // After the search index and every page (the build's version hashes them all; injectManifest revisions the offline page's files),
  // before prepare-deploy, so the worker and offline-all.json are precompressed too.
  [path.join(root, 'scripts/build-service-worker.ts'), '--dist', outDir],
  [path.join(root, 'scripts/prepare-deploy.ts'), '--dist', outDir],
]) {
  const r = spawnSync(process.execPath, step, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
