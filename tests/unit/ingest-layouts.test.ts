/**
 * Ingest analysis on text exports laid out as editors receive them, made from
 * the real raw compilation (content/sources/raw/004_…): one paragraph per line
 * (CRLF, GBK, UTF-16), hard-wrapped at 38 characters with 　　 indents (GBK
 * OCR), pdftotext-like pages (form feeds, page numbers, running heads); and
 * compilations with each common heading style against one essay's sections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { decodeDocument } from '../../src/lib/ingest/decode.ts';
import { buildEdition } from '../../src/lib/edition.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { normalizePunctuation } from '../../src/lib/text.ts';
import { fixture } from '../fixture-library.ts';

const SEEDS = fixture('sources/raw');
const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const seedText = (n: string) => readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(n))!), 'utf8');
const analyse = (bytes: Uint8Array) => analyseDocument(decodeDocument(bytes, 'x').text, vocab);
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, '')).filter(Boolean);

const wrap = (p: string, width: number, indent: string) => {
  const chars = Array.from(indent + p);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines;
};
/** Body paragraphs are cut at the width; title lines (no closing punctuation) are not. */
const cut = (ps: string[], width: number, indent: string) => ps.flatMap((p) => (/[。！？”]$/.test(p) && p.length >= 30 ? wrap(p, width, indent) : [p]));

const compilation = seedText('004');
const reference = analyse(Buffer.from(compilation));
/** Every sentence of the curated reading of the compilation's cases. */
const sentences = reference.drafts.flatMap((d) => buildEdition(d.raw, d.corrections).map((b) => b.text)).join('').split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s.length >= 4);
const bodyOf = (doc: ReturnType<typeof analyse>) => doc.drafts.map((d) => buildEdition(d.raw, d.corrections).map((b) => b.text).join('')).join('');
const kept = (doc: ReturnType<typeof analyse>) => {
  const body = bodyOf(doc);
  return sentences.filter((s) => body.includes(s)).length / sentences.length;
};
const titles = reference.drafts.map((d) => d.title);

describe('a hard-wrapped text with its compilers’ comment', () => {
  // A paragraph that ends exactly at the width, 。 and all, looks cut there: the next line, the run-in 【点评】, was read as its rest.
  it('sets the run-in 【点评】 apart even after a line filled to the width', () => {
    const para = (n: number) => `饶阳县的党员每人联系十户群众，第${n}年走访入户听取意见，解决群众反映的困难和问题，群众满意度很高。`;
    const full = '党员联系户制度在全县推开，干群关系更加密切，群众十分满意。各村都建了台账和回访。';
    expect(Array.from(full)).toHaveLength(40);
    const comment = '【点评】党员联系户把服务群众落到了每一户，值得各地借鉴推广。';
    const lines = ['一名党员联十户——饶阳县推行党员联系户制度', ...[...[1, 2, 3, 4, 5, 6].map(para), full, comment].flatMap((p) => wrap(p, 20, ''))];
    const doc = analyseDocument(`${lines.join('\n')}\n`, vocab);
    expect(doc.layout).toBe('wrapped');
    const edition = buildEdition(doc.drafts[0]!.raw, doc.drafts[0]!.corrections);
    expect(edition.slice(-3)).toEqual([
      { p: 7, text: full },
      { p: null, text: '【点评】' },
      { p: 8, text: normalizePunctuation(comment.slice('【点评】'.length)) },
    ]);
  });
});

