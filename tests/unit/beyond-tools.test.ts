/** Presentation slides and keys, read-aloud's utterances, the comparison rows: the pure parts. */
import { describe, expect, it } from 'vitest';
import { buildDeck, keyAction, move, sizeOf, slideOfParagraph, SLIDE_MAX, type DeckCase } from '../../src/lib/presentation/deck.ts';
import { speechChunks, CHUNK_MAX } from '../../src/lib/read-aloud/speech-chunks.ts';
import { sentenceChunks } from '../../src/lib/sentence-chunks.ts';
import { compareRows, parseCompareIds, COMPARE_MAX, type CompareItem } from '../../src/lib/compare/compare.ts';
import { compareUrl, presentUrl } from '../../src/lib/urls.ts';
import { realCaseBodies } from './real-library.ts';

const deckCase = (id: string, paragraphs: number[]): DeckCase => ({
  id,
  title: `标题${id}`,
  shortUrl: `https://example.org/c/${id}/`,
  summary: '摘要',
  keyFigures: [{ label: '走访', quote: '走访群众4.2万人次' }],
  questions: ['问一', '问二'],
  paragraphs: paragraphs.map((n) => ({ n, text: `第${n}段正文` })),
});

describe('presentation deck', () => {
  it('orders summary, paragraphs, key figures, questions, case after case', () => {
    const deck = buildDeck([deckCase('a', [1, 2]), deckCase('b', [])]);
    expect(deck.map((s) => `${s.caseIndex}:${s.kind}`)).toEqual([
      '0:summary', '0:paragraph', '0:paragraph', '0:figure', '0:question', '0:question',
      '1:summary', '1:figure', '1:question', '1:question',
    ]);
    expect(deck[1]).toMatchObject({ label: '第 1 段', text: '第1段正文', p: 1 });
    expect(deck[3]!.text).toBe('“走访群众4.2万人次”');
    expect(deck[5]!.label).toBe('启发思考题（编者）2/2');
  });

  it('shows a paragraph too long for one screen over several slides, cut after sentences, nothing lost', () => {
    const long = `${'群众有事找干部，干部马上就办。'.repeat(30)}`;
    const c = { ...deckCase('a', [1, 2]), paragraphs: [{ n: 1, text: long }, { n: 2, text: '短段。' }] };
    const deck = buildDeck([c]);
    const parts = deck.filter((s) => s.p === 1);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((s) => s.text).join('')).toBe(long);
    for (const s of parts) expect([...s.text].length).toBeLessThanOrEqual(SLIDE_MAX);
    expect(parts.map((s) => s.label)).toEqual(parts.map((_, i) => `第 1 段（${i + 1}/${parts.length}）`));
    expect(deck.find((s) => s.p === 2)!.label).toBe('第 2 段');
    // Opening at a paragraph opens at its first part.
    expect(deck[slideOfParagraph(deck, 1)]).toBe(parts[0]);
  });

  it('shows every paragraph of every case whole, over however many slides', () => {
    expect.hasAssertions();
    for (const [id, body] of realCaseBodies()) {
      const paragraphs = body.split(/\n\s*\n/).map((text, i) => ({ n: i + 1, text: text.replace(/\s+/g, ' ').trim() })).filter((p) => p.text);
      const deck = buildDeck([{ ...deckCase(id, []), paragraphs }]);
      for (const p of paragraphs) {
        const slides = deck.filter((s) => s.p === p.n);
        expect(slides.map((s) => s.text).join(''), `${id} ¶${p.n}`).toBe(p.text);
        for (const s of slides) expect([...s.text].length, `${id} ¶${p.n}`).toBeLessThanOrEqual(SLIDE_MAX);
      }
    }
  });

  it('opens at the paragraph asked for, or at the start when it does not exist', () => {
    const deck = buildDeck([deckCase('a', [1, 2, 3])]);
    expect(slideOfParagraph(deck, 3)).toBe(3);
    expect(slideOfParagraph(deck, 99)).toBe(0);
    expect(slideOfParagraph(deck, null)).toBe(0);
  });

  it('maps the presenter keys and stays inside the deck', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(keyAction)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'a'].map(keyAction)).toEqual(['previous', 'previous', 'first', 'last', 'exit', null]);
    expect(move(0, 'previous', 5)).toBe(0);
    expect(move(4, 'next', 5)).toBe(4);
    expect(move(2, 'last', 5)).toBe(4);
    expect(move(2, 'first', 5)).toBe(0);
  });

  it('sizes text by length', () => {
    expect(sizeOf('短'.repeat(80))).toBe('short');
    expect(sizeOf('中'.repeat(150))).toBe('medium');
    expect(sizeOf('长'.repeat(151))).toBe('long');
    expect(sizeOf('长'.repeat(500))).toBe('long');
  });

  it('gives every part of a long paragraph one text size, its longest part\'s', () => {
    // 300 characters: two parts, the second short enough alone to be set larger.
    const text = `${'群众有事找干部，干部马上去办理。'.repeat(17)}${'短句。'.repeat(10)}`;
    const c = { ...deckCase('a', [1]), paragraphs: [{ n: 1, text }] };
    const parts = buildDeck([c]).filter((s) => s.p === 1);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((s) => sizeOf(s.text))).size).toBeGreaterThan(1);
    expect(new Set(parts.map((s) => s.size))).toEqual(new Set([sizeOf(parts.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text)]));
  });

  it('has its URL from urls.ts', () => {
    expect(presentUrl('nanjing-cheguansuo', 4)).toBe('/cases/nanjing-cheguansuo/?present#p4');
  });
});

