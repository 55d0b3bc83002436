/**
 * A case page in the browser: header links, collation notes,
 * arriving at a paragraph, copying its link. That every case's body is its
 * edition paragraph by paragraph, with anchors, ¶ links, notes and commentary,
 * is checked on the built HTML (tests/static/pages.test.ts), a lacuna's mark
 * too (tests/static/read-pages.test.ts); that no case page
 * scrolls sideways, in `npm run test:quality`.
 */
import { expect, test } from './warm-page.ts';
import { axeScan } from './axe.ts';

test('a case header links each region level, its tags and its source', async ({ page }) => {
  await page.goto('/cases/yongshan-qunzhong-gongzuo-tihui/');
  const crumbs = page.getByRole('navigation', { name: '地区' }).getByRole('link');
  expect(await crumbs.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
    ['全国', '/regions/'],
    ['云南省', '/regions/53/'],
    ['昭通市', '/regions/5306/'],
    ['永善县', '/regions/530625/'],
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('做群众工作的几点体会');
  await expect(page.getByText('肖文杰（永善县政府办党总支书记）')).toBeVisible();
  await expect(page.getByRole('link', { name: '驻村包村干部' }).first()).toHaveAttribute('href', '/methods/zhucun-ganbu/');
  await expect(page.getByRole('link', { name: '移民搬迁' })).toHaveAttribute('href', '/themes/yimin-banqian/');
  await expect(page.getByRole('link', { name: '做群众工作的几点体会' }).first()).toHaveAttribute('href', '/sources/gongchandangyuan-wang-2013-05-23/');
  await expect(page.locator('[data-editorial]')).toContainText('编者所加');
  await expect(page.locator('[data-provenance]')).toContainText('据编者保存的网页抓取文本第12—22行');
  await expect(page.locator('[data-provenance]')).not.toContainText('content/sources/raw');
});

test('a correction shows the original reading in its collation note', async ({ page }) => {
  await page.goto('/cases/songmu-sanyou-liangping/');
  const note = page.locator('[data-collation] li', { hasText: '原作“4·2万”' });
  await expect(note).toContainText('今作“4.2万”');
  const id = await note.getAttribute('id');
  // The text's marker carries the id the note links back to; a key figure quoting the same words is marked too.
  await expect(page.locator(`a.note-ref[href="#${id}"][id]`)).toBeVisible();
  await expect(page.locator(`[data-key-figure] a.note-ref[href="#${id}"]`)).toBeVisible();
});

test('arriving at #p<n> targets that paragraph', async ({ page }) => {
  await page.goto('/cases/nanjing-cheguansuo/#p3');
  const background = await page.locator('#p3').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('#p3')).toBeInViewport();
});

test('the ¶ control copies the paragraph\'s full URL and announces it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/cases/yingshan-youjiang-piping/');
  await expect(page.locator('#p3 a.pilcrow')).toBeVisible();
  await page.locator('#p3 a.pilcrow').click();
  // The clipboard is written asynchronously: read it once the page says it is done.
  await expect(page.locator('[data-copy-status]')).toContainText('已复制第3段的链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/cases/yingshan-youjiang-piping/#p3`);
  await expect(page).toHaveURL(/#p3$/);
  // Keyboard: the same control is reachable and works with Enter.
  await page.locator('#p4 a.pilcrow').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status]')).toContainText('已复制第4段的链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/cases/yingshan-youjiang-piping/#p4`);
});

test('引用本段: the box cites the paragraph in the address in every format; the ¶ menu cites any paragraph', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const id = 'baodi-yizhan-sanzhongxin';
  await page.goto(`/cases/${id}/#p5`);
  const box = page.locator('[data-citation]');
  await expect(box.locator('summary')).toContainText('第5段');
  await box.locator('summary').click();
  const cite = box.locator('[data-paragraph-citation]');
  await expect(cite).toBeVisible();
  const shown = cite.locator('[data-reference="paragraph"]:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText(/\[EB\/OL\]\. .*：第5段\. http:\/\/127\.0\.0\.1:\d+\/cases\/baodi-yizhan-sanzhongxin\/#p5\.$/);
  // The 2015 edition: half-width colon.
  await box.getByLabel('GB/T 7714—2015').check();
  await expect(cite.locator('[data-reference="paragraph"]:visible')).toContainText(/: 第5段\. http:.*#p5\.$/);
  // BibTeX and RIS of the paragraph.
  const bib = cite.locator('[data-paragraph-download="bib"]');
  await expect(bib).toHaveAttribute('download', `${id}-p5.bib`);
  // Made from the page's own .bib and .ris files, fetched on use.
  await expect(bib).toHaveAttribute('href', /^data:/);
  await expect(cite.locator('[data-paragraph-download="ris"]')).toHaveAttribute('href', /^data:/);
  const bibText = decodeURIComponent((await bib.getAttribute('href'))!.replace(/^data:[^,]*,/, ''));
  expect(bibText).toContain(`/cases/${id}/#p5}`);
  expect(bibText).toContain('addendum = {本库第5段}');
  const risText = decodeURIComponent((await cite.locator('[data-paragraph-download="ris"]').getAttribute('href'))!.replace(/^data:[^,]*,/, ''));
  expect(risText).toMatch(/UR {2}- http:.*#p5\r\n/);
  expect(risText).toContain('N1  - 本库第5段');

  // The ¶ of paragraph 3: its link copied, and a menu after it citing it in every format.
  await page.locator('#p3 a.pilcrow').click();
  const menu = page.locator('[data-paragraph-menu="3"]');
  await expect(menu).toBeVisible();
  expect(await menu.evaluate((m) => m.previousElementSibling?.id)).toBe('p3');
  await expect(menu.getByRole('button')).toHaveText(['GB/T 7714—2025', 'GB/T 7714—2015', 'BibTeX', 'RIS', '关闭']);
  await menu.getByRole('button', { name: 'GB/T 7714—2025' }).click();
  await expect(menu.locator('textarea')).toHaveValue(/：第3段\. http:.*\/cases\/baodi-yizhan-sanzhongxin\/#p3\.$/);
  await expect(page.locator('[data-copy-status]')).toContainText('已复制第3段的引用');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/第3段\. http:.*#p3\.$/);
  await menu.getByRole('button', { name: 'RIS' }).click();
  await expect(menu.locator('textarea')).toHaveValue(/N1 {2}- 本库第3段/);
  // The menu and the box's 引用本段, open, pass axe.
  const axe = await axeScan(page).include('[data-paragraph-menu]').include('[data-citation]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  // The box follows the address to the paragraph just linked.
  await expect(cite.locator('[data-paragraph-label]')).toHaveText('第3段');
  // Keyboard: Esc closes the menu and returns to the ¶.
  await menu.getByRole('button', { name: 'BibTeX' }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.locator('#p3 a.pilcrow')).toBeFocused();
});

test('the citation box cites no paragraph when the address names none', async ({ page }) => {
  await page.goto('/cases/baodi-yizhan-sanzhongxin/');
  await page.locator('[data-citation] summary').click();
  await expect(page.locator('[data-paragraph-citation]')).toBeHidden();
  await page.goto('/cases/baodi-yizhan-sanzhongxin/#p999');
  await page.locator('[data-citation] summary').click();
  await expect(page.locator('[data-paragraph-citation]')).toBeHidden();
});
