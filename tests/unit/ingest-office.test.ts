/**
 * Office formats beyond Word: an Excel case list read row by row, and the
 * formats that are refused saying how to get something readable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/lib/ingest/decode.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { deltas } from '../../src/lib/ingest/read/ofd.ts';
import { chineseCounting, formatNumber } from '../../src/lib/ingest/read/docx-numbering.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

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

  it('a 编者点评 column is each case’s 【点评】, set after its text (trial 13 found it reported as what the row states, not in the raw text)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-case-list/case-list.xlsx')));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    zip.file('xl/sharedStrings.xml', strings.replace('<t>报送单位</t>', '<t>编者点评</t>'));
    const doc = await readInput('list.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    const lines = doc.text.split('\n').filter(Boolean);
    const second = lines.indexOf('“一站三中心”一切以群众为中心——天津宝坻区推行乡镇“一站三中心”工作模式');
    // The first case's comment closes its text, under the label, before the next case's title.
    expect(lines.slice(second - 2, second)).toEqual(['【点评】', '北京市西城区广外街道']);
    expect(doc.left?.filter((b) => b.role === 'dateline').map((b) => b.text)[0]).toBe('所在地区：北京市西城区');
  });

  it('a 点评 cell that prints its own 【点评】 keeps that one label; a 点评 on a row with no text is listed, never dropped', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-case-list/case-list.xlsx')));
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    // The first case's 报送单位 cell (its only use in the list) becomes a comment that opens with the label.
    expect(strings.split('<t>北京市西城区广外街道</t>')).toHaveLength(2);
    zip.file('xl/sharedStrings.xml', strings.replace('<t>报送单位</t>', '<t>编者点评</t>').replace('<t>北京市西城区广外街道</t>', '<t>【点评】把好事办好。</t>'));
    const labelled = await readInput('list.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    const lines = labelled.text.split('\n').filter(Boolean);
    const second = lines.indexOf('“一站三中心”一切以群众为中心——天津宝坻区推行乡镇“一站三中心”工作模式');
    expect(lines.slice(0, second).filter((l) => l.startsWith('【点评】'))).toEqual(['【点评】把好事办好。']);
    expect(lines[second - 1]).toBe('【点评】把好事办好。');

    // The same list with the first case's text cell emptied: its comment has no case, and the report lists it.
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // E3 is the first case's 案例正文 cell.
    const emptied = sheet.replace('<c r="E3" s="4" t="s"><v>9</v></c>', '');
    expect(emptied).not.toBe(sheet);
    zip.file('xl/worksheets/sheet1.xml', emptied);
    const untexted = await readInput('list.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    expect(untexted.text).not.toContain('把好事办好');
    expect(untexted.left?.filter((b) => b.text === '【点评】把好事办好。').map((b) => b.role)).toEqual(['unknown']);
  });

  it('a workbook without a title and a text column, and a .xls under .xlsx, are refused saying what to do', async () => {
    expect(await failure('list.xlsx', readFileSync(path.join(FIXTURES, 'compilation-styles.docx')))).toMatch(/^list\.xlsx: not a readable \.xlsx workbook/);
    expect(await failure('list.xlsx', readFileSync(path.join(FIXTURES, 'compilation.doc')))).toBe('list.xlsx: this is an Excel 97–2003 (.xls) workbook named .xlsx; open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx)');
  });

  /** The other-tools fixture with its parts moved: the workbook and its sheet where `layout` puts them. */
  async function relaid(layout: { workbook: string; sheet: string; target: string; drop?: boolean }): Promise<Uint8Array> {
    const source = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-other-tools/wps-inline-strings.xlsx')));
    const out = new JSZip();
    const text = (name: string) => source.file(name)!.async('string');
    out.file('[Content_Types].xml', await text('[Content_Types].xml'));
    out.file('_rels/.rels', (await text('_rels/.rels')).replace('Target="/xl/workbook.xml"', `Target="${layout.workbook}"`));
    out.file(layout.workbook, await text('xl/workbook.xml'));
    const rels = layout.workbook.replace(/([^/]+)$/, '_rels/$1.rels');
    out.file(rels, (await text('xl/_rels/workbook.xml.rels')).replace('Target="/xl/worksheets/Sheet1.xml"', `Target="${layout.target}"`));
    if (!layout.drop) out.file(layout.sheet, await text('xl/worksheets/sheet1.xml'));
    return out.generateAsync({ type: 'uint8array' });
  }

  it('follows the relationships to a workbook and sheet wherever the package puts them, inline strings read', async () => {
    for (const layout of [
      { workbook: 'xl/workbook.xml', sheet: 'xl/worksheets/sheet.xml', target: './worksheets/sheet.xml' },
      { workbook: 'workbook/book.xml', sheet: 'sheets/Sheet1.xml', target: '../sheets/sheet1.xml' },
    ]) {
      const doc = await readInput('list.xlsx', await relaid(layout));
      expect(doc.headings, JSON.stringify(layout)).toHaveLength(3);
      expect(doc.meta.title).toBe('联系服务群众经验案例征集汇总表');
    }
    expect(await failure('list.xlsx', await relaid({ workbook: 'xl/workbook.xml', sheet: '', target: 'worksheets/sheet.xml', drop: true }))).toBe(
      'list.xlsx: the workbook\'s relationship rId1 names the part “worksheets/sheet.xml” (xl/worksheets/sheet.xml), which is not in the package; open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx) again',
    );
  });

  it('reads a header over two rows as one: sub-heads under a text label merged across are section heads, each before its cell’s paragraphs', async () => {
    const doc = await read('xlsx-split-columns/split-columns.xlsx');
    const lines = doc.text.split('\n');
    // Only the titles are declared: a declared heading starts a case, and a sub-head is a line of the case's text.
    const titles = doc.headings;
    expect(titles.map((h) => [h.level, lines[h.line - 1]])).toEqual([
      [1, '把政府的“好心”办成群众满意的“好事”——北京西城区广外街道把党支部建在民生项目上'],
      [1, '“一站三中心”一切以群众为中心——天津宝坻区推行乡镇“一站三中心”工作模式'],
      [1, '一名党员联十户你有困难我服务——河北饶阳县在村级建立“1+10”党员联系户制度'],
    ]);
    // The third case: 基本情况 one paragraph, 主要做法 four (line feeds in its cell), 取得成效 one.
    const third = lines.slice(titles[2]!.line).filter(Boolean);
    expect(third.map((l) => (/^(基本情况|主要做法|取得成效)$/.test(l) ? l : '¶'))).toEqual(['基本情况', '¶', '主要做法', '¶', '¶', '¶', '¶', '取得成效', '¶']);
    // The label over the sub-heads names the whole text: the form's, in no body.
    expect(doc.text).not.toMatch(/案例主要内容|初审意见|推荐|申报单位|××/);
    // No place column: the unit that files the case places it.
    expect(doc.places).toEqual(titles.map((h, i) => ({ line: h.line, place: ['中共北京市西城区广外街道工作委员会', '中共天津市宝坻区委组织部', '中共饶阳县委组织部'][i] })));
    expect(doc.left?.filter((b) => b.role === 'dateline').map((b) => b.text)).toEqual([
      '申报单位：中共北京市西城区广外街道工作委员会　联系人：××',
      '申报单位：中共天津市宝坻区委组织部　联系人：××',
      '申报单位：中共饶阳县委组织部　联系人：××',
    ]);
    // The hidden 初审意见 column is the collector's review of each case: listed as theirs, saying it was hidden.
    const reviews = doc.left?.filter((b) => b.role === 'compilers-addition' && b.text.startsWith('初审意见'));
    expect(reviews?.map((b) => b.text)).toEqual(['初审意见：同意推荐，标题可再凝练。', '初审意见：同意推荐。', '初审意见：拟推荐，请补充数据来源。']);
    expect(reviews?.[0]?.reason).toMatch(/此列在表中是隐藏的/);
    // The header's labels are the collector's table, listed once; the sub-heads are also in each case's text.
    expect(doc.left?.filter((b) => b.text.startsWith('序号')).map((b) => [b.role, b.text])).toEqual([
      ['compilers-addition', '序号　案例名称　申报单位　案例主要内容　初审意见　联系人　备注　基本情况　主要做法　取得成效'],
    ]);
  });

  it('under a label merged across, a sub-head that is a field of its own keeps its role, and one naming the whole text heads nothing', async () => {
    // The other-tools list with its title row made the parent of its header: 案例内容 over 案例名称 … 案例正文, 序号 merged down.
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-other-tools/wps-inline-strings.xlsx')));
    const sheet = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(sheet)!.async('string');
    expect(xml).toContain('<mergeCell ref="A1:E1"/>');
    zip.file(sheet, xml.replace('<t>联系服务群众经验案例征集汇总表</t></is></c>', '<t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>案例内容</t></is></c>').replace('<mergeCells count="1"><mergeCell ref="A1:E1"/>', '<mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="B1:E1"/>'));
    const doc = await readInput('list.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    const lines = doc.text.split('\n');
    expect(doc.headings.map((h) => lines[h.line - 1])).toEqual([
      '把政府的“好心”办成群众满意的“好事”——北京西城区广外街道把党支部建在民生项目上',
      '“一站三中心”一切以群众为中心——天津宝坻区推行乡镇“一站三中心”工作模式',
      '一名党员联十户你有困难我服务——河北饶阳县在村级建立“1+10”党员联系户制度',
    ]);
    expect(doc.text).not.toMatch(/案例内容|案例正文|案例名称|报送单位|所在地区/);
    expect(doc.places?.map((p) => p.place)).toEqual(['北京市西城区', '天津市宝坻区', '河北省衡水市饶阳县']);
  });

  it('warns where a column read as the cases’ text is hidden in the sheet', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-split-columns/split-columns.xlsx')));
    const sheet = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(sheet)!.async('string');
    expect(xml).toContain('min="7" max="7"');
    zip.file(sheet, xml.replace('min="7" max="7"', 'min="5" max="5"'));
    const doc = await readInput('list.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    expect(doc.warnings).toContain('sheet “汇总表”: the column 主要做法 is hidden in the sheet; its cells are read as the cases\' text: check that the collector did not hide them to leave them out');
    // 初审意见, no longer hidden, is still the collector's review.
    expect(doc.left?.find((b) => b.text.startsWith('初审意见'))).toMatchObject({ role: 'compilers-addition', reason: expect.not.stringMatching(/hidden/) });
  });

  it('gives one draft per row when the titles carry no ——subtitle: the sub-heads under each title start no case', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-split-columns/split-columns.xlsx')));
    const sheet = 'xl/worksheets/sheet1.xml';
    // openpyxl writes every string inline, each character a numeric reference: read them, then cut each title's ——subtitle.
    const xml = (await zip.file(sheet)!.async('string')).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
    zip.file(sheet, xml.replace(/——[^<]*/g, ''));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const { doc } = await ingestInput('list.xlsx', bytes, { methods: [], themes: [], regions: loadRegionIndex() });
    expect(doc.drafts.map((d) => [d.title, d.raw.slice(0, 3)])).toEqual([
      ['把政府的“好心”办成群众满意的“好事”', ['基本情况', expect.stringMatching(/^2012年腊月廿三/), '主要做法']],
      ['“一站三中心”一切以群众为中心', ['基本情况', expect.stringMatching(/^天津市宝坻区/), '主要做法']],
      ['一名党员联十户你有困难我服务', ['基本情况', expect.stringMatching(/^2012年7月23日/), '主要做法']],
    ]);
  });
});

