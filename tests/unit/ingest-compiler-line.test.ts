import { describe, expect, it } from 'vitest';
import { isCompilerLine, REFERENCES_HEADING } from '../../src/lib/ingest/case-start.ts';

describe('a compilation\'s compiler line and back matter', () => {
  it('takes a name with 编 or 主编 under the title as the compiler, a unit\'s line as before', () => {
    for (const line of ['××编', '张××　主编', '张××编', '浙江省××编印　2024年8月', '中共××市委组织部　编', '中共××县委组织部编印　2024年8月']) expect(isCompilerLine(line)).toBe(true);
  });
  it('never a title whose last words are 选编 or 汇编, nor a sentence', () => {
    for (const line of ['案例选编', '经验做法汇编', '典型案例摘编', '编者按', '本书由××编，供参考。']) expect(isCompilerLine(line)).toBe(false);
  });
  it('knows a references or notes heading', () => {
    for (const line of ['参考文献', '主要参考文献', '注释', '注　释', '【参考文献】']) expect(REFERENCES_HEADING.test(line)).toBe(true);
    expect(REFERENCES_HEADING.test('参考文献表明')).toBe(false);
  });
});

describe('a compiler line dated under a compilation\'s title', () => {
  it('is the compiler\'s, its date the source\'s: no kicker over the first case', async () => {
    const { analyseDocument } = await import('../../src/lib/ingest/document.ts');
    const { loadRegionIndex } = await import('../../src/lib/node/region-index.ts');
    const text = ['基层联系服务群众案例汇编', '浙江省××编印　2024年8月', '石浦镇：渔港网格连民心', '象山县石浦镇把渔港划分为46个网格，每个网格配备1名网格长。', '“茶园议事厅”议出致富路', '安吉县溪龙乡在茶园设立议事厅，群众有事在茶园里商量。'].join('\n\n');
    const doc = analyseDocument(text, { methods: [], themes: [], regions: loadRegionIndex() }, {}, { headings: [{ line: 1, level: 1, cue: 'declared' }, { line: 3, level: 2, cue: 'declared' }, { line: 5, level: 1, cue: 'declared' }, { line: 9, level: 1, cue: 'declared' }] });
    expect(doc.meta.date).toBe('2024-08');
    expect(doc.left?.find((b) => b.text.startsWith('浙江省××编印'))?.role).toBe('compilation-header');
  });
});
