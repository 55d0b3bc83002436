/**
 * A case form ruled on a PDF page (pdf-form.ts): its cells told by the borders pdf.js paints, read by the form rule
 * Word's and Excel's forms share (case-form.ts). The fixture is a 公文 printed by Chromium whose 附件 page files its
 * case in a bordered form (tests/fixtures/ingest/pdf-notice-form/).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/lib/ingest/read/pdf.ts';
import { cellsOf, type Rule } from '../../src/lib/ingest/read/pdf-form.ts';

const FILE = 'tests/fixtures/ingest/pdf-notice-form/notice-form.pdf';

describe('a form ruled on a PDF page', () => {
  it('is set as its case: the title a heading of its own, the labels and the contact out of the text', async () => {
    const doc = await readPdf(FILE, readFileSync(FILE));
    const lines = doc.text.split('\n');
    const title = lines.indexOf('民情恳谈日 架起干群连心桥') + 1;
    expect(title).toBeGreaterThan(0);
    expect(doc.headings).toContainEqual({ line: title, level: 2, cue: 'declared' });
    expect(doc.places).toEqual([{ line: title, place: '中共会宁县郭城驿镇委员会' }]);
    expect(lines[title + 1]).toMatch(/^会宁县郭城驿镇地处祖厉河畔.*听取群众意见。$/u);
    for (const label of ['案例名称', '报送单位', '联系人', '案例内容']) expect(doc.text).not.toContain(label);
    // The form's own title over it is the form's (the notice's 附件 line names it too, and stays).
    expect(lines).not.toContain('郭城驿镇“民情恳谈日”案例推荐表');
    const form = doc.left?.find((b) => b.text.includes('报送单位：中共会宁县郭城驿镇委员会'));
    expect(form?.text).toContain('联系人：××');
    expect(form?.reason).toMatch(/^第2页：报送“民情恳谈日 架起干群连心桥”的表格/u);
  });

  const line = (x0: number, y0: number, x1: number, y1: number): Rule => ({ x0, y0, x1, y1 });
  const frame = [line(0, 100, 300, 101), line(0, 0, 300, 1), line(0, 0, 1, 101), line(299, 0, 300, 101)];

  it('cuts a band where a vertical border crosses it, and not where a cell is merged across', () => {
    const grid = cellsOf([...frame, line(0, 50, 300, 51), line(80, 50, 81, 101)]);
    expect(grid?.map((row) => row.length)).toEqual([2, 1]);
  });

  it('takes a frame round text (no inner border) for no table', () => {
    expect(cellsOf([...frame, line(0, 50, 300, 51)])).toBeUndefined();
  });
});
