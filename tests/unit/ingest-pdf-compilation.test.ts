/**
 * A compilation as an office exports it to PDF (LibreOffice: cover, a printed
 * contents page, cases on new pages under a serial line 经验一, titles broken
 * over two centred lines, a unit line with a letter-spaced name, a comment the
 * editors add and sign): each piece by its role, none in a case's text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { CIRCULATION_MARK, NOTE_LABEL, isSigningUnit } from '../../src/lib/ingest/case-start.ts';
import { pageLines, readPdf } from '../../src/lib/ingest/read/pdf.ts';
import { dropFurniture, reflow, type PdfLine } from '../../src/lib/ingest/read/pdf-layout.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import type { LeftBlock } from '../../src/lib/ingest/left-blocks.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };

const text = (n: number, place: string) =>
  `${place}第${n}段正文：干部进村入户，听取群众意见，把群众反映的问题逐一登记，限期办结，办理情况向群众公开，接受群众评议和监督。`;

describe('a printed contents page', () => {
  const line = (page: number, y: number, text: string): PdfLine => ({ page, y, x0: 72, x1: 500, size: 12, text });

  it('takes the subtitle lines set between its entries with them', () => {
    const dropped: Record<string, number> = {};
    const kept = dropFurniture(
      [
        line(1, 760, '目　录'),
        line(1, 720, '经验一 “一站三中心”一切以群众为中心..........2'),
        line(1, 700, '——天津宝坻区推行乡镇“一站三中心”工作模式'),
        line(1, 680, '经验二 区域化党建再创联系服务群众新优势..........5'),
        line(2, 760, '编者按'),
        line(2, 720, text(1, '全省')),
      ],
      2,
      dropped,
    );
    expect(kept.map((l) => l.text)).toEqual(['编者按', text(1, '全省')]);
    expect(dropped['contents lines']).toBe(4);
  });

  it('reports a ——subtitle line among the entries as the subtitle of the entry above, not as a bare contents line', () => {
    const left: LeftBlock[] = [];
    dropFurniture(
      [line(1, 760, '目　录'), line(1, 720, '经验一 “一站三中心”一切以群众为中心..........2'), line(1, 700, '——天津宝坻区推行乡镇“一站三中心”工作模式'), line(1, 680, '经验二 区域化党建再创联系服务群众新优势..........5')],
      1,
      {},
      left,
    );
    expect(left.map((b) => [b.role, b.reason])).toEqual([
      ['contents', '第1页：目录行，不属任何案例'],
      ['contents', '第1页：目录行，不属任何案例'],
      ['contents', '第1页：目录中的副题（上一条目录的——副题），不属任何案例'],
      ['contents', '第1页：目录行，不属任何案例'],
    ]);
  });

  it('is no contents page without its heading: text between two lines ending in numbers stays', () => {
    const dropped: Record<string, number> = {};
    const kept = dropFurniture([line(1, 760, '办结件数          300'), line(1, 740, '群众满意'), line(1, 720, '回访件数          120')], 1, dropped);
    expect(kept.map((l) => l.text)).toContain('群众满意');
  });
});

describe('a headline broken over two centred lines', () => {
  const L = 72;
  const R = 520;
  const centred = (page: number, y: number, size: number, text: string): PdfLine => {
    const w = Array.from(text).length * size;
    return { page, y, x0: (L + R - w) / 2, x1: (L + R + w) / 2, size, text };
  };
  const body = (page: number, y: number): PdfLine[] => [0, 1, 2].map((i) => ({ page, y: y - i * 28, x0: i === 0 ? L + 32 : L, x1: R, size: 16, text: `正文第${i + 1}行，群众工作要讲方法，不能只讲道理。` }));

  it('is one heading where the lines stand at the heading’s own line spacing', () => {
    const ps = reflow([centred(1, 700, 22, '关于县级机关党员干部联系'), centred(1, 664, 22, '和服务群众的调查与思考'), ...body(1, 600)]);
    expect(ps[0]).toMatchObject({ text: '关于县级机关党员干部联系和服务群众的调查与思考', heading: 1 });
  });

  it('stays two lines where they stand further apart (a cover’s title and its compiler)', () => {
    const ps = reflow([centred(1, 700, 22, '党员干部联系服务群众'), centred(1, 640, 22, '中共某某省委组织部编'), ...body(1, 560)]);
    expect(ps.slice(0, 2).map((p) => p.text)).toEqual(['党员干部联系服务群众', '中共某某省委组织部编']);
  });
});

describe('a name letter-spaced on a unit line', () => {
  // pdf.js gives no whitespace glyph, U+3000 included (its text layer drops them and puts a " " item of the gap's width
  // in their place): the typed ideographic space is the gap of an em, and is printed as typed, never as an ASCII space.
  it('keeps the spaces the PDF shows as gaps of an em as the ideographic spaces they are', () => {
    const item = (str: string, x: number, width: number) => ({ str, transform: [15, 0, 0, 15, x, 600], width, height: 15, hasEOL: false });
    const [l] = pageLines([item('湖北省兴山县委县直机关工委', 143, 195), item(' ', 338, 15), item('徐', 353, 15), item(' ', 368, 15), item('平', 383, 15), item(' ', 398, 15), item('王书银', 413, 45)], 1, 842);
    expect(l!.text).toBe('湖北省兴山县委县直机关工委　徐　平　王书银');
  });

  // docs14 08: LibreOffice prints the title 织密“连心网格”　打通服务群众“最后一米” with U+3000 between its phrases.
  it('a title with an ideographic space between two phrases keeps it; a space pdf.js puts in a narrow gap stays ASCII', () => {
    const item = (str: string, x: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, 600], width, height: 12, hasEOL: false });
    const [title] = pageLines([item('织密“连心网格”', 74, 84), item(' ', 158, 12), item('打通服务群众“最后一米”', 170, 132)], 1, 842);
    expect(title!.text).toBe('织密“连心网格”　打通服务群众“最后一米”');
    const [latin] = pageLines([item('Word', 74, 30), item(' ', 104, 3), item('Excel', 107, 30)], 1, 842);
    expect(latin!.text).toBe('Word Excel');
  });

  it('takes back the em gap of two spread characters that touch a Latin word or a number (网　站https…): a name stands apart from its neighbours', () => {
    const item = (str: string, x: number, width: number) => ({ str, transform: [15, 0, 0, 15, x, 600], width, height: 15, hasEOL: false });
    const url = 'https://www.xingshan.gov.cn/zwgk/t20231028.shtml';
    const [before] = pageLines([item('网', 72, 15), item('站', 102, 15), item(url, 117, 330)], 1, 842);
    expect(before!.text).toBe(`网站${url}`);
    const [after] = pageLines([item('APP', 72, 30), item('下', 102, 15), item('载', 132, 15)], 1, 842);
    expect(after!.text).toBe('APP下载');
    // Two spread characters with a gap on either side may be a name's typed spaces: kept.
    const [name] = pageLines([item('工委', 72, 30), item('徐', 132, 15), item('平', 162, 15), item('王书银', 207, 45)], 1, 842);
    expect(name!.text).toBe('工委　徐　平　王书银');
  });
});

describe('Chinese spread wide with no space typed (Chromium: letter-spacing, a line justified around a long address)', () => {
  const file = 'tests/fixtures/ingest/pdf-letter-spaced/justified.pdf';
  const read = readPdf(file, readFileSync(file));

  it('reads the characters together, as justification sets them, and keeps the typed spaces of a name', async () => {
    const { text } = await read;
    // The full stop closing a letter-spaced run is spread as far as its characters: no space typed before it.
    expect(text).toContain('群众路线是党的生命线和根本工作路线。');
    expect(text).toContain('详见县政府网站https://');
    expect(text).toContain('工委　徐　平　王书银');
  });
});

describe('a space beside full-width punctuation: text where typed, layout where justification opened it (#23)', () => {
  const file = 'tests/fixtures/ingest/pdf-typed-space/typed-space.pdf';
  const read = readPdf(file, readFileSync(file));

  it('keeps the space typed in a centred headline: a line that does not fill the measure is not justified', async () => {
    const { text } = await read;
    expect(text.split('\n')[0]).toBe('擦亮“民情窗口” 做实为民服务');
  });

  it('takes out the gap before a full stop hanging past the margin of a full, justified line', async () => {
    const { text } = await read;
    expect(text).toContain('在村务公开栏张榜公示。群众可以随时查看办理进度');
  });
});

/** A compilation laid out as the PDF gives it: a cover, 编者按, cases under a serial line, an editors' comment, 后记. */
function compilation(serial: (n: number) => string): string {
  const cases = [
    ['“一站三中心”一切以群众为中心', '——天津宝坻区推行乡镇“一站三中心”工作模式', '中共天津市宝坻区委', '天津市宝坻区'],
    ['区域化党建再创联系服务群众新优势', '——上海以区域化党建助推组团式联系服务群众工作', '中共上海市委组织部', '上海市'],
  ] as const;
  return [
    '内部资料 注意保存',
    '',
    '党员干部联系服务群众典型经验汇编',
    '',
    '中共某某省委组织部组织一处 编',
    '',
    '编 者 按',
    '',
    '为便于学习借鉴，我们选编了部分材料，材料正文照原文编入，未作文字改动。',
    '',
    ...cases.flatMap(([title, subtitle, unit, place], i) => [serial(i + 1), '', title, '', subtitle, '', unit, '', text(1, place), '', text(2, place), '']),
    '【学习启示】这两篇材料从不同角度回答了怎样联系服务群众，可以借鉴。（编者）',
    '',
    '后 记',
    '',
    '本汇编在编印过程中得到有关单位的支持，在此一并致谢。',
  ].join('\n');
}

