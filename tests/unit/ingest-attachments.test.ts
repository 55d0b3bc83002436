/**
 * Tables in an ingested document (ExtractedDocument.tables) and a 公文's attachments (src/lib/ingest/attachments.ts):
 * the docx reader says which lines are a table's; the analysis never joins across a table row, never takes a row for
 * a case's title, and reports an attachment's front matter (label, form) as in no case.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { readDocx } from '../../src/lib/ingest/read/docx.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const FORMS = path.resolve('tests/fixtures/ingest/docx-attachment-forms/notice-forms.docx');

describe('tables of a Word document', () => {
  it("the reader marks each table row, one line each; a cell's several paragraphs stay paragraphs", async () => {
    const doc = await readDocx(FORMS, readFileSync(FORMS));
    const lines = doc.text.split('\n');
    const marked = doc.tables!.map((t) => lines.slice(t.first - 1, t.last));
    expect(marked.every((m) => m.length === 1 && / \| /u.test(m[0]!))).toBe(true);
    expect(marked.filter(([l]) => /^案例名称 \| /u.test(l!))).toHaveLength(3);
    expect(marked.flat()).not.toContain('2014年3月17日');
    expect(marked.flat()).not.toContain('同意推荐。');
  });
});

// A form's rows as a plain text would carry them: a row longer than a title, with no sentence's punctuation.
const ROW = '案例名称 | 群众动嘴干部跑腿——广西百色市创新农事村办服务群众机制的做法和经验值得学习借鉴';
const text = ['中共××市委组织部关于报送典型案例的函', '', '附件1', '', ROW, '', '实施单位 | 百色市委 | 所在地区 | 广西百色市', '', '群众动嘴干部跑腿', '', '——广西百色市创新“农事村办”服务群众机制', '', '50岁的李春秀是广西壮族自治区百色市右江区龙景街道的村民，她说现在办事不出村。', ''].join('\n');

describe('a table row is a unit of the table', () => {
  it('no join crosses a table row the reader marked', () => {
    const doc = analyseDocument(text, vocab, {}, { tables: [{ first: 5, last: 7 }] });
    const left = doc.left!.map((b) => b.text);
    expect(left).toContain(ROW);
    expect(left).toContain('实施单位 | 百色市委 | 所在地区 | 广西百色市');
    expect(doc.drafts.flatMap((d) => d.corrections)).toEqual([]);
  });
  it('a row that reads as a title line is none', () => {
    const titled = text.replace(ROW, '案例名称 | 群众动嘴干部跑腿——广西百色市创新“农事村办”');
    const doc = analyseDocument(titled, vocab, {}, { tables: [{ first: 5, last: 7 }] });
    expect(doc.drafts.map((d) => d.title)).toEqual(['群众动嘴干部跑腿']);
  });
});

describe('an attachment label between two cases', () => {
  const two = [
    '关于报送典型案例的函', '', '附件1', '',
    '群众动嘴干部跑腿', '', '——广西百色市创新“农事村办”服务群众机制', '', '50岁的李春秀是广西壮族自治区百色市右江区龙景街道的村民，她说现在办事不出村。', '',
    '附件2', '', '联系服务群众典型案例推荐表', '', '报送单位 | 中共××市委组织部 | 报送时间 | 2014年3月', '', '同意推荐。', '', '（盖章）', '',
    '要得群众好评先听群众批评', '', '——四川营山县城南镇“有奖批评”凝聚党心民心', '', '2009年以来，城南镇每半年组织一次“有奖批评”，换来上百条建议和意见，整改率达100%。', '',
  ].join('\n');
  it('ends the case before it: the label and the form are reported, each with its role, and no seal is an author', () => {
    const doc = analyseDocument(two, vocab, {}, { tables: [{ first: 15, last: 19 }] });
    expect(doc.drafts.map((d) => [d.title, d.lines, d.authors])).toEqual([
      ['群众动嘴干部跑腿', [9, 9], []],
      ['要得群众好评先听群众批评', [25, 25], []],
    ]);
    const reported = (line: number) => doc.left!.find((b) => b.line === line);
    expect(reported(11)).toMatchObject({ role: 'notice', reason: expect.stringContaining('附件的标注') });
    expect(reported(13)).toMatchObject({ role: 'notice', reason: expect.stringContaining('案例标题之前') });
    expect(reported(15)).toMatchObject({ role: 'notice', reason: expect.stringContaining('表格') });
    expect(reported(19)).toMatchObject({ role: 'notice', text: '（盖章）' });
  });
});

// GB/T 9704 sets a 附件说明 as 附件：name (附件：1．name for several): never a number before the colon. 附件1：title on one
// line is an attachment's label with its heading, each case a case of its own, as it was before the 附件说明 rule.
describe('attachments headed 附件1：title on one line', () => {
  const text = (place: string) => `${place}为每户移民发放一张连心卡，卡上写明联系干部的姓名和电话，群众有事打个电话，干部第二天就上门。`;
  const doc = [
    '永善县群众工作典型案例汇编', '', '附件1：务基镇建起“移民连心卡”', '', text('务基镇'), '', '附件2：黄华镇推行“干部夜访”', '', text('黄华镇'), '',
  ].join('\n');
  it('are two cases, each under its heading', () => {
    expect(analyseDocument(doc, vocab).drafts.map((d) => [d.title, d.lines])).toEqual([
      ['附件1：务基镇建起“移民连心卡”', [5, 5]],
      ['附件2：黄华镇推行“干部夜访”', [9, 9]],
    ]);
  });
});

describe("a case's own attachment in a compilation that sends no case as an attachment", () => {
  // A compilation whose cases are not 附件: the label after a case's text opens that case's own attachment (a list it
  // printed), which stays in the case as before forms17; only a label standing over the next case heads it.
  const own = [
    '经验交流材料汇编', '', '一、群众动嘴干部跑腿', '',
    '50岁的李春秀是广西壮族自治区百色市右江区龙景街道的村民，她说现在办事不出村，村里的服务站什么都能办。', '',
    '附件：', '', '龙景街道便民服务事项清单', '', '1.户籍办理。2.社保缴费。', '',
    '二、要得群众好评先听群众批评', '', '2009年以来，城南镇每半年组织一次“有奖批评”，换来上百条建议和意见，整改率达100%。', '',
  ].join('\n');
  it('keeps the attachment in the case that printed it', () => {
    const doc = analyseDocument(own, vocab);
    expect(doc.drafts.map((d) => [d.title, d.lines])).toEqual([
      ['群众动嘴干部跑腿', [5, 11]],
      ['要得群众好评先听群众批评', [15, 15]],
    ]);
    expect(doc.left!.filter((b) => b.reason.includes('附件'))).toEqual([]);
  });
});

describe('a Word file whose whole text stands in a table', () => {
  // Rows are never a title, but a cell's paragraphs are paragraphs: a file laid out in a table (a heading row 标题 | 日期
  // over a cell holding the article) keeps its title and text; the heading row is no part of the text.
  it('gives the article in its cell as a draft', async () => {
    const para = (text: string) => new Paragraph(text);
    const cell = (texts: string[], columnSpan?: number) => new TableCell({ children: texts.map(para), ...(columnSpan ? { columnSpan } : {}) });
    const body = '50岁的李春秀是广西壮族自治区百色市右江区龙景街道的村民，她说现在办事不出村，村里的服务站什么都能办。';
    const table = new Table({ rows: [new TableRow({ children: [cell(['标题']), cell(['日期'])] }), new TableRow({ children: [cell(['群众动嘴干部跑腿', body, body.replace('50岁', '60岁')], 2)] })] });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
    const { doc } = await ingestInput('table.docx', bytes, vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['群众动嘴干部跑腿']);
    expect(doc.drafts[0]!.raw.join('')).toContain('60岁的李春秀');
    expect(doc.drafts[0]!.raw.join('')).not.toContain('标题 | 日期');
  });
});

describe('tables of a web page', () => {
  it("a data table's rows are table lines; the article's paragraphs are not", async () => {
    const { readWebPage } = await import('../../src/lib/ingest/read/web-page.ts');
    const para = '50岁的李春秀是广西壮族自治区百色市右江区龙景街道的村民，她说现在办事不出村，村里的服务站什么都能办，干部跑腿群众动嘴。';
    const html = `<html><head><title>群众动嘴干部跑腿</title></head><body><article><h1>群众动嘴干部跑腿</h1><p>${para}</p><table><tr><td>实施单位</td><td>百色市委</td></tr><tr><td>所在地区</td><td>广西百色市</td></tr></table><p>${para.replace('50岁', '60岁')}</p><p>${para.replace('50岁', '70岁')}</p></article></body></html>`;
    const doc = readWebPage('page.html', html);
    const lines = doc.text.split('\n');
    expect(doc.tables?.map((t) => lines.slice(t.first - 1, t.last).filter(Boolean))).toEqual([['实施单位 | 百色市委'], ['所在地区 | 广西百色市']]);
  });
});
