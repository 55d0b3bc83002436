/**
 * What the editors inferred or only found proposed is marked where readers
 * see it (issue 19): 推定 beside the value, linked to the editors' reason;
 * 文中仅倡议 beside a tag the text only urges; the original's own slip as 原文如此.
 * That every case marks exactly the values its frontmatter marks inferred is
 * read from the built HTML (tests/static/pages.test.ts), and so are the
 * 文中仅倡议 and 原文如此 marks, which need no browser (tests/static/read-pages.test.ts).
 */
import { expect, test } from './warm-page.ts';

test('an inferred role, place and level are marked 推定 and linked to the reason', async ({ page }) => {
  await page.goto('/cases/shijingshan-qunzhong-luxian/');
  const markers = page.locator('a[data-inferred]');
  await expect(markers).toHaveCount(3);
  expect(await markers.evaluateAll((as) => as.map((a) => [a.getAttribute('data-inferred'), a.textContent]))).toEqual([
    ['role', '推定'],
    ['region', '推定'],
    ['level', '推定'],
  ]);
  await expect(page.getByText('崔章程（石景山区党代表，推定）')).toBeVisible();
  // Each link is named by what was inferred, so a list of links does not read 推定 three times.
  await expect(page.getByRole('link', { name: '地区推定的依据' })).toHaveAttribute('href', '#inferred-2');
  expect(await markers.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))).toEqual(['身份推定的依据', '地区推定的依据', '层级推定的依据']);
  for (const marker of await markers.all()) {
    const target = (await marker.getAttribute('href'))!;
    const note = page.locator(`[data-inferred-notes] li${target}`);
    await expect(note).toBeVisible();
    await expect(note).toContainText('推定');
  }
  await page.locator('a[data-inferred="level"]').click();
  await expect(page).toHaveURL(/#inferred-3$/);
});