describe('text export layouts of the raw compilation', () => {
  const ps = paragraphs(compilation);
  const cases: Array<[string, Uint8Array, string, number, number]> = [
    ['one paragraph per line, CRLF, GBK', iconv.encode(ps.join('\r\n'), 'gbk'), 'line', 11, 1],
    ['one paragraph per line, UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ps.join('\r\n'), 'utf-16le')]), 'line', 11, 1],
    ['paragraphs separated by blank lines', Buffer.from(ps.join('\n\n')), 'blank', 11, 1],
    ['hard-wrapped at 38 with 　　 indents, GBK OCR', iconv.encode(cut(ps, 38, '　　').join('\r\n'), 'gb18030'), 'wrapped', 11, 1],
  ];
  it.each(cases)('%s: layout, titles and every sentence kept', (_label, bytes, layout, minDrafts, minKept) => {
    const doc = analyse(bytes);
    expect(doc.layout).toBe(layout);
    expect(doc.drafts.length).toBeGreaterThanOrEqual(minDrafts);
    for (const d of doc.drafts) expect(titles).toContain(d.title);
    expect(kept(doc)).toBeGreaterThanOrEqual(minKept);
    // Each cut at the line width is a recorded join, and the drafts read back as the edition of their raw lines.
    if (layout === 'wrapped') expect(doc.drafts.reduce((n, d) => n + d.corrections.length, 0)).toBeGreaterThan(300);
    expect(doc.normalisedText === undefined).toBe(layout === 'blank');
  });

  it('pdftotext-like pages: form feeds, page numbers and running heads dropped and counted, text kept', () => {
    const lines = cut(ps, 36, '');
    const pages: string[] = [];
    for (let i = 0, n = 1; i < lines.length; i += 40, n++) pages.push(['各地联系服务群众经验做法选编摘录', ...lines.slice(i, i + 40), '', `- ${n} -`].join('\n'));
    const doc = analyse(Buffer.from(pages.join('\n\f')));
    expect(doc.layout).toBe('wrapped');
    expect(doc.dropped['page-number']).toBe(pages.length);
    // The compilation's own title line is the running head's text too.
    expect(doc.dropped['running-head']).toBe(pages.length + 1);
    expect(doc.drafts.length).toBeGreaterThanOrEqual(10);
    for (const d of doc.drafts) expect(titles).toContain(d.title);
    // Every sentence is in some draft (a title after a paragraph that ends exactly at the width is read as its continuation: see README).
    const all = doc.drafts.flatMap((d) => buildEdition(d.raw, d.corrections).map((b) => b.text)).join('');
    expect(sentences.filter((s) => !all.includes(s) && !titles.some((t) => s.includes(t)))).toEqual([]);
    expect(all).not.toMatch(/- \d+ -/);
  });
});

describe('text copied out of a PDF viewer (two pages)', () => {
  // What select-all + copy gives for two printed pages: the running head over the title and again under the page
  // number, where the page breaks mid-paragraph; lines cut at the width, each paragraph's first line indented.
  const d = reference.drafts.find((x) => x.subtitle)!;
  const body = buildEdition(d.raw, d.corrections).map((b) => b.text);
  const lines = body.flatMap((p) => wrap(p, 34, '  '));
  const at = lines.findIndex((l, i) => i >= 20 && !l.startsWith('  ') && !lines[i + 1]!.startsWith('  '));
  const copy = (head: string, pageNumber: (n: number) => string) =>
    [head, d.title, `——${d.subtitle}`, '中共××县委组织部', '', ...lines.slice(0, at + 1), pageNumber(17), head, ...lines.slice(at + 1), pageNumber(18), ''].join('\n');

  it('a line recurring at the page edges is a running head: never a title, and the paragraph it cut is one', () => {
    const doc = analyseDocument(copy('××县党建工作经验材料汇编（2025）', (n) => `— ${n} —`), vocab);
    expect(doc.dropped['running-head']).toBe(2);
    expect(doc.dropped['page-number']).toBe(2);
    expect(doc.drafts.map((x) => [x.title, x.subtitle])).toEqual([[d.title, d.subtitle]]);
    expect(buildEdition(doc.drafts[0]!.raw, doc.drafts[0]!.corrections).map((b) => b.text)).toEqual(body);
  });

  it('one printed page number makes no running head of a line the text repeats', () => {
    const text = ['群众工作法', ...lines.slice(0, at + 1), '群众工作法', ...lines.slice(at + 1), '群众工作法', '— 17 —', ''].join('\n');
    expect(analyseDocument(text, vocab).dropped['running-head']).toBeUndefined();
  });

  it('two bare numbers are no pages: a list item\'s number and a repeated line stay text', () => {
    const doc = analyseDocument(copy('××县党建工作经验材料汇编（2025）', (n) => `${n}`), vocab);
    expect(doc.dropped['running-head']).toBeUndefined();
    expect(doc.dropped['page-number']).toBeUndefined();
  });
});

describe('no township invented (regression on the raw compilation 004)', () => {
  it('only townships named right after the county in a title, or in the division data', () => {
    const townships = Object.fromEntries(reference.drafts.map((d) => [d.title, d.region?.township ?? null]));
    expect(townships).toEqual({
      '把政府的“好心”办成群众满意的“好事”': '广外街道',
      '“一站三中心”一切以群众为中心': null,
      '一名党员联十户你有困难我服务': null,
      '区域化党建再创联系服务群众新优势': null,
      '擦亮为民服务的窗口': null,
      '家有难题请找老李': null,
      '干部走乡间田埂实事暖百姓心窝': null,
      '干部俯身帮群众群众直面评干部': '松木乡',
      '党代表工作室：党员群众的“连心室”': null,
      '群众动嘴干部跑腿': null,
      '要得群众好评先听群众批评': '城南镇',
    });
    // 城南镇 is named in the title but the division data lists 城南街道 under 营山县: flagged.
    expect(reference.drafts.find((d) => d.title === '要得群众好评先听群众批评')!.flags.join()).toMatch(/城南镇.*区划数据中营山县下无此名/);
  });
});

const essayBody = (n: number) => `这是第${n}部分的正文，讲做法。群众满意是标准，这一句属于第${n}部分。`;

describe('compilation headings and essay sections', () => {
  const compiled = (heading: (k: number, title: string) => string[]) =>
    ['各地经验做法选编', '', ...['北京西城区广外街道党支部建在项目上', '河北饶阳县党员联系户', '四川营山县有奖批评'].flatMap((t, k) => [...heading(k, t), '', essayBody(k + 1), '', essayBody(k + 11), ''])].join('\n');
  const numerals = ['一', '二', '三'];
  it.each([
    ['案例一：', (k: number, t: string) => [`案例${numerals[k]}：${t}`]],
    ['一、', (k: number, t: string) => [`${numerals[k]}、${t}`]],
    ['（一）', (k: number, t: string) => [`（${numerals[k]}）${t}`]],
    ['title + ——subtitle line', (_k: number, t: string) => [t, '', `——${t}的经验`]],
    ['title ending in ”', (_k: number, t: string) => [`“${t}”`]],
    ['title ending in 》', (_k: number, t: string) => [`《${t}》`]],
    ['title + author line', (k: number, t: string) => [t, '', ['张三', '李四', '王五'][k]!]],
  ])('%s: three cases, exact titles without markers, header not a case', (label, heading) => {
    const doc = analyseDocument(compiled(heading as (k: number, t: string) => string[]), vocab);
    const expected = ['北京西城区广外街道党支部建在项目上', '河北饶阳县党员联系户', '四川营山县有奖批评'].map((t) => (label.includes('”') ? `“${t}”` : label.includes('》') ? `《${t}》` : t));
    expect(doc.drafts.map((d) => d.title)).toEqual(expected.map((t) => normalizePunctuation(t)));
    expect(doc.drafts.map((d) => d.region?.code)).toEqual(['110102', '131124', '511322']);
    expect(doc.drafts.map((d) => d.raw.length)).toEqual([2, 2, 2]);
    expect(doc.title).toBe('各地经验做法选编');
  });

  it('a table of contents (page numbers, or titles repeated later) is not a case', () => {
    const text = ['各地经验做法选编', '', '目录', '', '案例一：北京西城区广外街道党支部建在项目上……3', '', '案例二：河北饶阳县党员联系户……5', '', compiled((k, t) => [`案例${numerals[k]}：${t}`]).split('\n').slice(2).join('\n')].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '河北饶阳县党员联系户', '四川营山县有奖批评']);
    expect(doc.dropped.contents).toBe(3);
    const repeated = ['各地经验做法选编', '', '北京西城区广外街道党支部建在项目上——经验', '', '河北饶阳县党员联系户——经验', '', ...compiled((_k, t) => [`${t}——经验`]).split('\n').slice(2)].join('\n');
    expect(analyseDocument(repeated, vocab).drafts.map((d) => d.raw.length)).toEqual([2, 2, 2]);
  });

  it('一、 sections inside one author\'s essay do not split it', () => {
    const essay = ['做群众工作的几点体会', '', '永善县政府办党总支书记 肖文杰', '', '群众工作是党的生命线。这是文章的引言。', '', '一、坚持问需于民', '', essayBody(1), '', '二、坚持问计于民', '', essayBody(2), '', '三、坚持问效于民', '', essayBody(3)].join('\n');
    const doc = analyseDocument(essay, vocab);
    expect(doc.drafts).toHaveLength(1);
    expect(doc.drafts[0]!.title).toBe('做群众工作的几点体会');
    expect(doc.drafts[0]!.raw).toContain('二、坚持问计于民');
    // Without an author line but with its own introduction, still one essay.
    const untitled = essay.split('\n').slice(4).join('\n');
    expect(analyseDocument(`关于群众工作的思考\n\n${untitled}`, vocab).drafts).toHaveLength(1);
  });

  it('a 案例 heading starts its case, never ends the previous one; # markers never stay in a title', () => {
    const text = ['# 经验选编', '', '## 案例一：北京西城区广外街道党支部建在项目上', '', '这是正文的一段，没有句号结尾而且很长很长很长很长很长很长很长很长很长很长很长', '', '案例二：河北饶阳县党员联系户', '', essayBody(2)].join('\n');
    const doc = analyseDocument(text, vocab, {}, { headings: [{ line: 1, level: 1 }, { line: 3, level: 2 }] });
    expect(doc.drafts.map((d) => d.title)).toEqual(['北京西城区广外街道党支部建在项目上', '河北饶阳县党员联系户']);
    expect(doc.drafts[0]!.raw.join('')).not.toContain('案例二');
  });
});

