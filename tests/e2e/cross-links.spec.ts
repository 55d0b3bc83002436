/**
 * Cross-links a reader follows in the browser. That every case lists five
 * related cases is checked on the built HTML (tests/static/pages.test.ts), and
 * so are a case page's links to its method's and province's cases
 * (tests/static/read-pages.test.ts).
 */
import { expect, test } from './warm-page.ts';

test('a method page quotes, for each case, the passage that describes the method, linked to its paragraph', async ({ page }) => {
  await page.goto('/methods/minqing-riji/');
  const passages = page.locator('[data-method-passages] li');
  // Four cases keep diaries: three call them 民情日记, 营山 《群众批评日记》 (an alias of the method).
  await expect(passages).toHaveCount(4);
  for (const li of await passages.all()) {
    // The editors' “…” around the passage; inside it the text's own quotation marks are one level down (GB/T 15834): back to the source's.
    const up: Record<string, string> = { '‘': '“', '’': '”', '“': '‘', '”': '’' };
    const quote = (await li.locator('blockquote p').textContent())!.replace(/^“|”$/g, '').replace(/[“”‘’]/g, (m) => up[m]!);
    const link = li.getByRole('link', { name: /原文第\d+段/ });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/cases\/[a-z-]+\/#p\d+$/);
    await page.goto(href);
    const paragraph = page.locator(href.slice(href.indexOf('#')));
    await expect(paragraph).toContainText(quote.replace(/…/g, '').slice(0, 20));
    await expect(paragraph).toContainText(/民情日记|群众批评日记/);
    await page.goBack();
  }
  await expect(page.locator('[data-related-methods] a').first()).toHaveAttribute('href', /^\/methods\//);
});

test('the first mention of a method in a case body links to it with a definition on focus; commentary and headings are left alone', async ({ page }) => {
  await page.goto('/cases/songmu-sanyou-liangping/');
  const links = page.locator('[data-case-body] a.method-link[href="/methods/minqing-riji/"]');
  await expect(links).toHaveCount(1);
  await links.focus();
  const tooltip = await links.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(tooltip).toContain('干部把走访中听到的群众困难');
  await expect(page.locator('[data-case-body] aside[data-commentary] a.method-link')).toHaveCount(0);
  await expect(page.locator('[data-case-body] h2 a.method-link')).toHaveCount(0);
});