describe('read-aloud utterances', () => {
  it('keep every character, split after sentence ends, none longer than the limit', () => {
    const text = `${'群众有事找干部，'.repeat(30)}干部办事。“您老别着急！”10分钟后，医生赶到；孩子康复出院。`;
    const chunks = speechChunks(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect([...c].length).toBeLessThanOrEqual(CHUNK_MAX);
  });

  it('loses no character however the text runs: commas opening a sentence, spaces at a boundary', () => {
    const samples = [
      `他说……，${'甲'.repeat(30)}，${'乙'.repeat(30)}。`,
      `“好吗？”，${'丙'.repeat(50)}、${'丁'.repeat(50)}：${'戊'.repeat(20)}。`,
      `${'群众 有事 找干部。'.repeat(20)}，，，${'己'.repeat(45)}`,
      '：：：',
    ];
    for (const text of samples) {
      for (const max of [8, 40, 120]) {
        const chunks = sentenceChunks(text, max);
        expect(chunks.join(''), `${max}: ${text}`).toBe(text.replace(/\s+/g, ' ').trim());
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }
    }
  });

  it('keeps closing quotes with their sentence and reads nothing for blank text', () => {
    expect(sentenceChunks('他说：“好。”然后走了。', 8)).toEqual(['他说：“好。”', '然后走了。']);
    expect(speechChunks('   ')).toEqual([]);
  });
});

const item = (id: string, over: Partial<CompareItem> = {}): CompareItem => ({
  id,
  url: `/cases/${id}/`,
  title: id,
  subtitle: null,
  place: '湖南省',
  level: '乡镇街道',
  kind: '经验案例',
  years: [],
  yearsInferred: null,
  methods: [{ name: '民情日记', url: '/methods/minqing-riji/' }],
  themes: [{ name: '干部作风', url: '/themes/ganbu-zuofeng/' }],
  keyFigures: [],
  summary: '摘要',
  purpose: null,
  source: { title: '来源', line: '2012', url: '/sources/x/' },
  ...over,
});

describe('comparison', () => {
  it('marks the rows where the cases differ and the tags all of them share', () => {
    const rows = compareRows([
      item('a', { methods: [{ name: '民情日记', url: '/m/1/' }, { name: '有奖批评', url: '/m/2/' }] }),
      item('b', { level: '县区', years: [2011], yearsInferred: '据文中“4年来”' }),
    ]);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('place').differs).toBe(false);
    expect(row('level').differs).toBe(true);
    expect(row('years').cells).toEqual([{ type: 'text', text: '原文未载' }, { type: 'text', text: '2011年', note: '推定：据文中“4年来”' }]);
    expect(row('methods').differs).toBe(true);
    expect(row('methods').cells[0]).toEqual({ type: 'tags', tags: [{ name: '民情日记', url: '/m/1/', shared: true }, { name: '有奖批评', url: '/m/2/', shared: false }] });
    expect(row('themes').differs).toBe(false);
    expect(rows.map((r) => r.key)).toEqual(['place', 'level', 'kind', 'years', 'methods', 'themes', 'figures', 'summary', 'purpose', 'source']);
  });

  it('takes at most three well-formed ids from the URL and reports the rest', () => {
    expect(parseCompareIds('a,b,a,<x>,c,d')).toEqual({ ids: ['a', 'b', 'c'], rejected: ['<x>', 'd'] });
    expect(COMPARE_MAX).toBe(3);
    expect(compareUrl(['a', 'b'])).toBe('/compare/?ids=a,b');
  });
});

