/**
 * Offline reading's rules, shared by the service worker (src/service-worker/,
 * built on Workbox), the build step that writes it
 * (scripts/build-service-worker.ts) and the pages that talk to it.
 * Browser-safe and free of the DOM and of caches, so the rules are
 * unit-tested.
 *
 * Size budget: by default the reader's cache holds the offline page
 * (/offline/) and what it loads (Workbox's precache, listed at build time:
 * the same few files whatever the number of cases) and what the reader
 * opened — pages, their stylesheets and scripts, the per-case JSON the
 * handout and comparison fetched. Nothing
 * grows with the library unless the reader asks for “保存全部案例以便离线阅读”
 * (every case page and its handout/comparison data, size shown first).
 * The search index (/pagefind/) is never cached: search needs the network.
 */

import { ROUTES, SERVICE_WORKER_URL } from '../urls.ts';

/** Every cache of this site starts so (the off switch deletes them all). */
export const CACHE_PREFIX = 'cases-offline-';
/** What the reader opened, one cache per build version: a cache of another version is emptied into the new one and deleted on activation. */
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;
/**
 * Workbox's precache (the offline page and what it loads) is
 * `cases-offline-precache-<scope>`: one cache across builds, whose entries
 * Workbox replaces by revision. Versions are hex, so never this word.
 */
export const PRECACHE = 'precache';

/** The page shown for an unvisited page offline; precached at installation. */
export const OFFLINE_PAGE = ROUTES.offline;
/** Written by the build: the version and what “save all” fetches, with its size. */
export const SAVE_ALL_MANIFEST = '/offline-all.json';

export interface SaveAllManifest {
  version: string;
  /** Same-origin paths: the case pages and their per-case JSON. */
  urls: string[];
  /** Their uncompressed size in bytes (what the cache stores), assets shared by all pages included once. */
  bytes: number;
}

export type Route = 'page' | 'asset' | 'data' | 'network';

/**
 * How the worker treats a same-origin GET: pages and per-case data network
 * first (never stale while online), hashed build assets cache first (their
 * names change with their content), everything else — the search index,
 * the worker itself, feeds — straight to the network.
 */
export function routeOf(pathname: string, isNavigation: boolean): Route {
  if (pathname === SERVICE_WORKER_URL || pathname === SAVE_ALL_MANIFEST || pathname.startsWith('/pagefind/')) return 'network';
  if (isNavigation || pathname.endsWith('/') || pathname.endsWith('.html')) return 'page';
  if (pathname.startsWith('/_astro/') || pathname === '/display-init.js' || /\.(svg|png|ico|webmanifest)$/.test(pathname)) return 'asset';
  if (/^\/(handout|compare)\/[^/]+\.json$/.test(pathname)) return 'data';
  return 'network';
}

/** Caches of what the reader opened that belong to another version (not the precache: Workbox keeps that one current). */
export const staleCaches = (keys: readonly string[], version: string) =>
  keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== cacheName(version) && !k.startsWith(`${CACHE_PREFIX}${PRECACHE}-`));

/** Same-origin stylesheets, scripts, module preloads and icons a page's HTML loads. */
export function subresources(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const tag = m[0];
    if (tag.startsWith('<link') && !/\brel="(?:stylesheet|modulepreload|icon|manifest)"/.test(tag)) continue;
    const url = /\b(?:href|src)="(\/[^"/][^"]*)"/.exec(tag)?.[1];
    if (url) found.add(url);
  }
  for (const m of html.matchAll(/\bimport\s*["'](\/_astro\/[^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

/** What a built script loads in turn: its static and dynamic imports and the stylesheets it adds (`/_astro/…`). */
export function scriptImports(code: string, scriptPath: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/["'](\.\/[\w.-]+\.(?:js|css)|\/_astro\/[\w.-]+\.(?:js|css))["']/g)) {
    found.add(m[1]!.startsWith('/') ? m[1]! : new URL(m[1]!, `http://x${scriptPath}`).pathname);
  }
  return [...found];
}

/** The size shown before saving everything: 1.2 MB, 850 KB. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Messages a page sends the worker. */
export type WorkerMessage = { type: 'keep'; urls: string[] } | { type: 'save-all' };
