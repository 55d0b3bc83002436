/**
 * Presentation mode on a case page and from the handout: ?present#p4 opens at
 * that paragraph, the keys step through the slides, focus stays in the dialog,
 * Esc lands on the paragraph last shown, text is large enough to project.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './warm-page.ts';
import { axeScan } from './axe.ts';
import { watchPage } from './helpers.ts';

const CASE = 'songmu-sanyou-liangping';

const bodyText = (page: Page, n: number) =>
  page.locator(`[data-case-body] [data-p="${n}"]`).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-pagefind-ignore], [data-pnum], .note-ref, .pilcrow').forEach((x) => x.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

test('?present#p4 opens at paragraph 4; → Space ← Home End step; Esc lands on the last paragraph shown', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/cases/${CASE}/?present#p4`);
  const deck = page.locator('[data-presentation]');
  await expect(deck).toBeVisible();
  await expect(deck).toHaveAttribute('data-p', '4');
  const text = deck.locator('[data-presentation-text]');
  await expect(text).toHaveText(await bodyText(page, 4));
  // The collation marker 〔3〕 and the ¶ link are not projected.
  await expect(text).not.toContainText('〔');
  await expect(text).not.toContainText('¶');
  await expect(deck).toContainText('第 4 段');
  await expect(deck.locator('.pres-title')).toHaveText(/三有两评|干部俯身帮群众/);
  await expect(deck.locator('svg[data-qr]')).toHaveAttribute('data-qr', /\/c\/[0-9a-z]+\/$/);
  const size = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  await expect(deck.locator('[data-presentation-status]')).toContainText('第 4 段');

  await page.keyboard.press('ArrowRight');
  await expect(deck).toHaveAttribute('data-p', '5');
  // The address follows the slide shown.
  await expect(page).toHaveURL(`/cases/${CASE}/?present#p5`);
  await page.keyboard.press(' ');
  await expect(deck).toHaveAttribute('data-p', '6');
  await page.keyboard.press('ArrowLeft');
  await expect(deck).toHaveAttribute('data-p', '5');
  await deck.locator('.pres-slide').click();
  await expect(deck).toHaveAttribute('data-p', '6');
  await page.keyboard.press('Home');
  await expect(deck).toHaveAttribute('data-slide', '1');
  await expect(deck).toContainText('编者摘要');
  await page.keyboard.press('End');
  await expect(deck).toContainText('启发思考题（编者）');
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(deck).toHaveAttribute('data-p', '3');

  // Focus is trapped: Tab cycles through the dialog's controls only.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-presentation]'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page).toHaveURL(`/cases/${CASE}/#p3`);
  await expect(page.locator('#p3')).toBeFocused();
  await expect(page.locator('#p3')).toBeInViewport();
  expect(problems).toEqual([]);
});

test('the 演示 control opens at the summary; axe finds nothing in the dialog; phone text fits', async ({ page }) => {
  await page.goto(`/cases/${CASE}/`);
  const control = page.locator('[data-present]');
  await control.click();
  const deck = page.locator('[data-presentation]');
  await expect(deck).toBeVisible();
  await expect(deck).toHaveAttribute('data-slide', '1');
  await expect(deck).toContainText('编者摘要');
  const results = await axeScan(page).include('[data-presentation]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
  await page.screenshot({ path: 'test-results/presentation-1280.png' });
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(control).toBeFocused();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/cases/${CASE}/?present#p2`);
  await expect(deck).toHaveAttribute('data-p', '2');
  const overflow = await deck.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/presentation-375.png' });
});

test('from the handout: steps through the chosen cases; Esc lands on the case last shown', async ({ page }) => {
  const ids = ['nanjing-cheguansuo', CASE];
  await page.goto(`/handout/?ids=${ids.join(',')}`);
  await expect(page.locator('[data-handout-item]')).toHaveCount(2);
  await page.locator('[data-handout-present]').click();
  const deck = page.locator('[data-presentation]');
  await expect(deck).toBeVisible();
  await expect(deck.locator('.pres-title')).toContainText('擦亮为民服务的窗口');
  await page.keyboard.press('End');
  await expect(deck.locator('.pres-title')).toContainText('干部俯身帮群众');
  await page.keyboard.press('Escape');
  await expect(deck).toHaveCount(0);
  await expect(page.locator(`[data-handout-item="${CASE}"] [data-field="title"]`)).toBeFocused();
});

test('a paragraph too long for one screen is shown over several slides, each without scrolling, nothing left out', async ({ page }) => {
  const longCase = 'yongshan-qunzhong-gongzuo-tihui';
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/cases/${longCase}/?present#p3`);
  const deck = page.locator('[data-presentation]');
  await expect(deck).toHaveAttribute('data-p', '3');
  await expect(deck.locator('.pres-label')).toHaveText(/^第 3 段（1\/\d）$/);
  const parts = Number((await deck.locator('.pres-label').textContent())!.match(/\/(\d)）/)![1]);
  expect(parts).toBeGreaterThan(1);
  const shown: string[] = [];
  for (let i = 1; i <= parts; i++) {
    await expect(deck.locator('.pres-label')).toHaveText(`第 3 段（${i}/${parts}）`);
    const text = deck.locator('[data-presentation-text]');
    expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
    expect(await deck.locator('.pres-slide').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    shown.push((await text.textContent()) ?? '');
    await page.keyboard.press('ArrowRight');
  }
  await expect(deck).toHaveAttribute('data-p', '4');
  expect(shown.join('').replace(/\s+/g, ' ')).toBe(await bodyText(page, 3));
  await page.screenshot({ path: 'test-results/presentation-long-1280.png' });
});