describe('structure the readers hand over', () => {
  it('a footnote after the body is no case paragraph: it goes, as a flag, to the case that carries its mark', () => {
    const text = ['各地经验做法选编', '', '案例一：北京西城区广外街道党支部建在项目上', '', `${essayBody(1)}[1]`, '', '案例二：河北饶阳县党员联系户', '', essayBody(2), '', '[1] 本案例摘自《人民日报》2013年。'].join('\n');
    const doc = analyseDocument(text, vocab, {}, { notes: [11] });
    expect(doc.drafts.map((d) => d.raw.join(''))).toEqual([`${essayBody(1)}[1]`, essayBody(2)]);
    expect(doc.drafts[0]!.flags).toContain('脚注（原文第11行，不在正文中）：[1] 本案例摘自《人民日报》2013年。');
  });

  it('a footnote mark closing a heading is no word of the title: the note goes to that case', () => {
    const text = ['短文选', '', '将群众路线贯穿基层组织工作始终[1]', '', essayBody(1), '', '坚持四个“一线”做好群众工作', '', essayBody(2), '', '[1] 本组短文曾在《石景山报》分期刊登。'].join('\n');
    const doc = analyseDocument(text, vocab, {}, { notes: [11], headings: [{ line: 3, level: 1 }, { line: 7, level: 1 }] });
    expect(doc.drafts.map((d) => d.title)).toEqual(['将群众路线贯穿基层组织工作始终', '坚持四个“一线”做好群众工作']);
    expect(doc.drafts[0]!.flags).toContain('脚注（原文第11行，不在正文中）：[1] 本组短文曾在《石景山报》分期刊登。');
    expect(doc.drafts[1]!.flags.some((f) => f.startsWith('脚注'))).toBe(false);
    // Without such a note the sign is the title's own (a series numbers its articles so).
    const series = analyseDocument(['践行群众路线·基层观察①', '', essayBody(1)].join('\n'), vocab, {}, { headings: [{ line: 1, level: 1 }] });
    expect(series.drafts[0]!.title).toBe('践行群众路线·基层观察①');
  });

  it('a line set as a heading that closes the document heads nothing: it is the closing note, reported, not the last case’s text', () => {
    const text = ['短文汇编', '', '将群众路线贯穿基层组织工作始终', '', essayBody(1), '', '坚持四个“一线”做好群众工作', '', essayBody(2), '', '（本汇编仅供培训班内部学习使用）'].join('\n');
    const doc = analyseDocument(text, vocab, {}, { headings: [{ line: 3, level: 1 }, { line: 7, level: 1 }, { line: 11, level: 1, cue: 'emphasis' }] });
    expect(doc.drafts.map((d) => d.raw.join(''))).toEqual([essayBody(1), essayBody(2)]);
    expect(doc.left?.find((b) => b.line === 11)).toMatchObject({ role: 'colophon', text: '（本汇编仅供培训班内部学习使用）' });
    // A closing line that signs the case stays its byline.
    const signed = analyseDocument(text.replace('（本汇编仅供培训班内部学习使用）', '（作者系区党代表 王永明）'), vocab, {}, { headings: [{ line: 3, level: 1 }, { line: 7, level: 1 }, { line: 11, level: 1, cue: 'emphasis' }] });
    expect(signed.drafts[1]!.authors.map((a) => a.name)).toEqual(['王永明']);
    // A single essay's centred closing date is its own, never a compilation's closing note.
    const single = analyseDocument(['将群众路线贯穿基层组织工作始终', '', essayBody(1), '', '2013年7月'].join('\n'), vocab, {}, { headings: [{ line: 1, level: 1 }, { line: 5, level: 1, cue: 'emphasis' }] });
    expect(single.left?.some((b) => b.role === 'colophon')).toBe(false);
  });

  it('Markdown markup never stays in a title', () => {
    const doc = analyseDocument(['# **做群众工作的几点体会**', '', '永善县政府办党总支书记 肖文杰', '', essayBody(1)].join('\n'), vocab, {}, { headings: [{ line: 1, level: 1 }] });
    expect(doc.drafts[0]!.title).toBe('做群众工作的几点体会');
  });
});

