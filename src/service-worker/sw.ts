/// <reference lib="webworker" />
/**
 * The offline reader, on Workbox: bundled by scripts/build-service-worker.ts
 * into dist/sw.js with the build's version, and given its precache manifest
 * there by workbox-build's injectManifest (the offline page and what it
 * loads, a fixed handful of files). The rules — which request goes where,
 * cache names, what a page loads — are in lib/offline/policy.ts
 * (unit-tested); this file wires them to Workbox.
 *
 * - workbox-precaching: the offline page and its assets, installed with the
 *   worker, kept current by revision; the fallback for an unvisited page.
 * - workbox-routing + workbox-strategies: pages and per-case data
 *   NetworkFirst (never stale while online), hashed assets CacheFirst, into
 *   one runtime cache per build version; the search index, the worker and
 *   feeds are not routed (network only).
 * - Here: the page's “keep” message (a first visit happens before the
 *   worker controls the page), “save all”, and, on activation, moving the
 *   reader's pages into the new version's cache fetched from the new build.
 */
import { clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, type Strategy } from 'workbox-strategies';
import {
  CACHE_PREFIX,
  cacheKeyOf,
  cacheName,
  OFFLINE_PAGE,
  pageLoads,
  PRECACHE,
  routeOf,
  SAVE_ALL_MANIFEST,
  scriptImports,
  shortLinkOf,
  staleCaches,
  type Route,
  type SaveAllManifest,
  type WorkerMessage,
} from '../lib/offline/policy.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };
declare const __SW_VERSION__: string;
const VERSION = __SW_VERSION__;

// Before anything precaches: `cases-offline-precache-<scope>`, so the off switch finds it with the rest.
setCacheNameDetails({ prefix: CACHE_PREFIX.slice(0, -1), precache: PRECACHE });

/** One entry per path (`/search/?q=…` is the kept `/search/`, /c/DKDXB93/ the kept /c/dkdxb93/), and never a redirect or an error. */
const byPath: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => cacheKeyOf(new URL(request.url).pathname),
  cacheWillUpdate: async ({ response }) => (response.ok && !response.redirected ? response : null),
};

/** Once a page or script is stored, what it loads is kept too — lazily loaded code included, so it works offline. */
const withWhatItLoads: WorkboxPlugin = {
  cacheDidUpdate: async ({ request, newResponse, event }) => {
    const type = newResponse.headers.get('content-type') ?? '';
    const path = new URL(request.url).pathname;
    const text = type.includes('html') || type.includes('javascript') ? await newResponse.text() : '';
    const loads = type.includes('html') ? pageLoads(path, text) : type.includes('javascript') ? scriptImports(text, path) : [];
    const short = type.includes('html') ? shortLinkOf(path, text) : undefined;
    await Promise.all([
      ...loads.map((p) => keep(p, event)),
      ...(short ? [caches.open(cacheName(VERSION)).then((c) => c.put(short.path, new Response(short.page, { headers: { 'content-type': 'text/html; charset=utf-8' } })))] : []),
    ]);
  },
};

/** An unvisited page without a network: the offline page (precached), which says 离线 and lists what is kept. */
const offlineFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (request.mode === 'navigate' ? matchPrecache(OFFLINE_PAGE) : undefined),
};

const runtime = { cacheName: cacheName(VERSION), plugins: [byPath, withWhatItLoads] };
/** A network that connects but barely answers (a village, a hall): the kept copy after this long. */
const NETWORK_TIMEOUT_SECONDS = 5;
const pages = new NetworkFirst({ ...runtime, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [...runtime.plugins, offlineFallback] });
const data = new NetworkFirst({ ...runtime, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS });
const assets = new CacheFirst(runtime);
/** Refetching at activation: revalidated even where a server sent no cache headers. */
const fresh = new NetworkFirst({ ...runtime, fetchOptions: { cache: 'no-cache' } });
const strategies: Partial<Record<Route, Strategy>> = { page: pages, data, asset: assets };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
for (const [route, strategy] of Object.entries(strategies) as Array<[Route, Strategy]>) {
  registerRoute(({ url, request, sameOrigin }) => sameOrigin && routeOf(url.pathname, request.mode === 'navigate') === route, strategy);
}

/** Stores a same-origin path by its route's strategy, unless it is precached or goes to the network; false when it could not be fetched. */
async function keep(href: string, event: ExtendableEvent, refetch = false): Promise<boolean> {
  const url = new URL(href, self.location.origin);
  if (url.origin !== self.location.origin || getCacheKeyForURL(url.pathname)) return true;
  const route = routeOf(url.pathname, false);
  const strategy = refetch && route !== 'asset' ? fresh : strategies[route];
  if (!strategy) return true;
  const [response, done] = await Promise.allSettled(strategy.handleAll({ request: new Request(url), event }));
  return response.status === 'fulfilled' && response.value.ok && done.status === 'fulfilled';
}

/**
 * The pages and data the reader kept under an earlier build, fetched again
 * from this one, then the old copies dropped: a page is never served from an
 * earlier build. One that cannot be fetched now (a failing network) is no
 * longer kept, and is kept again when the reader next opens it; the offline
 * page lists only what is kept.
 */
async function moveKeptPages(event: ExtendableEvent): Promise<void> {
  for (const old of staleCaches(await caches.keys(), VERSION)) {
    const paths = (await (await caches.open(old)).keys()).map((r) => new URL(r.url).pathname).filter((p) => routeOf(p, false) !== 'asset');
    await Promise.all(paths.map((p) => keep(p, event, true)));
    await caches.delete(old);
  }
}

self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();

self.addEventListener('activate', (event) => {
  event.waitUntil(moveKeptPages(event));
});

self.addEventListener('message', (event) => {
  const message = event.data as WorkerMessage;
  if (message?.type === 'keep') {
    event.waitUntil(Promise.all(message.urls.map((u) => keep(u, event))));
  } else if (message?.type === 'save-all') {
    event.waitUntil(
      (async () => {
        const manifest = (await (await fetch(SAVE_ALL_MANIFEST, { cache: 'no-cache' })).json()) as SaveAllManifest;
        let done = 0;
        for (const url of manifest.urls) {
          await keep(url, event);
          done++;
          if (done % 10 === 0 || done === manifest.urls.length) event.source?.postMessage({ type: 'save-all-progress', done, total: manifest.urls.length });
        }
      })(),
    );
  }
});
