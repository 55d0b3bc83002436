/**
 * Every slide of every case in presentation mode fits a 1280×720 projector
 * screen without scrolling, at 32 px or more (issue 17): a sweep over the
 * library, so it runs with `npm run test:quality`; `npm test` checks one long
 * paragraph (tests/e2e/presentation.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { caseIds } from '../e2e/helpers.ts';

for (const id of caseIds) {
  test(`${id}: every slide fits 1280×720 at 32 px or more`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/cases/${id}/?present`);
    const deck = page.locator('[data-presentation]');
    await expect(deck).toBeVisible();
    const slides = Number((await page.locator('[data-presentation-position]').textContent())!.split('/')[1]);
    expect(slides).toBeGreaterThan(1);
    const problems: string[] = [];
    for (let i = 1; i <= slides; i++) {
      await expect(deck).toHaveAttribute('data-slide', String(i));
      const slide = await deck.evaluate((d) => {
        const box = d.querySelector('.pres-slide')!;
        const text = d.querySelector('[data-presentation-text]')!;
        return { label: d.querySelector('.pres-label')!.textContent, over: box.scrollHeight - box.clientHeight, font: parseFloat(getComputedStyle(text).fontSize) };
      });
      if (slide.over > 1 || slide.font < 32) problems.push(`${slide.label}: ${slide.over} px over, ${slide.font} px`);
      await page.keyboard.press('ArrowRight');
    }
    expect(problems).toEqual([]);
  });
}
