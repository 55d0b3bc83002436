/**
 * Office formats beyond Word: an Excel case list read row by row, and the
 * formats that are refused saying how to get something readable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/lib/ingest/decode.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';

const FIXTURES = path.resolve('tests/fixtures/ingest');
const read = (name: string) => readInput(path.join(FIXTURES, name), readFileSync(path.join(FIXTURES, name)));
async function failure(name: string, bytes: Uint8Array): Promise<string> {
  const error = await readInput(name, bytes).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DecodeError);
  return (error as Error).message;
}

describe('Excel case list (.xlsx)', () => {
  it('gives each row its title as a heading and its cell lines as paragraphs, _x000D_ breaks included', async () => {
    const doc = await read('xlsx-case-list/case-list.xlsx');
    const lines = doc.text.split('\n');
    expect(doc.format).toBe('xlsx');
    expect(doc.headings.map((h) => lines[h.line - 1])).toEqual([
      '把政府的“好心”办成群众满意的“好事”——北京西城区广外街道把党支部建在民生项目上',
      '“一站三中心”一切以群众为中心——天津宝坻区推行乡镇“一站三中心”工作模式',
      '一名党员联十户你有困难我服务——河北饶阳县在村级建立“1+10”党员联系户制度',
    ]);
    expect(doc.text).not.toMatch(/_x000D_|\r/);
    // The first case's text cell holds five paragraphs separated by CR LF.
    expect(lines.slice(doc.headings[0]!.line, doc.headings[1]!.line - 1).filter(Boolean)).toHaveLength(5);
    expect(doc.meta.title).toBe('联系服务群众经验案例征集汇总表');
    expect(doc.places).toEqual(doc.headings.map((h, i) => ({ line: h.line, place: ['北京市西城区', '天津市宝坻区', '河北省衡水市饶阳县'][i] })));
    expect(doc.left?.filter((b) => b.role === 'dateline').map((b) => b.text)).toEqual([
      '报送单位：北京市西城区广外街道　所在地区：北京市西城区',
      '报送单位：天津市宝坻区　所在地区：天津市宝坻区',
      '报送单位：河北省饶阳县　所在地区：河北省衡水市饶阳县',
    ]);
  });

  it('a workbook without a title and a text column, and a .xls under .xlsx, are refused saying what to do', async () => {
    expect(await failure('list.xlsx', readFileSync(path.join(FIXTURES, 'compilation-styles.docx')))).toMatch(/^list\.xlsx: not a readable \.xlsx workbook/);
    expect(await failure('list.xlsx', readFileSync(path.join(FIXTURES, 'compilation.doc')))).toBe('list.xlsx: this is an Excel 97–2003 (.xls) workbook named .xlsx; open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx)');
  });
});

describe('refusals that help', () => {
  it.each([
    ['notice.wps', /WPS 文字 document: open it in WPS and 另存为 Word 文档 \(\.docx\)/],
    ['list.xls', /Excel 97–2003 workbook: open it in Excel or WPS and 另存为 Excel 工作簿 \(\.xlsx\)/],
    ['list.et', /WPS 表格 workbook: .*另存为 Excel 工作簿 \(\.xlsx\)/],
    ['essay.rtf', /RTF document: open it in Word or WPS and 另存为 \.docx/],
    ['essay.odt', /OpenDocument text/],
    ['essay.pages', /导出为 → Word/],
    ['photo.jpg', /photo or scan: run OCR on it/],
    ['scan.png', /run OCR on it/],
  ])('%s', async (name, advice) => {
    const message = await failure(name, new Uint8Array([1, 2, 3]));
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).toMatch(advice);
  });

  it('a photo saved under a document name is refused as an image, not as a damaged file', async () => {
    expect(await failure('notice.pdf', readFileSync(path.join(FIXTURES, 'scan-page.jpg')))).toMatch(/^notice\.pdf: this is an image \(a photo or scan\) named \.pdf, with no text to read; run OCR/);
  });
});