describe('Excel forms, one case per sheet (.xlsx)', () => {
  it('reads each sheet of labels and values as a case, a merged region one cell, and lists the rest with its role', async () => {
    const doc = await read('xlsx-sheet-forms/sheet-forms.xlsx');
    const lines = doc.text.split('\n');
    expect(doc.headings.map((h) => lines[h.line - 1])).toEqual([
      '把政府的“好心”办成群众满意的“好事”——北京西城区广外街道把党支部建在民生项目上',
      '“一站三中心”一切以群众为中心——天津宝坻区推行乡镇“一站三中心”工作模式',
      '一名党员联十户你有困难我服务——河北饶阳县在村级建立“1+10”党员联系户制度',
    ]);
    // 所在地区 and the unit that files the case both say where it is from (the unit may name its township), 所在地区 first.
    expect(doc.places).toEqual(doc.headings.map((h, i) => ({ line: h.line, place: ['北京市西城区 广外街道党工委', '宝坻区委组织部', '河北省饶阳县 饶阳县委组织部'][i] })));
    // 案例正文 merged down beside a paragraph a row labels each: the six rows are the third case's six paragraphs.
    expect(lines.slice(doc.headings[2]!.line).filter(Boolean)).toHaveLength(6);
    const datelines = doc.left?.filter((b) => b.role === 'dateline').map((b) => b.text);
    // The value merged over two columns is 申报单位's, and 联系人 the label of the next value: only the merges tell.
    expect(datelines?.[0]).toBe('案例名称、案例正文　××市联系服务群众优秀案例申报表　申报单位：广外街道党工委　联系人：××　所在地区：北京市西城区　推荐意见：同意推荐。（盖章）');
    // A label left without its value at the row's end is stated empty; the text is 主要做法 then 取得成效.
    expect(datelines?.[1]).toBe('案例名称、主要做法、取得成效　××市联系服务群众优秀案例申报表　报送单位：宝坻区委组织部　联系电话：');
    expect(datelines?.[2]).toBe('案例名称、案例正文　××市联系服务群众优秀案例申报表　推荐单位：饶阳县委组织部　所在地区：河北省饶阳县　推荐意见：同意推荐。（盖章）');
    expect(doc.left?.filter((b) => b.role === 'compilers-addition').map((b) => b.text)).toEqual(['填表说明', '1.每个案例单独填写一张工作表。', '2.案例正文可在单元格内分段（Alt+Enter）。']);
    expect(doc.text).not.toMatch(/案例名称|联系人|××|推荐意见|\u3000/);
  });

  it('a form’s 初审意见 is the collector’s review, listed as theirs, as a case list’s is', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-sheet-forms/sheet-forms.xlsx')));
    const sheet = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(sheet)!.async('string');
    expect(xml).toContain('<t>推荐意见</t>');
    zip.file(sheet, xml.replace('<t>推荐意见</t>', '<t>初审意见</t>'));
    const doc = await readInput('forms.xlsx', await zip.generateAsync({ type: 'uint8array' }));
    expect(doc.left?.filter((b) => b.role === 'compilers-addition' && /初审/.test(b.text)).map((b) => [b.text, b.reason])).toEqual([
      ['初审意见：同意推荐。（盖章）', '工作表“广外街道”：征集者对“把政府的“好心”办成群众满意的“好事”——北京西城区广外街道把党支部建在民生项目上”的审核意见，不是原文'],
    ]);
    expect(doc.left?.find((b) => b.role === 'dateline')?.text).not.toMatch(/初审|同意推荐/);
  });

  it('refuses a workbook where no sheet is a case list or a form, naming the file and each sheet', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'xlsx-sheet-forms/sheet-forms.xlsx')));
    for (const sheet of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) {
      const xml = await zip.file(sheet)!.async('string');
      expect(xml).toContain('<t>案例名称</t>');
      zip.file(sheet, xml.replace('<t>案例名称</t>', '<t>案例类别</t>'));
    }
    expect(await failure('forms.xlsx', await zip.generateAsync({ type: 'uint8array' }))).toBe(
      'forms.xlsx: sheets “广外街道”、“宝坻区”、“饶阳县”、“填表说明” hold no case: the reader takes a case list (a header row with 案例名称 and 案例正文 columns, one case per row) or a form (案例名称 and 案例正文 labels beside or above their values, one case per sheet); add those labels or export the cases as .docx',
    );
  });
});

