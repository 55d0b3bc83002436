/**
 * The smoke test a deployment must pass, run against every way the site is
 * served: scripts/serve-dist.mjs (npm start) and nginx with the shipped
 * configuration (deploy/nginx/cases.conf), both started by playwright.config.ts.
 * Both servers' runs are in the e2e project's workers: a project of their own
 * had two more workers, each launching its browser for four tests, after all
 * the others had finished.
 */
import { expect, freshPageTest as test } from './warm-page.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testedBuild } from '../../scripts/test-builds.mjs';

const { dist } = testedBuild();
const sitemapPaths = () =>
  [...readFileSync(path.join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

// Each with the Server header it answers with, so a test proves which server it reached.
const servers = [
  ['serve-dist (npm start)', process.env.E2E_PORT, undefined],
  ['nginx with the shipped configuration', process.env.E2E_NGINX_PORT, 'nginx'],
] as const;

for (const [server, port, serverHeader] of servers) {
  if (!port) throw new Error(`smoke.spec.ts: no port for ${server} (playwright.config.ts sets E2E_PORT and E2E_NGINX_PORT)`);
  test.describe(server, () => {
    test.use({ baseURL: `http://127.0.0.1:${port}` });

    test('every page in the sitemap answers 200 with HTML', async ({ request }) => {
      const paths = sitemapPaths();
      expect(paths.length).toBeGreaterThan(20);
      for (const p of paths) {
        const res = await request.get(p, { maxRedirects: 0 });
        expect(res.status(), p).toBe(200);
        expect(res.headers()['content-type'], p).toMatch(/^text\/html/);
        expect(res.headers().server, p).toBe(serverHeader);
      }
    });

    test('a search finds cases on the built index', async ({ page }) => {
      await page.goto('/search/?q=民情日记');
      const results = page.locator('[data-search-result]');
      await expect(results.first()).toBeVisible();
      await expect(results.first().locator('a[href]').first()).toHaveAttribute('href', /^\/cases\/[a-z0-9-]+\/(#.*)?$/);
    });

    test('a short link in upper case reaches its case', async ({ page }) => {
      const html = readFileSync(path.join(dist, 'cases/nanjing-cheguansuo/index.html'), 'utf8');
      const code = /\/c\/([0-9a-z]{7})\//.exec(html)?.[1];
      expect(code, 'the case page shows its short link').toBeTruthy();
      for (const url of [`/c/${code}/`, `/c/${code!.toUpperCase()}/`]) {
        await page.goto(url);
        await expect(page, url).toHaveURL(/\/cases\/nanjing-cheguansuo\/$/);
        await expect(page.locator('h1')).toContainText('擦亮为民服务的窗口');
      }
    });

    test('an unknown address gets the 404 page with status 404', async ({ page }) => {
      const res = await page.goto('/no-such-page/');
      expect(res?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('没有找到这个页面');
    });
  });
}