describe('offline policy', () => {
  it('routes pages and data network first, hashed assets cache first, the search index and the worker to the network', async () => {
    const { routeOf } = await import('../../src/lib/offline/policy.ts');
    expect(routeOf('/cases/a/', true)).toBe('page');
    expect(routeOf('/compare/', false)).toBe('page');
    expect(routeOf('/_astro/Base.abc.css', false)).toBe('asset');
    expect(routeOf('/handout/a.json', false)).toBe('data');
    expect(routeOf('/compare/a.json', false)).toBe('data');
    expect(routeOf('/pagefind/pagefind.js', false)).toBe('network');
    expect(routeOf('/sw.js', false)).toBe('network');
    expect(routeOf('/cases.json', false)).toBe('network');
  });

  it('drops only this site’s caches of other versions, never Workbox’s precache', async () => {
    const { staleCaches, cacheName, CACHE_PREFIX, PRECACHE } = await import('../../src/lib/offline/policy.ts');
    const precache = `${CACHE_PREFIX}${PRECACHE}-http://127.0.0.1:4321/`;
    expect(staleCaches([cacheName('v1'), cacheName('v2'), precache, 'other-app', 'workbox-precache-v2-x'], 'v2')).toEqual([cacheName('v1')]);
  });

  it('keeps a case page\'s short link as a page that sends the reader on to the case', async () => {
    const { shortLinkOf } = await import('../../src/lib/offline/policy.ts');
    const html = '<p>短链接：<a href="/c/0s8ebcp/" data-short-link>/c/0s8ebcp/</a></p>';
    const short = shortLinkOf('/cases/shanghai-quyuhua-dangjian/', html)!;
    expect(short.path).toBe('/c/0s8ebcp/');
    expect(short.page).toContain('<meta http-equiv="refresh" content="0; url=/cases/shanghai-quyuhua-dangjian/">');
    expect(shortLinkOf('/methods/', html)).toBeUndefined();
    expect(shortLinkOf('/cases/x/', '<a href="https://elsewhere.example/c/0s8ebcp/" data-short-link>')).toBeUndefined();
    expect(shortLinkOf('/cases/x/', '<a href="/c/0s8ebcp/">')).toBeUndefined();
  });

  it('keeps a short link under its canonical form, so one typed in capitals opens the kept case offline', async () => {
    const { cacheKeyOf } = await import('../../src/lib/offline/policy.ts');
    expect(cacheKeyOf('/c/0S8EBCP/')).toBe('/c/0s8ebcp/');
    expect(cacheKeyOf('/c/0s8ebcp')).toBe('/c/0s8ebcp/');
    expect(cacheKeyOf('/c/0s8ebcp/')).toBe('/c/0s8ebcp/');
    expect(cacheKeyOf('/cases/nanjing-cheguansuo/')).toBe('/cases/nanjing-cheguansuo/');
    expect(cacheKeyOf('/c/TOOLONGCODE/')).toBe('/c/TOOLONGCODE/');
  });

  it('finds what a page and a script load', async () => {
    const { pageLoads, subresources, scriptImports, scriptLoads, formatBytes } = await import('../../src/lib/offline/policy.ts');
    const html = '<link rel="canonical" href="/x/"><link rel="stylesheet" href="/_astro/a.css"><script src="/display-init.js"></script><script type="module" src="/_astro/b.js"></script><link rel="alternate" href="/rss.xml"><a href="/cases/">';
    expect(subresources(html)).toEqual(['/_astro/a.css', '/display-init.js', '/_astro/b.js']);
    // A case page also needs what its presentation fetches; other pages do not.
    expect(pageLoads('/cases/nanjing-cheguansuo/', html)).toEqual(['/_astro/a.css', '/display-init.js', '/_astro/b.js', '/handout/nanjing-cheguansuo.json']);
    expect(pageLoads('/cases/', html)).toEqual(subresources(html));
    expect(pageLoads('/cases/../x/', html)).toEqual(subresources(html));
    expect(scriptImports('import{a}from"./urls.x.js";import("./p.y.js");m.f=["_astro/q.js"];const s="/_astro/p.css"', '/_astro/b.js').sort()).toEqual(['/_astro/p.css', '/_astro/p.y.js', '/_astro/urls.x.js'].sort());
    // As the minifier writes them: backticks for the lazily loaded tools and their stylesheets.
    const built = 'import"./shared.a.js";import{x}from\'./urls.b.js\';n=()=>t(()=>import(`./presentation.c.js`).then(e=>e.f()));l=`/_astro/presentation.d.css`';
    expect(scriptLoads(built, '/_astro/Base.e.js')).toEqual({
      upFront: ['/_astro/shared.a.js', '/_astro/urls.b.js'],
      onUse: ['/_astro/presentation.c.js', '/_astro/presentation.d.css'],
    });
    expect(formatBytes(726_000)).toBe('709 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