describe('a line that opens with closing punctuation', () => {
  it('continues the paragraph before it in a one-paragraph-per-line export, and the join is recorded', () => {
    const text = [
      '把群众满意作为标准',
      '作者 张三',
      '我们坚持深入基层，了解群众在就业、就医、住房',
      '、养老等方面的困难，做到“心中有数',
      '”；对反映的问题逐一登记销号。',
      '群众说：干部办实事，我们心里有数。',
      '',
    ].join('\n');
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts).toHaveLength(1);
    const draft = doc.drafts[0]!;
    const body = buildEdition(draft.raw, draft.corrections).map((b) => b.text);
    for (const p of body) expect(p, p).not.toMatch(/^[、，；”]/u);
    expect(body.join('')).toContain('住房、养老等方面的困难，做到“心中有数”；对反映的问题逐一登记销号。');
    expect(draft.corrections.filter((j) => j.type === 'join').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a bare number is a page number only where a page number stands (#23)', () => {
  const opening = '茶陵县推行民情恳谈台账制度，党员干部每月到联系户家中恳谈一次，把群众反映的问题记入台账，一件一件跟踪办理。';
  it('keeps the numbers of a table read cell by cell, line after line: no pagination there', () => {
    const cells = ['序号', '村（社区）', '登记件数', '1', '腰潢村', '86', '2', '卧龙村', '74', '3', '洮水村', '92'];
    const doc = analyse(Buffer.from(['恳谈台账记民情', opening, '表1　试点村台账办理情况', ...cells, '注：“办理中”含需列入下年度计划的项目。'].join('\n\n')));
    expect(doc.dropped['page-number']).toBeUndefined();
    const raw = doc.drafts.flatMap((d) => d.raw);
    for (const n of ['1', '86', '2', '74', '3', '92']) expect(raw).toContain(n);
  });
  it('drops a bare number beside a form feed, and a run of them rising a page apart in a text without form feeds', () => {
    const page = (n: number) => Array.from({ length: 12 }, (_, k) => `第${n}页的第${k + 1}段：${opening}`);
    const fed = analyse(Buffer.from([...page(1), '1', '\f' + page(2)[0], ...page(2).slice(1), '2'].join('\n\n')));
    expect(fed.dropped['page-number']).toBe(2);
    const unfed = analyse(Buffer.from([...page(1), '1', ...page(2), '2', ...page(3), '3'].join('\n\n')));
    expect(unfed.dropped['page-number']).toBe(3);
  });
});
