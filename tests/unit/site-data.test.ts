/** Feeds, sitemap, JSON-LD, the timeline and nearby regions, on a small library. */
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/lib/node/build-library.ts';
import type { CaseInput } from '../../src/lib/library/types.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { escapeXml, feedItems, jsonFeed, rfc822Date, rssFeed } from '../../src/lib/open-data/feeds.ts';
import { sitemapPaths, sitemapXml } from '../../src/lib/open-data/sitemap.ts';
import { caseJsonLd, jsonForScript } from '../../src/lib/open-data/structured-data.ts';
import type { CaseData } from '../../src/schemas/case.ts';

const regions = loadRegionIndex();
const methods = [{ id: 'minqing-riji', name: '民情日记', aliases: [], definition: '定义一。定义一。', phrase: '记民情日记', questions: ['记什么？'] }];
const themes = [{ id: 'ganbu-zuofeng', name: '干部作风', description: '说明' }];
const sources = [
  { id: 'a', title: '甲', publication: '甲报', type: 'newspaper' as const, repost: false, raw: 'a.txt', sha256: 'a'.repeat(64), about: 'x' },
  { id: 'b', title: '乙', publication: '乙网', type: 'online' as const, date: '2013-09-18', url: 'https://example.test/b', repost: false, raw: 'b.txt', sha256: 'b'.repeat(64), about: 'x' },
];
function makeCase(id: string, code: string, over: Partial<CaseData> = {}): CaseInput {
  return {
    id,
    data: {
      title: id, kind: '经验案例', level: '县区', authors: [], region: { code }, years: [],
      methods: ['minqing-riji'], themes: ['ganbu-zuofeng'], source: { id: 'a', lines: [1, 2], titleLine: 1 },
      summary: '摘要<b>&“引号”', keyFigures: [], corrections: [], featured: false, ...over,
    } as CaseData,
  };
}
const library = buildLibrary({
  cases: [
    makeCase('yongshan', '530625', { years: [2012, 2010], authors: [{ name: '张三', role: '书记' }], source: { id: 'b', lines: [1, 2], titleLine: 1 } }),
    makeCase('zhaotong', '5306', { years: [2012], source: { id: 'a', lines: [3, 4], titleLine: 3 } }),
    makeCase('kunming', '530102', { source: { id: 'a', lines: [5, 6], titleLine: 5 } }),
    makeCase('jiahe', '431024', { source: { id: 'a', lines: [7, 8], titleLine: 7 } }),
    makeCase('hunan', '43', { source: { id: 'a', lines: [9, 10], titleLine: 9 } }),
  ],
  methods, themes, sources, regions,
});
const site = new URL('https://cases.example.org');
const byId = (id: string) => library.caseById.get(id)!;

describe('feeds', () => {
  const items = feedItems(library.cases, site);

  it('lists every case with an absolute URL and its source date only where the source has one', () => {
    expect(items.map((i) => i.url)).toContain('https://cases.example.org/cases/yongshan/');
    expect(items.find((i) => i.id === 'yongshan')!.date).toBe('2013-09-18');
    expect(items.find((i) => i.id === 'kunming')!.date).toBeUndefined();
  });

  it('escapes markup in RSS and gives pubDate only for dated items', () => {
    const xml = rssFeed(items, site);
    expect(xml).toContain('<description>摘要&lt;b&gt;&amp;“引号”</description>');
    expect(xml.match(/<item>/g)).toHaveLength(5);
    expect(xml.match(/<pubDate>/g)).toHaveLength(1);
    expect(xml).toContain('<pubDate>Wed, 18 Sep 2013 00:00:00 +0800</pubDate>');
    expect(xml).toContain('<dc:creator>张三</dc:creator>');
  });

  it('drops characters XML forbids', () => {
    expect(escapeXml('a\u0001b\u0008c')).toBe('abc');
  });

  it('formats RFC 822 dates with the right weekday', () => {
    expect(rfc822Date('2017-02-16')).toBe('Thu, 16 Feb 2017 00:00:00 +0800');
  });

  it('writes JSON Feed 1.1 with ids, dates only where known, and authors', () => {
    const feed = jsonFeed(items, site);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(5);
    const yongshan = feed.items.find((i) => i.url.endsWith('/yongshan/'))!;
    expect(yongshan).toMatchObject({ date_published: '2013-09-18T00:00:00+08:00', authors: [{ name: '张三' }] });
    expect(feed.items.find((i) => i.url.endsWith('/kunming/'))).not.toHaveProperty('date_published');
  });
});

