/**
 * Reader-facing outputs of the built site: feeds, sitemap, open data,
 * search-engine metadata, the timeline, nearby regions, and the remembered
 * theme and text size.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { caseIds } from './helpers.ts';

/** Parses XML in the browser; fails on any parser error. */
async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return { error: error?.textContent ?? null, root: doc.documentElement.nodeName };
  }, xml);
}

test('/rss.xml is well-formed RSS 2.0 with one item per case', async ({ page, request }) => {
  const response = await request.get('/rss.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  await page.goto('/');
  expect(await parseXml(page, xml)).toEqual({ error: null, root: 'rss' });
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return [...doc.querySelectorAll('channel > item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
      guid: item.querySelector('guid')?.textContent ?? '',
      pubDate: item.querySelector('pubDate')?.textContent ?? null,
    }));
  }, xml);
  expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(caseIds.map((id) => `/cases/${id}/`));
  for (const item of items) {
    expect(item.title).not.toBe('');
    expect(item.guid).toBe(item.link);
    if (item.pubDate) expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
  }
  // The 石景山报 source has no date: its four cases must not get one.
  expect(items.filter((i) => i.pubDate === null)).toHaveLength(4);
});

test('/feed.json is a JSON Feed 1.1 with every case', async ({ request }) => {
  const response = await request.get('/feed.json');
  expect(response.headers()['content-type']).toMatch(/^application\/(feed\+)?json/);
  const feed = (await response.json()) as {
    version: string; title: string; home_page_url: string; feed_url: string;
    items: Array<{ id: string; url: string; title: string; content_text?: string; content_html?: string; date_published?: string; authors?: Array<{ name: string }> }>;
  };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).toBe('联系服务群众经验案例库');
  expect(new URL(feed.feed_url).pathname).toBe('/feed.json');
  expect(feed.items.map((i) => new URL(i.url).pathname).sort()).toEqual(caseIds.map((id) => `/cases/${id}/`));
  expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  for (const item of feed.items) {
    expect(item.content_text ?? item.content_html, item.id).toBeTruthy();
    if (item.date_published) expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
  }
  expect(feed.items.find((i) => i.url.endsWith('/yongshan-qunzhong-gongzuo-tihui/'))?.authors).toEqual([{ name: '肖文杰' }]);
});

