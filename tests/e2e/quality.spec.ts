/**
 * Quality gates over the production build: accessibility (axe-core, WCAG 2.x
 * A/AA) on every page at desktop and phone widths, keyboard reach, internal
 * links and #fragments, HTML validity, and the Content-Security-Policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { watchPage } from './helpers.ts';

const DIST = path.resolve('dist');

/** Every page in the built sitemap, plus the 404 page, as URL paths. */
function builtPages(): string[] {
  const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...listed, '/404.html'].sort();
}
const pages = builtPages();

test(`all ${pages.length} built pages load with status 200, no console errors, no failed or off-site requests`, async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const problems = watchPage(page, baseURL!);
  for (const url of pages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await page.waitForLoadState('networkidle');
  }
  expect(problems).toEqual([]);
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const width of [1280, 375]) {
  test(`axe: zero WCAG A/AA violations on all ${pages.length} pages at ${width}px`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width, height: 900 });
    const failures: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      if (url.startsWith('/search/')) await expect(page.locator('[data-search-status]')).not.toBeEmpty();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const v of results.violations) failures.push(`${url}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
    expect(failures).toEqual([]);
  });
}

test('axe: zero violations in the dark theme on pages using every colour pairing', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ colorScheme: 'dark', baseURL: baseURL! });
  const page = await context.newPage();
  const failures: string[] = [];
  for (const url of ['/', '/cases/nanjing-cheguansuo/', '/cases/shanghai-quyuhua-dangjian/', '/methods/minqing-riji/', '/regions/', '/regions/43/', '/years/', '/sources/jingyan-zuofa-xuanbian-zhailu/', '/search/?q=民情日记']) {
    await page.goto(url);
    if (url.startsWith('/search/')) await expect(page.locator('[data-search-result]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const v of results.violations) failures.push(`${url}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
  expect(failures).toEqual([]);
  await context.close();
});

test('axe: the search page with results has no violations', async ({ page }) => {
  await page.goto('/search/?q=民情日记&province=湖南省');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('keyboard alone reaches the search box, the method tags and the related cases', async ({ page }) => {
  await page.goto('/cases/nanjing-cheguansuo/');
  const reached = new Set<string>();
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      if (el.id === 'site-search') return 'search';
      if (el.closest('section[data-related]') && el.tagName === 'A') return 'related';
      if (el.classList.contains('tag-method')) return 'method-tag';
      if (el.classList.contains('skip-link')) return 'skip';
      return '';
    });
    if (info) reached.add(info);
    if (reached.size === 4) break;
  }
  expect([...reached].sort()).toEqual(['method-tag', 'related', 'search', 'skip']);
  // The focused element is visibly outlined.
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('every internal link and #fragment in dist/ resolves', () => {
  const ids = new Map<string, Set<string>>();
  const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles) {
    const html = read(file);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(raw)) continue;
      const [pathPart, fragment] = raw.split('#') as [string, string | undefined];
      const pagePath = pathPart === '' ? `/${file.replace(/index\.html$/, '')}` : pathPart.split('?')[0]!;
      const base = decodeURIComponent(pagePath.startsWith('/') ? pagePath : `/${path.posix.join(path.posix.dirname(file), pagePath)}`);
      const target = base.endsWith('/') ? `${base.slice(1)}index.html` : base.slice(1);
      checked++;
      let exists = true;
      try {
        readFileSync(path.join(DIST, target));
      } catch {
        exists = false;
      }
      if (!exists) broken.push(`${file}: ${raw} (no ${target})`);
      else if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${file}: ${raw} (no #${fragment})`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});

test('the built HTML validates (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Tailwind's arbitrary-value classes ([0.95rem]) are valid class names.
      'no-inline-style': 'off',
      // The pilcrow and note markers are deliberately short link texts with aria-labels.
      'text-content': 'off',
      // Astro writes attributes unquoted-safe but long lines of minified HTML.
      'long-title': 'off',
      // Definition tooltips use the ARIA 1.3 aria-description attribute.
      'attribute-allowed-values': 'error',
      'no-unknown-elements': 'error',
    },
  });
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(DIST, file), 'utf8'), file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  expect(problems.slice(0, 40)).toEqual([]);
});

test('a Content-Security-Policy without unsafe-inline scripts, and no inline scripts in any page', () => {
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const file of files) {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, file).toBeDefined();
    // Short-link redirect pages run no script at all: 'none' is stricter still.
    expect(csp, file).toMatch(/script-src ('self' 'wasm-unsafe-eval'|'none')(;|$)/);
    expect(csp, file).not.toMatch(/script-src[^;]*unsafe-inline/);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1]!;
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      expect(attrs, `${file}: inline script`).toMatch(/\ssrc="/);
    }
    expect(html, file).not.toMatch(/\son[a-z]+="/);
  }
});
