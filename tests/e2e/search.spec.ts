import type { Page, Request } from '@playwright/test';
import { expect, test } from './warm-page.ts';
import { watchPage } from './helpers.ts';

async function settled(page: Page, timeout?: number) {
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText(/正在检索|^$/, timeout ? { timeout } : {});
  return status;
}

async function resultHrefs(page: Page): Promise<string[]> {
  return page.locator('[data-search-result]').evaluateAll((items) => items.map((li) => li.querySelector('a[href]')!.getAttribute('href')!));
}

test('a query in the URL runs on load; results are an ordered list pointing at the best paragraph', async ({ page }) => {
  await page.goto('/search/?q=车管所');
  await expect(await settled(page)).toHaveText('“车管所”找到 1 个案例。');
  await expect(page.locator('ol[data-search-results] > li[data-search-result]')).toHaveCount(1);
  const [href] = await resultHrefs(page);
  expect(href).toMatch(/^\/cases\/nanjing-cheguansuo\/#p\d+$/);
  const result = page.locator('[data-search-result]').first();
  await expect(result.locator('mark').first()).toHaveText('车管所');
  await expect(result).toContainText('江苏省南京市');
  await expect(result.getByRole('link', { name: /第\d+段/ }).first()).toHaveAttribute('href', /#p\d+$/);
});

// Queries that only read results, asked one after another in one search page
// as a reader types them: the index, the vocabulary and the fragments already
// loaded stay loaded, where a page load per query (and a fresh page per test)
// fetched and started them again. How a query arrives by its address is the
// test above's and the hostile queries'; typing's own URL, the next test's.
test.describe('queries typed into one search page', () => {
  // In order, in one worker, on one page; a failure starts a new worker (and page) for the tests after it.
  test.describe.configure({ mode: 'default' });
  let page: Page;
  test.beforeAll(async ({ warmContext }) => {
    page = await warmContext.newPage();
    await page.goto('/search/');
  });
  test.afterAll(async () => page.close());

  /** Types `q` into the box and waits until its results are shown: the status names it (as `said`, folded to simplified characters) and has settled. */
  async function ask(q: string, said = q) {
    await page.getByLabel('检索词').fill(q);
    await expect(page.locator('[data-search-status]')).toContainText(`“${said}”`);
    return settled(page);
  }

  test('a traditional-character query finds the simplified text', async () => {
    // The status names the query as searched, in simplified characters.
    await ask('車管所', '车管所');
    expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/nanjing-cheguansuo\//);
  });

  test('a place named only in the metadata finds the case', async () => {
    for (const q of ['云南', '昭通']) {
      await ask(q);
      expect((await resultHrefs(page))[0], q).toMatch(/^\/cases\/yongshan-qunzhong-gongzuo-tihui\/$/);
    }
  });

  test('a method name finds the cases tagged with it, and a near-miss word does not', async () => {
    await ask('网格化管理');
    const hrefs = await resultHrefs(page);
    expect(hrefs[0]).toMatch(/^\/cases\/jiahe-silian-sibao\//);
    expect(hrefs.some((h) => h.startsWith('/cases/shanghai-quyuhua-dangjian/'))).toBe(true);
    await ask('网络');
    // Shanghai is tagged 网格化管理 but never says 网络.
    expect((await resultHrefs(page)).some((h) => h.startsWith('/cases/shanghai-quyuhua-dangjian/'))).toBe(false);
  });

  test('no results: says so and links the browse pages; partial matches also suggest close names', async () => {
    await expect(await ask('乌托邦')).toHaveText('“乌托邦”没有找到案例。');
    await expect(page.locator('[data-search-help]').getByRole('link', { name: '全部案例' })).toBeVisible();
    // 民情日志: no page holds 民情 and 日志 together, so nothing partial; the close method name is offered.
    await expect(await ask('民情日志')).toHaveText('“民情日志”没有找到案例。');
    const help = page.locator('[data-search-help]');
    await expect(help).toBeVisible();
    await expect(help.getByRole('link', { name: '方法：民情日记' })).toHaveAttribute('href', '/methods/minqing-riji/');
    await expect(help.getByRole('link', { name: '全部案例' })).toHaveAttribute('href', '/cases/');
  });

  test('a named practice: the case using the name is the one result; the method’s other cases are apart, labelled, not counted', async () => {
    await expect(await ask('三有两评')).toHaveText('“三有两评”找到 1 个案例。');
    expect(await resultHrefs(page)).toEqual([expect.stringMatching(/^\/cases\/songmu-sanyou-liangping\//)]);
    const related = page.locator('[data-search-related]');
    await expect(related).toBeVisible();
    await expect(related.locator('#search-related-heading')).toContainText('群众评议干部');
    const items = related.locator('li');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('同属工作方法「群众评议干部」、未出现「三有两评」');
    await expect(related.locator('[data-search-result]')).toHaveCount(0);
    const hrefs = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('a[href]')!.getAttribute('href')!));
    expect(hrefs.map((h) => h.split('/')[2]).sort()).toEqual(['baodi-yizhan-sanzhongxin', 'raoyang-yijiashi-lianxihu']);
  });

  test('an absent topic finds nothing rather than pages holding a fragment of it', async () => {
    for (const q of ['垃圾分类', '量子纠缠', '高铁']) {
      await expect(await ask(q), q).toHaveText(`“${q}”没有找到案例。`);
      await expect(page.locator('[data-search-result]')).toHaveCount(0);
    }
    // No "close name" that only shares a character.
    await expect(page.locator('#search-suggestions a')).toHaveCount(0);
  });
});

test('filters narrow the results, show counts and travel in the URL; Back restores', async ({ page }) => {
  await page.goto('/search/?q=民情日记');
  await settled(page);
  // Three cases name 民情日记 in their text; 营山 (《群众批评日记》) is tagged with it, and its tag is on its page.
  expect(await resultHrefs(page)).toHaveLength(4);
  const province = page.getByLabel('省份');
  // Pointing at the filters is reaching for them: their counts load.
  await province.hover();
  await expect(province.locator('option[value="湖南省"]')).toHaveText('湖南省（1）');
  await province.selectOption('湖南省');
  await expect(page).toHaveURL(/\/search\/\?q=%E6%B0%91%E6%83%85%E6%97%A5%E8%AE%B0&province=%E6%B9%96%E5%8D%97%E7%9C%81$/);
  await settled(page);
  await expect(page.locator('[data-search-result]')).toHaveCount(1);
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/songmu-sanyou-liangping\//);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=%E6%B0%91%E6%83%85%E6%97%A5%E8%AE%B0$/);
  await expect(province).toHaveValue('');
  await expect(page.locator('[data-search-result]')).toHaveCount(4);
});

test('typing keeps the URL in step so the search can be shared', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('检索词').fill('有奖批评');
  await expect(page).toHaveURL(/\?q=%E6%9C%89%E5%A5%96%E6%89%B9%E8%AF%84$/);
  await settled(page);
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/yingshan-youjiang-piping\//);
});

test('a filter alone browses the library', async ({ page }) => {
  await page.goto('/search/?kind=调研报告');
  await settled(page);
  expect(await resultHrefs(page)).toEqual(['/cases/xingshan-jiguan-dangyuan-diaocha/']);
});

test('the header box: / focuses it and it submits to /search/', async ({ page }) => {
  await page.goto('/methods/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('党代表工作室');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await settled(page);
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/dongguan-dangdaibiao-gongzuoshi\//);
});

test('search code loads only on the search page, before the first query, and a typed query fetches only the first screen', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.startsWith('/pagefind/') || p === '/search-vocab.json')).toEqual([]);
  await page.goto('/search/');
  await settled(page);
  // Loaded as the search page starts, not at the first keystroke.
  await expect.poll(() => requests.includes('/search-vocab.json') && requests.includes('/pagefind/pagefind.js')).toBe(true);
  await page.waitForLoadState('networkidle');
  requests.length = 0;
  await page.getByLabel('检索词').fill('民情日记');
  await expect(page.locator('[data-search-result]')).toHaveCount(4);
  expect(requests.filter((p) => p === '/search-vocab.json' || p.endsWith('pagefind.js') || p.endsWith('.wasm'))).toEqual([]);
  expect(requests.filter((p) => p.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual(5);
  // The places load only for a query that may name one.
  expect(requests).not.toContain('/search-places.json');
  await page.getByLabel('检索词').fill('永善');
  await expect(page.locator('[data-search-status]')).toContainText('“永善”找到');
  expect(requests).toContain('/search-places.json');
  expect((await resultHrefs(page))[0]).toMatch(/^\/cases\/yongshan-qunzhong-gongzuo-tihui\//);
});

test('on a 375×800 phone the no-result help is on the first screen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/search/?q=${encodeURIComponent('量子纠缠')}`);
  await settled(page);
  const help = page.locator('[data-search-help]');
  await expect(help).toBeVisible();
  const box = (await help.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await expect(help.getByRole('link', { name: '工作方法' })).toBeInViewport();
  // The header box is not shown beside the page's own box, and no placeholder talks about a / key on a touch screen.
  await expect(page.locator('#site-search')).toHaveCount(0);
  await page.goto('/methods/');
  await expect(page.locator('#site-search')).toHaveAttribute('placeholder', '搜索案例');
  await context.close();
});

test('filters that hide results are named, with how many they hide, and data-clear-filters clears them', async ({ page }) => {
  await page.goto('/search/?q=石景山&province=湖南省');
  await expect(await settled(page)).toHaveText('“石景山”没有找到案例。');
  const notice = page.locator('[data-filter-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('筛选条件「省份：湖南省」隐藏了 4 个结果');
  await page.locator('[data-clear-filters]').click();
  await expect(page).toHaveURL(/\/search\/\?q=%E7%9F%B3%E6%99%AF%E5%B1%B1$/);
  await expect(await settled(page)).toHaveText('“石景山”找到 4 个案例。');
  await expect(page.getByLabel('省份')).toHaveValue('');
  await expect(notice).toBeHidden();
});

test('Enter on the same query adds no history entry; Back goes to the previous search', async ({ page }) => {
  await page.goto('/search/?q=车管所');
  await settled(page);
  const box = page.getByLabel('检索词');
  await box.fill('老李');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=%E8%80%81%E6%9D%8E$/);
  await expect(page.locator('[data-search-result]')).toHaveCount(1);
  const length = await page.evaluate(() => history.length);
  await box.press('Enter');
  await box.press('Enter');
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goBack();
  await expect(page).toHaveURL(/q=%E8%BD%A6%E7%AE%A1%E6%89%80$/);
  await expect(box).toHaveValue('车管所');
});

test('without JavaScript the search page says so and links the browse pages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('#site-search').fill('民情日记');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByText('全文检索需要浏览器启用 JavaScript')).toBeVisible();
  await expect(page.locator('[data-search-nojs]').getByRole('link', { name: '工作方法' })).toHaveAttribute('href', '/methods/');
  await context.close();
});

const HOSTILE = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '%00', '\u0000车管所', 'a%00b',
  '"车管所"', "'车管所'", '"""', '\\', '\\"', '${alert(1)}', '{{7*7}}', '<!--', ']]>', '</script><script>alert(1)</script>',
  'javascript:alert(1)', '&lt;b&gt;', '&#60;script&#62;', '%3Cscript%3Ealert(1)%3C/script%3E', '車'.repeat(500), '群众'.repeat(250),
  ' ', '\t\n', '*', '?', '(', ')', '[', ']', '|', '^', '$', '.*', '+', '-', 'NOT', 'OR', 'AND', '民情 OR 1=1', "1' OR '1'='1",
  '\u202e车管所', '\ufffd', '😀', '👨‍👩‍👧', 'ＡＢＣ', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '<iframe src=//evil>',
  '<a href=javascript:alert(1)>x</a>', '<style>*{display:none}</style>', 'data:text/html,<script>alert(1)</script>',
];

/** The address of a search for `q`, the query in its fragment too. */
const hostileUrl = (q: string) => `/search/?q=${encodeURIComponent(q)}#${encodeURIComponent(q)}`;

// The page reads its address with one function (readState) on load and on
// Back/Forward. Every query is handed to it through the history (pushState,
// then popstate), a tenth of a page load; every fifth one, and three raw
// values, also arrive as a page load, so the start-up path reads hostile
// addresses too. Each query is asserted on its own, named in the failure.
// The history queries run in one evaluation in the page, each waiting there
// for its own search to settle: as ~110 separate expect-polls each overshot
// its search by Playwright's poll interval (100 ms at least), about 26 s of
// the test's 29 s.
test('hostile queries and fragments never run script or inject markup', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  const problems = watchPage(page, baseURL!);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const injected = () => page.evaluate(() => document.querySelectorAll('main img, main svg, main iframe, main script:not([type]), main style').length);
  await page.goto('/search/');
  const outcomes = await page.evaluate(
    async ({ urls, settleMs }) => {
      const status = document.querySelector('[data-search-status]')!;
      const busy = () => /正在检索|^$/.test(status.textContent ?? '');
      /** Resolves when the status has settled (true), or after settleMs without (false). */
      const settled = () =>
        new Promise<boolean>((resolve) => {
          if (!busy()) return resolve(true);
          const timer = setTimeout(() => (observer.disconnect(), resolve(false)), settleMs);
          const observer = new MutationObserver(() => {
            if (busy()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve(true);
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
      const outcomes = [];
      for (const url of urls) {
        history.pushState(null, '', url);
        // popstate's listener runs within dispatchEvent: the box holds the query and the search has begun when this returns.
        dispatchEvent(new PopStateEvent('popstate'));
        const shown = document.querySelector<HTMLInputElement>('#search-q')!.value;
        const done = await settled();
        const injected = document.querySelectorAll('main img, main svg, main iframe, main script:not([type]), main style').length;
        outcomes.push({ shown, done, injected, status: status.textContent });
      }
      return outcomes;
    },
    { urls: HOSTILE.map(hostileUrl), settleMs: 10_000 },
  );
  expect(outcomes).toHaveLength(HOSTILE.length);
  HOSTILE.forEach((q, i) => {
    const { shown, done, injected, status } = outcomes[i]!;
    expect.soft(shown, `the box reads the address: ${q}`).toBe(q.replace(/[\r\n]/g, ''));
    expect.soft(done, `the search settles (status “${status}”): ${q}`).toBe(true);
    expect.soft(injected, `from the history: ${q}`).toBe(0);
  });
  const loaded = HOSTILE.filter((_, i) => i % 5 === 0);
  for (const address of [...loaded.map(hostileUrl), ...['<script>alert(1)</script>', '%00', '"><img src=x onerror=alert(1)>'].map((raw) => `/search/?q=${raw}`)]) {
    await page.goto(address);
    await settled(page);
    expect.soft(await injected(), `loaded: ${address}`).toBe(0);
  }
  expect(dialogs).toEqual([]);
  expect(problems.filter((p) => !p.startsWith('failed request'))).toEqual([]);
});

test('a 500-character query is handled and the page says it was shortened', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('车管所'.repeat(170))}`);
  await expect(await settled(page)).toContainText('检索词过长');
});

test('typos: 您是不是要找 for near-misses; a partial match says it is partial; a word no page holds is explained', async ({ page }) => {
  // 网格话管理: the 网格化管理 cases, said to be partial matches, and the method offered.
  await page.goto(`/search/?q=${encodeURIComponent('网格话管理')}`);
  await expect(await settled(page, 15_000)).toContainText('部分匹配');
  const meant = page.locator('[data-did-you-mean]');
  await expect(meant.getByRole('link', { name: '网格化管理' })).toHaveAttribute('href', `/search/?q=${encodeURIComponent('网格化管理')}`);
  await expect(page.locator('[data-search-cut]')).toContainText('没有案例包含完整的“网格话管理”');
  const partial = await resultHrefs(page);
  expect(partial.slice(0, 2).map((h) => h.split('#')[0]).sort()).toEqual(['/cases/jiahe-silian-sibao/', '/cases/shanghai-quyuhua-dangjian/']);

  // 民清日记 → 民情日记 (a method name); 联系群中 → 联系群众 (a phrase of the text): neither matched on a fragment alone.
  for (const [typo, meantTerm] of [['民清日记', '民情日记'], ['联系群中', '联系群众']] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(typo)}`);
    await settled(page, 15_000);
    await expect(meant.getByRole('link', { name: meantTerm }), typo).toBeVisible();
    await meant.getByRole('link', { name: meantTerm }).click();
    await expect(await settled(page, 15_000), meantTerm).toContainText(`“${meantTerm}”找到`);
    await expect(page.locator('[data-search-status]')).not.toContainText('部分匹配');
  }

  // 垃圾分类: nothing, and why — 垃圾 alone is in a case, with a link to search it.
  await page.goto(`/search/?q=${encodeURIComponent('垃圾分类')}`);
  await expect(await settled(page, 15_000)).toHaveText('“垃圾分类”没有找到案例。');
  const cut = page.locator('[data-search-cut]');
  await expect(cut).toContainText(/“垃圾”见于 1 个案例/);
  await cut.getByRole('link', { name: '“垃圾”' }).click();
  await expect(await settled(page, 15_000)).toHaveText('“垃圾”找到 1 个案例。');
});

test('a place query links its region page; on a phone the filters fold behind one control, open when in force', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/search/?q=${encodeURIComponent('宝坻')}`);
  await settled(page, 15_000);
  const place = page.locator('[data-search-places] a');
  await expect(place).toContainText('宝坻');
  await expect(place).toHaveAttribute('href', /^\/regions\/\d+\/$/);
  // The first result starts on the first screen; the filters wait behind their summary.
  await expect(page.locator('#filter-province')).toBeHidden();
  const first = (await page.locator('[data-search-result]').first().boundingBox())!;
  expect(first.y).toBeLessThan(800);
  await page.locator('[data-search-filters] summary').click();
  await expect(page.locator('#filter-province')).toBeVisible();
  await page.goto(`/search/?q=${encodeURIComponent('群众')}&kind=${encodeURIComponent('调研报告')}`);
  await settled(page, 15_000);
  await expect(page.locator('#filter-kind')).toBeVisible();
  await context.close();
});

test('a filter offers only the choices that find something, and keeps the one in force', async ({ page }) => {
  await page.goto('/search/?q=民情日记');
  await settled(page);
  const province = page.getByLabel('省份');
  await province.focus();
  await expect(page.locator('form[data-counts="ready"]')).toHaveCount(1, { timeout: 15_000 });
  const options = await province.locator('option:not([value=""])').evaluateAll((els) =>
    (els as HTMLOptionElement[]).map((o) => ({ text: o.textContent!, off: o.hidden && o.disabled })),
  );
  // Some provinces have no 民情日记 case in the fixture library: they are left out, the rest offered.
  expect(options.filter((o) => o.off).length).toBeGreaterThan(0);
  for (const o of options) expect(o.off, o.text).toBe(o.text.endsWith('（0）'));

  // A province with no such case, chosen by a shared URL, stays shown and selected, so it can be undone.
  // Filters in force unfold, which is reaching for them: the counts load without a touch.
  const empty = options.find((o) => o.off)!.text.replace(/（0）$/, '');
  await page.goto(`/search/?q=民情日记&province=${encodeURIComponent(empty)}`);
  await settled(page);
  await expect(page.locator('form[data-counts="ready"]')).toHaveCount(1, { timeout: 15_000 });
  await expect(province).toHaveValue(empty);
  const chosen = province.locator(`option[value="${empty}"]`);
  expect(await chosen.evaluate((o: HTMLOptionElement) => [o.hidden, o.disabled])).toEqual([false, false]);
});

test('filter counts load only when the reader reaches for the filters: the fold opened on a phone, a filter focused on a wide screen', async ({ browser, baseURL }) => {
  for (const size of [{ width: 375, height: 800 }, { width: 1280, height: 800 }]) {
    const phone = size.width < 640;
    const context = await browser.newContext({ baseURL: baseURL!, viewport: size, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    const filterFiles: string[] = [];
    const inFlight = new Set<Request>();
    context.on('request', (r) => {
      inFlight.add(r);
      if (r.url().endsWith('.pf_filter')) filterFiles.push(r.url());
    });
    context.on('requestfinished', (r) => inFlight.delete(r));
    context.on('requestfailed', (r) => inFlight.delete(r));
    const page = await context.newPage();
    // The page's own clock, so that the 3 s below pass at once rather than in a fixed wait; until then time flows as usual.
    await page.clock.install();
    await page.goto(`/search/?q=${encodeURIComponent('民情日记')}`);
    await expect(await settled(page)).toContainText('找到 4 个案例');
    // Longer than a quiet-time rule would wait (the old one loaded the counts 1.5 s after the results): every timer due in it fires now.
    await page.clock.runFor(3000);
    // Whatever those timers started has been sent (a task after theirs has run) and has ended.
    await page.evaluate(() => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(null);
      channel.port2.postMessage(null);
    }));
    await expect.poll(() => [...inFlight].map((r) => r.url())).toEqual([]);
    expect(filterFiles, `${size.width} px: no filter index before the filters are reached for`).toEqual([]);
    await expect(page.locator('[data-search-form]')).not.toHaveAttribute('data-counts', /./);
    if (phone) await page.locator('[data-search-filters] summary').tap();
    else {
      // By keyboard: Tab from the box's button into the first filter.
      await page.getByRole('button', { name: '检索', exact: true }).focus();
      await page.keyboard.press('Tab');
      await expect(page.getByLabel('省份')).toBeFocused();
    }
    await expect(page.locator('[data-search-form]')).toHaveAttribute('data-counts', 'ready', { timeout: 15_000 });
    expect(filterFiles.length, `${size.width} px: the filter index loads once reached for`).toBeGreaterThan(0);
    await expect(page.getByLabel('省份').locator('option[value="湖南省"]')).toHaveText('湖南省（1）');
    // From then on a new search's counts follow its results.
    await page.getByLabel('检索词').fill('车管所');
    await expect(page.locator('[data-search-status]')).toContainText('“车管所”找到');
    await expect(page.locator('[data-search-form]')).toHaveAttribute('data-counts', 'ready', { timeout: 15_000 });
    await context.close();
  }
});

// A body head's words stand in spans of their own (remark-heading-words): 群众观点 is 群众|观点, in no one text node.
test('a query handed to a case is marked in a body heading too, across its word spans', async ({ page }) => {
  const path = '/cases/shijingshan-jiedao-qunzhong-gongzuo/';
  // Handed over as the search page hands it (sessionStorage of the tab), once: this spec's page is shared by its tests.
  await page.goto('/search/');
  await page.evaluate((handoff) => sessionStorage.setItem('case-library:highlight', handoff), JSON.stringify({ path, words: ['群众观点'] }));
  await page.goto(path);
  const head = page.locator('[data-case-body] h2', { hasText: '强化宗旨意识' });
  await expect(head.locator('.title-words > span').first()).toBeAttached();
  await expect(head.locator('mark[data-search-mark]').first()).toBeVisible();
  expect((await head.locator('mark[data-search-mark]').allTextContents()).join('')).toBe('群众观点');
  await expect(page.locator('[data-copy-status]')).toContainText('已在正文标出检索词“群众观点”1处');
});

test('a followed result marks the query in the paragraph it opens, and says so', async ({ page }) => {
  await page.goto('/search/?q=民情日记');
  await settled(page);
  const first = page.locator('[data-search-result] h2 a').first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^\/cases\/[a-z0-9-]+\/#p\d+$/);
  await first.click();
  await expect(page).toHaveURL(href);
  const target = page.locator(href.slice(href.indexOf('#')));
  const marks = target.locator('mark[data-search-mark]');
  await expect(marks.first()).toBeVisible();
  expect(new Set(await marks.allTextContents())).toEqual(new Set(['民情日记']));
  await expect(page.locator('[data-copy-status]')).toContainText(`已在第${href.split('#p')[1]}段标出检索词“民情日记”`);
  // Other paragraphs and the ¶ number are left alone; the marks are handed over once.
  expect(await page.locator('[data-case-body] mark').count()).toBe(await marks.count());
  await page.reload();
  await expect(page.locator('mark[data-search-mark]')).toHaveCount(0);
});
