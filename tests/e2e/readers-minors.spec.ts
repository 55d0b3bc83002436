/**
 * The readers' and trainers' minor defects of issue 27 left after its majors:
 * join markers inside words, titles broken inside a word, province tiles too
 * small to read on a phone, short links typed in capitals offline, and the
 * presentation's focus outline on every slide.
 */
import type { Page } from '@playwright/test';
import { expect, freshPageTest as test } from './warm-page.ts';
import { kept } from './helpers.ts';

const BAODI = '/cases/baodi-yizhan-sanzhongxin/';

/** What ends a sentence, closing quotes and brackets included (src/lib/sentence-chunks.ts). */
const SENTENCE_END = /[。！？；!?;…”’」』）)]$/u;

test('a join marker stands at a sentence end, never inside a word (每年全部〔3〕入户)', async ({ page }) => {
  await page.goto(BAODI);
  const joins = await page.locator('[data-case-body] a.note-ref[aria-label$="接排"]').evaluateAll((refs) =>
    refs.map((a) => {
      // The text just before the marker, and whether only the ¶ link follows it.
      let before = '';
      for (let n: Node | null = a.previousSibling; n && before.length < 2; n = n.previousSibling) before = (n.textContent ?? '') + before;
      const last = a.nextElementSibling?.classList.contains('pilcrow') === true && !(a.nextSibling?.textContent ?? '').trim();
      return { id: a.id, before, last };
    }),
  );
  expect(joins.length).toBeGreaterThan(0);
  for (const j of joins) expect(SENTENCE_END.test(j.before) || j.last, `${j.id} after “${j.before}”`).toBe(true);
  // The 校勘记 entry and its link stay.
  for (const j of joins) await expect(page.locator(`a[href="#${j.id}"]`)).toHaveCount(1);
});

/** The top of the line box each character of `word` in the h1 sits on. */
async function lineTops(page: Page, word: string): Promise<number[]> {
  return page.locator('h1').evaluate((h1, w) => {
    const text = h1.textContent!;
    const at = text.indexOf(w);
    const tops: number[] = [];
    let offset = 0;
    const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent!.length;
      for (let i = 0; i < length; i++) {
        if (offset + i >= at && offset + i < at + w.length) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push(Math.round(range.getBoundingClientRect().top));
        }
      }
      offset += length;
    }
    return tops;
  }, word);
}

test('a balanced title breaks between words, not inside one (一|切 in the 宝坻 title at 375 px)', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(BAODI);
    for (const word of ['一切', '群众', '中心']) {
      const tops = await lineTops(page, word);
      expect(tops.length, word).toBe(2);
      expect(new Set(tops).size, `${word} at ${width}px`).toBe(1);
    }
  }
});

test('province tiles are legible on a phone: labels and counts at least 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/regions/');
  const sizes = await page.locator('[data-province-map] .tile-label, [data-province-map] .tile-count').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(sizes.length).toBeGreaterThan(30);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  // Still inside their tiles.
  const outside = await page.locator('[data-province-map] .tile').evaluateAll((tiles) =>
    tiles.filter((t) => [...t.querySelectorAll('.tile-label, .tile-count')].some((s) => s.getBoundingClientRect().width > t.getBoundingClientRect().width + 0.5)).length,
  );
  expect(outside).toBe(0);
});

test('a short link typed in capitals opens its kept case offline; a mistyped code gets a 404 with a search box', async ({ page, context }) => {
  await page.clock.install();
  await page.goto(BAODI);
  const short = (await page.locator('[data-short-link]').getAttribute('href'))!;
  await kept(page, short);
  await context.setOffline(true);
  await page.goto(short.toUpperCase().replace('/C/', '/c/'));
  await expect(page).toHaveURL(BAODI);
  await expect(page.locator('h1')).toContainText('一切以群众为中心');
  await context.setOffline(false);

  const response = await page.goto('/c/zzzzzz9/');
  expect(response!.status()).toBe(404);
  await expect(page).toHaveURL('/c/zzzzzz9/');
  const search = page.getByRole('searchbox', { name: '检索案例' });
  await expect(search).toBeVisible();
  await search.fill('宝坻');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test('presentation: no focus outline on the slide, a visible one on the controls; the address follows the slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${BAODI}?present#p4`);
  const deck = page.locator('[data-presentation]');
  await expect(deck).toHaveAttribute('data-p', '4');
  const slide = deck.locator('.pres-slide');
  await expect(slide).toBeFocused();
  const outlined = (el: Element) => {
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  };
  expect(await slide.evaluate(outlined)).toBe(false);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#p5$/);
  expect(await slide.evaluate(outlined)).toBe(false);
  // Tab reaches the controls only, each with a visible outline (WCAG 2.4.7).
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.evaluate((el) => el.tagName)).toBe('BUTTON');
    expect(await focused.evaluate(outlined)).toBe(true);
  }
  await page.screenshot({ path: 'test-results/readers-minors-presentation-1280.png' });
});
