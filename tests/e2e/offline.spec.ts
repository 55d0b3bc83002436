/**
 * Offline reading through the built service worker (dist/sw.js, on Workbox):
 * pages the reader opened reload without a network, an unvisited page shows
 * 离线 with the list of kept pages, search says it needs the network, a new
 * build replaces the old caches instead of serving old pages, and the
 * default precache is the offline page and what it loads, nothing more.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, freshPageTest as test } from './warm-page.ts';
import { axeScan } from './axe.ts';
import { kept } from './helpers.ts';
import { testedBuild } from '../../scripts/test-builds.mjs';

const { dist } = testedBuild();
const A = 'songmu-sanyou-liangping';
const B = 'nanjing-cheguansuo';

/** The caches of what the reader opened (one per build version), not Workbox's precache. */
const runtimeCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => !k.includes('-precache-')));

// Every test here waits for the worker (kept()): the page's clock skips the seconds before it registers.
test.beforeEach(async ({ page }) => page.clock.install());

test('a page read once reloads offline; an unvisited one shows 离线 and what is kept; search needs the network', async ({ page, context }) => {
  await page.goto(`/cases/${A}/`);
  await kept(page, `/cases/${A}/`);
  await page.goto('/search/');
  await kept(page, '/search/');

  await context.setOffline(true);
  await page.goto(`/cases/${A}/`);
  await expect(page.locator('h1')).toContainText('干部俯身帮群众');
  await expect(page.locator('#p4')).toBeVisible();
  // The page's own styles came from the cache too.
  expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/_astro/') && s.cssRules.length > 0))).toBe(true);
  // And what it loads only on use, never loaded online here: the passage tool and presentation work offline.
  await page.locator('#p4').evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('[data-pnum]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    const text = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 6);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await expect(page.locator('[data-passage-tool]')).toBeVisible();
  await page.locator('[data-present]').click();
  await expect(page.locator('[data-presentation]')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto(`/cases/${B}/`);
  await expect(page.locator('[data-offline-notice]')).toBeVisible();
  await expect(page.locator('[data-offline-notice]')).toContainText('离线');
  await expect(page.locator(`[data-offline-list] a[href="/cases/${A}/"]`)).toContainText('干部俯身帮群众');
  const results = await axeScan(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);

  await page.goto('/search/?q=群众');
  await expect(page.locator('[data-search-offline]')).toBeVisible();
  await expect(page.locator('[data-search-offline]')).toContainText('全文搜索需要联网');
  await context.setOffline(false);
});

test('turning offline reading off removes the worker and the kept pages; “save all” shows its size first', async ({ page }) => {
  await page.goto(`/cases/${A}/`);
  await kept(page, `/cases/${A}/`);
  await page.goto('/offline/');
  await expect(page.locator('[data-offline-size]')).toContainText(/18 个案例，约 [\d.]+ (KB|MB)/);
  await expect(page.locator('[data-offline-notice]')).toBeHidden();
  await page.locator('[data-offline-save-all]').click();
  await expect(page.locator('[data-offline-status]')).toContainText('已保存全部案例', { timeout: 30_000 });
  expect(await page.evaluate(async () => !!(await caches.match('/cases/baise-nongshi-cunban/')))).toBe(true);

  await page.getByLabel('在本机保存打开过的页面').uncheck();
  await expect(page.locator('[data-offline-status]')).toContainText('已关闭');
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  // Past the moment the worker would have registered, it has not.
  await page.goto(`/cases/${B}/`);
  await page.clock.runFor(3000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('sw.js is built with Workbox: its injected precache is the offline page and what it loads, nothing more', async ({ page }) => {
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  for (const module of ['core', 'precaching', 'routing', 'strategies']) expect(sw).toContain(`workbox:${module}:`);
  expect(sw).not.toContain('__WB_MANIFEST');
  const manifest = JSON.parse(/\[\{"revision":.*?\}\]/.exec(sw)![0]) as Array<{ url: string; revision: string | null }>;
  const urls = manifest.map((e) => e.url);
  const html = readFileSync(path.join(dist, 'offline/index.html'), 'utf8');
  const loaded = [...html.matchAll(/<(?:link rel="(?:stylesheet|icon)"|script)[^>]*?\s(?:href|src)="(\/[^"]+)"/g)].map((m) => m[1]!);
  expect(urls).toEqual(expect.arrayContaining(['/offline/', ...loaded]));
  // Anything else is a chunk one of those scripts imports; nothing per case, no search index, no data.
  const scripts = urls.filter((u) => u.endsWith('.js')).map((u) => readFileSync(path.join(dist, u), 'utf8')).join('\n');
  for (const u of urls) expect(u === '/offline/' || loaded.includes(u) || scripts.includes(path.basename(u)), u).toBe(true);
  expect(urls.filter((u) => /^\/(cases|pagefind|handout|compare)\/|\.json$/.test(u))).toEqual([]);
  expect(urls.length).toBeLessThanOrEqual(10);
  // Hashed build assets by name, the rest by a content hash (a new build with a new offline page replaces it).
  for (const e of manifest) expect(e.revision === null, e.url).toBe(e.url.startsWith('/_astro/'));

  // Installed as listed, in the site's own precache (the off switch deletes `cases-offline-*`).
  await page.goto(`/cases/${A}/`);
  await kept(page, `/cases/${A}/`);
  const precached = await page.evaluate(async () => {
    const key = (await caches.keys()).find((k) => k.startsWith('cases-offline-precache-'));
    return key ? (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname) : [];
  });
  expect(precached.sort()).toEqual([...urls].sort());
});

test.describe('a new build', () => {
  let dir: string;
  let server: ChildProcess;
  const port = Number(process.env.E2E_PORT ?? 4322) + 7;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'offline-build-'));
    cpSync(dist, dir, { recursive: true });
    server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('replaces the old caches and serves the new page, offline too', async ({ page, context }) => {
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/cases/${A}/`);
    await kept(page, `/cases/${A}/`);
    const before = await runtimeCaches(page);
    expect(before).toHaveLength(1);

    // The next build: one page changed, the worker step run again as `npm run build` runs it.
    const file = path.join(dir, 'cases', A, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '<span data-new-build>（新版）</span></h1>'));
    const step = spawnSync(process.execPath, ['scripts/build-service-worker.ts', '--dist', dir], { encoding: 'utf8' });
    expect(step.status, step.stderr).toBe(0);

    await page.reload();
    await expect(page.locator('[data-new-build]')).toBeVisible();
    // Activation refetches the kept pages into the new version's cache, then deletes the old one (Workbox keeps its precache current by revision).
    await expect
      .poll(async () => { const keys = await runtimeCaches(page); return keys.length === 1 && keys[0] !== before[0]; }, { timeout: 15_000 })
      .toBe(true);
    expect(await page.evaluate(async (p) => (await (await caches.match(p))!.text()).includes('data-new-build'), `/cases/${A}/`)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('[data-new-build]')).toBeVisible();
    await context.setOffline(false);
  });
});

test('the home page read first, and a kept case by its short link, open offline', async ({ page, context }) => {
  await page.goto('/');
  await kept(page, '/');
  await page.goto(`/cases/${A}/`);
  await kept(page, `/cases/${A}/`);
  const short = (await page.locator('[data-short-link]').getAttribute('href'))!;
  expect(short).toMatch(/^\/c\/[0-9a-z]{7}\/$/);
  await expect.poll(() => page.evaluate(async (p) => !!(await caches.match(p)), short), { timeout: 15_000 }).toBe(true);

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.locator('[data-offline-notice]')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto(short);
  await expect(page).toHaveURL(`/cases/${A}/`);
  await expect(page.locator('h1')).toContainText('干部俯身帮群众');
  // The offline page opened offline is itself kept: no "not kept" notice; it lists the case, not its short link.
  await page.goto('/offline/');
  await expect(page.locator(`[data-offline-list] a[href="/cases/${A}/"]`)).toBeVisible();
  await expect(page.locator('[data-offline-notice]')).toBeHidden();
  await expect(page.locator(`[data-offline-list] a[href="${short}"]`)).toHaveCount(0);
  await context.setOffline(false);
});
