/**
 * The guide places a case at the township its title or its opening names: the opening's first sentence gives the
 * township as it gives the county (docs20: 天子湖镇, 澄江镇 named only there).
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab = { methods: [], themes: [], regions: loadRegionIndex() };
const draftOf = (title: string, opening: string) => analyseDocument([title, opening, '第二段写做法，没有地名。'].join('\n\n'), vocab).drafts[0]!;

describe('a township named in the opening only', () => {
  it('is the draft\'s township, with no flag asking for one', () => {
    const d = draftOf('“茶园议事厅”议出致富路', '安吉县天子湖镇在各村茶园设立“茶园议事厅”，群众有事在茶园里商量。');
    expect(d.region).toMatchObject({ code: '330523', township: '天子湖镇' });
    expect(d.flags.some((f) => f.startsWith('乡镇街道未定'))).toBe(false);
  });
  it('is read from the first sentence only: a township the text turns to later is not the case\'s', () => {
    const d = draftOf('“茶园议事厅”议出致富路', '安吉县在各村茶园设立“茶园议事厅”。首批选在天子湖镇试点。');
    expect(d.region?.code).toBe('330523');
    expect(d.region?.township).toBeUndefined();
  });
});

describe('a township that locates a story in the opening', () => {
  it('is not the case\'s: a village or person the first sentence tells of', () => {
    expect(draftOf('“一站三中心”服务群众', '天津市宝坻区郝各庄镇西郝各庄村的××大爷很顺利地在镇里领到了良种补贴。').region?.township).toBeUndefined();
    expect(draftOf('一名党员联十户', '2012年7月23日一大早，河北省饶阳县王同岳乡寨子村党员××拿着捐款送到学生手里。').region?.township).toBeUndefined();
  });
});
