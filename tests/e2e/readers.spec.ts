/**
 * Reader-facing pages in the browser: the remembered theme and text size, the
 * methods' jump list, the map legend. The timeline and nearby regions, feeds,
 * sitemap, open data and search-engine metadata are checked on the built files
 * (tests/static/read-pages.test.ts, open-data.test.ts, pages.test.ts).
 */
import type { Page } from '@playwright/test';
import { expect, freshPageTest as test } from './warm-page.ts';

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

test('the methods index opens with a jump list to every method card', async ({ page }) => {
  await page.goto('/methods/');
  const jump = page.getByRole('navigation', { name: '工作方法索引' });
  const links = jump.getByRole('link');
  const cards = page.locator('main ul.grid > li');
  expect(await links.count()).toBe(await cards.count());
  const last = links.last();
  const target = (await last.getAttribute('href'))!;
  await last.press('Enter');
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator(target).getByRole('heading')).toContainText((await last.textContent())!.replace(/（\d+）$/, ''));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the province map's legend shows its shades in the ${colorScheme} theme, lowest to highest`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ colorScheme, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/regions/');
    await expect(page.locator('#map-caption')).not.toContainText('颜色越深');
    const swatches = page.locator('[data-map-legend] [data-legend-shade]');
    await expect(swatches).toHaveCount(4);
    // Each swatch is coloured as the tiles of its shade: the most-cases tile (北京 in the fixture) as the last swatch.
    const colour = (locator: ReturnType<typeof page.locator>) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
    const most = page.locator('[data-province-map] a').filter({ hasText: /\d/ });
    const counts = await most.evaluateAll((els) => els.map((a) => Number(a.querySelector('.tile-count')!.textContent)));
    const top = most.nth(counts.indexOf(Math.max(...counts)));
    expect(await colour(top)).toBe(await colour(swatches.nth(Math.max(...counts) >= 4 ? 3 : Math.max(...counts) >= 2 ? 2 : 1)));
    expect(await colour(swatches.nth(0))).not.toBe(await colour(swatches.nth(3)));
    await context.close();
  });
}
