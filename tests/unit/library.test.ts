import { describe, expect, it } from 'vitest';
import { buildLibrary, LibraryError } from '../../src/lib/node/build-library.ts';
import { caseRecord } from '../../src/lib/open-data/records.ts';
import type { CaseInput } from '../../src/lib/library/types.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import type { CaseData } from '../../src/schemas/case.ts';

const regions = loadRegionIndex();
const methods = [
  { id: 'minqing-riji', name: '民情日记', aliases: [], definition: '定义一。定义一。', phrase: '记民情日记', questions: ['记什么？'] },
  { id: 'fuwu-rexian', name: '服务热线', aliases: [], definition: '定义二。定义二。', phrase: '开设热线', questions: ['怎样接得通？'] },
];
const themes = [{ id: 'ganbu-zuofeng', name: '干部作风', description: '说明' }];
const sources = [
  { id: 'a', title: '甲', publication: '甲报', type: 'newspaper' as const, repost: false, raw: 'a.txt', sha256: 'a'.repeat(64), about: 'x' },
  { id: 'b', title: '乙', publication: '乙网', type: 'online' as const, repost: false, raw: 'b.txt', sha256: 'b'.repeat(64), about: 'x' },
];

function makeCase(id: string, code: string, over: Partial<CaseData> = {}): CaseInput {
  return {
    id,
    data: {
      title: id,
      kind: '经验案例',
      level: '县区',
      authors: [],
      region: { code },
      years: [],
      methods: ['minqing-riji'],
      themes: ['ganbu-zuofeng'],
      source: { id: 'a', lines: [1, 2], titleLine: 1 },
      summary: '摘要',
      keyFigures: [],
      corrections: [],
      featured: false,
      ...over,
    } as CaseData,
  };
}

const cases = [
  makeCase('yongshan', '530625', { source: { id: 'b', lines: [10, 20], titleLine: 9 } }),
  makeCase('zhaotong-city', '5306', { methods: ['fuwu-rexian'], source: { id: 'a', lines: [30, 40], titleLine: 29 } }),
  makeCase('shijingshan', '110107', { source: { id: 'a', lines: [5, 9], titleLine: 4 } }),
];

describe('buildLibrary', () => {
  const library = buildLibrary({ cases, methods, themes, sources, regions });

  it('shows and cites a source title with the edition\'s punctuation rule: half-width beside Chinese made full-width', () => {
    const titled = [{ ...sources[0]!, title: '“转作风”党代表工作短文摘登(一)' }, sources[1]!];
    const built = buildLibrary({ cases: [makeCase('x', '31')], methods, themes, sources: titled, regions });
    expect(built.sources.find((s) => s.source.id === 'a')!.source.title).toBe('“转作风”党代表工作短文摘登（一）');
    expect(built.cases[0]!.source.title).toBe('“转作风”党代表工作短文摘登（一）');
  });

  it('orders cases by source, then by position in the source', () => {
    expect(library.cases.map((c) => [c.id, c.order])).toEqual([
      ['shijingshan', 1],
      ['zhaotong-city', 2],
      ['yongshan', 1],
    ]);
  });

  it('builds the province → city → county tree with subtree counts', () => {
    const tree = library.regionTree.map((p) => ({
      name: p.region.name,
      count: p.count,
      children: p.children.map((c) => [c.region.name, c.count, c.children.map((d) => d.region.name)]),
    }));
    expect(tree).toEqual([
      { name: '北京市', count: 1, children: [['石景山区', 1, []]] },
      { name: '云南省', count: 2, children: [['昭通市', 2, ['永善县']]] },
    ]);
  });

  it('gives a province page its cities’ and counties’ cases', () => {
    const yunnan = library.regionPages.find((p) => p.region.code === '53');
    expect(yunnan?.cases.map((c) => c.id)).toEqual(['zhaotong-city', 'yongshan']);
    const county = library.regionPages.find((p) => p.region.code === '530625');
    expect(county?.chain.map((r) => r.name)).toEqual(['云南省', '昭通市', '永善县']);
    expect(county?.cases.map((c) => c.id)).toEqual(['yongshan']);
  });

  it('lists cases per method, theme and source', () => {
    expect(library.methods.map((m) => [m.method.id, m.cases.map((c) => c.id)])).toEqual([
      ['minqing-riji', ['shijingshan', 'yongshan']],
      ['fuwu-rexian', ['zhaotong-city']],
    ]);
    expect(library.sources.map((s) => s.cases.length)).toEqual([2, 1]);
  });

  it('names the full place of a case', () => {
    expect(library.caseById.get('yongshan')?.region.name).toBe('云南省昭通市永善县');
  });

  it('writes the open-data record with region codes and names', () => {
    const record = caseRecord(library.caseById.get('yongshan')!);
    expect(record.url).toBe('/cases/yongshan/');
    expect(record.region.names.map((r) => r.code)).toEqual(['53', '5306', '530625']);
    expect(record.source.rawFile).toBe('content/sources/raw/b.txt');
  });

  it('fails, naming the case, on a method that is not in the taxonomy', () => {
    expect(() =>
      buildLibrary({ cases: [makeCase('x', '31', { methods: ['nope'] })], methods, themes, sources, regions }),
    ).toThrow(new LibraryError('case x: unknown method "nope"'));
  });

  const notes = (paragraph: number) => ({
    purpose: '目的。',
    questions: [1, 2, 3].map(() => ({ text: '问？', paragraphs: [paragraph] })),
    points: [1, 2, 3].map(() => ({ text: '点。', paragraphs: [1] })),
  });

  it('attaches teaching notes to their case', () => {
    const withText = { ...makeCase('x', '31'), text: '第一段。\n\n第二段。' };
    const built = buildLibrary({ cases: [withText], methods, themes, sources, regions, teaching: [{ id: 'x', data: notes(2) }] });
    expect(built.caseById.get('x')?.teaching?.questions[0]?.paragraphs).toEqual([2]);
  });

  it('fails on teaching notes for a case that does not exist, or citing a paragraph it lacks', () => {
    const withText = { ...makeCase('x', '31'), text: '第一段。\n\n第二段。' };
    expect(() => buildLibrary({ cases: [withText], methods, themes, sources, regions, teaching: [{ id: 'y', data: notes(1) }] })).toThrow(
      'content/teaching/y.yaml: there is no case "y"',
    );
    expect(() => buildLibrary({ cases: [withText], methods, themes, sources, regions, teaching: [{ id: 'x', data: notes(3) }] })).toThrow(
      /content\/teaching\/x\.yaml: paragraph 3 does not exist \(the case has 2\)/,
    );
  });
});
