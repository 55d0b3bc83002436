/**
 * A case on a 375 px phone and on paper (issue 27's minors): the text near
 * the top, the article's own toolbar (handout count, text size, share,
 * print), previous and next case and the way back up, a header that never
 * hides its navigation, and a printout that opens with the text and ends
 * with the citation.
 */
import type { Page } from '@playwright/test';
import { expect, freshPageTest as test } from './warm-page.ts';

const CASE = '/cases/shanghai-quyuhua-dangjian/';
const PHONE = { width: 375, height: 800 };

const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe('a case on a phone', () => {
  test.use({ viewport: PHONE });

  test('the text starts within the first screen and a half; the facts fold behind one line and open on demand', async ({ page }) => {
    await page.goto(CASE);
    const facts = page.locator('[data-case-facts]');
    await expect(facts.locator('dl')).toBeHidden();
    // Before the facts folded the first paragraph sat 1,200 px down on this fixture.
    expect(await top(page, '[data-case-body] p')).toBeLessThan(1000);
    await facts.locator('summary').press('Enter');
    await expect(facts.locator('dl')).toBeVisible();
    await expect(facts.locator('dl')).toContainText('上海市');
  });

  test('the toolbar shows the handout count, changes the text size, shares and prints', async ({ page }) => {
    await page.addInitScript(() => {
      // No system share sheet (as in desktop Chromium): the short link is copied instead. print() is counted, not opened.
      Object.defineProperty(navigator, 'share', { value: undefined });
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(CASE);
    const tools = page.locator('[data-case-tools]');
    const handout = tools.locator('[data-handout-link]');
    await expect(handout).toBeVisible();
    await expect(handout).toHaveText('讲义（0）');
    await tools.getByRole('button', { name: '加入讲义' }).click();
    await expect(handout).toHaveText('讲义（1）');
    await expect(handout).toHaveAttribute('href', '/handout/?ids=shanghai-quyuhua-dangjian');

    const larger = tools.getByRole('button', { name: '放大字号' });
    await larger.click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18px');
    await tools.getByRole('button', { name: '缩小字号' }).click();
    await expect(tools.getByRole('button', { name: '缩小字号' })).toBeDisabled();

    const short = await tools.locator('[data-short-link]').getAttribute('href');
    await tools.getByRole('button', { name: '分享' }).click();
    await expect(page.locator('[data-copy-status]')).toContainText('已复制本案例的短链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(short!, page.url()).href);

    await tools.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test('the system share sheet gets the title and the short link where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    await page.goto(CASE);
    await page.locator('[data-case-tools]').getByRole('button', { name: '分享' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.title).toBe(await page.locator('h1').textContent());
    expect(shared[0]!.url).toMatch(/\/c\/[0-9a-z]{7}\/$/);
  });

  test('the end of a case leads to the previous and next case and back to the top', async ({ page }) => {
    await page.goto(CASE);
    const pager = page.locator('[data-case-pager]');
    const next = pager.locator('[data-pager="next"]');
    const previous = pager.locator('[data-pager="previous"]');
    await expect(next).toHaveAttribute('href', /^\/cases\/[a-z0-9-]+\/$/);
    await expect(previous).toHaveAttribute('href', /^\/cases\/[a-z0-9-]+\/$/);
    await pager.getByRole('link', { name: '回到顶部' }).click();
    // The top of the page's own content, below the site's header, with focus there for the keyboard.
    expect(await page.evaluate(() => window.scrollY)).toBeLessThanOrEqual(Math.ceil(await top(page, 'main')));
    await expect(page.locator('h1')).toBeInViewport();
    await expect(page.locator('main')).toBeFocused();
    const title = await next.textContent();
    await next.click();
    await expect(page.locator('h1')).toHaveText(title!);
    await expect(page.locator('[data-pager="previous"]')).toHaveAttribute('href', CASE);
  });

  test('at the largest text size every header link is on the screen, none scrolled out of sight', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('case-library:text-size', '3'));
    await page.goto(CASE);
    const links = page.locator('nav[aria-label="主导航"] a');
    expect(await links.count()).toBeGreaterThan(5);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, await link.textContent() ?? '').toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});

test('on a wide screen the facts are shown without a fold and the header keeps its own tools', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(CASE);
  await expect(page.locator('[data-case-facts] summary')).toBeHidden();
  await expect(page.locator('[data-case-facts] dl')).toBeVisible();
  await expect(page.locator('[data-case-tools] [data-handout-link]')).toBeHidden();
  await expect(page.locator('header[data-site-header] [data-handout-link]')).toBeVisible();
});

test('a printed case opens with its text on the first A4 page and ends with its citation, after the 校勘记', async ({ page }) => {
  // A4 less the page margins (180 × 265 mm) in CSS pixels.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.addInitScript(() => localStorage.setItem('case-library:text-size', '3'));
  await page.goto(CASE);
  await page.emulateMedia({ media: 'print' });
  expect(await top(page, '[data-case-body] p')).toBeLessThan(1000);
  await expect(page.locator('[data-case-facts] dl')).toBeVisible();
  await expect(page.locator('[data-case-tools] [data-short-link]')).toBeVisible();
  for (const selector of ['[data-case-tools] button', '[data-compare-link]', 'section[data-related]', '[data-case-pager]', '[data-citation-downloads]']) {
    for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
  }
  const citation = page.locator('[data-citation-style="gbt7714-2025"] [data-reference="page"]');
  await expect(citation).toBeVisible();
  expect(await top(page, '[data-citation]')).toBeGreaterThan(await top(page, '[data-collation]'));
  // ¶ numbers print; the paper size ignores the screen's text size.
  await expect(page.locator('[data-case-body] [data-pnum]').first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('14px');
});
