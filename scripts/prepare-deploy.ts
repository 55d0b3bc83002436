#!/usr/bin/env node
/**
 * Last step of `npm run build`: what web servers need beside the pages
 * (src/lib/node/deploy-files.ts) — the short-link maps in `_deploy/` and the
 * precompressed `.br`/`.gz` twins of every text file.
 *
 *   node scripts/prepare-deploy.ts [--dist dist]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { caddyShortLinks, DEPLOY_DIR, nginxShortLinkMap, precompress, readShortLinkRedirects } from '../src/lib/node/deploy-files.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dist);
const started = performance.now();
try {
  const redirects = readShortLinkRedirects(dist);
  mkdirSync(path.join(dist, DEPLOY_DIR), { recursive: true });
  writeFileSync(path.join(dist, DEPLOY_DIR, 'short-links.nginx.map'), nginxShortLinkMap(redirects));
  writeFileSync(path.join(dist, DEPLOY_DIR, 'short-links.caddy'), caddyShortLinks(redirects));
  const r = await precompress(dist);
  const pct = (n: number) => `${((1 - n / r.bytes) * 100).toFixed(0)} %`;
  console.log(
    `[deploy] ${redirects.length} short-link redirects; ${r.files} text files precompressed ` +
      `(${(r.bytes / 1024).toFixed(0)} KB → gzip ${(r.gzipBytes / 1024).toFixed(0)} KB, −${pct(r.gzipBytes)}; ` +
      `brotli ${(r.brotliBytes / 1024).toFixed(0)} KB, −${pct(r.brotliBytes)}) in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`[deploy] ${(error as Error).message}`);
  process.exit(1);
}
