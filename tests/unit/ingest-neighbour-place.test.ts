/**
 * A neighbour is not the place (places.ts withoutNeighbours, document.ts placeOfDraft): a township's opening says
 * where it lies by the counties beside it (地处临县、岚县交界处, 东与兴县接壤, 是岚县的邻乡); those names give the case no
 * place, and the unit signing it under its title places it within the compilation's city. The whole path, a city's
 * compilation in Word, is the annotated fixture docx-neighbour-place.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { withoutNeighbours } from '../../src/lib/ingest/places.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const regions = loadRegionIndex();
const vocab: Vocabulary = { methods: [], themes: [], regions };

describe('places named as neighbours', () => {
  it('masks the places a text names as its neighbours, and only those', () => {
    expect(withoutNeighbours('××镇地处临县、岚县交界处，是兴县东南部的山区乡镇。', regions)).toBe('××镇地处□□、□□交界处，是兴县东南部的山区乡镇。');
    expect(withoutNeighbours('××乡东与兴县接壤，北与岢岚县毗邻。', regions)).toBe('××乡东与□□接壤，北与□□□毗邻。');
    expect(withoutNeighbours('××乡是岚县的邻乡，东邻临县。', regions)).toBe('××乡是□□的邻乡，东邻□□。');
    expect(withoutNeighbours('岚县县委组织部与兴县共同举办培训班。', regions)).toBe('岚县县委组织部与兴县共同举办培训班。');
  });

  it("places a case by its signing unit within the compilation's city, not by the neighbour its opening names first", () => {
    const text = [
      '吕梁市联系服务群众典型案例汇编',
      '',
      '中共吕梁市委组织部　编',
      '',
      '“流动服务车”跑出为民服务加速度',
      '',
      '中共岚县××乡委员会',
      '',
      '××乡东与兴县接壤，北与岢岚县毗邻，平均海拔1600米，全乡12个行政村分散在沟壑之间。',
      '',
      '为解决群众办事难，乡党委配备了一辆“流动服务车”，每周二、周五按固定线路进村代办事务。',
      '',
    ].join('\n');
    const draft = analyseDocument(text, vocab, {}, { headings: [{ line: 1, level: 1, cue: 'declared' }, { line: 5, level: 1, cue: 'declared' }] }).drafts[0]!;
    expect(draft.title).toBe('“流动服务车”跑出为民服务加速度');
    expect(draft.region?.code).toBe('141127');
  });
});
