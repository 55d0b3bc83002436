import { describe, expect, it } from 'vitest';
import { flagsFor } from '../../src/lib/ingest/document.ts';

/** The flags of one paragraph, read as a Word document is (no OCR word guesses). */
const flagsOf = (text: string) => flagsFor([text], false);

describe('odd readings of numbers', () => {
  it('reads l before a range dash as a misread 1, as it reads l before + (l+10)', () => {
    expect(flagsOf('干部下访“挑刺”。每月l—5日，乡镇干部进村入户。')).toEqual(['第1段：疑数字误作字母（l/O）：“挑刺”。每月l—5日，乡镇”']);
    expect(flagsOf('每月1—l0日走访。')[0]).toContain('疑数字误作字母（l/O）');
  });

  it('flags two ASCII hyphens between numbers, and not one or a dash', () => {
    expect(flagsOf('每个支部推举6--7名党员、群众代表。')).toEqual(['第1段：数字间两个半角连字符（--），疑当作连接号（—）：“每个支部推举6--7名党员、群众”']);
    expect(flagsOf('每个支部推举6-7名党员，另推6—7名群众代表。')).toEqual([]);
  });

  it('flags a colon between numbers that is neither a clock time nor a ratio', () => {
    expect(flagsOf('全村主动义务出1:600多人次，节省资金3万多元。')).toEqual(['第1段：数字间夹冒号，既非时刻也非比例，疑有误：“村主动义务出1:600多人次，节省”']);
    expect(flagsOf('每天9:30开门，干部与群众按比例为1:3配备，会议于14：00结束。')).toEqual([]);
  });
});

describe('full stops that cut a clause', () => {
  it('flags a short verbless sentence inside a paragraph', () => {
    expect(flagsOf('不能解决的分类建立《批评台账》。如今的营山县。每个基层党组织都有一本登记册。')).toEqual(['第1段：句中无动词的短句后用句号，疑当作逗号：“如今的营山县。每个基层党组”']);
  });

  it('flags a run-in heading of two short halves joined by a full stop', () => {
    expect(flagsOf('“一村一站一助理”。群众有事我来办。依托村级组织活动场所，在村居建立综合服务站。')).toEqual(['第1段：段首小标题两半之间用句号，疑当作逗号：“一站一助理”。群众有事我来”']);
  });

  it('leaves headings, list items, short sentences with a verb and a paragraph’s last sentence alone', () => {
    expect(flagsOf('主要做法。依托村级组织活动场所，在村居建立综合服务站，选派干部驻村工作。')).toEqual([]);
    expect(flagsOf('二、主要成效。三年来共为群众办理各类事项三千多件，群众满意率逐年提高。')).toEqual([]);
    expect(flagsOf('干部每天入户了解情况。群众都说好。问题当场解决，不能解决的登记上报。')).toEqual([]);
    expect(flagsOf('干部每天入户了解情况，问题当场解决，不能解决的登记上报。这是营山经验。')).toEqual([]);
  });
});

describe('word guesses of a text read by OCR', () => {
  // Trial 13: the first 人户 of a paragraph was flagged, 进万村人万户 after it was not.
  it('flags each 人 misread for 入 in 进村入户, with 万 inside it too', () => {
    const flags = flagsFor(['当地机关干部进村人户的做法受到群众欢迎，万名干部进万村人万户，访民情。'], true);
    expect(flags.filter((f) => f.includes('疑“入”误作“人”'))).toHaveLength(2);
  });

  // Trial 14: 泥牛人海！’’ gave one doubt for two slips, and correcting the 人 dropped the ’’.
  it('flags two different slips a few characters apart as two doubts; two suspicions of the same characters stay one', () => {
    const flags = flagsFor(['每个问题都不能泥牛人海！’’上海市委常委这样说。'], true);
    expect(flags.filter((f) => f.includes('疑“入”误作“人”'))).toHaveLength(1);
    expect(flags.filter((f) => f.includes('两个单引号'))).toHaveLength(1);
    expect(flags.filter((f) => f.includes('入') && f.includes('单引号'))).toEqual([]);
  });
});