describe('Word review marks (.docx)', () => {
  it('reads tracked changes as accepted, leaves comments and text boxes out, and lists each for the report', async () => {
    const doc = await read('docx-revisions/jiahe-revisions.docx');
    // The insertion is in, the deleted duplicate sentence once only, the sidebar and the comment not at all.
    expect(doc.text).toContain('一是制度设计充分征求领导意见。议事讲规则、决策讲规程，每项责任确定');
    expect(doc.text.split('1、以群众工作为中心常态化。')).toHaveLength(2);
    expect(doc.text).not.toMatch(/【链接】|十八大报告|请核对/);
    expect(doc.left).toEqual([
      expect.objectContaining({ role: 'revision', text: '1、以群众工作为中心常态化。', reason: expect.stringMatching(/^修订中删除的文字（修订者：审校 2024-03-18，在“1、以群众工作为中心常态化。/) }),
      expect.objectContaining({ role: 'comment', text: '请核对“四联四包”的具体内容，是否需要展开说明', reason: expect.stringContaining('针对“推行“四联四包””') }),
      expect.objectContaining({ role: 'textbox', text: '【链接】\n十八大报告指出:坚持以人为本、执政为民,始终保持党同人民群众的血肉联系。', reason: expect.stringMatching(/^文本框（锚定于第5段“2、确保领导责任制度化/) }),
    ]);
    expect(doc.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^Word 修订 read as accepted: 1 tracked insertion\(s\) kept in the text, 1 tracked deletion\(s\) left out/)]));
  });

  it('a document without review marks reports none', async () => {
    const doc = await read('compilation-styles.docx');
    expect(doc.left ?? []).toEqual([]);
    expect(doc.warnings?.some((w) => /修订|批注|text box/.test(w)) ?? false).toBe(false);
  });
});