describe('a compilation exported to PDF', () => {
  const doc = analyseDocument(compilation((n) => `经验${'一二'[n - 1]}`), vocab);
  const left = (role: string) => (doc.left ?? []).filter((b) => b.role === role).map((b) => b.text);

  it('starts a case at each serial line of its own (经验一), which is no word of the title', () => {
    expect(doc.drafts.map((d) => d.title)).toEqual(['“一站三中心”一切以群众为中心', '区域化党建再创联系服务群众新优势']);
    expect(doc.drafts[0]!.raw.join('')).not.toContain('经验二');
  });

  it('reads a Party committee’s name (中共××区委) on its own line as the signing unit, not text', () => {
    expect(isSigningUnit('中共天津市宝坻区委')).toBe(true);
    expect(doc.drafts[0]!.raw[0]).toMatch(/第1段正文/u);
    expect(left('byline')).toEqual(['中共天津市宝坻区委', '中共上海市委组织部']);
  });

  it('leaves the comment the editors add and sign out of the last case, reported as theirs', () => {
    expect(doc.drafts[1]!.raw.join('')).not.toContain('学习启示');
    expect(left('compilers-addition')).toEqual(['【学习启示】这两篇材料从不同角度回答了怎样联系服务群众，可以借鉴。（编者）']);
  });

  it('keeps a case’s own 【点评】, which nobody signs as the editors’', () => {
    const own = analyseDocument(compilation((n) => `经验${'一二'[n - 1]}`).replace('【学习启示】这两篇材料从不同角度回答了怎样联系服务群众，可以借鉴。（编者）', '【点评】上海的做法值得借鉴。'), vocab);
    expect(own.drafts[1]!.raw.join('')).toContain('【点评】');
  });

  it('keeps a case’s 【点评】 the editors sign (（编者）) in its text, where the library sets every 【点评】 as commentary', () => {
    const signed = analyseDocument(compilation((n) => `经验${'一二'[n - 1]}`).replace('【学习启示】这两篇材料从不同角度回答了怎样联系服务群众，可以借鉴。（编者）', '【点评】\n\n上海的做法值得借鉴。（编者）'), vocab);
    expect(signed.drafts[1]!.raw.slice(-2)).toEqual(['【点评】', '上海的做法值得借鉴。（编者）']);
    expect((signed.left ?? []).filter((b) => b.role === 'compilers-addition')).toEqual([]);
  });

  it('reads the cover’s circulation marks and a letter-spaced 编 者 按 by their roles', () => {
    expect(CIRCULATION_MARK.test('内部资料 注意保存')).toBe(true);
    expect(CIRCULATION_MARK.test('内部资料显示')).toBe(false);
    expect(NOTE_LABEL.test('编 者 按')).toBe(true);
    expect(doc.title).toBe('党员干部联系服务群众典型经验汇编');
    expect(doc.editorNote).toMatch(/^为便于学习借鉴/u);
  });

  it('an essay whose own sections open 经验一：… stays one text', () => {
    const essay = analyseDocument(
      ['某县推进便民服务的几点经验', '', text(1, '某县'), '', '经验一：坚持问需于民', '', text(2, '某县'), '', '经验二：坚持问计于民', '', text(3, '某县')].join('\n'),
      vocab,
    );
    expect(essay.drafts).toHaveLength(1);
  });

  it('an essay whose own sections are headed 经验一 on lines of their own stays one text, its heads in it', () => {
    for (const head of [(_: number): string[] => [], (n: number) => [`坚持问${'需计效'[n - 1]}于民`]]) {
      const essay = analyseDocument(
        ['某县推进便民服务的几点经验', '', '徐平', '', text(1, '某县'), '', ...[1, 2, 3].flatMap((n) => [`经验${'一二三'[n - 1]}`, '', ...head(n).flatMap((h) => [h, '']), text(n + 1, '某县'), ''])].join('\n'),
        vocab,
      );
      expect(essay.drafts.map((d) => d.title)).toEqual(['某县推进便民服务的几点经验']);
      expect(essay.drafts[0]!.raw.join('\n')).toMatch(/^某县第1段正文[^]*\n经验一\n[^]*\n经验三\n/u);
    }
  });
});

