import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexablePages, markParagraphs, planShards, SearchIndexError } from '../../src/lib/node/search-index.ts';
import { paragraphAnchors } from '../../src/lib/search/snippet.ts';
import { shardPaths } from '../../src/lib/search/shards.ts';

describe('planShards', () => {
  const pages = Array.from({ length: 7 }, (_, i) => `cases/c${i}/index.html`);

  it('keeps a small site in one index at /pagefind/', () => {
    expect(planShards(pages, 10)).toEqual([{ dir: 'pagefind', basePath: '/pagefind/', pages }]);
  });

  it('splits pages in order into consecutive shards of at most the given size', () => {
    const shards = planShards(pages, 3);
    expect(shards.map((s) => [s.dir, s.basePath, s.pages.length])).toEqual([
      ['pagefind', '/pagefind/', 3],
      ['pagefind-2', '/pagefind-2/', 3],
      ['pagefind-3', '/pagefind-3/', 1],
    ]);
    expect(shards.flatMap((s) => s.pages)).toEqual(pages);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a shard size of %s', (size) => {
    expect(() => planShards(pages, size)).toThrow(SearchIndexError);
  });
});

describe('indexablePages', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const page = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  };
  const list = (...ids: string[]) => page('cases.json', JSON.stringify({ cases: ids.map((id) => ({ id, url: `/cases/${id}/` })) }));
  page('cases/b/index.html', '<main><article data-pagefind-body>乙</article></main>');
  page('cases/a/index.html', '<article data-summary="收入>1000元" data-pagefind-body="">甲</article>');
  page('cases/plain/index.html', '<article>没有 data-pagefind-body 元素</article>');
  page('about/index.html', '<article data-pagefind-body>not a case</article>');

  it('lists, sorted, the case pages of cases.json', () => {
    list('b', 'a');
    expect(indexablePages(dist)).toEqual(['cases/a/index.html', 'cases/b/index.html']);
  });

  it('refuses a listed case whose page was not built or carries no data-pagefind-body', () => {
    list('a', 'missing');
    expect(() => indexablePages(dist)).toThrow('cases/missing/index.html is listed in cases.json but was not built');
    list('a', 'plain');
    expect(() => indexablePages(dist)).toThrow('cases/plain/index.html has no data-pagefind-body element');
  });
});

describe('shardPaths', () => {
  it('reads the shard list', () => {
    expect(shardPaths({ merge: [] })).toEqual([]);
    expect(shardPaths({ merge: ['/pagefind-2/', '/pagefind-3/'] })).toEqual(['/pagefind-2/', '/pagefind-3/']);
  });

  it.each([
    null,
    {},
    { merge: '/pagefind-2/' },
    { merge: ['https://evil.example/pagefind/'] },
    { merge: ['/pagefind-2'] },
    { merge: ['/pagefind-2/', '/pagefind-2/'] },
    { merge: ['/pagefind-3/'] },
    { merge: ['/pagefind/'] },
  ])(
    'refuses %j',
    (json) => {
      expect(() => shardPaths(json)).toThrow('malformed');
    },
  );
});

describe('markParagraphs', () => {
  it('moves each paragraph id to an empty element at its start and marks its end, leaving its text and attributes', () => {
    const html = '<article data-pagefind-body><h1>题</h1><p id="p1" data-p="1">一是<b>搞</b>宣讲。<a href="#p1" data-pagefind-ignore>¶</a></p>\n<p class="x" id="p12">二</p><p>无编号</p></article>';
    expect(markParagraphs(html)).toBe(
      '<article data-pagefind-body><h1>题</h1><p data-p="1"><span id="p1"></span>一是<b>搞</b>宣讲。<a href="#p1" data-pagefind-ignore>¶</a><span id="p1-end"></span></p>\n<p class="x"><span id="p12"></span>二<span id="p12-end"></span></p><p>无编号</p></article>',
    );
  });
});

describe('paragraphAnchors', () => {
  // As Pagefind's data() gives it: a zero-width space after each word, anchors at word counts.
  const raw = ['标题', '地区', '一是', '搞', '宣讲', '。', '收入', '&gt;', '1000', '元', '。', '尾'].join('\u200B');
  const anchors = [
    { element: 'div', id: 'zhengwen', text: '', location: 2 },
    { element: 'span', id: 'p1', text: '', location: 2 },
    { element: 'span', id: 'p1-end', text: '', location: 6 },
    { element: 'span', id: 'p2', text: '', location: 6 },
    { element: 'span', id: 'p2-end', text: '', location: 11 },
  ];

  it('cuts each paragraph’s text out of the page’s words between its markers, unescaped', () => {
    expect(paragraphAnchors(anchors, raw).map((a) => [a.id, a.text])).toEqual([
      ['zhengwen', ''],
      ['p1', '一是搞宣讲。'],
      ['p2', '收入>1000元。'],
    ]);
  });

  it('keeps anchors that carry their text (an index built without markers)', () => {
    const old = [{ element: 'p', id: 'p1', text: '一是搞宣讲。', location: 2 }];
    expect(paragraphAnchors(old, raw)).toEqual(old);
    expect(paragraphAnchors(old, undefined)).toEqual(old);
  });
});
