/**
 * The summary proposal, on texts and a taxonomy made for the test (never the
 * corpus): composed from the region, the year the text says the practice
 * started, the practice the title quotes and the phrases of the methods done;
 * composed again from what the editor accepted; the article's own sentence
 * only when no method is proposed as done; never the compilers' 【点评】.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';
import { answerProposals, ProposalError } from '../../src/lib/ingest/accept-proposals.ts';

const REGION = { code: '131124', leaf: '饶阳县' };
const summaryOf = (blocks: string[], region: typeof REGION | null = REGION) =>
  proposeCase({ title: '题', edition: numberBlocks(blocks), region: region ?? undefined }, { methods: [], themes: [] }).filter((x) => x.field === 'summary');

describe('summary proposal lifted when no method is proposed as done', () => {
  const body = [
    '村民们都说，党员和过去大不一样了。饶阳县是农业大县。',
    '2012年初，饶阳县在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次。这样，群众被重新组织起来。',
  ];

  it('offer the sentence naming the place that best tells what it did, as the text words it, with its paragraph', () => {
    const [x, ...rest] = summaryOf(body);
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ p: 2, quote: '2012年初，饶阳县在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次', value: '2012年初，饶阳县在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次。' });
    expect(x!.why).toContain('编者的话');
    expect(x!.why).toContain('未见所做的方法');
  });

  it('never take the compilers’ comment, a sentence longer than a summary, or a text without the place', () => {
    expect(summaryOf([body[0]!, '【点评】', '饶阳县建立党员联系户制度，定期走访，值得推广。'])).toEqual([]);
    expect(summaryOf([`饶阳县建立了制度，${'每名党员联系群众'.repeat(16)}。`])).toEqual([]);
    expect(summaryOf(body, null)).toEqual([]);
  });

  it('is accepted into summary, and refused over a summary the editor wrote', () => {
    const draft = `---\ntitle: 题\nproposals:\n  - { field: summary, value: 饶阳县建立制度。, p: 1, quote: 饶阳县建立制度, why: 原文 }\n---\n\n饶阳县建立制度。\n`;
    const accepted = answerProposals(draft, { all: true }, [], 'd.mdx').text;
    expect((parseYaml(accepted.split('---')[1]!) as { summary: string }).summary).toBe('饶阳县建立制度。');
    expect(() => answerProposals(draft.replace('title: 题', 'title: 题\nsummary: 编者写的摘要。'), { all: true }, [], 'd.mdx')).toThrow(ProposalError);
  });
});

const METHODS = [
  { id: 'dangyuan-lianxihu', name: '党员联系户', aliases: ['党员联系户制度'], phrase: '让每名党员固定联系若干户群众' },
  { id: 'gongkai-chengnuo', name: '公开承诺', aliases: ['党员公开承诺制度'], phrase: '公开服务承诺、接受群众监督' },
  { id: 'kaohe-wenze', name: '考核问责', aliases: ['绩效考核'], phrase: '把服务群众的成效纳入考核' },
  { id: 'minqing-riji', name: '民情日记', aliases: [], phrase: '记民情日记、逐条交办回访' },
];
const TEXT = [
  '饶阳县是农业大县。',
  '饶阳县自2012年起在村级推行“1+10”党员联系户制度，每名党员联系10户左右群众。',
  '村里建立党员公开承诺制度，党员作出服务承诺。年底实行绩效考核，每半年评定一次。',
  '2005年乡镇撤并。',
];
const composed = (blocks: string[], subtitle = '饶阳县推行“1+10”党员联系户制度', methods = METHODS) =>
  proposeCase({ title: '一名党员联十户', subtitle, edition: numberBlocks(blocks), region: REGION }, { methods, themes: [] });

describe('summary proposal composed from kept data', () => {
  const all = composed(TEXT);
  const summary = all.find((x) => x.field === 'summary')!;

  it('say who did what from when: the place, the year the text says it started, the practice the title and body quote, the methods done in the text’s order', () => {
    expect(summary.value).toBe('饶阳县自2012年推行“1+10”：让每名党员固定联系若干户群众，公开服务承诺、接受群众监督，把服务群众的成效纳入考核。');
    expect(summary).toMatchObject({ p: 2, quote: '饶阳县自2012年起在村级推行“1+10”党员联系户制度，每名党员联系10户左右群众' });
    expect(summary.why).toMatch(/^编者拟：地名据区划数据（饶阳县），起始年据第2段“2012年”，做法名据题中和第2段所引“1\+10”，所做之事据方法（党员联系户、公开承诺、考核问责）/u);
  });

  it('state no year the text does not give as a start, no practice the body does not quote, no method only listed, and stay within 120 characters', () => {
    const plain = composed(TEXT.map((t) => t.replace('自2012年起', '2012年')), '党员的“好心”').find((x) => x.field === 'summary')!;
    expect(plain.value).toBe('饶阳县让每名党员固定联系若干户群众，公开服务承诺、接受群众监督，把服务群众的成效纳入考核。');
    // A start year stated of something else (the county's growth) is not the practice's.
    const elsewhere = composed([TEXT[0]!, '自2008年以来，饶阳县经济总量翻番。', ...TEXT.slice(1).map((t) => t.replace('自2012年起', '2012年'))]);
    expect(elsewhere.some((x) => x.field === 'years' && x.value === 2008)).toBe(true);
    expect(elsewhere.find((x) => x.field === 'summary')!.value).toBe('饶阳县推行“1+10”：让每名党员固定联系若干户群众，公开服务承诺、接受群众监督，把服务群众的成效纳入考核。');
    const long = METHODS.map((m) => ({ ...m, phrase: `${m.phrase}${'并长期坚持'.repeat(4)}` }));
    const capped = composed(TEXT, undefined, long).find((x) => x.field === 'summary')!;
    expect(Array.from(capped.value).length).toBeLessThanOrEqual(120);
    expect(capped.value).toMatch(/^饶阳县自2012年/u);
  });

  it('are composed again on accepting from the methods and years the editor kept, so a rejected one is not stated', () => {
    const draft = `---\ntitle: 一名党员联十户\nsubtitle: 饶阳县推行“1+10”党员联系户制度\nregion:\n  code: "131124"\nproposals:\n${all.map((x) => `  - ${JSON.stringify(x)}`).join('\n')}\n---\n\n${TEXT.join('\n\n')}\n`;
    const rejected = all.flatMap((x, i) => (x.field === 'methods' && x.value === 'gongkai-chengnuo') || (x.field === 'years' && x.value === 2012) ? [i + 1] : []);
    expect(rejected).toHaveLength(2);
    const result = answerProposals(draft, { all: true, reject: rejected }, METHODS, 'd.mdx');
    const fm = parseYaml(result.text.split('---')[1]!) as { summary: string };
    expect(fm.summary).toBe('饶阳县推行“1+10”：让每名党员固定联系若干户群众，把服务群众的成效纳入考核。');
    expect(result.notes.join('\n')).toContain('summary: composed again');
    // All accepted, the summary is the one listed.
    const kept = answerProposals(draft, { all: true }, METHODS, 'd.mdx');
    expect((parseYaml(kept.text.split('---')[1]!) as { summary: string }).summary).toBe(summary.value);
  });
});
