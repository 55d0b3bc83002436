/**
 * What a walkthrough in Chromium found on the reader and trainer pages
 * (issue 16): paragraph numbers, visible copy confirmations, 校勘记 in reading
 * order, the short contents, the compact phone header, tile labels, the
 * page's own citation address, the theme button, the reading measure, marks
 * that never start a line, and the case page's script budget.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './warm-page.ts';

const CASE = '/cases/baodi-yizhan-sanzhongxin/';

test.describe('paragraph numbers', () => {
  for (const width of [375, 1280]) {
    test(`every body paragraph shows its number at ${width}px, hidden from screen readers, and in print`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(CASE);
      const blocks = page.locator('[data-case-body] [id^="p"]');
      const count = await blocks.count();
      expect(count).toBeGreaterThan(3);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        // Every paragraph's number read in one round trip (a locator assertion per
        // paragraph and property was four trips each): its text, data-pnum,
        // aria-hidden, and whether it is visible as toBeVisible means it.
        const numbers = await blocks.evaluateAll((els) =>
          els.map((el) => {
            const num = el.querySelector('[data-pnum]');
            if (!num) return null;
            const box = num.getBoundingClientRect();
            const visible = box.width > 0 && box.height > 0 && getComputedStyle(num).visibility === 'visible';
            return { text: num.textContent!.trim(), pnum: num.getAttribute('data-pnum'), hidden: num.getAttribute('aria-hidden'), visible };
          }),
        );
        expect(numbers, media).toEqual(numbers.map((_, i) => ({ text: String(i + 1), pnum: String(i + 1), hidden: 'true', visible: true })));
        // Beside, not on top of, the paragraph's words: the number's box ends where the text starts.
        const [numBox, para] = await blocks.nth(3).evaluate((el) => {
          const n = el.querySelector('[data-pnum]')!.getBoundingClientRect();
          const r = document.createRange();
          const text = [...el.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim())!;
          r.setStart(text, 0);
          r.setEnd(text, 1);
          return [n.right, r.getBoundingClientRect().left];
        });
        expect(numBox).toBeLessThanOrEqual(para + 0.5);
      }
      // In the margin on wide screens: left of the text column.
      await page.emulateMedia({ media: 'screen' });
      const outside = await blocks.nth(3).evaluate((el) => el.querySelector('[data-pnum]')!.getBoundingClientRect().right <= el.getBoundingClientRect().left);
      expect(outside).toBe(width >= 1024);
    });
  }
});

test.describe('copy confirmations', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  });

  test('the ¶ link shows 已复制 beside itself and announces it politely', async ({ browser, baseURL }) => {
    // The page's clock, so that the confirmation's few seconds on screen can be skipped rather than waited out;
    // a clock stays installed, so this page is not the shared one.
    const context = await browser.newContext({ baseURL: baseURL! });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(CASE);
    await page.locator('#p3 a.pilcrow').click();
    const note = page.locator('#p3 [data-copy-note]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('已复制第3段的链接');
    await expect(page.locator('[data-copy-status]')).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('[data-copy-status]')).toContainText('已复制第3段的链接');
    // It goes by itself after a few seconds (src/scripts/copy-feedback.ts).
    await page.clock.fastForward(8000);
    await expect(note).toHaveCount(0);
    await context.close();
  });

  test('the passage-link box stays visible after copying until closed', async ({ page }) => {
    await page.goto(CASE);
    await page.evaluate(() => {
      const text = document.querySelector('#p2')!.childNodes[1]!;
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 8);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: '复制所选文字的链接' }).click();
    await expect(page.locator('[data-passage-result]')).toContainText('已复制所选文字的链接');
    // A mouse user clicks elsewhere: the selection goes, the confirmation stays.
    // Wait (instead of a fixed 600 ms) until the page has handled the
    // selectionchange of the collapsed selection: its own listener was added
    // first, so it has run when this one does.
    await page.evaluate(() => {
      (window as unknown as { collapsed: Promise<void> }).collapsed = new Promise<void>((resolve) => {
        const seen = (event: Event) => {
          if (event.target !== document || !document.getSelection()?.isCollapsed) return;
          document.removeEventListener('selectionchange', seen);
          setTimeout(resolve);
        };
        document.addEventListener('selectionchange', seen);
      });
    });
    await page.mouse.click(5, 400);
    await page.evaluate(() => (window as unknown as { collapsed: Promise<void> }).collapsed);
    await expect(page.locator('[data-passage-result]')).toBeVisible();
    await page.getByRole('button', { name: '关闭' }).click();
    await expect(page.locator('[data-passage-tool]')).toBeHidden();
  });

  test('each citation format has a copy button that copies its reference', async ({ page }) => {
    await page.goto(CASE);
    await page.locator('[data-citation] summary').click();
    for (const style of ['GB/T 7714—2025', 'GB/T 7714—2015']) {
      if (style.endsWith('2015')) await page.getByLabel(style).check();
      for (const which of ['原始文献', '本库页面']) {
        const button = page.getByRole('button', { name: `复制（${style}，${which}）` });
        await button.click();
        await expect(page.locator('[data-citation] [data-copy-note]')).toContainText('已复制');
        const reference = await button.evaluate((b) => b.previousElementSibling!.textContent);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
      }
    }
  });
});

/** Order of the note markers in the text and of the list. */
async function noteOrder(page: Page) {
  return page.evaluate(() => ({
    marks: [...document.querySelectorAll('[data-case-body] a.note-ref')].map((a) => a.textContent),
    list: [...document.querySelectorAll('[data-collation] li[id^="jk-"]')].map((li) => li.id),
  }));
}


