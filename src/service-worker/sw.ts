/// <reference lib="webworker" />
/**
 * The offline reader (bundled by scripts/build-service-worker.ts into
 * dist/sw.js, with the build's version). Hand-written so far: the rules live
 * in lib/offline/policy.ts (unit-tested), so moving to Workbox
 * (workbox-build's injectManifest) would change only this file.
 *
 * One cache per build version: activation deletes the caches of other
 * versions after refetching the pages they held, so a new build never serves
 * an old page and the reader keeps what they saved.
 */
import {
  cacheName,
  OFFLINE_PAGE,
  routeOf,
  SAVE_ALL_MANIFEST,
  scriptImports,
  staleCaches,
  subresources,
  type SaveAllManifest,
  type WorkerMessage,
} from '../lib/offline/policy.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __SW_VERSION__: string;
const VERSION = __SW_VERSION__;
const CACHE = cacheName(VERSION);

/**
 * Fetches a same-origin path and stores it; for HTML and scripts, what they
 * load too. Through the HTTP cache: what the page just loaded costs no
 * second download (hashed assets are immutable, pages revalidate); `fresh`
 * revalidates pages and data even where a server sent no cache headers.
 */
async function keep(cache: Cache, path: string, seen = new Set<string>(), fresh = false): Promise<void> {
  if (seen.has(path)) return;
  seen.add(path);
  const url = new URL(path, self.location.origin);
  const route = routeOf(url.pathname, false);
  if (url.origin !== self.location.origin || route === 'network') return;
  const response = await fetch(url, { cache: fresh && route !== 'asset' ? 'no-cache' : 'default' });
  if (!response.ok || response.redirected) return;
  await cache.put(url.pathname, response.clone());
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('html')) await Promise.all(subresources(await response.text()).map((p) => keep(cache, p, seen, fresh).catch(() => {})));
  else if (type.includes('javascript')) await Promise.all(scriptImports(await response.text(), url.pathname).map((p) => keep(cache, p, seen, fresh).catch(() => {})));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => keep(cache, OFFLINE_PAGE, new Set(), true))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const old of staleCaches(await caches.keys(), VERSION)) {
        // Refetch (from this build) the pages the reader had kept, then drop the old copies.
        const pages = (await (await caches.open(old)).keys()).map((r) => new URL(r.url).pathname).filter((p) => routeOf(p, false) !== 'asset');
        const seen = new Set<string>();
        await Promise.all(pages.map((p) => keep(cache, p, seen, true).catch(() => {})));
        await caches.delete(old);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as WorkerMessage;
  if (message?.type === 'keep') {
    const seen = new Set<string>();
    event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(message.urls.map((u) => keep(cache, u, seen).catch(() => {})))));
  } else if (message?.type === 'save-all') {
    event.waitUntil(
      (async () => {
        const manifest = (await (await fetch(SAVE_ALL_MANIFEST, { cache: 'no-cache' })).json()) as SaveAllManifest;
        const cache = await caches.open(CACHE);
        const seen = new Set<string>();
        let done = 0;
        for (const url of manifest.urls) {
          await keep(cache, url, seen).catch(() => {});
          done++;
          if (done % 10 === 0 || done === manifest.urls.length) event.source?.postMessage({ type: 'save-all-progress', done, total: manifest.urls.length });
        }
      })(),
    );
  }
});

async function networkFirst(request: Request, isPage: boolean): Promise<Response> {
  const cache = await caches.open(CACHE);
  const path = new URL(request.url).pathname;
  try {
    const response = await fetch(request);
    // Only what the reader already kept is refreshed here; new pages are kept when they ask (message 'keep').
    if (response.ok && !response.redirected && (await cache.match(path))) await cache.put(path, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(path);
    if (cached) return cached;
    if (isPage) {
      const offline = await cache.match(OFFLINE_PAGE);
      if (offline) return offline;
    }
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const path = new URL(request.url).pathname;
  const cached = await cache.match(path);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(path, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const route = routeOf(url.pathname, request.mode === 'navigate');
  if (route === 'page') event.respondWith(networkFirst(request, request.mode === 'navigate'));
  else if (route === 'data') event.respondWith(networkFirst(request, false));
  else if (route === 'asset') event.respondWith(cacheFirst(request));
});
