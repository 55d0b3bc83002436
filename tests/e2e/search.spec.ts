import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers.ts';

async function settled(page: Page) {
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText(/正在检索|^$/);
  return status;
}

async function resultHrefs(page: Page): Promise<string[]> {
  return page.locator('[data-search-result]').evaluateAll((items) => items.map((li) => li.querySelector('a[href]')!.getAttribute('href')!));
}

test('a query in the URL runs on load; results are an ordered list pointing at the best paragraph', async ({ page }) => {
  await page.goto('/search/?q=车管所');
  await expect(await settled(page)).toHaveText('“车管所”找到 1 个案例。');
  await expect(page.locator('ol[data-search-results] > li[data-search-result]')).toHaveCount(1);
  const [href] = await resultHrefs(page);
  expect(href).toMatch(/^\/cases\/nanjing-cheguansuo\/#p\d+$/);
  const result = page.locator('[data-search-result]').first();
  await expect(result.locator('mark').first()).toHaveText('车管所');
  await expect(result).toContainText('江苏省南京市');
  await expect(result.getByRole('link', { name: /第\d+段/ }).first()).toHaveAttribute('href', /#p\d+$/);
});

test('a traditional-character query finds the simplified text', async ({ page }) => {
  await page.goto('/search/?q=車管所');
  await settled(page);
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/nanjing-cheguansuo\//);
});

test('a place named only in the metadata finds the case', async ({ page }) => {
  for (const q of ['云南', '昭通']) {
    await page.goto(`/search/?q=${q}`);
    await settled(page);
    expect((await resultHrefs(page))[0], q).toMatch(/^\/cases\/yongshan-qunzhong-gongzuo-tihui\/$/);
  }
});

test('a method name finds the cases tagged with it, and a near-miss word does not', async ({ page }) => {
  await page.goto('/search/?q=网格化管理');
  await settled(page);
  const hrefs = await resultHrefs(page);
  expect(hrefs[0]).toMatch(/^\/cases\/jiahe-silian-sibao\//);
  expect(hrefs.some((h) => h.startsWith('/cases/shanghai-quyuhua-dangjian/'))).toBe(true);
  await page.goto('/search/?q=网络');
  await settled(page);
  // Shanghai is tagged 网格化管理 but never says 网络.
  expect((await resultHrefs(page)).some((h) => h.startsWith('/cases/shanghai-quyuhua-dangjian/'))).toBe(false);
});

test('filters narrow the results, show counts and travel in the URL; Back restores', async ({ page }) => {
  await page.goto('/search/?q=民情日记');
  await settled(page);
  expect(await resultHrefs(page)).toHaveLength(3);
  const province = page.getByLabel('省份');
  await expect(province.locator('option[value="湖南省"]')).toHaveText('湖南省（1）');
  await province.selectOption('湖南省');
  await expect(page).toHaveURL(/\/search\/\?q=%E6%B0%91%E6%83%85%E6%97%A5%E8%AE%B0&province=%E6%B9%96%E5%8D%97%E7%9C%81$/);
  await settled(page);
  await expect(page.locator('[data-search-result]')).toHaveCount(1);
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/songmu-sanyou-liangping\//);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=%E6%B0%91%E6%83%85%E6%97%A5%E8%AE%B0$/);
  await expect(province).toHaveValue('');
  await expect(page.locator('[data-search-result]')).toHaveCount(3);
});

test('typing keeps the URL in step so the search can be shared', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('检索词').fill('有奖批评');
  await expect(page).toHaveURL(/\?q=%E6%9C%89%E5%A5%96%E6%89%B9%E8%AF%84$/);
  await settled(page);
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/yingshan-youjiang-piping\//);
});

test('a filter alone browses the library', async ({ page }) => {
  await page.goto('/search/?kind=调研报告');
  await settled(page);
  expect(await resultHrefs(page)).toEqual(['/cases/xingshan-jiguan-dangyuan-diaocha/']);
});

test('no results: says so and links the browse pages; partial matches also suggest close names', async ({ page }) => {
  await page.goto('/search/?q=乌托邦');
  await expect(await settled(page)).toHaveText('“乌托邦”没有找到案例。');
  await expect(page.locator('[data-search-help]').getByRole('link', { name: '全部案例' })).toBeVisible();
  await page.goto('/search/?q=民情日志');
  await expect(await settled(page)).toContainText('以下案例包含其中一部分');
  const help = page.locator('[data-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: '方法：民情日记' })).toHaveAttribute('href', '/methods/minqing-riji/');
  await expect(help.getByRole('link', { name: '全部案例' })).toHaveAttribute('href', '/cases/');
});

test('the header box: / focuses it and it submits to /search/', async ({ page }) => {
  await page.goto('/methods/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('党代表工作室');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await settled(page);
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/dongguan-dangdaibiao-gongzuoshi\//);
});

test('search code loads only when the user searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.goto('/search/');
  await settled(page);
  expect(requests.filter((p) => p.startsWith('/pagefind/') || p === '/search-vocab.json')).toEqual([]);
  await page.getByLabel('检索词').fill('老李');
  await expect(page.locator('[data-search-result]')).toHaveCount(1);
  expect(requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('without JavaScript the search page says so and links the browse pages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#site-search').fill('民情日记');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByText('全文检索需要浏览器启用 JavaScript')).toBeVisible();
  await expect(page.locator('[data-search-nojs]').getByRole('link', { name: '工作方法' })).toHaveAttribute('href', '/methods/');
  await context.close();
});

const HOSTILE = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '%00', '\u0000车管所', 'a%00b',
  '"车管所"', "'车管所'", '"""', '\\', '\\"', '${alert(1)}', '{{7*7}}', '<!--', ']]>', '</script><script>alert(1)</script>',
  'javascript:alert(1)', '&lt;b&gt;', '&#60;script&#62;', '%3Cscript%3Ealert(1)%3C/script%3E', '車'.repeat(500), '群众'.repeat(250),
  ' ', '\t\n', '*', '?', '(', ')', '[', ']', '|', '^', '$', '.*', '+', '-', 'NOT', 'OR', 'AND', '民情 OR 1=1', "1' OR '1'='1",
  '\u202e车管所', '\ufffd', '😀', '👨‍👩‍👧', 'ＡＢＣ', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '<iframe src=//evil>',
  '<a href=javascript:alert(1)>x</a>', '<style>*{display:none}</style>', 'data:text/html,<script>alert(1)</script>',
];

test(`${HOSTILE.length} hostile queries and fragments never run script or inject markup`, async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  const problems = watchPage(page, baseURL!);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const q of HOSTILE) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}#${encodeURIComponent(q)}`);
    await settled(page);
    const injected = await page.evaluate(() => document.querySelectorAll('main img, main svg, main iframe, main script:not([type]), main style').length);
    expect(injected, q).toBe(0);
  }
  // Raw (unencoded) values straight in the address bar, too.
  for (const raw of ['<script>alert(1)</script>', '%00', '"><img src=x onerror=alert(1)>']) {
    await page.goto(`/search/?q=${raw}`);
    await settled(page);
  }
  expect(dialogs).toBe(0);
  expect(problems.filter((p) => !p.startsWith('failed request'))).toEqual([]);
});

test('a 500-character query is handled and the page says it was shortened', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('车管所'.repeat(170))}`);
  await expect(await settled(page)).toContainText('检索词过长');
});
