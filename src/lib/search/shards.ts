/**
 * The list of search index shards beyond the first (browser-safe: the search
 * page reads it, src/lib/node/search-index.ts writes it).
 */

/** Where the list is served, and written relative to dist. */
export const SHARDS_FILE = 'pagefind/shards.json';

/** What the file holds. */
export interface ShardList {
  /** Base paths of the shards to merge into the primary index at `/pagefind/`. */
  merge: string[];
}

/** The base path of shard `n` (1 is the primary index). */
export function shardBasePath(n: number): string {
  return n === 1 ? '/pagefind/' : `/pagefind-${n}/`;
}

/**
 * The base paths in a fetched shard list, which must be exactly
 * `/pagefind-2/` … `/pagefind-N/` in order (a repeated shard would count its
 * cases twice); throws on anything else.
 */
export function shardPaths(json: unknown): string[] {
  const merge = (json as Partial<ShardList> | null)?.merge;
  if (!Array.isArray(merge) || !merge.every((p, i) => p === shardBasePath(i + 2))) {
    throw new Error('search index shard list is malformed');
  }
  return merge as string[];
}