describe('Word automatic numbering (.docx)', () => {
  it('counts the way Word shows numbers', () => {
    expect([1, 10, 11, 20, 23, 100, 105, 110].map(chineseCounting)).toEqual(['一', '十', '十一', '二十', '二十三', '一百', '一百零五', '一百一十']);
    expect([formatNumber(3, 'decimal'), formatNumber(3, 'ideographTraditional'), formatNumber(3, 'decimalEnclosedCircleChinese'), formatNumber(4, 'upperRoman'), formatNumber(1, 'bullet')]).toEqual(['3', '丙', '③', 'IV', undefined]);
  });

  it('writes the numbers of numbered case titles into the text and marks them as the outline', async () => {
    const doc = await read('docx-numbering/shijingshan-numbered.docx');
    const lines = doc.text.split('\n');
    const outline = doc.headings.filter((h) => h.level === 1).map((h) => lines[h.line - 1]);
    expect(outline).toEqual(['党代表联系服务群众工作短文摘登(一)', '一、将群众路线贯穿基层组织工作始终', '二、始终坚持群众路线 切实做好新形势下群众工作', '三、找准需求与服务的对接口 在实践中提升群众工作水平', '四、坚持四个“一线”做好群众工作']);
    // The text's own typed section numbers are not the outline.
    expect(doc.headings.some((h) => lines[h.line - 1]!.startsWith('一、强化宗旨意识'))).toBe(false);
    expect(doc.warnings).toContain("4 paragraph(s) numbered by Word's automatic numbering: their numbers (一、 二、 三、 四、…) are written into the text as Word shows them");
  });

  it('gives one draft per numbered case, not per section of one of them', async () => {
    const file = path.join(FIXTURES, 'docx-numbering/shijingshan-numbered.docx');
    const { doc } = await ingestInput(file, readFileSync(file), { methods: [], themes: [], regions: loadRegionIndex() });
    expect(doc.drafts.map((d) => [d.title, d.authors.map((a) => a.name).join()])).toEqual([
      ['将群众路线贯穿基层组织工作始终', '崔章程'],
      ['始终坚持群众路线 切实做好新形势下群众工作', '吕秀艳'],
      ['找准需求与服务的对接口 在实践中提升群众工作水平', '陈婷婷'],
      ['坚持四个“一线”做好群众工作', '王永明'],
    ]);
  });
});

