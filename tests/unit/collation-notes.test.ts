/** The wording of the 校勘记, and the marks the text and the notes list share. */
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/schemas/correction.ts';
import { describeCorrection, inReadingOrder, LACUNA_MARK, markerPosition, noteBackLabel, noteNumber, notePlace, noteRefLabel, quotedWithNotes, readingSummary } from '../../src/lib/collation-notes.ts';
import { caseParagraphs, parseCaseSource } from '../../src/lib/case-mdx.ts';
import { readFileSync } from 'node:fs';
import { fixture } from '../fixture-library.ts';

describe('readingSummary', () => {
  it('names where a reading stands as the page does (an omission after its paragraph), its kind and its words', () => {
    expect(readingSummary({ type: 'omit', p: 3, text: ['图为会场', '表一 | 数据'], role: '图片说明' })).toBe('第3段后 非正文：图片说明“图为会场 / 表一 | 数据”');
    expect(readingSummary({ type: 'omit', p: 1, before: true, text: ['编者注：略'], role: '编者注' })).toBe('第1段前 非正文：编者注“编者注：略”');
    expect(readingSummary({ type: 'doubt', kind: 'original-error', p: 5, text: 'l—5日', note: '当作“1—5日”。' })).toBe('第5段 原文之误：“l—5日”');
    expect(readingSummary({ type: 'correct', p: 2, original: '人户', corrected: '入户' })).toBe('第2段 校改：“人户”→“入户”');
    expect(readingSummary({ type: 'lacuna', p: 4, after: '车管', note: '疑脱一字。' })).toBe('第4段 脱文：“车管”');
  });
});

describe('describeCorrection', () => {
  it('gives the raw reading and the corrected one, with half-width punctuation beside Chinese made full-width', () => {
    expect(describeCorrection({ type: 'correct', p: 3, original: '人户', corrected: '入户', note: '形近而误。' })).toBe('原作“人户”，今作“入户”。形近而误。');
    expect(describeCorrection({ type: 'correct', p: 3, original: 'l+10', corrected: '1+10,群众' })).toBe('原作“l+10”，今作“1+10，群众”。');
  });

  it('keeps a doubtful reading and says why', () => {
    expect(describeCorrection({ type: 'doubt', p: 2, text: '四联四推', note: '疑为“四联四包”，原文如此，不改。' })).toBe('“四联四推”：疑为“四联四包”，原文如此，不改。');
  });

  it("says 原文如此 for the original's own slip once, even when the note says it too", () => {
    expect(describeCorrection({ type: 'doubt', kind: 'original-error', p: 2, text: '同事', note: '当作“同时”。' })).toBe('“同事”：原文如此。当作“同时”。');
    expect(describeCorrection({ type: 'doubt', kind: 'original-error', p: 2, text: '同事', note: '当作“同时”，原文如此。' })).toBe('“同事”：当作“同时”，原文如此。');
  });

  it('marks a lacuna after its words, never filling it', () => {
    expect(describeCorrection({ type: 'lacuna', p: 5, after: '长宁', note: '原文至此缺字。' })).toBe('“长宁”下有脱文。原文至此缺字。');
    expect(LACUNA_MARK).toBe('〔原文此处有脱文〕');
  });

  it('sets quotation marks inside the quoted reading one level down (GB/T 15834), the words unchanged', () => {
    expect(describeCorrection({ type: 'doubt', p: 4, text: '“一村一站一助理”。', note: '疑衍句号。' })).toBe('“‘一村一站一助理’。”：疑衍句号。');
    expect(describeCorrection({ type: 'correct', p: 2, original: '“三有‘两评’', corrected: '“三有‘两评’”' })).toBe('原作“‘三有“两评””，今作“‘三有“两评”’”。');
  });

  it('prints an omitted block verbatim with what it was, in the editors\' words, its paragraphs parted by “/”', () => {
    expect(describeCorrection({ type: 'omit', p: 3, text: ['图为城南镇“有奖批评大会”现场（资料图片）'], role: '图片说明', note: '本库未收图片。' })).toBe(
      '此处原有图片说明“图为城南镇‘有奖批评大会’现场（资料图片）”，不是作者的正文，不录入正文，照录于此。本库未收图片。',
    );
    expect(describeCorrection({ type: 'omit', p: 3, text: ['表题（编者据本文整理）', '项 目 | 情 况'], role: '汇编者所加表格' })).toBe(
      '此处原有汇编者所加表格“表题（编者据本文整理） / 项 目 | 情 况”（“/”示原文分段），不是作者的正文，不录入正文，照录于此。',
    );
  });

  it('sets an omission\'s marker where the block stood: at the end of the paragraph before it, or at the head of p1', () => {
    expect(markerPosition({ type: 'omit', p: 3, text: ['图为现场'], role: '图片说明' }, '甲乙丙。')).toBe(4);
    expect(markerPosition({ type: 'omit', p: 1, before: true, text: ['图为现场'], role: '图片说明' }, '甲乙丙。')).toBe(0);
    expect(notePlace({ type: 'omit', p: 3, text: ['图为现场'], role: '图片说明' })).toBe('第3段后');
    expect(notePlace({ type: 'omit', p: 1, before: true, text: ['图为现场'], role: '图片说明' })).toBe('第1段前');
    expect(notePlace({ type: 'join', p: 3, after: '群众' })).toBe('第3段');
  });

  it('explains a rejoined paragraph as capture damage', () => {
    expect(describeCorrection({ type: 'join', p: 7, after: '群众,' })).toBe('原文在“群众，”后断行另起，系网页抓取所致，今接排。');
  });
});

