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

import { ID_PATTERN } from '../ids.ts';
import { caseUrl, handoutItemUrl, ROUTES, SERVICE_WORKER_URL } from '../urls.ts';
import { canonicalShortPath } from '../short-code-format.ts';

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

/**
 * The key a response is kept under: its path, and a short link in its
 * canonical form (/c/DKDXB93/ → /c/dkdxb93/, as the servers redirect it), so
 * a link typed or scanned in another letter case opens the kept case offline.
 */
export const cacheKeyOf = (pathname: string): string => canonicalShortPath(pathname) ?? pathname;

/** Caches of what the reader opened that belong to another version (not the precache: Workbox keeps that one current). */
export const staleCaches = (keys: readonly string[], version: string) =>
  keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== cacheName(version) && !k.startsWith(`${CACHE_PREFIX}${PRECACHE}-`));

/**
 * What a kept page needs to work offline: what its HTML loads, and for a case
 * page the data its presentation mode fetches (the case's handout JSON), so
 * 演示 works on a kept case page without a network.
 */
export function pageLoads(pathname: string, html: string): string[] {
  const id = /^\/cases\/([^/]+)\/$/.exec(pathname)?.[1];
  const data = id && ID_PATTERN.test(id) && caseUrl(id) === pathname ? [handoutItemUrl(id)] : [];
  return [...subresources(html), ...data];
}

/**
 * A kept case page's short link (`/c/<code>/`, from the page's own
 * `data-short-link`), so the printed or scanned link opens it offline too:
 * the worker keeps a page that sends the reader on to the case, since a web
 * server answers the short link with a redirect, which is never cached.
 */
export function shortLinkOf(pathname: string, html: string): { path: string; page: string } | undefined {
  if (!/^\/cases\/[^/]+\/$/.test(pathname)) return undefined;
  const tag = /<a\b[^>]*\bdata-short-link\b[^>]*>/.exec(html)?.[0];
  const path = tag && /\bhref="(\/c\/[0-9a-z]+\/)"/.exec(tag)?.[1];
  if (!path) return undefined;
  const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${pathname}"><title>正在转到案例</title></head><body><p>正在转到案例：<a href="${pathname}">${pathname}</a></p></body></html>`;
  return { path, page };
}

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

const resolveIn = (scriptPath: string, p: string) => (p.startsWith('/') ? p : new URL(p, `http://x${scriptPath}`).pathname);
/** `import "./x.js"`, `import{a}from"./x.js"`: in whichever quote the minifier picked. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(["'`])(\.\/[\w.-]+\.js)\1/g;
/** Any quoted chunk or stylesheet of the build: dynamic imports, stylesheets a tool adds (`?url`). */
const QUOTED_ASSET = /(["'`])(\.\/[\w.-]+\.(?:js|css)|\/_astro\/[\w.-]+\.(?:js|css))\1/g;

/**
 * What a built script loads in turn (`/_astro/…` paths): up front, its static
 * imports; on use, its dynamic imports and the stylesheets it adds.
 */
export function scriptLoads(code: string, scriptPath: string): { upFront: string[]; onUse: string[] } {
  const upFront = new Set([...code.matchAll(STATIC_IMPORT)].map((m) => resolveIn(scriptPath, m[2]!)));
  const onUse = new Set([...code.matchAll(QUOTED_ASSET)].map((m) => resolveIn(scriptPath, m[2]!)).filter((p) => !upFront.has(p)));
  return { upFront: [...upFront], onUse: [...onUse] };
}

/** Everything a built script may load, up front or on use: what the offline reader keeps with it. */
export function scriptImports(code: string, scriptPath: string): string[] {
  const { upFront, onUse } = scriptLoads(code, scriptPath);
  return [...upFront, ...onUse];
}

/** The size shown before saving everything: 1.2 MB, 850 KB. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Messages a page sends the worker. */
export type WorkerMessage = { type: 'keep'; urls: string[] } | { type: 'save-all' };
