/**
 * Builds the Pagefind index of a built site (extended binary, Chinese
 * segmentation), split into shards of at most `shardPages` pages.
 *
 * Why shards: Pagefind's indexer holds about 1.1 MB per case page while it
 * works (3,000 pages took 3.3 GB), so one index of 10,000 cases needed 11 GB.
 * Each shard is indexed by a fresh indexer process that exits before the next
 * starts, so memory stays bounded by the shard size. The browser loads the first
 * shard as Pagefind's primary index and merges the others (`mergeIndex`); merged
 * shards reuse the primary's WebAssembly, so a shard costs its own metadata and
 * index chunks, not a second copy of Pagefind.
 *
 * The shards other than the first are listed in `pagefind/shards.json`, which
 * the search page reads. Runs after `astro build`, in its own process, so the
 * build's memory and the indexer's are never held at once.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shardBasePath, SHARDS_FILE, type ShardList } from '../search/shards.ts';

export interface SearchIndexOptions {
  /** The built site. */
  dist: string;
  /** Most pages per shard. Default: {@link DEFAULT_SHARD_PAGES}. */
  shardPages?: number;
  /**
   * Pagefind's index chunk size (its unit: a word's locations plus one per
   * page, summed over the words of a chunk). Default: {@link DEFAULT_CHUNK_SIZE}.
   */
  chunkSize?: number;
  /** Language of the index. Default: `zh-cn` (jieba segmentation). */
  language?: string;
  /** Progress messages. Default: none. */
  log?: (message: string) => void;
}

/**
 * About 3.5 GB of indexer memory per shard (measured: 1.04 MB per synthetic
 * case page, 2.59 GB for 2,500), so 10,000 cases take three shards, not four:
 * each shard adds one index chunk per query word to every search.
 */
export const DEFAULT_SHARD_PAGES = 3400;

export interface Shard {
  /** Output folder, relative to dist. */
  dir: string;
  /** Where the browser loads it from. */
  basePath: string;
  /** HTML files relative to dist. */
  pages: string[];
}

/**
 * Pagefind 1.6 ends an index chunk at 20,000 locations (its default), about
 * 22 KB gzip in a Chinese shard of 2,500 cases; a query word loads one chunk
 * per shard, so most of those bytes are other words. Smaller chunks cost a
 * longer chunk list in each shard's metadata (about 14 bytes a chunk), loaded
 * once. At 10,000 cases in three shards (README "Performance"): 8,000 gave a
 * first query of 349 KB and a follow-up of 154 KB, 6,000 gave 366 and 141 KB
 * (20,000 in four shards: 464 and 267). Set through Pagefind's
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, which the indexer reads; should a later
 * Pagefind drop it, the index is still correct, only chunked by its default.
 */
export const DEFAULT_CHUNK_SIZE = 6000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

const IN_FLIGHT = 16;

export class SearchIndexError extends Error {}

/** Splits the pages, in the order given, into consecutive shards of at most `shardPages`. */
export function planShards(pages: readonly string[], shardPages = DEFAULT_SHARD_PAGES): Shard[] {
  if (!Number.isInteger(shardPages) || shardPages < 1) throw new SearchIndexError(`shard size must be a whole number ≥ 1, not ${shardPages}`);
  const shards: Shard[] = [];
  for (let i = 0; i < pages.length; i += shardPages) {
    const basePath = shardBasePath(shards.length + 1);
    shards.push({ dir: basePath.slice(1, -1), basePath, pages: pages.slice(i, i + shardPages) });
  }
  return shards;
}