describe('note marks', () => {
  it('numbers notes in brackets and names both directions of the link', () => {
    expect(noteNumber(3)).toBe('〔3〕');
    expect(noteRefLabel(3, 'doubt')).toBe('校勘记3：存疑');
    expect(noteRefLabel(4, 'correct')).toBe('校勘记4：校改');
    expect(noteBackLabel(3, 12)).toBe('〔3〕回到正文第12段');
  });
});

describe('markerPosition', () => {
  it('sets a join\'s marker at the end of the sentence it rejoined, closing quotes kept, not inside the word', () => {
    const join: Correction = { type: 'join', p: 1, after: '每年全部' };
    expect(markerPosition(join, '要求走访小村每年全部入户，入户率在80%以上。其后')).toBe('要求走访小村每年全部入户，入户率在80%以上。'.length);
    expect(markerPosition(join, '他说每年全部“入户。”其后')).toBe('他说每年全部“入户。”'.length);
    expect(markerPosition(join, '每年全部入户')).toBe('每年全部入户'.length);
    expect(markerPosition(join, '没有那几个字。')).toBe(-1);
  });

  it('keeps a corrected or doubted reading\'s marker right after its words', () => {
    const text = '每年全部入户，毛岳帮助。';
    expect(markerPosition({ type: 'correct', p: 1, original: '人户', corrected: '入户' }, text)).toBe('每年全部入户'.length);
    expect(markerPosition({ type: 'doubt', p: 1, text: '毛岳', note: '?' }, text)).toBe('每年全部入户，毛岳'.length);
  });
});

