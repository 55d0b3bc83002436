/**
 * Typos and words no page holds: how they are cut, when a match is partial,
 * and what the reader is offered instead (您是不是要找). The segmenter is a
 * fixture with Intl.Segmenter's cuts of these words, so the tests do not
 * depend on the runtime's dictionary.
 */
import { describe, expect, it } from 'vitest';
import { CaseSearch, type BackendResult, type SearchBackend } from '../../src/lib/search/engine.ts';
import { classify, type WordEvidence } from '../../src/lib/search/match.ts';
import { editDistance, nearMissInText } from '../../src/lib/search/near-miss.ts';
import { cutUnknown, segmentQuery, termMatcher } from '../../src/lib/search/query.ts';
import { didYouMean } from '../../src/lib/search/suggest.ts';

const CUTS: Record<string, string[]> = {
  网格话管理: ['网', '格', '话', '管理'],
  民清日记: ['民', '清', '日记'],
  联系群中: ['联系', '群', '中'],
  党群连心: ['党', '群', '连', '心'],
  垃圾分类: ['垃圾', '分类'],
  区块链: ['区块', '链'],
  干部如何联系服务群众: ['干部', '如何', '联系', '服务', '群众'],
  党员干部下基层: ['党员', '干部', '下', '基层'],
};
const segment = (text: string) => CUTS[text] ?? [text];

describe('cutUnknown', () => {
  it('pairs runs of single characters the segmenter could not read, and says whether the pieces cover the word', () => {
    expect(cutUnknown('网格话管理', segment)).toEqual({ parts: ['网格', '管理'], covered: false, unsegmented: true });
    expect(cutUnknown('民清日记', segment)).toEqual({ parts: ['民清', '日记'], covered: true, unsegmented: true });
    expect(cutUnknown('党群连心', segment)).toEqual({ parts: ['党群', '连心'], covered: true, unsegmented: true });
    expect(cutUnknown('垃圾分类', segment)).toEqual({ parts: ['垃圾', '分类'], covered: true, unsegmented: false });
    expect(cutUnknown('区块链', segment)).toEqual({ parts: ['区块'], covered: false, unsegmented: false });
  });
  it('drops stop words without counting them as missing', () => {
    expect(cutUnknown('干部如何联系服务群众', segment)).toEqual({ parts: ['干部', '联系', '服务', '群众'], covered: true, unsegmented: false });
  });
});

describe('segmentQuery: one rule for every unknown span', () => {
  const match = termMatcher(['网格化管理']);
  it('keeps a long span whole where the segmenter found no word for a run of characters', () => {
    expect(segmentQuery('网格话管理', match, segment)).toEqual(['网格话管理']);
  });
  it('still cuts a sentence whose words the segmenter reads, a lone character dropped', () => {
    expect(segmentQuery('干部如何联系服务群众', match, segment)).toEqual(['干部', '联系', '服务', '群众']);
    expect(segmentQuery('党员干部下基层', match, segment)).toEqual(['党员', '干部', '基层']);
  });
});

const word = (w: string, held: string[], extra: Partial<WordEvidence> = {}): WordEvidence => ({ word: w, held: new Set(held), standalone: true, ...extra });

describe('classify: a word held only in part', () => {
  it('makes a page holding every word a partial match, not a full one', () => {
    const out = classify([word('网格话管理', ['jiahe', 'shanghai'], { standalone: false, partOnly: true })], new Set(), ['shanghai', 'jiahe']);
    expect(out.complete).toBe(false);
    expect(out.matches.map((m) => [m.id, m.tier])).toEqual([['shanghai', 1], ['jiahe', 1]]);
  });
  it('ranks a page holding the other words fully above one holding a standalone word only', () => {
    const out = classify([word('网格话管理', ['a'], { standalone: false, partOnly: true }), word('上海', ['a', 'b'])], new Set(), ['b', 'a']);
    expect(out.complete).toBe(false);
    expect(out.matches.map((m) => m.id)).toEqual(['a', 'b']);
  });
});

describe('editDistance', () => {
  it('counts changed, added and left-out characters', () => {
    expect(editDistance('网格话管理', '网格化管理')).toBe(1);
    expect(editDistance('网格管理', '网格化管理')).toBe(1);
    expect(editDistance('民清日记', '民情日记')).toBe(1);
    expect(editDistance('垃圾分类', '网格化管理', 1)).toBe(2);
  });
});

const vocabulary = {
  methods: [
    { name: '网格化管理', url: '/methods/wanggehua-guanli/', terms: ['网格化管理', '网格管理'] },
    { name: '民情日记', url: '/methods/minqing-riji/', terms: ['民情日记', '民情日记本'] },
  ],
  practices: [{ name: '农事村办', url: '/methods/yizhanshi/', terms: ['农事村办'], method: '一站式便民服务' }],
  places: [['130000', '宝坻区'] as [string, string]],
  t2s: {},
};

