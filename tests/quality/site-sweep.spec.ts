/**
 * Whole-site sweeps in Chromium over the production build (`npm run
 * test:quality`, run by CI after `npm test`): they grow with the library, so
 * `npm test` checks one page per template instead (tests/e2e/accessibility.spec.ts).
 * Every built page loads cleanly; axe-core finds no WCAG A/AA violation on any
 * page at desktop and phone widths, nor in the dark theme on the pages that use
 * every colour pairing; no case page scrolls sideways.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeScan } from '../e2e/axe.ts';
import { caseIds, watchPage } from '../e2e/helpers.ts';
import { testedBuild } from '../../scripts/test-builds.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page in the built sitemap, plus the 404 page, as URL paths. */
function builtPages(): string[] {
  const sitemap = readFileSync(path.join(testedBuild().dist, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...listed, '/404.html'].sort();
}
const pages = builtPages();
/** Pages whose content comes with the address: the search with results, the handout with its cases (axe only). */
const STATEFUL = ['/search/?q=民情日记', '/handout/?ids=nanjing-cheguansuo,baise-nongshi-cunban'];

test(`all ${pages.length} built pages load with status 200, no console errors, no failed or off-site requests`, async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const problems = watchPage(page, baseURL!);
  for (const url of pages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await page.waitForLoadState('networkidle');
  }
  expect(problems).toEqual([]);
});

for (const width of [1280, 375]) {
  test(`axe: zero WCAG A/AA violations on all ${pages.length} pages and ${STATEFUL.length} page states at ${width}px`, async ({ page }) => {
    test.setTimeout(1_200_000);
    await page.setViewportSize({ width, height: 900 });
    const failures: string[] = [];
    for (const url of [...pages, ...STATEFUL]) {
      await page.goto(url);
      if (url.startsWith('/search/')) await expect(page.locator('[data-search-status]')).not.toBeEmpty();
      if (url.startsWith('/search/?q=')) await expect(page.locator('[data-search-result]').first()).toBeVisible();
      if (url.startsWith('/handout/?ids=')) await expect(page.locator('[data-handout-item] svg[data-qr]')).toHaveCount(2);
      const results = await axeScan(page).withTags(WCAG_TAGS).analyze();
      for (const v of results.violations) failures.push(`${url}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
    expect(failures).toEqual([]);
  });

  test(`all ${caseIds.length} case pages fit a ${width}px wide screen without sideways scrolling`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height: 800 });
    for (const id of caseIds) {
      await page.goto(`/cases/${id}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
  });
}

test('axe: zero violations in the dark theme on pages using every colour pairing', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ colorScheme: 'dark', baseURL: baseURL! });
  const page = await context.newPage();
  const failures: string[] = [];
  for (const url of ['/', '/cases/nanjing-cheguansuo/', '/cases/shanghai-quyuhua-dangjian/', '/methods/minqing-riji/', '/regions/', '/regions/43/', '/years/', '/sources/jingyan-zuofa-xuanbian-zhailu/', '/search/?q=民情日记']) {
    await page.goto(url);
    if (url.startsWith('/search/')) await expect(page.locator('[data-search-result]').first()).toBeVisible();
    const results = await axeScan(page).withTags(WCAG_TAGS).analyze();
    for (const v of results.violations) failures.push(`${url}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
  expect(failures).toEqual([]);
  await context.close();
});