describe('inReadingOrder', () => {
  const text = new Map([
    [2, '每年全部走访，发现问题，部门每天入户，毛岳帮助群众。'],
    [5, '长宁做法基础上。'],
  ]);
  const textOf = (p: number) => text.get(p);
  it('numbers notes by paragraph, then by where their marker stands, whatever order they were recorded in', () => {
    const notes: Correction[] = [
      { type: 'lacuna', p: 5, after: '长宁', note: '缺字。' },
      { type: 'correct', p: 2, original: '每天人户', corrected: '每天入户' },
      { type: 'doubt', p: 2, text: '毛岳', note: '原文如此。' },
      { type: 'join', p: 2, after: '每年全部' },
      { type: 'join', p: 2, after: '问题,部' },
    ];
    // The joins' markers stand at the end of their sentence (the paragraph's last 。), after the others.
    expect(inReadingOrder(notes, textOf).map((c) => notes.indexOf(c))).toEqual([1, 2, 3, 4, 0]);
  });

  it('places a marker after the occurrence it marks, not the first one', () => {
    const twice = new Map([[1, '入户走访，再次入户。']]);
    const notes: Correction[] = [
      { type: 'correct', p: 1, original: '人户', corrected: '入户', mark: 2 },
      { type: 'doubt', p: 1, text: '走访', note: '？' },
    ];
    expect(inReadingOrder(notes, (p) => twice.get(p)).map((c) => c.type)).toEqual(['doubt', 'correct']);
  });

  it('puts the real 宝坻 notes in the order a reader meets them', () => {
    const file = parseCaseSource(readFileSync(fixture('cases/baodi-yizhan-sanzhongxin.mdx'), 'utf8'));
    const source = readFileSync(fixture('cases/baodi-yizhan-sanzhongxin.mdx'), 'utf8');
    const body = source.slice(source.indexOf('---', 3) + 3);
    const paragraphs = caseParagraphs(body);
    const corrections = file.frontmatter.corrections as Correction[];
    const ordered = inReadingOrder(corrections, (p) => paragraphs.find((b) => b.p === p)?.text);
    const positions = ordered.map((c) => {
      const t = paragraphs.find((b) => b.p === c.p)!.text;
      const needle = c.type === 'doubt' ? c.text : c.type === 'lacuna' ? c.after : c.type === 'correct' ? c.corrected : c.type === 'join' ? c.after : '';
      const at = t.indexOf(needle.replace(/,/g, '，'));
      // A join is read where its sentence ends.
      return c.p * 100000 + (c.type === 'join' ? t.indexOf('。', at) : at);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(ordered).not.toEqual(corrections); // recorded out of reading order: the case the issue found
  });
});

describe('quotedWithNotes (a key figure quoting a recorded reading)', () => {
  const paragraphs = [
    { p: 1, text: '全县走访群众4.2万人次，干部入户走访。' },
    { p: 2, text: '长宁做法基础上，累计联系群众8000户。' },
  ];
  const corrections: Correction[] = [
    { type: 'correct', p: 1, original: '4·2万', corrected: '4.2万', note: '“.”误作“·”。' },
    { type: 'join', p: 1, after: '干部' },
    { type: 'correct', p: 1, original: '人户', corrected: '入户' },
    { type: 'lacuna', p: 2, after: '长宁', note: '原文此下有脱文。' },
    { type: 'doubt', p: 2, text: '8000', note: '存疑。' },
  ];

  it('marks a corrected reading inside the quote with the number of its note, as the paragraph does', () => {
    expect(quotedWithNotes('走访群众4.2万人次', paragraphs, corrections)).toEqual([{ text: '走访群众' }, { text: '4.2万', note: { n: 1, type: 'correct' } }, { text: '人次' }]);
  });

  it('marks the part of a reading a quote holds, a doubt, and a lacuna between its words; a join is no reading', () => {
    expect(quotedWithNotes('干部入', paragraphs, corrections)).toEqual([{ text: '干部' }, { text: '入', note: { n: 3, type: 'correct' } }]);
    expect(quotedWithNotes('长宁做法基础上，累计联系群众8000户', paragraphs, corrections)).toEqual([
      { text: '长宁' },
      { text: LACUNA_MARK, note: { n: 4, type: 'lacuna' } },
      { text: '做法基础上，累计联系群众' },
      { text: '8000', note: { n: 5, type: 'doubt' } },
      { text: '户' },
    ]);
  });

  it('leaves words with no reading in them, or not in the text, as they are', () => {
    expect(quotedWithNotes('累计联系群众', paragraphs, corrections)).toEqual([{ text: '累计联系群众' }]);
    expect(quotedWithNotes('不在文中', paragraphs, corrections)).toEqual([{ text: '不在文中' }]);
  });
});
