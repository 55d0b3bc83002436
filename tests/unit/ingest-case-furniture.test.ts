/**
 * What a compilation prints around each case, by its role: the case's number
 * before its title (之一：, 【案例1】), the unit that supplied it (… 供稿) and the
 * information table set under the heading before the text. None of it is the
 * case's title, author or text; each is reported where it went.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { isBylineLine, parseAuthorLine, stripMarkers } from '../../src/lib/ingest/case-start.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };

const text = (n: number, place: string) =>
  `${place}第${n}段正文：干部进村入户，听取群众意见，把群众反映的问题逐一登记，限期办结，办理情况向群众公开，接受群众评议和监督。`;

/** A compilation of two cases laid out as a reviewed draft of a city's selection is: numbered 之一/之二, a 供稿 line, a form, the text. */
function compilation(mark: (n: number) => string) {
  const cases = [
    ['把群众的事办成好事——东莞市设立党代表工作室', '中共东莞市委组织部　供稿[1]', '东莞市'],
    ['群众动嘴干部跑腿——百色市推行农事村办', '（中共百色市委报送）', '百色市'],
  ] as const;
  return [
    '联系服务群众工作案例选编',
    '',
    '市委办公室　编',
    '',
    ...cases.flatMap(([title, unit, place], i) => [
      `${mark(i + 1)}${title}`,
      '',
      unit,
      '',
      '所在地区 | 主要做法 | 联系人',
      '',
      `广东省${place} | 设立工作室，定期接待群众 | （略）`,
      '',
      text(1, place),
      '',
      text(2, place),
      '',
    ]),
    '[1] 供稿单位、基本信息表为编者所列。',
  ].join('\n');
}

describe('a case number before the title', () => {
  it.each([['之一：'], ['【案例1】'], ['【案例一】'], ['案例1：']])('%s is no word of the title', (marker) => {
    expect(stripMarkers(`${marker}群众动嘴干部跑腿`)).toBe('群众动嘴干部跑腿');
  });

  it('leaves a title that only starts with 之 as printed', () => {
    expect(stripMarkers('之所以群众满意')).toBe('之所以群众满意');
  });

  it('numbers the cases of a compilation and stays out of their titles', () => {
    const doc = analyseDocument(compilation((n) => `之${'一二'[n - 1]}：`), vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['把群众的事办成好事', '群众动嘴干部跑腿']);
  });
});

// 之一/之二 number a series' parts and an article's sections as well as a compilation's cases (review17): they start
// cases only where the document is a compilation by its other evidence, and a lone 之一 never does.
describe('之一 in a single article', () => {
  const intro = '为深入开展党的群众路线教育实践活动，我县在全县推行干部联系服务群众工作机制，主要做法如下。';
  it('sections numbered 之一/之二 under an opening paragraph are the sections of one article, not cases', () => {
    const doc = analyseDocument(['我县联系服务群众的做法', '', intro, '', '之一：建立民情台账', '', text(1, '某县'), '', '之二：限期办结销号', '', text(2, '某县')].join('\n'), vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['我县联系服务群众的做法']);
    expect(doc.drafts[0]!.raw).toEqual([intro, '之一：建立民情台账', text(1, '某县'), '之二：限期办结销号', text(2, '某县')]);
  });

  it('a series article whose headline and one body line carry a lone 之一 stays one article under its printed headline', () => {
    const headline = '走进基层系列报道之一：驻村干部的一天';
    const doc = analyseDocument([headline, '', intro, '', '之一：白天进村入户', '', text(1, '某县'), '', '措施之一：建立民情台账，逐户登记群众反映的问题。', '', text(2, '某县')].join('\n'), vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual([headline]);
    expect(doc.drafts[0]!.raw).toEqual([intro, '之一：白天进村入户', text(1, '某县'), '措施之一：建立民情台账，逐户登记群众反映的问题。', text(2, '某县')]);
  });

  it('a lone 之一 heading right under the headline starts no case of its own', () => {
    const doc = analyseDocument(['驻村干部的一天', '', '之一：白天进村入户', '', text(1, '某县'), '', text(2, '某县')].join('\n'), vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['驻村干部的一天']);
    expect(doc.drafts[0]!.raw[0]).toBe('之一：白天进村入户');
  });
});

describe('the place a compilation sets under a title', () => {
  it.each([['（湖北省）'], ['（北京市石景山区）'], ['(云南省昭通市永善县)'], ['（北京市石景山区八角街道）'], ['（湖南省衡阳市石鼓区松木乡）']])('%s signs the case as a place line, with no author', (line) => {
    expect(isBylineLine(line)).toBe(true);
    expect(parseAuthorLine(line) ?? []).toEqual([]);
  });

  // A headline may end in a place's level word; a bracketed note is no place.
  // …nor is a bracketed sentence that only ends in a place (a source note, a caption): it stays the text's, and places nothing.
  it.each([['走进石景山区'], ['湖北省'], ['（资料图片）'], ['（本报记者）'], ['（一）坚持四个一线'], ['（以下内容摘自盐津县）'], ['（图为永善县务基镇）'], ['（此处略去三个县）']])('%s is no place line', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });
});

