/**
 * /compare/?ids=a,b[,c]: the table row by row from each case's own JSON (never
 * the whole library), differences marked, titles linking to the cases,
 * reachable from case pages, the handout and search results; phones stack rows.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers.ts';

const A = 'songmu-sanyou-liangping';
const B = 'raoyang-yijiashi-lianxihu';
const C = 'nanjing-cheguansuo';

test('three cases side by side: rows, differences, shared tags, links; only their JSON is fetched', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/compare/?ids=${A},${B},${C}`);
  const table = page.locator('[data-compare-table]');
  await expect(table).toBeVisible();
  expect(fetched.sort()).toEqual([`/compare/${A}.json`, `/compare/${B}.json`, `/compare/${C}.json`].sort());
  const heads = table.locator('thead th[data-case-id]');
  await expect(heads).toHaveCount(3);
  await expect(heads.nth(0).locator('a')).toHaveAttribute('href', `/cases/${A}/`);
  await expect(heads.nth(0)).toContainText('干部俯身帮群众群众直面评干部');
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.row));
  expect(rows).toEqual(['place', 'level', 'kind', 'years', 'methods', 'themes', 'figures', 'summary', 'purpose', 'source']);
  await expect(table.locator('tr[data-row="place"] td').nth(0)).toHaveText('湖南省衡阳市石鼓区松木乡');
  await expect(table.locator('tr[data-row="place"]')).toHaveAttribute('data-differs', '');
  await expect(table.locator('tr[data-row="place"] th')).toContainText('各案例不同');
  // Each methods cell links to method pages.
  await expect(table.locator('tr[data-row="methods"] td').nth(0).locator('a[href^="/methods/"]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
  await page.screenshot({ path: 'test-results/compare-1280.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('shared tags are marked; removing a case rewrites the URL; bad ids are reported', async ({ page }) => {
  await page.goto(`/compare/?ids=${A},${B},<bad>`);
  await expect(page.locator('[data-compare-status]')).toContainText('<bad>');
  await expect(page).toHaveURL(`/compare/?ids=${A},${B}`);
  const names = async (id: string) => ((await (await page.request.get(`/compare/${id}.json`)).json()) as { methods: Array<{ name: string }> }).methods.map((m) => m.name);
  const [a, b] = [await names(A), await names(B)];
  const shared = a.filter((n) => b.includes(n));
  expect(shared.length).toBeGreaterThan(0);
  const marked = await page.locator('tr[data-row="methods"] td').nth(0).locator('li.shared').allTextContents();
  expect(marked).toEqual(shared);
  await page.locator(`th[data-case-id="${B}"] button`).click();
  await expect(page).toHaveURL(`/compare/?ids=${A}`);
  await expect(page.locator('[data-compare-status]')).toContainText('再加入一个案例');
  await page.getByLabel('加入案例').fill(`http://127.0.0.1/cases/${C}/#p3`);
  await page.getByRole('button', { name: '加入比较' }).click();
  await expect(page).toHaveURL(`/compare/?ids=${A},${C}`);
  await expect(page.locator('thead th[data-case-id]')).toHaveCount(2);
});

test('phone: rows stack, each value labelled with its case; print hides the controls', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/compare/?ids=${A},${B}`);
  const cell = page.locator('tr[data-row="level"] td').nth(1);
  await expect(cell).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('一名党员联十户');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
  await page.screenshot({ path: 'test-results/compare-375.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('th[data-case-id] button').first()).toBeHidden();
});

test('reachable from a case page, the handout and search results', async ({ page }) => {
  await page.goto(`/cases/${A}/`);
  const fromCase = page.getByRole('link', { name: '与相似案例比较' });
  await expect(fromCase).toHaveAttribute('href', new RegExp(`^/compare/\\?ids=${A},[a-z0-9-]+$`));
  await fromCase.click();
  await expect(page.locator('thead th[data-case-id]')).toHaveCount(2);

  await page.goto(`/handout/?ids=${A},${B},${C},puyang-laoli-rexian`);
  await expect(page.locator('[data-handout-item]')).toHaveCount(4);
  await expect(page.locator('[data-handout-compare]')).toHaveAttribute('href', `/compare/?ids=${A},${B},${C}`);

  await page.goto('/search/?q=群众');
  await expect(page.locator('[data-search-result]').nth(2)).toBeVisible();
  const link = page.locator('[data-compare-results] a');
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /^\/compare\/\?ids=[a-z0-9-]+,[a-z0-9-]+,[a-z0-9-]+$/);
});
