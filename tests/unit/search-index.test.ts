import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexablePages, planShards, SearchIndexError } from '../../src/lib/search-index.ts';
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
  page('cases/b/index.html', '<main><article data-pagefind-body>乙</article></main>');
  page('cases/a/index.html', '<article class="x" data-pagefind-body="">甲</article>');
  page('about/index.html', '<p>Only pages with <code>data-pagefind-body</code> are indexed.</p>');
  page('pagefind/playground/index.html', '<div data-pagefind-body></div>');

  it('lists, sorted, the pages with an element carrying data-pagefind-body', () => {
    expect(indexablePages(dist)).toEqual(['cases/a/index.html', 'cases/b/index.html']);
  });
});

describe('shardPaths', () => {
  it('reads the shard list', () => {
    expect(shardPaths({ merge: [] })).toEqual([]);
    expect(shardPaths({ merge: ['/pagefind-2/', '/pagefind-3/'] })).toEqual(['/pagefind-2/', '/pagefind-3/']);
  });

  it.each([null, {}, { merge: '/pagefind-2/' }, { merge: ['https://evil.example/pagefind/'] }, { merge: ['/pagefind-2'] }])(
    'refuses %j',
    (json) => {
      expect(() => shardPaths(json)).toThrow('malformed');
    },
  );
});
