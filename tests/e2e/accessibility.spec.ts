/**
 * Accessibility in Chromium: axe-core (WCAG 2.x A/AA) on one representative
 * page of every template at the phone width, no sideways scrolling at phone
 * and desktop widths; keyboard reach and a visible focus. axe over every built
 * page at both widths (these states included), and in the dark theme, is the
 * whole-site sweep of `npm run test:quality` (tests/quality/site-sweep.spec.ts),
 * which CI runs after npm test.
 */
import { expect, test } from './warm-page.ts';
import { axeScan } from './axe.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One page per template under src/pages/ (the richest instance where they differ). */
const REPRESENTATIVES = [
  '/', // index.astro
  '/cases/', // cases/index.astro
  '/cases/shanghai-quyuhua-dangjian/', // cases/[id].astro: commentary, a lacuna, collation notes
  '/methods/', // methods/index.astro
  '/methods/minqing-riji/', // methods/[id].astro
  '/themes/', // themes/index.astro
  '/themes/ganbu-zuofeng/', // themes/[id].astro
  '/regions/', // regions/index.astro: the tile map
  '/regions/430407/', // regions/[code].astro: a county with nearby places
  '/sources/', // sources/index.astro
  '/sources/jingyan-zuofa-xuanbian-zhailu/', // sources/[id].astro
  '/years/', // years/index.astro
  '/about/', // about/index.astro
  '/about/data/', // about/data.astro
  '/search/?q=民情日记', // search.astro, with results
  '/handout/?ids=nanjing-cheguansuo,baise-nongshi-cunban', // handout/index.astro
  '/404.html', // 404.astro
];

for (const url of REPRESENTATIVES) {
  // One load per page: axe at the phone width (both widths for every page in the quality sweep), no sideways scrolling at either.
  test(`axe: zero WCAG A/AA violations on ${url} at 375px, without sideways scrolling at 1280px and 375px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    if (url.startsWith('/search/')) await expect(page.locator('[data-search-result]').first()).toBeVisible();
    if (url.startsWith('/handout/')) await expect(page.locator('[data-handout-item] svg[data-qr]')).toHaveCount(2);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width}px`).toBeLessThanOrEqual(0);
    }
    const results = await axeScan(page).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

test('axe: the search page with results has no violations', async ({ page }) => {
  await page.goto('/search/?q=民情日记&province=湖南省');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  const results = await axeScan(page).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('the scan every axe test uses (tests/e2e/axe.ts) reports planted violations, each at its element', async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><title>axe</title></head><body style="background:#fff"><main>
    <h1>标题</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p><button id="empty"></button></p><p><a href="#x"></a></p>
    <p><button aria-label="小" style="width:12px;height:12px;padding:0"></button><button aria-label="挤" style="width:12px;height:12px;padding:0"></button></p>
    <input type="text"><div role="buttonx">x</div><p id="pale" style="color:#eee">浅色的字</p></main></body></html>`);
  const results = await axeScan(page).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`).sort()).toEqual([
    'aria-roles div',
    'button-name #empty',
    'color-contrast #pale',
    'image-alt img',
    'label input',
    'link-name a',
    'target-size button[aria-label="小"] | button[aria-label="挤"]',
  ]);
});

test('keyboard alone reaches the search box, the method tags and the related cases', async ({ page }) => {
  await page.goto('/cases/nanjing-cheguansuo/');
  const reached = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      if (el.id === 'site-search') return 'search';
      if (el.closest('section[data-related]') && el.tagName === 'A') return 'related';
      if (el.classList.contains('tag-method')) return 'method-tag';
      if (el.classList.contains('skip-link')) return 'skip';
      return '';
    });
    if (info) reached.add(info);
    if (reached.size === 4) break;
  }
  expect([...reached].sort()).toEqual(['method-tag', 'related', 'search', 'skip']);
  // The focused element is visibly outlined.
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
