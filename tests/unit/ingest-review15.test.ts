/**
 * Inputs the session's new ingest rules (parts, 后记, 街道/社区/镇 bylines,
 * omissions, the traditional fold) were not designed for: each keeps the
 * case's own text and invents no author, note or omission.
 */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition.ts';
import { parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { compilersBlocks } from '../../src/lib/ingest/omissions.ts';
import { foldForMatching } from '../../src/lib/ingest/script-fold.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const caseBody = (place: string) => `${place}干部每月走访群众，听取意见，解决问题，群众满意。这是一段完整的正文，写明了做法与成效。`;
const at = (text: string, line: number) => ({ text, first: line, last: line });

describe('a unit ending in 街道/社区/镇 before a name', () => {
  it('is a byline where the unit and the person are named (北京市西城区广外街道　王永明, 城关镇 李四)', () => {
    expect(parseAuthorLine('北京市西城区广外街道　王永明')).toEqual([{ name: '王永明', role: '北京市西城区广外街道' }]);
    expect(parseAuthorLine('某某社区 张三')).toEqual([{ name: '张三', role: '某某社区' }]);
  });

  it('is no byline where the "name" is a word: a slogan subtitle (情系社区 为民, 和谐社区 共建) invents no author', () => {
    for (const line of ['情系社区 为民', '扎根社区 服务', '和谐社区 共建', '美丽城镇 建设']) expect(parseAuthorLine(line), line).toBeUndefined();
    // The kind alone names no unit: a line opening with it (社区 王芳 …) is no byline.
    expect(parseAuthorLine('社区 王芳')).toBeUndefined();
    expect(parseAuthorLine('街道 李四')).toBeUndefined();
    const doc = analyseDocument(['北京西城区广外街道党支部建在项目上', '', '情系社区 为民', '', caseBody('广外街道')].join('\n'), vocab);
    expect(doc.drafts[0]!.authors).toEqual([]);
  });
});

describe('a 后记 in a compilation', () => {
  it('not set as a heading where the case titles are (# …) is a section of the last case: its text, not the compilers’ note', () => {
    const own = '写完这篇材料，我想起宝坻区的老党员说过的话，干部要常到群众中去。';
    const text = ['# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '# 天津宝坻区推行一站三中心', '', caseBody('宝坻区'), '', '后记', '', own].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts.at(-1)!.raw).toEqual([caseBody('宝坻区'), '后记', own]);
    expect(doc.editorNote).toBeUndefined();
  });
});

describe('a 后记 marked as the case titles are (# 后记)', () => {
  it('is the compilers’ closing note, never a case of its own', () => {
    const note = '我们选取两篇，供学习参考。';
    const text = ['# 北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', '# 天津宝坻区推行一站三中心', '', caseBody('宝坻区'), '', '# 后记', '', note].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '天津宝坻区推行一站三中心']);
    expect(doc.drafts.at(-1)!.raw).toEqual([caseBody('宝坻区')]);
    expect(doc.editorNote).toBe(note);
  });
});

describe('a heading ranked above the case titles', () => {
  it('standing alone over all of them is the compilation’s title, not a part', () => {
    const lines = ['联系服务群众经验做法选编', '北京西城区广外街道党支部建在项目上', caseBody('广外街道'), '天津宝坻区推行一站三中心', caseBody('宝坻区'), '湖南嘉禾推行四联四包', caseBody('嘉禾县')];
    const hints = { headings: [{ line: 1, level: 1 }, { line: 3, level: 2 }, { line: 7, level: 2 }, { line: 11, level: 2 }] };
    const doc = analyseDocument(lines.join('\n\n'), vocab, {}, hints);
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '天津宝坻区推行一站三中心', '湖南嘉禾推行四联四包']);
    expect(doc.left?.find((b) => b.line === 1)?.role).not.toBe('column');
    expect(doc.title).toBe('联系服务群众经验做法选编');
  });
});

describe('what the new rules leave as text', () => {
  it('a first line 第一部分 of a single essay’s own text stays in it', () => {
    const doc = analyseDocument(['北京西城区广外街道党支部建在项目上', '', '第一部分　基本情况', '', caseBody('广外街道'), '', '第二部分　主要做法', '', caseBody('西城区')].join('\n'), vocab);
    expect(doc.drafts[0]!.raw).toEqual(['第一部分　基本情况', caseBody('广外街道'), '第二部分　主要做法', caseBody('西城区')]);
  });

  it('a last paragraph ending in a number (…共发放 3) is text, not a contents entry', () => {
    const last = '春节前走访慰问困难党员，共发放 3';
    const doc = analyseDocument(['北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', last].join('\n'), vocab);
    expect(buildEdition(doc.drafts[0]!.raw, doc.drafts[0]!.corrections).map((b) => b.text)).toContain(last);
  });

  it('a table whose caption credits no compilers in the 编者据… form (资料来源：编者整理) stays text, not omitted', () => {
    expect(compilersBlocks([at('表1　走访情况（资料来源：编者整理）', 1), at('乡镇 | 户数', 3), at('城关镇 | 120', 5)], true)).toEqual([]);
  });

  it('a bracketed 编者注 opening the author’s paragraph omits no words of the author: only a note that is the whole block is the compilers’', () => {
    const mixed = '（编者注：文中王某为化名）王某是村里的老党员，多年来坚持每月走访困难群众，帮他们解决实际问题。';
    expect(compilersBlocks([at(mixed, 1)], true)).toEqual([]);
    const note = '（编者注：文中王某为化名。）';
    expect(compilersBlocks([at(note, 1)], true)).toEqual([{ paragraphs: [at(note, 1)], role: '编者注' }]);
    expect(compilersBlocks([at('编者注：文中王某为化名。', 1)], true)).toHaveLength(1);
    const doc = analyseDocument(['北京西城区广外街道党支部建在项目上', '', caseBody('广外街道'), '', mixed, '', caseBody('西城区')].join('\n'), vocab);
    const draft = doc.drafts[0]!;
    expect(buildEdition(draft.raw, draft.corrections).map((b) => b.text)).toContain(mixed);
  });

  it('the fold is for matching only: 乾 folds to 干, and a traditional byline keeps its name as printed', () => {
    expect(foldForMatching('乾隆')).toBe('干隆');
    expect(parseAuthorLine('記者 李乾坤')).toEqual([{ name: '李乾坤', role: '記者' }]);
  });
});