describe('review18: what the compilation rules must not take from a text', () => {
  it('a signed closing paragraph takes nothing above it: a case’s own 【做法】 section stays its text', () => {
    const doc = analyseDocument(compilation((n) => `经验${'一二'[n - 1]}`).replace('【学习启示】这两篇材料从不同角度回答了怎样联系服务群众，可以借鉴。（编者）', '【做法】上海市在全市推行组团式服务，干部下沉到居民区。\n\n这篇材料值得一读。（编者）'), vocab);
    expect(doc.drafts[1]!.raw.join('')).toContain('【做法】上海市在全市推行组团式服务');
    expect(doc.drafts[1]!.raw.join('')).not.toContain('值得一读');
  });

  it('the label alone over the editors’ signed comment goes with it, a note’s name (【编者按】) too, which is never a column’s label', () => {
    for (const label of ['【学习启示】', '【编者按】']) {
      const doc = analyseDocument(compilation((n) => `经验${'一二'[n - 1]}`).replace('【学习启示】这两篇材料从不同角度回答了怎样联系服务群众，可以借鉴。（编者）', `${label}\n\n这两篇材料可以借鉴。（编者）`), vocab);
      expect(doc.drafts[1]!.raw.join('')).not.toContain(label);
      expect((doc.left ?? []).filter((b) => b.role === 'compilers-addition').map((b) => b.text)).toEqual([label, '这两篇材料可以借鉴。（编者）']);
    }
  });

  it('a single article’s last paragraph signed （编者注） is its own text, not a compiler’s addition', () => {
    const article = analyseDocument(['某县推进便民服务', '', text(1, '某县'), '', `${text(2, '某县')}（编者注）`].join('\n'), vocab);
    expect(article.drafts[0]!.raw.at(-1)).toMatch(/（编者注）$/u);
  });

  it('a bracketed section head over a committee’s name does not start a case (（二）牵头单位 / 中共兴山县委)', () => {
    const essay = analyseDocument(['兴山县机关党员联系群众的做法', '', '中共兴山县委组织部', '', text(1, '兴山县'), '', '（二）牵头单位', '', '中共兴山县委', '', text(2, '兴山县')].join('\n'), vocab);
    expect(essay.drafts.map((d) => d.title)).toEqual(['兴山县机关党员联系群众的做法']);
  });
});
