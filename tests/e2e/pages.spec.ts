import { expect, test } from './warm-page.ts';
import { caseIds, watchPage } from './helpers.ts';

test('an unknown address gets a 404 page that helps the reader on', async ({ page }) => {
  const response = await page.goto('/cases/no-such-case/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('main').getByRole('link', { name: /全部 \d+ 个案例/ })).toHaveAttribute('href', '/cases/');
  // A mistyped short link: the page offers a search.
  expect((await page.goto('/c/zzzzzzz/'))?.status()).toBe(404);
  await page.getByRole('main').getByRole('searchbox', { name: '检索案例' }).fill('车管所');
  await page.getByRole('main').getByRole('button', { name: '检索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('[data-search-result]')).toHaveCount(1);
});

for (const url of ['/', '/cases/', '/methods/', '/methods/minqing-riji/', '/regions/', '/regions/53/', '/sources/shijingshan-bao-dangdaibiao-duanwen/']) {
  test(`${url} loads cleanly: no console errors, no failed or external requests`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('the home page shows counts and entry points', async ({ page }) => {
  await page.goto('/');
  const stats = page.getByRole('region', { name: '馆藏统计' });
  await expect(stats.getByRole('link', { name: new RegExp(`^${caseIds.length}\\s*个案例`) })).toBeVisible();
  for (const name of ['按工作方法浏览', '按领域浏览', '按地区浏览', '推荐案例']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
});

test('/cases/ groups every case under its province, without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/cases/');
  const links = await page.locator('main article h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.sort()).toEqual(caseIds.map((id) => `/cases/${id}/`));
  await expect(page.getByRole('heading', { level: 2, name: '云南省' })).toBeVisible();
  await context.close();
});

test('a method page defines the method and lists its cases with their places', async ({ page }) => {
  await page.goto('/methods/youjiang-piping/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('有奖批评');
  await expect(page.getByText('（编者）').first()).toBeVisible();
  const card = page.locator('[data-case-card="yingshan-youjiang-piping"]');
  await expect(card).toContainText('四川省南充市营山县城南镇');
});

test('a province page includes the cases of its cities and counties', async ({ page }) => {
  await page.goto('/regions/53/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('云南省');
  await expect(page.locator('[data-case-card="yongshan-qunzhong-gongzuo-tihui"]')).toBeVisible();
  await expect(page.getByRole('link', { name: '昭通市' })).toHaveAttribute('href', '/regions/5306/');
});

test("a source page shows its editor's note and its cases in order", async ({ page }) => {
  await page.goto('/sources/shijingshan-bao-dangdaibiao-duanwen/');
  await expect(page.getByRole('heading', { name: /编者按/ })).toBeVisible();
  await expect(page.locator('blockquote')).toContainText('303名区党代表');
  const titles = await page.locator('main ol li > a').allTextContents();
  expect(titles).toEqual([
    '将群众路线贯穿基层组织工作始终',
    '始终坚持群众路线 切实做好新形势下群众工作',
    '找准需求与服务的对接口 在实践中提升群众工作水平',
    '坚持四个“一线”做好群众工作',
  ]);
});

test('open data, feeds and the sitemap are served with their media types, and the XML parses in the browser', async ({ page, request }) => {
  // The contents are checked in tests/static/open-data.test.ts; here, what the server and a strict XML parser make of them.
  expect((await request.get('/cases.csv')).headers()['content-type']).toContain('text/csv');
  expect((await request.get('/cases.json')).headers()['content-type']).toContain('application/json');
  expect((await request.get('/feed.json')).headers()['content-type']).toMatch(/^application\/(feed\+)?json/);
  await page.goto('/');
  for (const [url, root] of [['/rss.xml', 'rss'], ['/sitemap.xml', 'urlset']] as const) {
    const response = await request.get(url);
    if (url === '/rss.xml') expect(response.headers()['content-type']).toContain('xml');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName };
    }, await response.text());
    expect(parsed, url).toEqual({ error: null, root });
  }
});
