/**
 * Text drawn rotated across a page (a watermark) is taken out of a PDF page's items before lines are built and
 * listed once with its pages; a slanted (synthetic italic) line stays text, and a page drawn rotated as a whole
 * keeps its text. The LibreOffice fixture pdf-watermark/ is judged whole by ingest-annotated.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { rotatedBlocks, takeOutRotated } from '../../src/lib/ingest/read/pdf-watermark.ts';

const upright = (str: string, y: number) => ({ str, transform: [14, 0, 0, 14, 80, y] });
const at45 = (str: string) => ({ str, transform: [42.4, 42.4, -42.4, 42.4, 110, 180] });

describe('rotated text in a PDF page', () => {
  it('is taken out of the page items and joined where drawn at one angle', () => {
    const page = [upright('一年多来，全乡共召开议事会170余场，', 220), at45('征求'), at45('意见稿'), upright('议定事项260余件。', 193)];
    const { upright: kept, rotated } = takeOutRotated(page, 1);
    expect(kept.map((i) => i.str)).toEqual(['一年多来，全乡共召开议事会170余场，', '议定事项260余件。']);
    expect(rotated).toEqual([{ page: 1, text: '征求意见稿' }]);
  });
  it('leaves a slanted line (a synthetic italic: the baseline is still horizontal) in the text', () => {
    const italic = { str: '群众的事无小事', transform: [14, 0, 3, 14, 80, 300] };
    expect(takeOutRotated([upright('正文', 320), italic], 1).rotated).toEqual([]);
  });
  it('leaves a page drawn rotated as a whole alone', () => {
    const turned = (str: string, x: number) => ({ str, transform: [0, 14, -14, 0, x, 100] });
    const page = [turned('第一行正文的文字', 100), turned('第二行正文的文字', 120), upright('页码', 20)];
    expect(takeOutRotated(page, 1).upright).toHaveLength(3);
  });
  it('is listed once with every page it is on, as a watermark when on every page', () => {
    const blocks = rotatedBlocks([{ page: 1, text: '内部讨论稿' }, { page: 2, text: '内部讨论稿' }], 2);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ role: 'running-head', text: '内部讨论稿' });
    expect(blocks[0]!.reason).toMatch(/^第1、2页：每页都斜印着的文字（水印）/);
    expect(rotatedBlocks([{ page: 2, text: '已审核' }], 3)[0]!.reason).toMatch(/^第2页：.*如属正文，请手工加入/);
  });
});
