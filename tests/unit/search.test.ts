import { describe, expect, it } from 'vitest';
import { cleanQuery, expandPlace, foldTraditional, segmentQuery, termMatcher, MAX_QUERY_LENGTH } from '../../src/lib/search/query.ts';
import { shortPlaceName } from '../../src/lib/regions/divisions.ts';
import { probeFor } from '../../src/lib/search/engine.ts';
import { bestParagraphs, excerptSegments, markRuns, markSegments } from '../../src/lib/search/snippet.ts';
import { suggest } from '../../src/lib/search/suggest.ts';


const match = termMatcher(['网格化管理', '民情日记', '1+10', '湖南省', '湖南', '衡阳市', '衡阳', '永善县', '永善']);
// A segmenter that cuts every character, the worst case for the rule that keeps short spans whole.
const perChar = (text: string) => Array.from(text);

describe('cleanQuery', () => {
  it('drops NUL, control and bidi-override characters and folds full-width forms', () => {
    expect(cleanQuery('\u0000车管所\u202e').text).toBe('车管所');
    expect(cleanQuery('ＡＢＣ　民情').text).toBe('ABC 民情');
  });
  it(`caps the query at ${MAX_QUERY_LENGTH} characters and says so`, () => {
    const long = cleanQuery('群'.repeat(500));
    expect(Array.from(long.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(long.truncated).toBe(true);
    expect(cleanQuery('群众').truncated).toBe(false);
  });
});

describe('foldTraditional', () => {
  it('maps characters through the table and leaves the rest', () => {
    expect(foldTraditional('車管所 網格', { 車: '车', 網: '网' })).toBe('车管所 网格');
  });
});

describe('segmentQuery', () => {
  it('keeps known terms whole, longest first', () => {
    expect(segmentQuery('网格化管理', match, perChar)).toEqual(['网格化管理']);
    expect(segmentQuery('湖南衡阳民情日记', match, perChar)).toEqual(['湖南', '衡阳', '民情日记']);
  });
  it('never cuts a short unknown word into characters', () => {
    expect(segmentQuery('车管所', match, perChar)).toEqual(['车管所']);
    expect(segmentQuery('永善县移民', match, perChar)).toEqual(['永善县', '移民']);
  });
  it('keeps numbers, percentages and 1+10 whole', () => {
    expect(segmentQuery('99.17%', match, perChar)).toEqual(['99.17%']);
    expect(segmentQuery('1+10', match, perChar)).toEqual(['1+10']);
    expect(segmentQuery('21.07万', match, perChar)).toEqual(['21.07万']);
  });
  it('splits at spaces and punctuation', () => {
    expect(segmentQuery('湖南 评议', match, perChar)).toEqual(['湖南', '评议']);
    expect(segmentQuery('“养老”、就业', match, perChar)).toEqual(['养老', '就业']);
  });
  it('cuts a long unknown span with the segmenter, dropping single characters and stop words', () => {
    const words = (t: string) => (t === '干部如何联系服务群众' ? ['干部', '如何', '联系', '服务', '群众'] : [t]);
    expect(segmentQuery('干部如何联系服务群众', match, words)).toEqual(['干部', '联系', '服务', '群众']);
  });
});

describe('probeFor', () => {
  it('looks numbers up by their digits, Chinese words as they are', () => {
    expect(probeFor('5.6万')).toBe('5.6');
    expect(probeFor('99.17%')).toBe('99.17');
    expect(probeFor('车管所')).toBe('车管所');
    expect(probeFor('4420000')).toBe('4420000');
  });
});

const anchors = [
  { element: 'h1', id: '', text: '标题' },
  { element: 'p', id: 'p1', text: '南京市车管所满意率达99.17%。' },
  { element: 'p', id: 'p2', text: '车管所开设服务超市。' },
  { element: 'p', id: 'p3', text: '与此无关。' },
];

describe('bestParagraphs', () => {
  it('puts paragraphs holding the whole query first and skips non-paragraph anchors', () => {
    expect(bestParagraphs(anchors, '车管所', ['车管所']).map((h) => h.id)).toEqual(['p1', 'p2']);
    expect(bestParagraphs(anchors, '服务超市 车管所', ['服务超市', '车管所']).map((h) => h.id)).toEqual(['p2', 'p1']);
  });
  it('returns nothing when no paragraph holds a word', () => {
    expect(bestParagraphs(anchors, '云南', ['云南'])).toEqual([]);
  });
});

describe('excerptSegments', () => {
  it('marks every occurrence of the words and elides long text', () => {
    const text = `${'前'.repeat(100)}车管所和车管所${'后'.repeat(100)}`;
    const segs = excerptSegments(text, ['车管所'], 40);
    expect(segs[0]).toEqual({ text: '…', mark: false });
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['车管所', '车管所']);
    expect(segs.at(-1)).toEqual({ text: '…', mark: false });
    expect(segs.map((s) => s.text).join('').replace(/…/g, '').length).toBe(40);
  });
  it('treats markup in the text as text', () => {
    const segs = excerptSegments('<b>车管所</b>', ['车管所']);
    expect(segs).toEqual([
      { text: '<b>', mark: false },
      { text: '车管所', mark: true },
      { text: '</b>', mark: false },
    ]);
  });
});

describe('suggest', () => {
  const vocabulary = {
    methods: [
      { name: '民情日记', url: '/methods/minqing-riji/', terms: ['民情日记', '民情日记本'] },
      { name: '服务热线', url: '/methods/fuwu-rexian/', terms: ['服务热线'] },
    ],
    practices: [{ name: '三有两评', url: '/methods/qunzhong-pingyi/', terms: ['三有两评'], method: '群众评议干部' }],
    places: [['53', '云南省']] as Array<[string, string]>,
    t2s: {},
  };
  it('offers the method with the closest name', () => {
    expect(suggest('民情日志', vocabulary)[0]).toEqual({ label: '民情日记', url: '/methods/minqing-riji/', kind: 'method' });
  });
  it('offers a named practice by its own name, pointing at its method', () => {
    expect(suggest('三有一评', vocabulary)[0]).toEqual({ label: '三有两评（群众评议干部）', url: '/methods/qunzhong-pingyi/', kind: 'practice' });
  });
  it('offers nothing that shares only single characters (垃圾分类 is not close to 网格化管理)', () => {
    expect(suggest('垃圾分类', { ...vocabulary, methods: [...vocabulary.methods, { name: '网格化管理', url: '/methods/wanggehua-guanli/', terms: ['网格化管理', '分片分区包干'] }] })).toEqual([]);
    expect(suggest('量子纠缠', vocabulary)).toEqual([]);
  });
  it('offers nothing for an empty query', () => {
    expect(suggest('  ', vocabulary)).toEqual([]);
  });
});

describe('expandPlace', () => {
  it('derives the filter, the region page and the short name from [code, name]', () => {
    expect(expandPlace(['530625', '永善县'])).toEqual({ name: '永善县', url: '/regions/530625/', filter: 'county', terms: ['永善县', '永善'] });
    expect(expandPlace(['5306', '昭通市']).filter).toBe('city');
    expect(expandPlace(['53', '云南省']).filter).toBe('province');
  });
});

describe('shortPlaceName', () => {
  it('strips the administrative suffix when two characters remain', () => {
    expect(shortPlaceName('云南省')).toBe('云南');
    expect(shortPlaceName('广西壮族自治区')).toBe('广西');
    expect(shortPlaceName('石景山区')).toBe('石景山');
    expect(shortPlaceName('东区')).toBeUndefined();
  });
});

describe('markRuns', () => {
  // A body heading's words stand in spans of their own (remark-heading-words): 服务群众 is the runs 服务 and 群众.
  it('marks a word across runs in each run it spans, counting it once, every character kept in its run', () => {
    const runs = ['把', '服务', '群众', '工作', '', '放在首位'];
    const { runs: marked, count } = markRuns(runs, ['服务群众', '首位']);
    expect(count).toBe(2);
    expect(marked.map((segs) => segs.map((s) => s.text).join(''))).toEqual(runs);
    expect(marked.map((segs) => segs.filter((s) => s.mark).map((s) => s.text))).toEqual([[], ['服务'], ['群众'], [], [], ['首位']]);
  });
  it('marks nothing where the runs hold no word, even one split across them', () => {
    expect(markRuns(['民情', '日志'], ['民情日记'])).toEqual({ runs: [[{ text: '民情', mark: false }], [{ text: '日志', mark: false }]], count: 0 });
  });
});

describe('markSegments', () => {
  it('marks the longest word where two start at one place, and keeps every character', () => {
    const text = '推行网格化管理，网格员管理到户';
    const segs = markSegments(text, ['网格', '网格化管理', '管理']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['网格化管理', '网格', '管理']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
  it('gives the text as one plain piece when no word occurs, and ignores empty words', () => {
    expect(markSegments('民情日记', ['', '垃圾'])).toEqual([{ text: '民情日记', mark: false }]);
  });
});
