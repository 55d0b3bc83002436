import { describe, expect, it } from 'vitest';
import { buildEdition, EditionError, markerOccurrence, numberBlocks, readingSpans } from '../../src/lib/edition.ts';

describe('buildEdition', () => {
  it('rejoins a recorded false paragraph break and numbers blocks', () => {
    const edition = buildEdition(['不想联系群众,不愿深入', '群众,这也就决定了。', '【点评】', '点评文字。'], [
      { type: 'join', p: 1, after: '不愿深入' },
    ]);
    expect(edition).toEqual([
      { p: 1, text: '不想联系群众，不愿深入群众，这也就决定了。' },
      { p: null, text: '【点评】' },
      { p: 2, text: '点评文字。' },
    ]);
  });

  it('sets a run-in 【点评】 label apart, its commentary keeping the number and corrections of the paragraph', () => {
    const edition = buildEdition(['宝坻区推行“一站三中心”。', '【点评】　把服务纳人工作,关键在下移。'], [
      { type: 'correct', p: 2, original: '纳人', corrected: '纳入' },
    ]);
    expect(edition).toEqual([
      { p: 1, text: '宝坻区推行“一站三中心”。' },
      { p: null, text: '【点评】' },
      { p: 2, text: '把服务纳入工作，关键在下移。' },
    ]);
  });

  it('a colon after a run-in 【点评】 goes with the label, full or half width, spaced or not', () => {
    for (const run of ['【点评】：把服务下移。', '【点评】: 把服务下移。', '【点评】　：把服务下移。']) {
      expect(buildEdition(['正文。', run], [])).toEqual([
        { p: 1, text: '正文。' },
        { p: null, text: '【点评】' },
        { p: 2, text: '把服务下移。' },
      ]);
    }
    // A colon further in is the commentary's own.
    expect(buildEdition(['【点评】把服务下移：关键在人。'], [])[1]!.text).toBe('把服务下移：关键在人。');
  });

  it('a 【点评】： alone on its line is the label, unnumbered, and a join after it counts paragraphs as the edition does', () => {
    const edition = buildEdition(['正文。', '【点评】：', '把服务', '下移。'], [{ type: 'join', p: 2, after: '把服务' }]);
    expect(edition).toEqual([
      { p: 1, text: '正文。' },
      { p: null, text: '【点评】' },
      { p: 2, text: '把服务下移。' },
    ]);
  });

  it('applies a correction to the nth occurrence only', () => {
    const edition = buildEdition(['进村人户,再次人户。'], [
      { type: 'correct', p: 1, original: '人户', corrected: '入户', nth: 2 },
    ]);
    expect(edition[0]!.text).toBe('进村人户，再次入户。');
  });

  it('refuses a correction whose original reading is not in the paragraph', () => {
    expect(() => buildEdition(['入户走访。'], [{ type: 'correct', p: 1, original: '人户', corrected: '入户' }])).toThrow(EditionError);
  });

  it('a correction recorded before the label-colon rule, its original starting at the 【点评】 label\'s colon, is refused with the record that fixes it', () => {
    // The colon goes with the label (凡例, rule 4): the paragraph after the label reads 服务下况。, and the correction's own words are the rest.
    const raw = ['正文。', '【点评】：服务下况。'];
    const old = { type: 'correct' as const, p: 2, original: '：服务下况', corrected: '：服务下沉' };
    expect(() => buildEdition(raw, [old])).toThrow('correction at p2: original reading "：服务下况" starts with the colon of the 【点评】 label, which the edition sets with the label (凡例, rule 4); record original "服务下况", corrected "服务下沉"');
    expect(buildEdition(raw, [{ ...old, original: '服务下况', corrected: '服务下沉' }]).at(-1)).toEqual({ p: 2, text: '服务下沉。' });
    // A correction that only took the colon away has nothing left to do.
    expect(() => buildEdition(raw, [{ ...old, original: '：', corrected: '' }])).toThrow(/starts with the colon of the 【点评】 label.*; remove the correction: the edition already leaves the colon out/);
    // Elsewhere a colon is the text's own: a correction not found there gets the plain message.
    expect(() => buildEdition(['正文：服务下况。'], [{ ...old, p: 1, original: '：服务下沈' }])).toThrow(/not found in the raw paragraph$/);
  });

  it('refuses a join where the raw text has no such break', () => {
    expect(() => buildEdition(['甲。', '乙。'], [{ type: 'join', p: 1, after: '丙' }])).toThrow(/no raw paragraph ending with "丙"/);
  });

  it('leaves doubts and lacunae in the text untouched', () => {
    const edition = buildEdition(['全国人大代表、长宁做法基础上。'], [
      { type: 'lacuna', p: 1, after: '长宁', note: '脱文' },
      { type: 'doubt', p: 1, text: '做法', note: '存疑' },
    ]);
    expect(edition[0]!.text).toBe('全国人大代表、长宁做法基础上。');
  });
});

describe('numberBlocks', () => {
  it('does not number the commentary label', () => {
    expect(numberBlocks(['甲', '【点评】', '乙']).map((b) => b.p)).toEqual([1, null, 2]);
  });
});

