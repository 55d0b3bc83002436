#!/usr/bin/env node
/**
 * Second half of `npm run build`: indexes the built site with Pagefind, in
 * shards (see src/lib/node/search-index.ts). Runs after `astro build` has exited.
 *
 *   node scripts/index-search.ts [--dist dist] [--shard-pages 3400] [--chunk-size 6000]
 */
import { parseArgs } from 'node:util';
import { buildSearchIndex, DEFAULT_CHUNK_SIZE, DEFAULT_SHARD_PAGES } from '../src/lib/node/search-index.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'shard-pages': { type: 'string', default: String(DEFAULT_SHARD_PAGES) },
    'chunk-size': { type: 'string', default: String(DEFAULT_CHUNK_SIZE) },
  },
});

const started = performance.now();
try {
  const shards = await buildSearchIndex({
    dist: values.dist,
    shardPages: Number(values['shard-pages']),
    chunkSize: Number(values['chunk-size']),
    log: (message) => console.log(`[search index] ${message}`),
  });
  const pages = shards.reduce((n, s) => n + s.pages.length, 0);
  console.log(`[search index] indexed ${pages} pages in ${shards.length} shard(s) in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`[search index] ${(error as Error).message}`);
  process.exit(1);
}