describe('sitemap', () => {
  it('lists HTML pages as directory URLs and leaves out the 404 page, redirects and Pagefind', () => {
    const files = ['index.html', 'cases/a/index.html', '404.html', 'c/ab12/index.html', 'pagefind/x.html', 'cases.json', 'about/data/index.html'];
    expect(sitemapPaths(files)).toEqual(['/', '/about/data/', '/cases/a/']);
  });

  it('writes absolute, escaped locations', () => {
    expect(sitemapXml(['/a/?x=1&y=2'], site)).toContain('<loc>https://cases.example.org/a/?x=1&amp;y=2</loc>');
  });
});

describe('JSON-LD', () => {
  it('describes a case as an Article with place, methods and its source, leaving unknown facts out', () => {
    const ld = caseJsonLd(byId('yongshan'), site);
    expect(ld).toMatchObject({
      '@type': 'Article',
      url: 'https://cases.example.org/cases/yongshan/',
      temporalCoverage: '2010/2012',
      author: [{ '@type': 'Person', name: '张三', jobTitle: '书记' }],
      spatialCoverage: { '@type': 'Place', name: '云南省昭通市永善县', identifier: { value: '530625' } },
      isBasedOn: { '@type': 'CreativeWork', name: '乙', sameAs: 'https://example.test/b', datePublished: '2013-09-18' },
    });
    // Our page's own publication date is not a fact we hold; the source's date goes on the source.
    expect(ld).not.toHaveProperty('datePublished');
    const undated = caseJsonLd(byId('kunming'), site);
    expect(undated).not.toHaveProperty('author');
    expect(undated.isBasedOn).not.toHaveProperty('sameAs');
    expect(undated.isBasedOn).not.toHaveProperty('datePublished');
  });

  it('cannot close its script element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

describe('timeline', () => {
  it('lists cases under each year their text states, and the rest as unstated', () => {
    const { practice, practiceUnstated } = library.timeline;
    expect(practice.map((g) => [g.year, g.cases.map((c) => c.id)])).toEqual([
      [2010, ['yongshan']],
      [2012, ['zhaotong', 'yongshan']],
    ]);
    expect(practiceUnstated.map((c) => c.id).sort()).toEqual(['hunan', 'jiahe', 'kunming']);
  });

  it('groups by the source’s year of publication; undated sources are unknown, not guessed', () => {
    expect(library.timeline.published.map((g) => [g.year, g.cases.map((c) => c.id)])).toEqual([[2013, ['yongshan']]]);
    expect(library.timeline.publishedUnknown).toHaveLength(4);
  });
});

describe('nearby regions', () => {
  const page = (code: string) => library.regionPages.find((p) => p.region.code === code)!;

  it('suggests other places in the province, never the region itself, its ancestors or its subdivisions', () => {
    const yongshan = page('530625');
    // 五华区 lies in 昆明市, which is already suggested.
    expect(yongshan.nearby.sameProvince.map((n) => n.name)).toEqual(['云南省昆明市']);
    expect(yongshan.nearby.sameProvince.map((n) => n.url)).not.toContain('/regions/5306/');
  });

  it('then places of the same level in other provinces', () => {
    expect(page('530625').nearby.sameLevel.map((n) => n.name)).toEqual(['湖南省郴州市嘉禾县']);
    expect(page('53').nearby.sameLevel.map((n) => n.name)).toEqual(['湖南省']);
    expect(page('53').nearby.sameProvince).toEqual([]);
  });
});