describe('didYouMean', () => {
  it('offers the method one character away', () => {
    expect(didYouMean('网格话管理', vocabulary)).toEqual({ term: '网格化管理', kind: 'method', label: '网格化管理', url: '/methods/wanggehua-guanli/' });
    expect(didYouMean('民清日记', vocabulary)?.term).toBe('民情日记');
    expect(didYouMean('农事村半', vocabulary)?.term).toBe('农事村办');
    expect(didYouMean('宝抵区', vocabulary)?.kind).toBe('place');
  });
  it('offers a longer spelling for a name one character short (the page asks only for words no page holds)', () => {
    expect(didYouMean('民情日记', vocabulary)?.term).toBe('民情日记本');
  });
  it('offers nothing for a short word or a word not that close', () => {
    expect(didYouMean('网格', vocabulary)).toBeUndefined();
    expect(didYouMean('垃圾分类', vocabulary)).toBeUndefined();
  });
});

describe('nearMissInText', () => {
  it('finds the phrase one Chinese character away, the most frequent first', () => {
    expect(nearMissInText('联系群中', ['密切联系群众，联系群体', '联系群众'])).toBe('联系群众');
  });
  it('finds nothing when no phrase is that close, and never for numbers', () => {
    expect(nearMissInText('垃圾分类', ['垃圾处理、垃圾填埋场'])).toBeUndefined();
    expect(nearMissInText('99.17', ['99.18'])).toBeUndefined();
  });
});

describe('CaseSearch on typos', () => {
  const text: Record<string, string> = { jiahe: '网格化管理 联系群众', shanghai: '网格 管理', hubei: '垃圾处理', dongguan: '党群 连心室', other: '分类 管理' };
  const holding: Record<string, string[]> = { 网格: ['jiahe', 'shanghai'], 管理: ['jiahe', 'shanghai', 'other'], 日记: ['jiahe'], 联系: ['jiahe'], 垃圾: ['hubei'], 分类: ['other'], 党群: ['dongguan'], 连心: ['dongguan'] };
  const page = (id: string): BackendResult => ({ id, score: 1, data: async () => ({ url: `/cases/${id}/`, content: text[id]!, meta: {}, filters: {}, anchors: [] }) });
  const backend: SearchBackend = {
    async search(term) {
      const phrase = /^"(.*)"$/.exec(term ?? '')?.[1];
      return { results: (phrase ? holding[phrase] ?? [] : []).map(page) };
    },
    async filters() {
      return {};
    },
  };
  const engine = () => new CaseSearch(backend, vocabulary, segment);

  it('网格话管理: partial matches on 网格 + 管理, said to be partial, the cut reported', async () => {
    const out = await engine().search('网格话管理');
    expect(out.complete).toBe(false);
    expect(out.results.map((r) => r.id).sort()).toEqual(['jiahe', 'shanghai']);
    expect(out.cut).toEqual([{ word: '网格话管理', covered: false, parts: [{ part: '网格', pages: 2 }, { part: '管理', pages: 3 }] }]);
  });
  it('垃圾分类: no page holds both pieces, so nothing, with each piece counted for the explanation', async () => {
    const out = await engine().search('垃圾分类');
    expect(out.results).toEqual([]);
    expect(out.cut[0]!.parts).toEqual([{ part: '垃圾', pages: 1 }, { part: '分类', pages: 1 }]);
  });
  it('党群连心: the page holding both pieces is a full match', async () => {
    const out = await engine().search('党群连心');
    expect(out.complete).toBe(true);
    expect(out.results.map((r) => r.id)).toEqual(['dongguan']);
  });
  it('联系群中: the near miss is read from the pages holding its rarest piece', async () => {
    const search = engine();
    const out = await search.search('联系群中');
    expect(out.results).toEqual([]);
    expect(await search.nearMiss(out.cut[0]!)).toBe('联系群众');
  });
  it('names the places a query names, with their pages, and none for other words', async () => {
    expect((await engine().search('宝坻 管理')).places).toEqual([{ name: '宝坻区', url: '/regions/130000/' }]);
    expect((await engine().search('管理')).places).toEqual([]);
  });
  it('a word some page holds whole is not cut', async () => {
    expect((await engine().search('管理')).cut).toEqual([]);
  });
});

describe('segmentQuery: a long span is a sentence', () => {
  it('cuts a span longer than WORD_MAX as before, even with unread characters', () => {
    const words = (t: string) => (t === '网格话管理和民清日记的做法' ? ['网', '格', '话', '管理', '和', '民', '清', '日记', '的', '做法'] : [t]);
    expect(segmentQuery('网格话管理和民清日记的做法', termMatcher([]), words)).toEqual(['管理', '日记', '做法']);
  });
});
