import { test as base, type BrowserContext, type Page } from '@playwright/test';

/**
 * Playwright's own `test` (a fresh context and page per test), with the warm
 * page's worker fixtures beside it, unused: every spec file of the browser
 * tier imports `test` from this module, this one or the warm one below, so
 * all share one set of worker fixtures. Playwright runs tests of different
 * worker fixtures in different workers, queued one set after the other: the
 * specs on Playwright's own `test` (the desk's 97 s serial file among them)
 * waited behind every warm spec, each worker was restarted with a new browser
 * between the two, and the desk's file ran last while the other worker idled.
 */
export const freshPageTest = base.extend<object, { warmContext: BrowserContext; warmPage: Page }>({
  warmContext: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  warmPage: [async ({ warmContext }, use) => use(await warmContext.newPage()), { scope: 'worker' }],
});

/**
 * `test` whose `page` (and its `context`) is one per worker, kept between
 * tests, for spec files whose tests only read the site: a first page load in a
 * fresh context costs about 2.5 s (empty HTTP and code caches, a new renderer)
 * where the next load of the same site costs about 1 s, and Playwright's own
 * `page` is a fresh context per test. A test that needs a context of its own
 * (other options, storage it must find empty, a service worker) still asks
 * `browser` for one: test.use({ javaScriptEnabled: false }) cannot reach this
 * page and is refused, and page.clock, once installed, cannot be taken out.
 *
 * Between tests the page is put back as a fresh one starts: storage cleared,
 * media and routes reset, the viewport the test's options give, the test's listeners removed. Service
 * workers are blocked in this context: the site registers its offline reader
 * a few seconds after a load, and later tests would then read pages from its
 * cache (tests/e2e/offline.spec.ts tests the worker in contexts of its own).
 */
export const test = freshPageTest.extend({
  context: async ({ warmContext }, use) => {
    await use(warmContext);
    await warmContext.clearCookies();
    await warmContext.clearPermissions();
    // Pages a test opened beside the shared one are its own.
    for (const other of warmContext.pages().slice(1)) await other.close();
  },
  page: async ({ warmPage, javaScriptEnabled, viewport }, use, testInfo) => {
    if (javaScriptEnabled === false) throw new Error(`${testInfo.titlePath.join(' › ')}: the warm page runs scripts; ask browser.newContext({ javaScriptEnabled: false }) for a page without`);
    if (viewport) await warmPage.setViewportSize(viewport);
    await use(warmPage);
    await reset(warmPage);
  },
});

/** Leaves `page` as a test expects a new page: blank, default media, no storage, no listeners of the last test. */
async function reset(page: Page): Promise<void> {
  // Listeners the tests add (watchPage, dialogs, request logs) would outlive them.
  for (const event of ['console', 'pageerror', 'request', 'requestfailed', 'requestfinished', 'response', 'dialog'] as const) page.removeAllListeners(event);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  if (page.url().startsWith('http')) {
    await page
      .evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      })
      .catch(() => {});
  }
  await page.goto('about:blank');
  await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
}

export { expect } from '@playwright/test';
