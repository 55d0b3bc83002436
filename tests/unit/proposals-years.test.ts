/**
 * Year proposals, on texts made for the test (never the corpus): a year the
 * text states, and a year it gives only relative to the source's date (今年,
 * 去年, 前年), proposed as inferred with the words and the date as its
 * reason, which accepting writes to inferred.years so the check passes.
 */
import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';
import { answerProposals } from '../../src/lib/ingest/accept-proposals.ts';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';

const yearsOf = (blocks: string[], sourceDate?: string) =>
  proposeCase({ title: '某镇代办员', edition: numberBlocks(blocks), ...(sourceDate ? { sourceDate } : {}) }, { methods: [], themes: [] }).filter((x) => x.field === 'years');

describe('year proposals', () => {
  // Trial 21: 今年1至8月 and 今年以来 in a 简报 dated 2025-09-26; no year could be recorded.
  it('proposes the year a 今年/去年 stands for, as inferred, with the paragraph as evidence and the reason written out', () => {
    const years = yearsOf(['梅山镇选聘132名代办员。', '今年以来开课186场；去年开课90场。'], '2025-09-26');
    expect(years).toEqual([
      expect.objectContaining({ value: 2024, p: 2, quote: expect.stringContaining('去年') }),
      expect.objectContaining({ value: 2025, p: 2, quote: expect.stringContaining('今年以来') }),
    ]);
    expect(years[1]!.why).toContain('第2段“今年以来”，来源日期 2025-09-26');
    expect(years[0]!.why).toContain('第2段“去年”，来源日期 2025-09-26');
  });

  it('proposes nothing relative without the source’s date, nor a year the text states itself twice', () => {
    expect(yearsOf(['今年以来开课186场。'])).toEqual([]);
    const years = yearsOf(['2025年3月起开课。', '今年以来开课186场。'], '2025-09-26');
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ value: 2025, p: 1, why: '正文写明此年' });
  });

  it('accepting an inferred year writes the year and its reason (inferred.years); rejecting writes neither', () => {
    const draft = (why: string) => `---\ntitle: 某镇\nproposals:\n  - { field: years, value: 2025, p: 1, quote: 今年以来开课186场, why: "${why}" }\n---\n\n今年以来开课186场。\n`;
    const [x] = yearsOf(['今年以来开课186场。'], '2025-09-26');
    const text = answerProposals(draft(x!.why), { all: true }, [], 'a.mdx').text;
    const fm = parseCaseSource(text).frontmatter as { years?: number[]; inferred?: { years?: string } };
    expect(fm.years).toEqual([2025]);
    expect(fm.inferred?.years).toBe('第1段“今年以来”，来源日期 2025-09-26');
    const rejected = parseCaseSource(answerProposals(draft(x!.why), { reject: [1] }, [], 'a.mdx').text).frontmatter;
    expect(rejected).not.toHaveProperty('years');
    expect(rejected).not.toHaveProperty('inferred');
  });

  // 至今年均, 年前年轻人: the characters of 今年 and 前年 run across two words; no year is named.
  it('reads 今年 and 前年 only as words: 建站至今年均…, 十年前年轻人… name no year', () => {
    expect(yearsOf(['服务站建站至今年均接待群众3000人次。'], '2013-08-06')).toEqual([]);
    expect(yearsOf(['十年前年轻人大多外出务工，村里只剩老人。'], '2013-08-06')).toEqual([]);
  });

  // Red-team review: 今年 said by someone in the text, or in a title it cites, is the speaker's or writer's year.
  it('counts no year from a 今年 inside quoted speech or a cited title, and still from one the text says itself', () => {
    expect(yearsOf(['村民王大妈说：“今年家里暖和了，多亏了党员干部。”'], '2025-09-26')).toEqual([]);
    expect(yearsOf(['镇里照《关于做好今年代办服务工作的通知》办理。'], '2025-09-26')).toEqual([]);
    expect(yearsOf(['村民说："今年家里暖和了。"'], '2025-09-26')).toEqual([]);
    // Corner brackets, the quotation marks of texts in traditional characters (a Big5 RTF, a Hong Kong or Taiwan page).
    expect(yearsOf(['村民王大媽說：「今年家裡暖和了，多虧了黨員幹部。」'], '2025-09-26')).toEqual([]);
    expect(yearsOf(['他說：「大家都講『今年收成好』。」'], '2025-09-26')).toEqual([]);
    const years = yearsOf(['王大妈说：“今年家里暖和了。”', '今年以来，全镇代办事项3400件。'], '2025-09-26');
    expect(years).toEqual([expect.objectContaining({ value: 2025, p: 2, quote: expect.stringContaining('今年以来') })]);
  });
});