// Read-only checks of the same case page at 1280 px share one load (each was a test of its own).
test('the case page at 1280px, read once', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CASE);

  await test.step('the accessible name of a paragraph is its text, without the number', async () => {
    const snapshot = await page.locator('#p4').ariaSnapshot();
    expect(snapshot).not.toMatch(/^- paragraph: 4/m);
  });

  // Every case's markers and notes are checked in order on the built HTML (tests/static/pages.test.ts).
  await test.step('宝坻 reads 〔1〕 to 〔5〕 in order, each note naming the words its marker follows', async () => {
    expect((await noteOrder(page)).marks).toEqual(['〔1〕', '〔2〕', '〔3〕', '〔4〕', '〔5〕']);
    for (let n = 1; n <= 5; n++) {
      const marked = await page.locator(`#jk-ref-${n}`).evaluate((a) => a.previousSibling!.textContent!);
      const note = await page.locator(`#jk-${n}`).textContent();
      expect(note!.replace(/,/g, '，'), `note ${n}`).toContain(marked.slice(-1));
    }
  });

  await test.step('phone header: the search box shows without a click on wide screens', async () => {
    await expect(page.locator('#site-search')).toBeVisible();
    await expect(page.getByText('搜索 · 显示')).toBeHidden();
  });

  await test.step("the page's own citation names the address it is served from; canonical keeps SITE_URL", async () => {
    const reference = await page.locator('[data-citation-style="gbt7714-2025"] [data-reference="page"]').textContent();
    expect(reference).toContain(`${baseURL}${CASE}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const built = await page.locator('[data-citation]').getAttribute('data-built-origin');
    expect(canonical).toBe(`${built}${CASE}`);
  });

  await test.step('desktop lines hold about 35–45 Chinese characters', async () => {
    const perLine = await page.locator('#p3').evaluate((el) => {
      const size = parseFloat(getComputedStyle(el).fontSize);
      return el.getBoundingClientRect().width / size;
    });
    expect(perLine).toBeGreaterThanOrEqual(35);
    expect(perLine).toBeLessThanOrEqual(45);
  });
});

test('a mark never starts a line away from its word', async ({ page }) => {
  // One load per case; the lines are laid out again at each width.
  for (const id of ['baodi-yizhan-sanzhongxin', 'raoyang-yijiashi-lianxihu', 'shanghai-quyuhua-dangjian']) {
    await page.goto(`/cases/${id}/`);
    for (const width of [320, 375, 414]) {
      await page.setViewportSize({ width, height: 800 });
      const stranded = await page.evaluate(() =>
        [...document.querySelectorAll('[data-case-body] a.note-ref')].filter((a) => {
          const before = a.previousSibling ?? a.parentElement!.previousSibling;
          if (!before) return false;
          const r = document.createRange();
          r.selectNodeContents(before);
          const rects = r.getClientRects();
          const last = rects[rects.length - 1];
          return last ? a.getBoundingClientRect().top > last.bottom - 2 : false;
        }).map((a) => a.id),
      );
      expect(stranded, `${id} at ${width}px`).toEqual([]);
    }
  }
});

test.describe('short contents', () => {
  test('links to 编者提要, 正文, 校勘记, 教学札记 and 相似做法 without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(CASE);
    const contents = page.getByRole('navigation', { name: '本页目录' });
    const labels = ['编者提要', '正文', '校勘记', '教学札记', '相似做法'];
    // The key to the marks in the text is on the about page, last in the list.
    await expect(contents.getByRole('link')).toHaveText([...labels, '文中标记说明']);
    await expect(contents.getByRole('link', { name: '文中标记说明' })).toHaveAttribute('href', '/about/#marks');
    for (const label of labels) {
      await page.goto(CASE);
      await contents.getByRole('link', { name: label }).click();
      const target = page.locator(`[id="${(await page.evaluate(() => location.hash)).slice(1)}"]`);
      await expect(target).toBeInViewport();
      await expect(target).toContainText(label === '正文' ? '宝坻' : label);
    }
    await context.close();
  });
});

test.describe('phone header', () => {
  test('takes at most 100 px of an 800 px screen; search opens from a button (no script needed)', async ({ browser, baseURL }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled, viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(CASE);
      const header = page.locator('header[data-site-header]');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(100);
      await expect(page.locator('#site-search')).toBeHidden();
      await page.getByText('搜索 · 显示').click();
      await expect(page.locator('#site-search')).toBeVisible();
      await page.locator('#site-search').fill('民情日记');
      await page.locator('#site-search').press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=/);
      await context.close();
    }
  });
});

test('province tile labels stay inside their tiles at every text size', async ({ page }) => {
  // One load: each width and text size is applied in place and the tiles laid out again.
  await page.goto('/regions/');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const size of ['0', '1', '2', '3']) {
      await page.evaluate((s) => (s === '0' ? delete document.documentElement.dataset.textSize : (document.documentElement.dataset.textSize = s)), size);
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('[data-province-map] li')].flatMap((li) => {
          const tile = li.getBoundingClientRect();
          return [...li.querySelectorAll('.tile-label, .tile-count')].flatMap((el) => {
            const r = document.createRange();
            r.selectNodeContents(el);
            const b = r.getBoundingClientRect();
            return b.left < tile.left - 0.5 || b.right > tile.right + 0.5 || b.top < tile.top - 0.5 || b.bottom > tile.bottom + 0.5 ? [`${el.textContent}`] : [];
          });
        }),
      );
      expect(outside, `${width}px, text size ${size}`).toEqual([]);
    }
  }
});


test('the theme button says what it will do and carries aria-pressed', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(CASE);
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveText('改用深色');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveText('改用浅色');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});


test('a case page makes at most 3 script requests', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(CASE, { waitUntil: 'networkidle' });
  expect(scripts.length, scripts.join('\n')).toBeLessThanOrEqual(3);
});

test.describe('handout print', () => {
  const ids = ['baodi-yizhan-sanzhongxin', 'raoyang-yijiashi-lianxihu', 'yingshan-youjiang-piping'];

  test('three cases print on at most two A4 pages, with the library, the date and each reference beside its QR code', async ({ page }) => {
    await page.goto(`/handout/?ids=${ids.join(',')}`);
    await expect(page.locator('[data-handout-item] [data-field="qr"] svg')).toHaveCount(3);
    await page.emulateMedia({ media: 'print' });
    const masthead = page.locator('[data-handout-masthead]');
    await expect(masthead).toBeVisible();
    await expect(masthead).toContainText('联系服务群众经验案例库');
    await expect(masthead).toContainText(/打印日期：\d{4}-\d{2}-\d{2}/);
    for (const [i, id] of ids.entries()) {
      const item = page.locator('[data-handout-item]').nth(i);
      await expect(item).toHaveAttribute('data-handout-item', id);
      const figure = item.locator('figure');
      await expect(figure.locator('svg')).toBeVisible();
      await expect(figure.locator('[data-field="short"]')).toHaveText(/\/c\/[0-9a-z]+\/$/);
      await expect(figure.locator('[data-field="reference"]')).toBeVisible();
      await expect(figure).toContainText('GB/T 7714—2025');
      const title = await item.locator('[data-field="title"]').textContent();
      await expect(figure.locator('[data-field="reference"]')).toContainText(title!.slice(0, 6));
      await expect(figure.locator('[data-field="reference"]')).toContainText('[G]');
      // No forced page breaks.
      const breaks = await item.evaluate((el) => [getComputedStyle(el).breakBefore, getComputedStyle(el).breakAfter, getComputedStyle(el.parentElement!).breakBefore]);
      expect(breaks.filter((b) => b === 'page' || b === 'always')).toEqual([]);
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

test('a method page lists passing mentions under 也提到, with the passage', async ({ page }) => {
  await page.goto('/methods/wanggehua-guanli/');
  const mentions = page.locator('[data-method-mentions]');
  await expect(mentions.getByRole('heading', { name: /也提到/ })).toBeVisible();
  const yingshan = mentions.locator('li[data-mention="yingshan-youjiang-piping"]');
  await expect(yingshan.first()).toContainText('责任区');
  await expect(yingshan.first().getByRole('link', { name: '原文第6段' })).toHaveAttribute('href', '/cases/yingshan-youjiang-piping/#p6');
  // Not also listed as a case of the method.
  await expect(page.locator('[data-method-passages] [data-passage="yingshan-youjiang-piping"]')).toHaveCount(0);
});
