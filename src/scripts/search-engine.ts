/**
 * The site's search engine in the browser: Pagefind (with its shards), the
 * vocabulary and the places loaded on use, wrapped in CaseSearch. Loaded once
 * a page; a failed load is tried again on the next call. Used by /search/ and
 * by /compare/, which searches for a title or a place to choose from.
 */
import { CaseSearch, type SearchBackend, type SearchVocabulary } from '../lib/search/engine.ts';
import { decodePlaceKeys, decodePlaces } from '../lib/search/place-codec.ts';
import { SHARDS_FILE, shardPaths } from '../lib/search/shards.ts';

/** The part of Pagefind's module API this page uses. */
interface PagefindModule {
  createInstance(options: { basePath: string }): SearchBackend & {
    init(): Promise<void>;
    mergeIndex(basePath: string): Promise<void>;
    destroy(): Promise<void>;
  };
}

let engine: Promise<{ search: CaseSearch }> | undefined;

export function loadEngine(): Promise<{ search: CaseSearch }> {
  engine ??= (async () => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const json = (url: string, what: string, init?: RequestInit) =>
      fetch(url, init).then((r) => {
        if (!r.ok) throw new Error(`${what}: HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      });
    const [pagefind, { vocabulary, placeKeys }, shards] = await Promise.all([
      import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>,
      // All but the places, which load only for a query that may name one.
      json('/search-vocab.json', 'search vocabulary').then((v) => {
        const { placeKeys, ...core } = v as Omit<SearchVocabulary, 'places'> & { placeKeys: string };
        return { vocabulary: { ...core, places: [] } satisfies SearchVocabulary, placeKeys: decodePlaceKeys(placeKeys) };
      }),
      // Revalidated: after a redeploy a cached list could name shards that are gone.
      json(`/${SHARDS_FILE}`, 'search index shards', { cache: 'no-cache' }).then(shardPaths),
    ]);
    // A fresh instance per attempt: a shard that failed to merge stays inside
    // the instance, so a retry must not reuse it.
    const instance = pagefind.createInstance({ basePath: '/pagefind/' });
    try {
      await instance.init();
      // A large library's index is split in shards (src/lib/node/search-index.ts).
      await Promise.all(shards.map((basePath) => instance.mergeIndex(basePath)));
    } catch (error) {
      await instance.destroy();
      throw error;
    }
    const places = { keys: placeKeys, load: () => json('/search-places.json', 'search places').then((p) => decodePlaces((p as { places: string }).places)) };
    return { search: new CaseSearch(instance, vocabulary, undefined, places) };
  })();
  // A failed load (network) is tried again on the next search, not cached.
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