test('the sitemap lists every built page but the 404 page and short-link redirects, and robots.txt points to it', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  await page.goto('/');
  expect(await parseXml(page, xml)).toEqual({ error: null, root: 'urlset' });
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const dist = path.resolve('dist');
  const built = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind') && !f.startsWith('c/'))
    .map((f) => `/${f.replace(/index\.html$/, '').replace(/\\/g, '/')}`);
  expect(listed.sort()).toEqual(built.sort());
  for (const url of ['/', '/years/', '/cases/nanjing-cheguansuo/', '/regions/530625/']) expect(listed).toContain(url);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

/** RFC 4180 parser: returns rows, or throws on a stray quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch; i++; continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`stray quote in row ${rows.length + 1}`);
      quoted = true; i++; continue;
    }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (ch === '\n') throw new Error(`bare LF in row ${rows.length + 1}`);
    field += ch; i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

test('/cases.csv parses as RFC 4180 with the same number of fields on every row', async ({ request }) => {
  const text = (await (await request.get('/cases.csv')).body()).toString('utf8').replace(/^\uFEFF/, '');
  const rows = parseCsv(text);
  expect(rows).toHaveLength(caseIds.length + 1);
  const width = rows[0]!.length;
  for (const [n, row] of rows.entries()) expect(row.length, `row ${n + 1}`).toBe(width);
  const ids = rows.slice(1).map((r) => r[0]);
  expect(ids.sort()).toEqual(caseIds);
});

test('every case page carries JSON-LD that parses: an Article on its place, methods and source', async ({ request }) => {
  for (const id of caseIds) {
    const html = await (await request.get(`/cases/${id}/`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks, id).toHaveLength(1);
    const ld = JSON.parse(blocks[0]![1]!) as Record<string, any>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Article');
    expect(new URL(ld.url).pathname).toBe(`/cases/${id}/`);
    expect(ld.spatialCoverage['@type']).toBe('Place');
    expect(ld.spatialCoverage.identifier.value).toMatch(/^\d{2,6}$/);
    expect(ld.about.length, id).toBeGreaterThan(0);
    expect(ld.isBasedOn['@type']).toBe('CreativeWork');
    expect(new URL(ld.isBasedOn['@id']).pathname).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(canonical).toBe(ld.url);
    expect(html).toContain(`<meta property="og:url" content="${ld.url}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
  }
});

test('every page has its own title, description and canonical URL', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const titles = new Set<string>();
  for (const url of urls) {
    const html = await (await request.get(new URL(url).pathname)).text();
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
    expect(title, url).toBeTruthy();
    expect(titles.has(title!), `duplicate title ${title}`).toBe(false);
    titles.add(title!);
    expect(html, url).toMatch(/<meta name="description" content="[^"]{10,}">/);
    expect(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1], url).toBe(url);
    expect(html, url).toContain(`<meta property="og:title"`);
  }
});

test('/years/ lists cases by the years their texts state and by publication, unknown years not guessed', async ({ page }) => {
  await page.goto('/years/');
  const practice = page.locator('[data-timeline="practice"]');
  await expect(practice.locator('#practice-2012')).toContainText('擦亮为民服务的窗口');
  await expect(practice.locator('#practice-1998')).toContainText('家有难题请找老李');
  const published = page.locator('[data-timeline="published"]');
  await expect(published.locator('#published-2013 a')).toHaveCount(3);
  await expect(published.locator('#published-unknown a')).toHaveCount(4);
  await expect(published.locator('#published-unknown')).toContainText('原文未载日期');
});

test('a region page suggests places elsewhere in its province, then of its level in other provinces', async ({ page }) => {
  await page.goto('/regions/430407/');
  const nearby = page.locator('[data-region-nearby]');
  await expect(nearby.locator('[data-nearby="province"] a').first()).toHaveAttribute('href', /^\/regions\/43\d{0,4}\/$/);
  const elsewhere = nearby.locator('[data-nearby="level"] a');
  expect(await elsewhere.count()).toBeGreaterThan(0);
  for (const href of await elsewhere.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^\/regions\/\d{6}\/$/);
    expect(href.startsWith('/regions/43')).toBe(false);
  }
});

test.describe('theme and text size', () => {
  /** Records the theme and text size present when <body> first appears, i.e. before the first paint. */
  async function recordAtFirstPaint(page: Page) {
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        const root = document.documentElement;
        (window as unknown as { __atBody: unknown }).__atBody = { theme: root.dataset.theme ?? null, size: root.dataset.textSize ?? null };
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  }
  const atBody = (page: Page) => page.evaluate(() => (window as unknown as { __atBody: unknown }).__atBody);
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test('follows the system setting when the reader has not chosen', async ({ browser, baseURL }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto('/cases/nanjing-cheguansuo/');
      await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', String(colorScheme === 'dark'));
      expect(await background(page)).toBe(colorScheme === 'dark' ? 'rgb(20, 17, 16)' : 'rgb(255, 253, 249)');
      await context.close();
    }
  });

  test('a chosen theme and text size persist across pages, applied before the first paint', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ colorScheme: 'light', baseURL: baseURL! });
    const page = await context.newPage();
    await recordAtFirstPaint(page);
    await page.goto('/');
    // The button says what it will do; aria-pressed says whether dark is on.
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveText('改用深色');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toHaveText('改用浅色');
    await page.getByRole('button', { name: '放大字号' }).click();
    expect(await background(page)).toBe('rgb(20, 17, 16)');

    await page.goto('/cases/nanjing-cheguansuo/');
    expect(await atBody(page)).toEqual({ theme: 'dark', size: '1' });
    expect(await background(page)).toBe('rgb(20, 17, 16)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18px');
    await expect(page.getByRole('button', { name: '改用浅色' })).toHaveAttribute('aria-pressed', 'true');

    // Back to light, which is the system's: the page follows the system again.
    await page.getByRole('button', { name: '改用浅色' }).click();
    await page.getByRole('button', { name: '缩小字号' }).click();
    await page.goto('/regions/');
    expect(await atBody(page)).toEqual({ theme: null, size: null });
    expect(await background(page)).toBe('rgb(255, 253, 249)');
    await expect(page.getByRole('button', { name: '缩小字号' })).toBeDisabled();
    await context.close();
  });

  test('without JavaScript the controls are not shown and the system theme still applies', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('[data-display-settings]')).toBeHidden();
    expect(await background(page)).toBe('rgb(20, 17, 16)');
    await context.close();
  });
});
