import { describe, expect, it } from 'vitest';
import { MEDIA, MEDIUM_WORDS, mediumOf } from '../../src/lib/source-medium.ts';
import { isFullDay, SOURCE_DATE, yearOf } from '../../src/lib/source-date.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

describe('mediumOf', () => {
  it('takes the stated medium, else the original file type, else a web capture', () => {
    expect(mediumOf({ medium: 'print', original: { file: 'a.docx' } })).toBe('print');
    expect(mediumOf({ original: { file: '汇编.DOCX' } })).toBe('word');
    expect(mediumOf({ original: { file: 'a.doc' } })).toBe('word');
    expect(mediumOf({ original: { file: 'a.pdf' } })).toBe('pdf');
    expect(mediumOf({ original: { file: 'a.ofd' } })).toBe('ofd');
    expect(mediumOf({ original: { file: '征集汇总表.xlsx' } })).toBe('spreadsheet');
    expect(mediumOf({ original: { file: 'page.mhtml' } })).toBe('web');
    expect(mediumOf({})).toBe('web');
  });

  it('a mail kept as received (.eml) is a mail, not a web capture, and its words say so (trial 22)', () => {
    const mail = { original: { file: '寻乌县报送民情夜访案例.EML' } };
    expect(mediumOf(mail)).toBe('mail');
    expect(MEDIUM_WORDS[mediumOf(mail)]).toEqual({ label: '电子邮件', text: '编者收到的电子邮件及其附件所提取的文本' });
    const base = { id: 'x', title: 't', publication: 'p', type: 'compilation', raw: 'x.txt', sha256: 'a'.repeat(64), about: 'a' };
    expect(sourceSchema.safeParse({ ...base, medium: 'mail' }).success).toBe(true);
  });

  it('only a web capture speaks of web pages and a URL not kept', () => {
    for (const medium of MEDIA) {
      const words = Object.values(MEDIUM_WORDS[medium]).join('');
      if (medium === 'web') expect(MEDIUM_WORDS.web.noUrl).toBe('原文网址未保存在抓取文本中。');
      else expect(words, medium).not.toMatch(/网页|网址|抓取/);
    }
  });
});

describe('source dates', () => {
  it('a year, a month or a day, with a real month and day', () => {
    for (const ok of ['2013', '2013-10', '2013-05-23', '2013-12-31']) expect(SOURCE_DATE.test(ok), ok).toBe(true);
    for (const bad of ['2013年10月', '2013-13', '2013-10-32', '2013-1', '13-10', '2013-10-01T00:00']) expect(SOURCE_DATE.test(bad), bad).toBe(false);
    expect([isFullDay('2013-10'), isFullDay('2013-10-01'), yearOf('2013-10')]).toEqual([false, true, 2013]);
  });

  it('the schema takes them and refuses unknown fields', () => {
    const base = { id: 'x', title: 't', publication: 'p', type: 'compilation', raw: 'x.txt', sha256: 'a'.repeat(64), about: 'a' };
    expect(sourceSchema.safeParse({ ...base, date: '2013-10' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, date: '2013' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, year: 2013 }).success).toBe(false);
  });
});
