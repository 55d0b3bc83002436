/**
 * The sitemap is made from the built pages themselves, so no page can be left
 * out by a route list falling behind. Error pages and the short-link
 * redirects are not pages to index.
 */
import { escapeXml } from './feeds.ts';

/** Paths under dist/ (POSIX, relative) that are not listed in the sitemap. */
const EXCLUDED = [/^404\.html$/, /^c\//, /^pagefind\//];

/** URL paths (`/cases/x/`) of the HTML pages among the files of a build. */
export function sitemapPaths(files: readonly string[]): string[] {
  return files
    .filter((f) => f.endsWith('.html') && !EXCLUDED.some((re) => re.test(f)))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`)
    .sort((a, b) => a.localeCompare(b));
}

export function sitemapXml(paths: readonly string[], site: URL): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
