/**
 * Layouts of the fourteenth held-out set (#23), each by the principle it breaks, on small texts and fixtures made
 * the way the tools make them (never a copy of a held-out file).
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { parseAuthorLine, stripMarkers } from '../../src/lib/ingest/case-start.ts';
import { setCaseForms } from '../../src/lib/ingest/read/docx-form.ts';
import { caseOfForm, formFields } from '../../src/lib/ingest/case-form.ts';
import { parseHTML } from 'linkedom';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const paras = (...ps: string[]) => ps.join('\n\n') + '\n';
const prose = '党员走访收集的问题统一登记进村级民情台账，实行收集、交办、办理、反馈闭环管理，群众满意率逐年提高。';

describe('a report signed by a unit’s research group', () => {
  it('reads the 课题组 line centred under the title as the signing unit: no subtitle, no author', () => {
    const hints = { headings: [{ line: 1, level: 1 }, { line: 3, level: 2, cue: 'emphasis' as const }] };
    const doc = analyseDocument(paras('关于湄潭县农村党员联系服务群众情况的调研报告', '中共湄潭县委组织部课题组', prose, prose.replace('党员', '干部')), vocab, {}, hints);
    expect(doc.drafts).toHaveLength(1);
    expect(doc.drafts[0]!.subtitle).toBeUndefined();
    expect(doc.drafts[0]!.authors).toEqual([]);
    expect(doc.left?.find((b) => b.text === '中共湄潭县委组织部课题组')?.role).toBe('byline');
  });
});

describe('a byline carrying a footnote’s reference', () => {
  it('names the author without the mark: the mark is the note’s', () => {
    expect(parseAuthorLine('龙秀英[1]')).toEqual([{ name: '龙秀英' }]);
    expect(parseAuthorLine('龙秀英①')).toEqual([{ name: '龙秀英' }]);
  });
});

describe('a line in stated type over a case title in a form', () => {
  it('is no 引题 when its type is stated and the headline’s is not: it is not shown smaller (a 推荐表’s title over its forms)', () => {
    const text = paras('寿宁县“我为群众办实事”典型案例推荐表', '“跑小二”代办让群众办事不出村', '吴建华', prose, '“茶山夜校”办到群众心坎上', '缪丽萍、叶志强', prose.replace('党员', '干部'));
    const hints = { headings: [{ line: 1, level: 2, cue: 'emphasis' as const, size: 18 }, { line: 3, level: 1 }, { line: 9, level: 1 }] };
    const doc = analyseDocument(text, vocab, {}, hints);
    expect(doc.drafts.map((d) => [d.title, d.subtitle, d.authors.map((a) => a.name)])).toEqual([
      ['“跑小二”代办让群众办事不出村', undefined, ['吴建华']],
      ['“茶山夜校”办到群众心坎上', undefined, ['缪丽萍', '叶志强']],
    ]);
  });
});

describe('a briefing’s item headlines printed in 【】', () => {
  it('are titles without their brackets; a column label over them stays a label', () => {
    const text = paras('【贡江镇推行“屋场夜话”把群众的急难愁盼收上来】', prose, '【车溪乡“党员联户码”让服务一扫就到】', prose.replace('党员', '干部'));
    const hints = { headings: [{ line: 1, level: 1 }, { line: 5, level: 1 }] };
    const doc = analyseDocument(text, vocab, {}, hints);
    expect(doc.drafts.map((d) => d.title)).toEqual(['贡江镇推行“屋场夜话”把群众的急难愁盼收上来', '车溪乡“党员联户码”让服务一扫就到']);
    expect(stripMarkers('【基层动态】')).toBe('【基层动态】');
  });
});

describe('a case signed by its unit and then its writer', () => {
  it('keeps its title: the unit line over 执笔：… is the byline’s first line, never a title', () => {
    const text = paras(
      '案例一', '“周末夜谈”谈出民生实事清单', '玉山镇党委', prose,
      '案例二', '古镇里的“红色管家”', '周庄镇党委', '执笔：顾晓峰', prose.replace('党员', '干部'),
      '案例三', '千灯镇“企业服务专员”为企业职工办实事', '千灯镇党委', prose.replace('党员', '专员'),
    );
    const hints = { headings: [1, 9, 19].map((line) => ({ line, level: 1 })).concat([3, 11, 21].map((line) => ({ line, level: 2 }))) };
    const doc = analyseDocument(text, vocab, {}, hints);
    expect(doc.drafts.map((d) => [d.title, d.authors.map((a) => a.name)])).toEqual([
      ['“周末夜谈”谈出民生实事清单', []],
      ['古镇里的“红色管家”', ['顾晓峰']],
      ['千灯镇“企业服务专员”为企业职工办实事', []],
    ]);
  });
});

describe('a Word form filing a case', () => {
  const form = (titleRow: string) => `<body><table>${titleRow}
    <tr><td><p>案例名称</p></td><td><p>“跑小二”代办让群众办事不出村</p></td></tr>
    <tr><td><p>撰 稿 人</p></td><td><p>吴建华</p></td></tr>
    <tr><td><p>案例内容</p></td><td><p>${prose}</p><p>${prose.replace('党员', '干部')}</p></td></tr>
    <tr><td><p>推荐意见</p></td><td><p>同意推荐。</p><p>（盖章）</p></td></tr></table></body>`;
  it('is set as the case reads, with a merged title row inside the table reported as the form’s', () => {
    const { document } = parseHTML(`<html>${form('<tr><td colspan="2"><p>典型案例推荐表</p></td></tr>')}</html>`) as unknown as { document: Document };
    const { cases, left } = setCaseForms(document.body);
    expect(cases).toEqual([{ title: '“跑小二”代办让群众办事不出村' }]);
    expect(Array.from(document.body.children).map((e) => `${e.tagName.toLowerCase()}:${e.textContent}`)).toEqual(['h1:“跑小二”代办让群众办事不出村', 'p:吴建华', `p:${prose}`, `p:${prose.replace('党员', '干部')}`]);
    expect(left.map((b) => b.text).join('\n')).toContain('典型案例推荐表');
    expect(left.map((b) => b.text).join('\n')).toContain('推荐意见：同意推荐。 （盖章）');
  });

  it('reads a label set across the table over its value merged across the row below (案例内容 over the text), as a sheet’s form is read', () => {
    const stacked = `<body><table><tr><td colspan="2"><p>典型案例推荐表</p></td></tr>
      <tr><td><p>案例名称</p></td><td><p>“跑小二”代办让群众办事不出村</p></td></tr>
      <tr><td colspan="2"><p>案 例 内 容</p></td></tr>
      <tr><td colspan="2"><p>${prose}</p><p>${prose.replace('党员', '干部')}</p></td></tr>
      <tr><td colspan="2"><p>推荐意见</p></td></tr>
      <tr><td colspan="2"><p>同意推荐。</p></td></tr></table></body>`;
    const { document } = parseHTML(`<html>${stacked}</html>`) as unknown as { document: Document };
    const { cases, left } = setCaseForms(document.body);
    expect(cases).toEqual([{ title: '“跑小二”代办让群众办事不出村' }]);
    expect(Array.from(document.body.children).map((e) => `${e.tagName.toLowerCase()}:${e.textContent}`)).toEqual(['h1:“跑小二”代办让群众办事不出村', `p:${prose}`, `p:${prose.replace('党员', '干部')}`]);
    // A label the form rules do not read (推荐意见) stays a line of its own: the value under it is listed, never read in.
    expect(left.map((b) => b.text)).toEqual(['案例名称、案例内容　典型案例推荐表　推荐意见　同意推荐。']);
  });

  it('lists a cell standing where a label would as it is typed: a value past a row’s pairs on a sheet (附件：照片 3 张) keeps its colon and spaces', () => {
    // The rows as read/xlsx.ts hands them: a row of three cells gets an empty fourth, so the third stands as a label.
    const rows = [[['案例名称'], ['“跑小二”代办让群众办事不出村']], [['案例正文'], [prose]], [['联 系 人'], ['××'], ['备注'], ['无']], [['附件：照片 3 张'], []]];
    const form = caseOfForm(formFields(rows));
    expect(form?.left.text).toContain('附件：照片 3 张');
    expect(form?.left.text).toContain('联 系 人：××');
  });

  it('reads a Word form on a grid of three columns as a sheet’s form is read: an empty cell closing a row is none, a row’s odd cell a label', () => {
    const three = `<body><table>
      <tr><td><p>案例名称</p></td><td><p>“跑小二”代办让群众办事不出村</p></td><td></td></tr>
      <tr><td><p>案例正文</p></td><td><p>${prose}</p></td><td><p></p></td></tr>
      <tr><td><p>联系人</p></td><td><p>张三</p></td><td><p>电话：138</p></td></tr></table></body>`;
    const { document } = parseHTML(`<html>${three}</html>`) as unknown as { document: Document };
    const { cases, left } = setCaseForms(document.body);
    expect(cases).toEqual([{ title: '“跑小二”代办让群众办事不出村' }]);
    expect(Array.from(document.body.children).map((e) => e.textContent)).toEqual(['“跑小二”代办让群众办事不出村', prose]);
    expect(left.map((b) => b.text)).toEqual(['案例名称、案例正文　联系人：张三　电话：138：']);
  });

  it('reads a label merged down (Word’s vMerge, a rowspan) beside a paragraph a row as labelling each, as a sheet’s form is read', () => {
    const merged = `<body><table>
      <tr><td><p>案例名称</p></td><td><p>“跑小二”代办让群众办事不出村</p></td><td><p>报送单位</p></td><td><p>中共××县委组织部</p></td></tr>
      <tr><td rowspan="2"><p>案例内容</p></td><td colspan="3"><p>${prose}</p></td></tr>
      <tr><td colspan="3"><p>${prose.replace('党员', '干部')}</p></td></tr>
      <tr><td rowspan="2"><p>联系人</p></td><td rowspan="2"><p>××</p></td><td><p>办公电话</p></td><td><p>××</p></td></tr>
      <tr><td><p>手机</p></td><td><p>××</p></td></tr></table></body>`;
    const { document } = parseHTML(`<html>${merged}</html>`) as unknown as { document: Document };
    const { cases, left } = setCaseForms(document.body);
    expect(cases).toEqual([{ title: '“跑小二”代办让群众办事不出村', place: '中共××县委组织部' }]);
    expect(Array.from(document.body.children).map((e) => `${e.tagName.toLowerCase()}:${e.textContent}`)).toEqual(['h1:“跑小二”代办让群众办事不出村', `p:${prose}`, `p:${prose.replace('党员', '干部')}`]);
    // A value merged down is read once, at its top: the row under it pairs its own label and value after it.
    expect(left.map((b) => b.text)).toEqual(['案例名称、案例内容　报送单位：中共××县委组织部　联系人：××　办公电话：××　联系人：　手机：××']);
  });
});
