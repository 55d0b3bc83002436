/**
 * Open data, feeds, sitemap and robots.txt as built: /cases.json, /cases.csv,
 * /rss.xml, /feed.json. (That they are served with their media types and that
 * the XML is well-formed to a browser's strict parser is checked in
 * tests/e2e/pages.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { caseIds, sourceIds } from '../corpus.ts';
import { all, attr, htmlFiles, is, page, readBytes, read, readJson, sitemapPaths, text } from './dist.ts';

interface CaseRecord {
  id: string;
  url: string;
  title: string;
  region: { code: string; names: Array<{ code: string; name: string }> };
  methods: Array<{ id: string }>;
  themes: Array<{ id: string }>;
  source: { id: string };
}

const caseUrls = caseIds.map((id) => `/cases/${id}/`);

it('cases.json lists every case with its metadata', () => {
  const data = readJson<{ count: number; cases: CaseRecord[] }>('/cases.json');
  expect(data.count).toBe(caseIds.length);
  expect(data.cases.map((c) => c.id).sort()).toEqual(caseIds);
  for (const c of data.cases) {
    expect(c.url).toBe(`/cases/${c.id}/`);
    expect(c.title.length).toBeGreaterThan(0);
    expect(c.region.names.at(-1)?.code).toBe(c.region.code);
    expect(c.methods.length).toBeGreaterThan(0);
    expect(c.themes.length).toBeGreaterThan(0);
    expect(sourceIds).toContain(c.source.id);
  }
});

describe('/cases.csv', () => {
  it('is UTF-8 with a BOM, one row per case, and /about/data/ documents it', () => {
    const bytes = readBytes('/cases.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('id,url,title,subtitle,authors,region_code,province,city,county,township,kind,level,years,methods,themes,summary,source_id,source_title,publication,date');
    expect(lines).toHaveLength(caseIds.length + 1);
    expect(lines.find((l) => l.startsWith('yongshan-qunzhong-gongzuo-tihui,'))).toContain(',530625,云南省,昭通市,永善县,');
    const main = all(page('/about/data/'), is('main'))[0]!;
    expect(all(main, (a) => a.tagName === 'a' && attr(a, 'href') === '/cases.csv' && text(a).includes('cases.csv'))).toHaveLength(1);
    const headings = all(page('/about/'), (el) => /^h[1-6]$/.test(el.tagName)).map((h) => text(h));
    expect(headings).toContain('编辑原则');
  });

  /** RFC 4180 parser: returns rows, or throws on a stray quote. */
  function parseCsv(source: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let i = 0;
    let quoted = false;
    while (i < source.length) {
      const ch = source[i]!;
      if (quoted) {
        if (ch === '"' && source[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (ch === '"') { quoted = false; i++; continue; }
        field += ch; i++; continue;
      }
      if (ch === '"') {
        if (field !== '') throw new Error(`stray quote in row ${rows.length + 1}`);
        quoted = true; i++; continue;
      }
      if (ch === ',') { row.push(field); field = ''; i++; continue; }
      if (ch === '\r' && source[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
      if (ch === '\n') throw new Error(`bare LF in row ${rows.length + 1}`);
      field += ch; i++;
    }
    if (quoted) throw new Error('unterminated quote');
    if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
    return rows;
  }

  it('parses as RFC 4180 with the same number of fields on every row', () => {
    const rows = parseCsv(read('/cases.csv').replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(caseIds.length + 1);
    const width = rows[0]!.length;
    for (const [n, row] of rows.entries()) expect(row.length, `row ${n + 1}`).toBe(width);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(caseIds);
    // Absolute, so a spreadsheet makes them links.
    const url = rows[0]!.indexOf('url');
    for (const row of rows.slice(1)) expect(row[url]).toMatch(new RegExp(`^https?://[^/]+/cases/${row[0]}/$`));
  });
});

it('/rss.xml is RSS 2.0 with one item per case', () => {
  const doc = new DOMParser().parseFromString(read('/rss.xml'), 'text/xml');
  expect(doc.documentElement.nodeName).toBe('rss');
  const items = [...doc.querySelectorAll('channel > item')].map((item) => ({
    title: item.querySelector('title')?.textContent ?? '',
    link: item.querySelector('link')?.textContent ?? '',
    guid: item.querySelector('guid')?.textContent ?? '',
    pubDate: item.querySelector('pubDate')?.textContent ?? null,
  }));
  expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(caseUrls);
  for (const item of items) {
    expect(item.title).not.toBe('');
    expect(item.guid).toBe(item.link);
    if (item.pubDate) expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
  }
  // The 石景山报 source has no date: its four cases must not get one.
  expect(items.filter((i) => i.pubDate === null)).toHaveLength(4);
});

it('/feed.json is a JSON Feed 1.1 with every case', () => {
  const feed = readJson<{
    version: string; title: string; home_page_url: string; feed_url: string;
    items: Array<{ id: string; url: string; title: string; content_text?: string; content_html?: string; date_published?: string; authors?: Array<{ name: string }> }>;
  }>('/feed.json');
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).toBe('联系服务群众经验案例库');
  expect(new URL(feed.feed_url).pathname).toBe('/feed.json');
  expect(feed.items.map((i) => new URL(i.url).pathname).sort()).toEqual(caseUrls);
  expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  for (const item of feed.items) {
    expect(item.content_text ?? item.content_html, item.id).toBeTruthy();
    if (item.date_published) expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/);
  }
  expect(feed.items.find((i) => i.url.endsWith('/yongshan-qunzhong-gongzuo-tihui/'))?.authors).toEqual([{ name: '肖文杰' }]);
});

it('the sitemap lists every built page but the 404 page and short-link redirects, and robots.txt points to it', () => {
  const doc = new DOMParser().parseFromString(read('/sitemap.xml'), 'text/xml');
  expect(doc.documentElement.nodeName).toBe('urlset');
  const listed = sitemapPaths();
  const built = htmlFiles()
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind') && !f.startsWith('c/'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`);
  expect(listed.sort()).toEqual(built.sort());
  for (const url of ['/', '/years/', '/cases/nanjing-cheguansuo/', '/regions/530625/']) expect(listed).toContain(url);
  expect(read('/robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});
