/**
 * 朗读 against a stubbed speechSynthesis (the real one needs an audio device
 * and installed voices): what is spoken, in which language and voice, at which
 * rate, which paragraph is highlighted; and the message when there is no
 * Chinese voice.
 */
import type { Page } from '@playwright/test';
import { expect, freshPageTest as test } from './warm-page.ts';
import { axeScan } from './axe.ts';

const CASE = 'songmu-sanyou-liangping';

/** Replaces speechSynthesis (and its utterances) with a recorder; utterances "finish" only when the test says so. */
async function stubSpeech(page: Page, voices: Array<{ name: string; lang: string }>) {
  await page.addInitScript((list) => {
    const spoken: Array<{ text: string; lang: string; rate: number; voice: string | null }> = [];
    let queue: SpeechSynthesisUtterance[] = [];
    const synth = {
      paused: false,
      speaking: false,
      getVoices: () => list.map((v) => ({ ...v, default: false, localService: true, voiceURI: v.name })),
      speak(u: SpeechSynthesisUtterance) {
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null });
        queue.push(u);
      },
      cancel() {
        queue = [];
      },
      pause() {
        this.paused = true;
      },
      resume() {
        this.paused = false;
      },
      addEventListener() {},
      removeEventListener() {},
    };
    // The real SpeechSynthesisUtterance accepts only the browser's own voice objects.
    class Utterance extends EventTarget {
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      constructor(public text: string) {
        super();
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.assign(window, {
      __spoken: spoken,
      /** Ends the utterances queued so far, in order, as a speech engine would. */
      __finishQueued() {
        const done = queue;
        queue = [];
        for (const u of done) u.dispatchEvent(new Event('end'));
      },
    });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; lang: string; rate: number; voice: string | null }> }).__spoken);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __finishQueued: () => void }).__finishQueued());

test('reads paragraph by paragraph in zh-CN without 校勘记 markers or ¶, highlights and follows along', async ({ page }) => {
  await stubSpeech(page, [{ name: 'English', lang: 'en-US' }, { name: 'Tingting', lang: 'zh-CN' }]);
  await page.goto(`/cases/${CASE}/`);
  const control = page.locator('[data-read-aloud]');
  await control.click();
  const player = page.locator('[data-read-aloud-player]');
  await expect(player).toBeVisible();
  // The title and subtitle come first.
  await expect(page.locator('article h1')).toHaveClass(/reading-aloud/);
  expect((await spoken(page)).map((s) => s.text).join('')).toBe('干部俯身帮群众群众直面评干部。湖南衡阳市石鼓区松木乡探索完善“三有两评”工作法');
  await finish(page);
  await expect(page.locator('#p1')).toHaveClass(/reading-aloud/);
  let said = (await spoken(page)).slice(1);
  expect(said.every((s) => s.lang === 'zh-CN' && s.voice === 'Tingting' && s.rate === 1)).toBe(true);

  await finish(page);
  await expect(page.locator('#p2')).toHaveClass(/reading-aloud/);
  await expect(page.locator('#p1')).not.toHaveClass(/reading-aloud/);
  said = (await spoken(page)).slice(1);
  const p2 = said.slice(1).map((s) => s.text).join('');
  expect(p2).toContain('我该怎么办？”松木村村民祖家秀');
  expect(p2).not.toMatch(/〔|¶/);
  await expect(page.locator('[data-read-aloud-status]')).toContainText('第 2 段');

  // Start from any paragraph; the highlighted one is scrolled into view.
  await page.locator('[data-read-aloud-from]').selectOption('9');
  await expect(page.locator('#p9')).toHaveClass(/reading-aloud/);
  await expect(page.locator('#p9')).toBeInViewport();
  const from9 = (await spoken(page)).at(-1)!;
  expect(await page.locator('#p9').evaluate((el) => el.textContent)).toContain(from9.text.slice(0, 10));

  // Speed applies to what is read next.
  await page.locator('[data-read-aloud-speed]').selectOption('1.5');
  expect((await spoken(page)).at(-1)!.rate).toBe(1.5);

  await page.locator('[data-read-aloud-pause]').click();
  await expect(page.locator('[data-read-aloud-pause]')).toHaveText('继续');
  expect(await page.evaluate(() => window.speechSynthesis.paused)).toBe(true);

  const results = await axeScan(page).include('[data-read-aloud-player]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);

  await page.getByRole('button', { name: '停止朗读' }).click();
  await expect(player).toHaveCount(0);
  await expect(page.locator('.reading-aloud')).toHaveCount(0);
  await expect(control).toBeFocused();
});

test('opens at the paragraph in the address', async ({ page }) => {
  await stubSpeech(page, [{ name: 'Mei-Jia', lang: 'zh-TW' }]);
  await page.goto(`/cases/${CASE}/#p5`);
  await page.locator('[data-read-aloud]').click();
  await expect(page.locator('#p5')).toHaveClass(/reading-aloud/);
  expect((await spoken(page))[0]!.voice).toBe('Mei-Jia');
});

test('without a Chinese voice the control says so', async ({ page }) => {
  await stubSpeech(page, [{ name: 'English', lang: 'en-US' }]);
  await page.goto(`/cases/${CASE}/`);
  const control = page.locator('[data-read-aloud]');
  await control.click();
  await expect(control).toHaveText(/没有中文语音/);
  await expect(control).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('[data-read-aloud-player]')).toHaveCount(0);
  expect(await spoken(page)).toEqual([]);
  // Said on the page, not only in a tooltip a touch screen cannot show.
  await expect(page.locator('[data-read-aloud-help]')).toBeVisible();
  await expect(control).toHaveAccessibleDescription(/安装中文（普通话）语音/);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 700 }]) {
  test(`at ${viewport.width} px each paragraph read is fully visible above the player, to the last`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await stubSpeech(page, [{ name: 'Tingting', lang: 'zh-CN' }]);
    await page.goto(`/cases/${CASE}/`);
    await page.locator('[data-read-aloud]').click();
    const player = page.locator('[data-read-aloud-player]');
    await expect(player).toBeVisible();
    const count = await page.locator('[data-case-body] [data-p]').count();
    for (let n = 0; n <= count; n++) {
      const reading = page.locator('.reading-aloud');
      await expect(reading).toHaveCount(1);
      // Smooth scrolling: wait until what is read has settled above the player,
      // looking every 50 ms: the default back-off (100, 250, 500, 1000 ms)
      // overshot each scroll's end by up to half a second, once per paragraph.
      await expect
        .poll(async () => {
          const [r, p] = [await reading.boundingBox(), await player.boundingBox()];
          return r && p ? r.y >= 0 && r.y + r.height <= p.y : false;
        }, { message: `item ${n} above the player`, intervals: [50] })
        .toBe(true);
      const before = await reading.getAttribute('id');
      await finish(page);
      if (n < count) await expect(page.locator('.reading-aloud')).not.toHaveAttribute('id', before ?? '');
    }
    await expect(page.locator('[data-read-aloud-status]')).toHaveText('已读完。');
  });
}