describe('OFD (GB/T 33190)', () => {
  it('reads DeltaX with its g-repeats', () => {
    expect(deltas('g 3 5.6 2.8 g 2 1')).toEqual([5.6, 5.6, 5.6, 2.8, 1, 1]);
    expect(deltas(null)).toEqual([]);
  });

  it('rejoins one TextCode per line into the paragraphs, drops page numbers, takes DocInfo as hints', async () => {
    const doc = await read('ofd-article/yongshan.ofd');
    const paragraphs = doc.text.split('\n').filter(Boolean);
    expect(doc.format).toBe('ofd');
    expect(paragraphs.slice(0, 2)).toEqual(['做群众工作的几点体会', '永善县政府办党总支书记　肖文杰']);
    // The source's six paragraphs, each whole, none glued to the next.
    expect(paragraphs.slice(2)).toHaveLength(6);
    expect(paragraphs[2]).toMatch(/^十八大报告指出.*“四个方面”。$/);
    expect(doc.headings[0]).toEqual({ line: 1, level: 1, cue: 'emphasis', size: 7.7 });
    expect(doc.meta).toMatchObject({ title: '做群众工作的几点体会', author: '肖文杰' });
    expect(doc.dropped['page numbers']).toBeGreaterThanOrEqual(2);
    expect(doc.text).not.toMatch(/- \d -/);
  });

  it('reads a notice across pages in order: 文号, the notice, then its 附件', async () => {
    const doc = await read('ofd-notice/notice-2024-12.ofd');
    const paragraphs = doc.text.split('\n').filter(Boolean);
    expect(paragraphs.slice(0, 10)).toEqual([
      '中共××省委组织部',
      '×组通〔2024〕12号',
      '关于印发联系服务群众经验案例的通知',
      '各市（州）委组织部：',
      '现将《各地联系服务群众经验做法选编》中的3个案例印发给你们，请结合实际学习借鉴。',
      '附件：联系服务群众经验案例',
      '中共××省委组织部',
      '2024年3月15日',
      '附件',
      '联系服务群众经验案例',
    ]);
    expect(doc.warnings).toContain("OFD DocInfo: created 2024-03-15 with Suwell OFD Writer (the file's date, not taken as the document's)");
  });

  it('a scanned OFD (pages of images only) is refused with nothing read', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Title>扫描件</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>');
    zip.file('Doc_0/Document.xml', '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>');
    zip.file('Doc_0/Pages/Page_0/Content.xml', '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2"><ofd:ImageObject ID="3" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="4"/></ofd:Layer></ofd:Content></ofd:Page>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await failure('scan.ofd', bytes)).toBe('scan.ofd: scanned OFD: its pages are images with no text layer; run OCR first and ingest the text export');
  });

  it('a damaged OFD is refused saying what to do', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'ofd-article/yongshan.ofd')).subarray(0, 2000);
    expect(await failure('notice.ofd', bytes)).toMatch(/^notice\.ofd: not a readable OFD .*export it again/);
  });
});