describe('the unit that supplied a case', () => {
  it.each([['中共东莞市委组织部　供稿'], ['北京市西城区广外街道 供稿[2]'], ['（中共百色市委报送）']])('%s signs as a unit, with no author', (line) => {
    expect(isBylineLine(line)).toBe(true);
    expect(parseAuthorLine(line.replace(/\[\d\]$/u, '')) ?? []).toEqual([]);
  });

  // A person recommending a text, or a sentence ending in 推荐, names no unit: such a line is no unit's credit.
  it.each([['张三同志推荐'], ['李明书记推荐'], ['经支部大会研究决定推荐']])('%s signs as no unit', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });

  it("gives no author and is reported as the case's signing unit", () => {
    const doc = analyseDocument(compilation((n) => `之${'一二'[n - 1]}：`), vocab);
    expect(doc.drafts.map((d) => d.authors)).toEqual([[], []]);
    const signed = (doc.left ?? []).filter((b) => b.role === 'byline').map((b) => b.text);
    expect(signed).toEqual(['中共东莞市委组织部　供稿[1]', '（中共百色市委报送）']);
  });
});

describe("names, then the unit they work in, in brackets (a journal's byline)", () => {
  it('names each author with the unit as their affiliation', () => {
    expect(parseAuthorLine('王立新　周　敏（中共××县委组织部）')).toEqual([
      { name: '王立新', role: '中共××县委组织部' },
      { name: '周敏', role: '中共××县委组织部' },
    ]);
    expect(isBylineLine('王立新(××市民政局)')).toBe(true);
  });
  // Words in brackets that name no unit (化名, a remark) make no byline of the words before them; a unit alone names no one.
  it.each([['张三（化名）'], ['群众说（好）'], ['（中共××县委组织部）']])('%s names no author', (line) => {
    expect(parseAuthorLine(line) ?? []).toEqual([]);
  });
});

describe('a table under the heading, before the text', () => {
  it('is a form about the case: out of the body, reported with its rows', () => {
    const doc = analyseDocument(compilation((n) => `【案例${n}】`), vocab);
    for (const d of doc.drafts) {
      expect(d.raw[0]).toMatch(/第1段正文/u);
      expect(d.raw.join('\n')).not.toContain('所在地区');
    }
    const forms = (doc.left ?? []).filter((b) => b.text.startsWith('所在地区'));
    expect(forms).toHaveLength(2);
    expect(forms[0]!.reason).toContain('案例信息表');
  });

  it("stays text where the case's text comes before it", () => {
    const doc = analyseDocument(
      ['群众动嘴干部跑腿', '', text(1, '百色市'), '', '项目 | 2012年 | 2013年', '', '办结件数 | 300 | 500', '', text(2, '百色市')].join('\n'),
      vocab,
    );
    expect(doc.drafts[0]!.raw).toContain('项目 | 2012年 | 2013年');
  });

  it("stays text in a single article that opens with its own table (a statistics bulletin): only a compilation fills in a form per case", () => {
    const doc = analyseDocument(['2013年某县国民经济和社会发展统计公报', '', '指标 | 2012年 | 2013年', '', '生产总值 | 100 | 120', '', text(1, '某县')].join('\n'), vocab);
    expect(doc.drafts[0]!.raw.slice(0, 2)).toEqual(['指标 | 2012年 | 2013年', '生产总值 | 100 | 120']);
    expect((doc.left ?? []).filter((b) => b.text.startsWith('指标'))).toEqual([]);
  });
});

describe('a footnote marked on a unit line', () => {
  it('goes to the case under whose title the line stands, not the last one', () => {
    // The note as the Word reader gives it: its line named a footnote (ExtractedDocument.notes).
    const input = compilation((n) => `之${'一二'[n - 1]}：`);
    const doc = analyseDocument(input, vocab, {}, { notes: [input.split('\n').length] });
    expect(doc.drafts[0]!.flags.some((f) => f.includes('供稿单位、基本信息表为编者所列'))).toBe(true);
    expect(doc.drafts[1]!.flags.some((f) => f.includes('供稿单位、基本信息表为编者所列'))).toBe(false);
  });
});

describe('a note mark after a full stop', () => {
  it('ends the paragraph as the stop does: the next one is not rejoined to it', () => {
    const para = '每个案例前列有案例基本信息表，正文及点评照原材料编入，未作文字改动，供全市各级党组织和党员干部学习参考。[1]';
    const doc = analyseDocument(['群众动嘴干部跑腿', '', para, '', text(1, '百色市'), '', '[1] 基本信息表为编者所列。'].join('\n'), vocab, {}, { notes: [7] });
    expect(doc.drafts[0]!.raw.slice(0, 2)).toEqual([para, text(1, '百色市')]);
    expect(doc.drafts[0]!.corrections.filter((c) => c.type === 'join')).toEqual([]);
  });

  it('and so do two marks after it (…改动。[1][2]), as on a unit line (…供稿[1][2])', () => {
    const para = '每个案例前列有案例基本信息表，正文及点评照原材料编入，未作文字改动，供全市各级党组织和党员干部学习参考。[1][2]';
    const doc = analyseDocument(['群众动嘴干部跑腿', '', para, '', text(1, '百色市'), '', '[1] 基本信息表为编者所列。', '', '[2] 点评为编者所加。'].join('\n'), vocab, {}, { notes: [7, 9] });
    expect(doc.drafts[0]!.raw.slice(0, 2)).toEqual([para, text(1, '百色市')]);
    expect(isBylineLine('中共东莞市委组织部　供稿[1][2]')).toBe(true);
  });
});