describe('markerOccurrence', () => {
  it('finds which occurrence of the corrected reading the correction made', () => {
    const c = { type: 'correct' as const, p: 1, original: '人户', corrected: '入户' };
    expect(markerOccurrence(['党员入户走访，干部人户宣传。'], [c], c)).toBe(2);
    expect(markerOccurrence(['干部人户宣传，党员入户走访。'], [c], c)).toBe(1);
  });
  it('finds which occurrence of the words before a false break is the break', () => {
    const j = { type: 'join' as const, p: 1, after: '群众工作' };
    expect(markerOccurrence(['做好群众工作是关键，做好群众工作', '的根本在于联系群众。'], [j], j)).toBe(2);
  });
});

describe('readingSpans', () => {
  /** The edition words a pick of reading characters [from, to) (UTF-16) stands for, as the desk takes them. */
  const pickIn = (reading: string, edition: string, from: number, to: number) => {
    const spans = readingSpans(reading, edition).slice(from, to);
    return edition.slice(Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1])));
  };
  const reading = '泥牛人海！’’他说, 好事';
  const edition = '泥牛入海！”他说，好事';

  it('maps every character of the raw reading, unchanged ones to themselves', () => {
    const spans = readingSpans(reading, edition);
    expect(spans).toHaveLength(reading.length);
    expect(spans[0]).toEqual([0, 1]);
    expect(pickIn(reading, edition, 0, 2)).toBe('泥牛');
  });

  it('takes a changed run whole, and counts after it as the reading does, however the correction changed the length', () => {
    // 人 → 入: the same length; ’’ → ”: one shorter; “, ” → “，”: the space dropped.
    expect(pickIn(reading, edition, 2, 3)).toBe('入');
    expect(pickIn(reading, edition, 5, 6)).toBe('”');
    expect(pickIn(reading, edition, 5, 7)).toBe('”');
    // The characters after ’’ are counted in the reading: 他说 is the 8th and 9th, not shifted by the shorter ”.
    expect(pickIn(reading, edition, 7, 9)).toBe('他说');
    expect(pickIn(reading, edition, 9, 13)).toBe('，好事');
    expect(pickIn(reading, edition, 11, 13)).toBe('好事');
  });
});

describe('buildEdition: recorded omissions', () => {
  const caption = '图为城南镇“有奖批评大会”现场（资料图片）';
  const omit = (p: number, text: string[], extra: { before?: true } = {}) => ({ type: 'omit' as const, p, text, role: '图片说明', ...extra });

  it('leaves a block out in the middle of a range, numbering the rest as if it had never stood there', () => {
    const edition = buildEdition(['甲段。', caption, '乙段。'], [omit(1, [caption])]);
    expect(edition).toEqual([
      { p: 1, text: '甲段。' },
      { p: 2, text: '乙段。' },
    ]);
  });

  it('leaves out a block at the head of a range (before p1) and one at its end (after the last paragraph)', () => {
    expect(buildEdition([caption, '甲段。', '乙段。'], [omit(1, [caption], { before: true })])).toEqual([
      { p: 1, text: '甲段。' },
      { p: 2, text: '乙段。' },
    ]);
    expect(buildEdition(['甲段。', '乙段。', caption], [omit(2, [caption])])).toEqual([
      { p: 1, text: '甲段。' },
      { p: 2, text: '乙段。' },
    ]);
  });

  it('leaves out two adjacent blocks after the same paragraph, a block of several raw paragraphs included', () => {
    const table = ['城南镇“有奖批评”活动有关数据（编者据本文整理）', '项 目 | 情 况', '现场评审团 | 10人'];
    const edition = buildEdition(['甲段。', caption, ...table, '乙段。'], [omit(1, [caption]), { ...omit(1, table), role: '汇编者所加表格' }]);
    expect(edition.map((b) => b.text)).toEqual(['甲段。', '乙段。']);
  });

  it('rejoins a paragraph the capture broke on either side of an omitted block, and counts joins after it as the edition does', () => {
    const edition = buildEdition(['开头半句,', caption, '后半句。', '丙', '段。'], [
      omit(1, [caption]),
      { type: 'join', p: 1, after: '开头半句,' },
      { type: 'join', p: 2, after: '丙' },
    ]);
    expect(edition).toEqual([
      { p: 1, text: '开头半句，后半句。' },
      { p: 2, text: '丙段。' },
    ]);
  });

  it('refuses an omission whose text is not the raw block where it is anchored, naming the entry', () => {
    expect(() => buildEdition(['甲段。', caption, '乙段。'], [omit(2, [caption])])).toThrow(/corrections\[0\].*not the raw paragraph after p2/);
    expect(() => buildEdition(['甲段。', caption, '乙段。'], [omit(1, ['图为别处'])])).toThrow(EditionError);
    // Text of the article cannot be omitted under another's text: each omitted paragraph must equal the raw one.
    expect(() => buildEdition(['甲段。', caption, '乙段。'], [omit(1, [caption, '乙'])])).toThrow(EditionError);
  });

  it('refuses before: true anywhere but before the first paragraph', () => {
    expect(() => buildEdition(['甲段。', caption, '乙段。'], [omit(2, [caption], { before: true })])).toThrow(/before: true.*only.*p1/);
  });
});
