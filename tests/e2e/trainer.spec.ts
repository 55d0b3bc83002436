/**
 * The trainer's toolkit on the built site: passage links, citations, teaching
 * notes, the handout with its QR codes, short links and print.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './warm-page.ts';
import jsQR from 'jsqr';

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('arriving at #p<n> scrolls the paragraph into view, clear of the header, and highlights it', async ({ page }) => {
  await page.goto('/cases/xingshan-jiguan-dangyuan-diaocha/#p9');
  const top = await page.locator('#p9').evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(0);
  expect(top).toBeLessThan(200);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p9');
});

/** Selects characters [from, to) of the first text node of a paragraph. */
async function selectIn(page: Page, paragraph: string, from: number, to: number): Promise<string> {
  return page.locator(paragraph).evaluate(
    (p, [a, b]) => {
      // The shown paragraph number is not the paragraph's text.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('[data-pnum]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
      const text = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(text, a!);
      range.setEnd(text, b!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    },
    [from, to],
  );
}

test('selecting words offers a text-fragment link that falls back to the paragraph', async ({ page, context, baseURL }) => {
  await page.goto('/cases/xingshan-jiguan-dangyuan-diaocha/');
  const tool = page.getByRole('button', { name: '复制所选文字的链接' });
  await expect(tool).toBeHidden();
  const selected = await selectIn(page, '#p9', 5, 25);
  await tool.click();
  // The clipboard is written asynchronously: read it once the page says it is done.
  await expect(page.locator('[data-copy-status]')).toContainText('已复制所选文字的链接');
  const url = await clipboard(page);
  expect(url.startsWith(`${baseURL}/cases/xingshan-jiguan-dangyuan-diaocha/#p9:~:text=`)).toBe(true);
  expect(decodeURIComponent(url.split(':~:text=')[1]!)).toContain(selected);
  // Shown, not only announced, so it can be copied by hand where the clipboard is refused.
  await expect(page.locator('[data-passage-url]')).toHaveValue(url);

  // Arriving: the passage's paragraph is the target, whether or not the words are found.
  for (const link of [url, url.replace(/:~:text=.*$/, `:~:text=${encodeURIComponent('原文里没有的字')}`)]) {
    const arrival = await context.newPage();
    await arrival.goto(link);
    await expect(arrival.locator('#p9')).toBeInViewport();
    await arrival.close();
  }
});

test('a passage also quoted higher up (a key figure) still opens at its own paragraph', async ({ page, context }) => {
  await page.goto('/cases/raoyang-yijiashi-lianxihu/');
  const text = await page.locator('#p3').evaluate((p) => p.textContent ?? '');
  const at = text.indexOf('覆盖全县5.6万个农户');
  expect(at).toBeGreaterThan(0);
  await selectIn(page, '#p3', at, at + '覆盖全县5.6万个农户'.length);
  await page.getByRole('button', { name: '复制所选文字的链接' }).click();
  // The field is filled once the clipboard has answered.
  await expect(page.locator('[data-passage-url]')).toHaveValue(/#p3:~:text=/);
  const url = await page.locator('[data-passage-url]').inputValue();
  const arrival = await context.newPage();
  await arrival.goto(url);
  await expect(arrival.locator('#p3')).toBeInViewport();
  // The summary and a key figure above quote the same words: the arrival is at
  // the paragraph's occurrence, not theirs (the 编者提要 box may peek in above it).
  await expect(arrival.locator('[data-editorial] p, [data-editorial] li').filter({ hasText: '覆盖全县5.6万个农户' })).toHaveCount(2);
  for (const quote of await arrival.locator('[data-editorial] p, [data-editorial] li').filter({ hasText: '覆盖全县5.6万个农户' }).all()) await expect(quote).not.toBeInViewport();
  await arrival.close();
});

test('the keyboard reaches the passage tool right after the selected paragraph', async ({ page }) => {
  await page.goto('/cases/xingshan-jiguan-dangyuan-diaocha/');
  await selectIn(page, '#p4', 2, 12);
  // The tool's code loads on the first selection: the reader sees it appear, then tabs to it.
  await expect(page.locator('[data-passage-tool]')).toBeVisible();
  await page.locator('#p4 a.pilcrow').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '复制所选文字的链接' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-passage-url]')).toHaveValue(/#p4:~:text=/);
  await page.keyboard.press('Escape');
  const tool = page.locator('[data-passage-tool]');
  await expect(tool).toBeHidden();
  // Setting the field's value fired a selectionchange at the field, and the
  // browser may deliver it after the Escape keypress (input goes first); the
  // document may report the same selection again. Neither brings the tool back
  // (dispatched here synchronously, so the order is the one that once failed).
  await page.locator('[data-passage-url]').evaluate((input) => {
    input.dispatchEvent(new Event('selectionchange', { bubbles: true }));
    document.dispatchEvent(new Event('selectionchange'));
  });
  expect(await tool.isHidden()).toBe(true);
  // A new selection offers it again.
  await selectIn(page, '#p5', 0, 8);
  await expect(tool).toBeVisible();
});

test('the citation of a newspaper case follows GB/T 7714—2025, and switches to 2015', async ({ page }) => {
  await page.goto('/cases/shijingshan-qunzhong-luxian/');
  const citation = page.locator('[data-citation]');
  await citation.locator('summary').click();
  const shown = citation.locator('[data-citation-style]:visible');
  await expect(shown.locator('[data-reference="source"]')).toHaveText('崔章程. 将群众路线贯穿基层组织工作始终[N]. 石景山报.');
  await expect(shown.locator('[data-reference="page"]')).toHaveText(
    /^崔章程\. 将群众路线贯穿基层组织工作始终\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. https?:\/\/[^ ]+\/cases\/shijingshan-qunzhong-luxian\/\.$/,
  );
  await citation.getByLabel('GB/T 7714—2015').check();
  await expect(citation.locator('[data-citation-style]:visible')).toHaveCount(1);
  await expect(citation.locator('[data-citation-style="gbt7714-2015"]')).toBeVisible();
});

test('the citation of an online case gives type [EB/OL], its date and URL; unknown fields stay out', async ({ page }) => {
  await page.goto('/cases/jiahe-silian-sibao/');
  await page.locator('[data-citation] summary').click();
  const source = page.locator('[data-citation-style="gbt7714-2025"] [data-reference="source"]');
  await expect(source).toHaveText('孙佑民. 用机制保障党群干群关系互动交融[EB/OL]. （2013-11-18）. https://xc.rednet.cn/content/2013/11/18/4553425.html.');
  // 共产党员网 gave no URL: none is made up.
  await page.goto('/cases/yongshan-qunzhong-gongzuo-tihui/');
  await expect(page.locator('[data-citation-style="gbt7714-2025"] [data-reference="source"]')).toHaveText('肖文杰. 做群众工作的几点体会[EB/OL]. （2013-05-23）.');
  await expect(page.locator('[data-citation-style="gbt7714-2025"] [data-citation-gap]')).toContainText('缺“获取和访问路径”');
});

const QR_PIXELS = 240;

/** Draws a rendered QR <svg> on a canvas and decodes its pixels with jsQR (sent over as base64: a plain array is slow to pass). */
async function decodeQr(page: Page, index: number): Promise<string | undefined> {
  const base64 = await page.locator('[data-handout-item] svg[data-qr]').nth(index).evaluate(async (svg, size) => {
    const markup = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, size, size);
    const bytes = ctx.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, QR_PIXELS);
  return jsQR(new Uint8ClampedArray(Buffer.from(base64, 'base64')), QR_PIXELS, QR_PIXELS)?.data;
}

test('handout: add from case pages, count in the header, reorder, remove, URL round trip, QR codes decode', async ({ page, baseURL }) => {
  // Three case pages, a handout, three QR codes and a fresh page: more than the default 30 s on a loaded machine.
  test.setTimeout(90_000);
  const chosen = ['nanjing-cheguansuo', 'puyang-laoli-rexian', 'songmu-sanyou-liangping'];
  for (const id of chosen) {
    await page.goto(`/cases/${id}/`);
    const add = page.getByRole('button', { name: '加入讲义' });
    await add.click();
    await expect(add).toHaveAttribute('aria-pressed', 'true');
  }
  const link = page.locator('header[data-site-header] [data-handout-link]');
  await expect(link).toHaveText('讲义（3）');
  await link.click();
  await expect(page).toHaveURL(`/handout/?ids=${chosen.join(',')}`);
  const items = page.locator('[data-handout-item]');
  await expect(items).toHaveCount(3);
  expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.handoutItem))).toEqual(chosen);
  await expect(items.first()).toContainText('擦亮为民服务的窗口');
  await expect(items.first()).toContainText('江苏省南京市');
  await expect(items.first()).toContainText('满意率达99.17%');
  await expect(items.first().locator('[data-field="questions"] li')).toHaveCount(4);

  // Each QR code decodes to the case's short link, which leads to the case.
  for (let i = 0; i < 3; i++) {
    const decoded = await decodeQr(page, i);
    const short = await items.nth(i).locator('[data-field="short"]').textContent();
    expect(decoded).toBe(short);
    expect(decoded).toMatch(new RegExp(`^${baseURL}/c/[0-9a-z]{7}/$`));
    const response = await page.request.get(new URL(decoded!).pathname);
    expect(await response.text()).toContain(`url=/cases/${chosen[i]}/`);
  }

  // Reorder: the third up, twice. Focus stays on the moved item, and at the top passes to 下移, never to 移除.
  await page.getByRole('button', { name: '上移：干部俯身帮群众群众直面评干部' }).click();
  await expect(page).toHaveURL('/handout/?ids=nanjing-cheguansuo,songmu-sanyou-liangping,puyang-laoli-rexian');
  await expect(page.getByRole('button', { name: '上移：干部俯身帮群众群众直面评干部' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/handout/?ids=songmu-sanyou-liangping,nanjing-cheguansuo,puyang-laoli-rexian');
  await expect(page.getByRole('button', { name: '下移：干部俯身帮群众群众直面评干部' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/handout/?ids=nanjing-cheguansuo,songmu-sanyou-liangping,puyang-laoli-rexian');
  await page.getByRole('button', { name: '移除：擦亮为民服务的窗口' }).click();
  await expect(page).toHaveURL('/handout/?ids=songmu-sanyou-liangping,puyang-laoli-rexian');
  await expect(page.locator('[data-handout-status]')).toContainText('已移除');
  await expect(link).toHaveText('讲义（2）');

  // Copy the handout's URL and open it fresh: the same cases in the same order.
  await page.getByRole('button', { name: '复制讲义链接' }).click();
  await expect(page.locator('[data-handout-status]')).toContainText('已复制讲义链接');
  const copied = await clipboard(page);
  expect(copied).toBe(`${baseURL}/handout/?ids=songmu-sanyou-liangping,puyang-laoli-rexian`);
  const fresh = await page.context().browser()!.newPage();
  await fresh.goto(copied);
  await expect(fresh.locator('[data-handout-item]')).toHaveCount(2);
  expect(await fresh.locator('[data-handout-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.handoutItem))).toEqual([
    'songmu-sanyou-liangping',
    'puyang-laoli-rexian',
  ]);
  await fresh.close();
});

test('handout: a shared link does not replace the trainer\'s own list until saved; other tabs are followed', async ({ page, context }) => {
  await page.goto('/cases/jiahe-silian-sibao/');
  await page.getByRole('button', { name: '加入讲义' }).click();
  await page.goto('/handout/?ids=baise-nongshi-cunban,nanjing-cheguansuo');
  await expect(page.locator('[data-handout-status]')).toContainText('从链接打开的讲义');
  await page.getByRole('button', { name: '移除：群众动嘴干部跑腿' }).click();
  await expect(page).toHaveURL('/handout/?ids=nanjing-cheguansuo');
  await expect(page.locator('header[data-site-header] [data-handout-link]')).toHaveText('讲义（1）');
  expect(await page.evaluate(() => localStorage.getItem('case-library:handout'))).toBe('jiahe-silian-sibao');
  await page.getByRole('button', { name: '保存为我的讲义' }).click();
  expect(await page.evaluate(() => localStorage.getItem('case-library:handout'))).toBe('nanjing-cheguansuo');

  // Own list: a case added in another tab appears here.
  await page.goto('/handout/');
  await expect(page.locator('[data-handout-item]')).toHaveCount(1);
  const other = await context.newPage();
  await other.goto('/cases/puyang-laoli-rexian/');
  await other.getByRole('button', { name: '加入讲义' }).click();
  await expect(page.locator('[data-handout-item]')).toHaveCount(2);
  await expect(page).toHaveURL('/handout/?ids=nanjing-cheguansuo,puyang-laoli-rexian');
  await other.close();

  // Removing the last case leaves focus on the page heading, not lost.
  for (const title of ['擦亮为民服务的窗口', '家有难题请找老李']) await page.getByRole('button', { name: `移除：${title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: '讲义' })).toBeFocused();
});

test('handout: hostile or unknown ids are reported, never rendered as markup', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/handout/?ids=${encodeURIComponent('<img src=x onerror=alert(1)>,no-such-case,nanjing-cheguansuo')}`);
  const items = page.locator('[data-handout-item]');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('未找到案例“no-such-case”');
  await expect(page.locator('[data-handout-status]')).toContainText('不是案例标识');
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a short link sends the reader to its case', async ({ page }) => {
  // Every case's short link and redirect page are checked on the built HTML (tests/static/pages.test.ts).
  await page.goto('/cases/puyang-laoli-rexian/');
  const short = await page.locator('[data-short-link]').first().textContent();
  expect(short).toMatch(/^\/c\/[0-9a-z]{7}\/$/);
  await page.goto(short!);
  await expect(page).toHaveURL('/cases/puyang-laoli-rexian/');
});

test('printing a case page hides the chrome and keeps the text, notes and references', async ({ page }) => {
  await page.goto('/cases/shanghai-quyuhua-dangjian/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['header[data-site-header]', 'footer[data-site-footer]', 'nav', '[data-handout-toggle]', '[data-display-settings]', '.pilcrow']) {
    for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
  }
  for (const selector of ['[data-case-body]', '.commentary', '[data-collation]', '[data-teaching-notes]', '[data-citation-style="gbt7714-2025"] [data-reference="source"]']) {
    await expect(page.locator(selector).first(), selector).toBeVisible();
  }
  const after = await page.locator('[data-short-link]').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/http:\/\/127\.0\.0\.1:\d+\/c\/[0-9a-z]{7}\//);
  // A long paragraph may go on over a page, never by a single line.
  const breaks = await page.locator('[data-case-body] p').first().evaluate((p) => [getComputedStyle(p).orphans, getComputedStyle(p).widows]);
  expect(breaks).toEqual(['2', '2']);
});

test('printing a handout keeps the cases and QR codes and drops the controls', async ({ page }) => {
  await page.goto('/handout/?ids=nanjing-cheguansuo,baise-nongshi-cunban');
  await expect(page.locator('[data-handout-item] svg[data-qr]')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  await expect(page.locator('[data-handout-controls]').first()).toBeHidden();
  await expect(page.locator('[data-handout-toolbar]')).toBeHidden();
  await expect(page.locator('[data-handout-item]').nth(1)).toBeVisible();
  await expect(page.locator('[data-handout-item] svg[data-qr]').first()).toBeVisible();
});
