/**
 * A library large enough to be indexed in shards (src/lib/node/search-index.ts)
 * searches the same as one index: the built site is copied, indexed again in
 * shards of 5 pages (18 cases → 4 shards) with the real Pagefind, served, and
 * judged queries must return the same cases, with the same filter counts, as
 * on the site under test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildSearchIndex } from '../../src/lib/node/search-index.ts';
import { testedBuild } from '../../scripts/test-builds.mjs';

const { dist } = testedBuild();

test.describe.configure({ mode: 'serial' });

// Every third judged query (about 45, all kinds): each is run on both sites.
const queries = (JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as Array<{ q: string }>).map((j) => j.q).filter((_, i) => i % 3 === 0);
// Its own port: E2E_SHARD_PORT, else the site's port + 1.
const SHARDED_PORT = Number(process.env.E2E_SHARD_PORT ?? Number(process.env.E2E_PORT ?? 4322) + 1);
const sharded = `http://127.0.0.1:${SHARDED_PORT}`;
let dir: string;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'case-library-shards-'));
  cpSync(dist, dir, { recursive: true, filter: (source) => !/\/pagefind(-\d+)?(\/|$)/.test(source.slice(dist.length)) });
  const shards = await buildSearchIndex({ dist: dir, shardPages: 5 });
  expect(shards.map((s) => s.dir)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4']);
  expect(JSON.parse(readFileSync(path.join(dir, 'pagefind/shards.json'), 'utf8'))).toEqual({ merge: ['/pagefind-2/', '/pagefind-3/', '/pagefind-4/'] });
  server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--dir', dir, '--host', '127.0.0.1', '--port', String(SHARDED_PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${sharded}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sharded copy was not served');
});

test.afterAll(() => {
  server?.kill();
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
});

/** Every result's case id, showing the rest after the first screen ("显示更多"). */
async function allIds(page: Page): Promise<string[]> {
  const more = page.locator('#search-more button');
  while (await more.isVisible()) {
    const before = await page.locator('[data-search-result]').count();
    await more.click();
    await expect.poll(() => page.locator('[data-search-result]').count()).toBeGreaterThan(before);
  }
  return page.locator('[data-search-result]').evaluateAll((items) => items.map((li) => li.querySelector('a[href]')!.getAttribute('href')!.split('/')[2]!));
}

async function results(page: Page, origin: string, q: string, filters = '') {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}${filters}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/找到|没有找到/);
  // Reaching for the filters asks for their counts at once.
  await page.locator('[data-search-form] fieldset').hover();
  await expect(page.locator('form[data-counts="ready"]')).toBeAttached();
  const ids = await allIds(page);
  const counts = await page.locator('select[data-filter] option').allTextContents();
  return { ids, counts };
}

test('judged queries find the same cases, with the same filter counts, in shards as in one index', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const shardRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind-\d+\//.test(r.url())) shardRequests.push(r.url());
  });
  for (const q of queries) {
    const one = await results(page, baseURL!, q);
    const split = await results(page, sharded, q);
    expect([...split.ids].sort(), q).toEqual([...one.ids].sort());
    expect(split.counts, q).toEqual(one.counts);
  }
  // The shards were really searched, not only the first.
  for (const shard of ['/pagefind-2/', '/pagefind-3/', '/pagefind-4/']) expect(shardRequests.some((u) => u.includes(shard)), shard).toBe(true);
});

test('a filter alone browses every shard', async ({ page, baseURL }) => {
  const one = await results(page, baseURL!, '', '&province=北京市');
  const split = await results(page, sharded, '', '&province=北京市');
  expect(one.ids.length).toBeGreaterThan(1);
  expect([...split.ids].sort()).toEqual([...one.ids].sort());
});

test('a shard that fails to load is reported, and the next search loads every shard afresh', async ({ page, baseURL }) => {
  const expected = (await results(page, baseURL!, '群众')).ids;
  await page.route('**/pagefind-3/**', (route) => route.abort());
  await page.goto(`${sharded}/search/?q=${encodeURIComponent('群众')}`);
  await expect(page.locator('[data-search-status]')).toContainText('检索功能加载失败');
  await page.unroute('**/pagefind-3/**');
  await page.locator('[data-search-input]').fill('群众 ');
  await page.locator('[data-search-input]').press('Enter');
  await expect(page.locator('[data-search-status]')).toHaveText(/找到/);
  const ids = await allIds(page);
  // Neither missing shard 3's cases nor counting shards 2 and 4 twice.
  expect([...ids].sort()).toEqual([...expected].sort());
});
