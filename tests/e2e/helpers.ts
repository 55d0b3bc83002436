import { expect, type Page } from '@playwright/test';

export { caseFile, caseIds, methodIds, sourceIds, themeIds } from '../corpus.ts';

/** Fails the test on console errors, page errors and requests leaving this host. */
export function watchPage(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) problems.push(`external request: ${url}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  return problems;
}

/** How long after a page's load the site registers its offline worker (src/scripts/offline-register.ts). */
const OFFLINE_REGISTER_DELAY_MS = 3000;

/**
 * Waits until the offline worker controls `page` and has kept `pathname`. The
 * site registers the worker a few seconds after a page's load, so that it
 * never competes with reading: the page's clock, installed before the page
 * loaded (page.clock.install()), runs those seconds at once instead of the
 * test waiting them out (eight times in the browser tier). Were the delay
 * ever longer, the wait would still end, as time flows on an installed clock.
 */
export async function kept(page: Page, pathname: string): Promise<void> {
  await page.waitForLoadState('load');
  await page.clock.runFor(OFFLINE_REGISTER_DELAY_MS);
  // Every 100 ms: the default back-off (100, 250, 500, 1000 ms) overshot the worker's install by up to a second, eight times in the browser tier.
  await expect
    .poll(() => page.evaluate(async (p) => !!navigator.serviceWorker.controller && !!(await caches.match(p)), pathname), { timeout: 15_000, intervals: [100] })
    .toBe(true);
}
