import { describe, expect, it } from 'vitest';
import { charLength, joinBrokenLine, normalizePunctuation, quote, splitParagraphs } from '../../src/lib/text.ts';

describe('normalizePunctuation', () => {
  it('turns half-width punctuation beside Chinese into full-width', () => {
    expect(normalizePunctuation('今年6月份以来,区委整体统筹:一是(统称“三万”活动)!')).toBe('今年6月份以来，区委整体统筹：一是（统称“三万”活动）！');
  });
  it('keeps ASCII punctuation between digits and Latin letters', () => {
    expect(normalizePunctuation('出1:600多人次')).toBe('出1:600多人次');
    expect(normalizePunctuation('是当之无愧的NO.1')).toBe('是当之无愧的NO.1');
    expect(normalizePunctuation('“5+2”、“白加黑”')).toBe('“5+2”、“白加黑”');
  });
  it('drops spaces beside CJK punctuation but keeps those between words', () => {
    expect(normalizePunctuation('以“ 建立长效机制、强化工作保障”为重点,落实工作责任, 强化保障机制')).toBe(
      '以“建立长效机制、强化工作保障”为重点，落实工作责任，强化保障机制',
    );
    expect(normalizePunctuation('始终坚持群众路线 切实做好新形势下群众工作')).toBe('始终坚持群众路线 切实做好新形势下群众工作');
  });
  it('is idempotent', () => {
    const once = normalizePunctuation('怎么办?’’松木村村民祖家秀打来求援电话,');
    expect(normalizePunctuation(once)).toBe(once);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank and whitespace-only lines and trims indentation', () => {
    expect(splitParagraphs(['  湖南省嘉禾县', '  ', '  1、以群众工作', '', '', '破坏容易'])).toEqual(['湖南省嘉禾县', '1、以群众工作', '破坏容易']);
  });
  it('joins consecutive non-blank lines of one paragraph', () => {
    expect(splitParagraphs(['第一行', '第二行'])).toEqual(['第一行第二行']);
  });
});

describe('charLength', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(charLength('群众𠀀')).toBe(3);
  });
});

describe('quote', () => {
  it('quotes in “ ” and sets quotation marks inside one level down, a third level double again', () => {
    expect(quote('家有难题请找老李')).toBe('“家有难题请找老李”');
    expect(quote('把政府的“好心”办成“好事”')).toBe('“把政府的‘好心’办成‘好事’”');
    expect(quote('他说：“叫‘老李’”')).toBe('“他说：‘叫“老李”’”');
    // A mark cited as a character (a 校勘记 on ’’ read as ”, a reading of marks alone) stays as printed; one quoting words past the cut nests.
    expect(quote('’’')).toBe('“’’”');
    expect(quote('”')).toBe('“””');
    expect(quote('我该怎么办?’’松木村')).toBe('“我该怎么办?’’松木村”');
    expect(quote('活动中的0”')).toBe('“活动中的0’”');
    expect(quote('“三有‘两评’')).toBe('“‘三有“两评””');
  });
});


describe('joinBrokenLine', () => {
  it('runs Chinese lines on without a space and keeps one only between Latin words or numbers', () => {
    expect(joinBrokenLine(['吉林省人民政府关于禁止在', '吉林省嫩江干流补充治理工程建设', ' 和迁入人口的通告 '])).toBe('吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设和迁入人口的通告');
    expect(joinBrokenLine(['基层服务型党组织建设案例选', '（第二辑）'])).toBe('基层服务型党组织建设案例选（第二辑）');
    expect(joinBrokenLine(['Party work in', 'the 2013', '2014 campaign'])).toBe('Party work in the 2013 2014 campaign');
    expect(joinBrokenLine(['', '党建'])).toBe('党建');
  });
});

describe('normalizePunctuation: a pair of brackets', () => {
  it('turns a pair together or not at all: a handle before a name keeps both, a Chinese aside turns both', () => {
    expect(normalizePunctuation('网友 @zg(wh)龚永前说')).toBe('网友 @zg(wh)龚永前说');
    expect(normalizePunctuation('张居正(1525-1582年),字叔大')).toBe('张居正（1525-1582年），字叔大');
    expect(normalizePunctuation('引用(见附表)')).toBe('引用（见附表）');
    expect(normalizePunctuation('a (b) c')).toBe('a (b) c');
  });
});