/** A start tag carrying data-pagefind-body (quoted attribute values may hold `>`). */
const PAGEFIND_BODY = /<[a-z][a-z0-9-]*(?:\s+[^\s"'>=]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*?\s+data-pagefind-body(?=[\s=>])/;

/**
 * The case pages, which are what the search finds: one per entry of the
 * built `/cases.json`, as HTML files relative to dist, sorted. A page that is
 * missing, or lacks the `data-pagefind-body` Pagefind indexes, is an error:
 * it would silently be missing from search.
 */
export function indexablePages(dist: string): string[] {
  const listFile = path.join(dist, 'cases.json');
  if (!existsSync(listFile)) throw new SearchIndexError(`${listFile} not found: build the site first (astro build)`);
  const { cases } = JSON.parse(readFileSync(listFile, 'utf8')) as { cases: Array<{ url: string }> };
  return cases
    .map(({ url }) => {
      const page = `${url.replace(/^\//, '')}index.html`;
      const file = path.join(dist, page);
      if (!existsSync(file)) throw new SearchIndexError(`${page} is listed in cases.json but was not built`);
      if (!PAGEFIND_BODY.test(readFileSync(file, 'utf8'))) throw new SearchIndexError(`${page} has no data-pagefind-body element: it would not be searchable`);
      return page;
    })
    .sort();
}

/** A case paragraph as built: `<p id="p5" …>…</p>` (paragraphs do not nest). */
const PARAGRAPH = /<p\b([^>]*?)\sid="(p\d+)"([^>]*)>([\s\S]*?)<\/p>/g;

/** The id of the empty element that marks where paragraph `id` ends, in the HTML given to Pagefind. */
export const paragraphEndId = (id: string) => `${id}-end`;

/**
 * The HTML Pagefind indexes for a case page: each paragraph's id moves to an
 * empty element at its start, and another marks its end. Pagefind stores an
 * anchor's whole text in the page's fragment beside the page's text, so with
 * ids on the paragraphs every fragment carried the body twice (7.9 → 5.0 KB
 * gzip for a synthetic case); the browser cuts a paragraph's text out of the
 * page's text between its two markers (src/lib/search/snippet.ts). The words
 * and their positions are the same, so the index is too.
 */
export function markParagraphs(html: string): string {
  return html.replace(PARAGRAPH, (_, before: string, id: string, after: string, inner: string) => `<p${before}${after}><span id="${id}"></span>${inner}<span id="${paragraphEndId(id)}"></span></p>`);
}

/** Indexes dist shard by shard and writes the shard list. Returns the shards written. */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<Shard[]> {
  const dist = path.resolve(options.dist);
  const log = options.log ?? (() => {});
  const pages = indexablePages(dist);
  if (pages.length === 0) throw new SearchIndexError(`${dist}/cases.json lists no case: nothing to index`);
  const shards = planShards(pages, options.shardPages);
  // Shards of an earlier build with more pages would otherwise linger and be merged.
  for (const old of readdirSync(dist)) if (/^pagefind(-\d+)?$/.test(old)) rmSync(path.join(dist, old), { recursive: true, force: true });

  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new SearchIndexError(`chunk size must be a whole number ≥ 1, not ${chunkSize}`);
  const pagefind = await import('pagefind');
  for (const shard of shards) {
    const started = performance.now();
    // The indexer process reads it as it starts (at createIndex); our own environment is left as it was.
    const before = process.env[CHUNK_SIZE_VARIABLE];
    process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language ?? 'zh-cn' }).finally(() => {
      if (before === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
      else process.env[CHUNK_SIZE_VARIABLE] = before;
    });
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      // A few files in flight keep the indexer busy while the next are read.
      for (let i = 0; i < shard.pages.length; i += IN_FLIGHT) {
        await Promise.all(
          shard.pages.slice(i, i + IN_FLIGHT).map(async (page) => {
            const added = await index.addHTMLFile({ sourcePath: page, content: markParagraphs(readFileSync(path.join(dist, page), 'utf8')) });
            if (added.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
          }),
        );
      }
      const written = await index.writeFiles({ outputPath: path.join(dist, shard.dir) });
      if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write ${shard.dir}: ${written.errors.join('; ')}`);
    } finally {
      // Ends the indexer process, and with it the memory this shard held.
      await pagefind.close();
    }
    log(`${shard.dir}/: ${shard.pages.length} pages in ${Math.round(performance.now() - started)} ms`);
  }
  const list: ShardList = { merge: shards.slice(1).map((s) => s.basePath) };
  writeFileSync(path.join(dist, SHARDS_FILE), JSON.stringify(list));
  return shards;
}