describe('newspaper page (.pdf)', () => {
  it('gives headlines and subtitles their levels by type size, and lists masthead and captions instead of reading them in', async () => {
    const doc = await read('pdf-newspaper/page.pdf');
    const lines = doc.text.split('\n');
    expect(doc.headings.map((h) => [h.level, lines[h.line - 1]])).toEqual([
      [1, '擦亮为民服务的窗口'],
      [2, '——江苏南京市车管所争创“人民满意”单位'],
      [1, '家有难题请找老李'],
      [2, '——河南濮阳市“老李服务热线”成为服务百姓贴心线'],
    ]);
    expect(doc.text).not.toMatch(/××日报|第5版|投稿邮箱|新闻热线|图为/);
    expect(doc.left?.filter((b) => b.role === 'caption').map((b) => b.text)).toEqual(['图为南京市车管所设在居民小区的服务点。', '图为“老李服务热线”的话务员在接听群众来电。']);
    expect(doc.left?.filter((b) => b.role === 'masthead').map((b) => b.text)).toEqual(expect.arrayContaining(['××日报', '第5版', '党建周刊', '本版投稿邮箱：djzk@××.cn']));
    // A justified line that spread the characters apart reads as the text it is.
    expect(doc.text).toContain('利用信息化技术创新服务方式');
  });

  it('a page without edition lines keeps its top lines', async () => {
    const doc = await read('pdf-radicals/yongshan-radicals.pdf');
    // Its page numbers are listed as page furniture; nothing of it is a masthead.
    expect((doc.left ?? []).filter((b) => b.role !== 'running-head')).toEqual([]);
    expect((doc.left ?? []).map((b) => b.reason)).toContain('第1页：页码，不是正文');
    expect(doc.text.startsWith('做群众工作的几点体会')).toBe(true);
  });
});

describe('refusals that help', () => {
  it.each([
    ['notice.wps', /WPS 文字 document: open it in WPS and 另存为 Word 文档 \(\.docx\)/],
    ['list.xls', /Excel 97–2003 workbook: open it in Excel or WPS and 另存为 Excel 工作簿 \(\.xlsx\)/],
    ['list.et', /WPS 表格 workbook: .*另存为 Excel 工作簿 \(\.xlsx\)/],
    // Read formats: bytes that are not one are refused as damaged, with what to do.
    ['essay.rtf', /not an RTF document \(it does not open with \{\\rtf\); .*save a copy again as \.rtf or \.docx/],
    ['essay.odt', /not an OpenDocument text \(no zip package\); .*save a copy again as \.odt/],
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
