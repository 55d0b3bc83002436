/**
 * The summary proposal, on texts made for the test (never the corpus): the
 * article's own sentence that states what the place did, never words of the
 * tools' making, and never the compilers' 【点评】.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';
import { answerProposals, ProposalError } from '../../src/lib/ingest/accept-proposals.ts';

const REGION = { code: '131124', leaf: '饶阳县' };
const summaryOf = (blocks: string[], region: typeof REGION | null = REGION) =>
  proposeCase({ title: '题', edition: numberBlocks(blocks), region: region ?? undefined }, { methods: [], themes: [] }).filter((x) => x.field === 'summary');

describe('summary proposal', () => {
  const body = [
    '村民们都说，党员和过去大不一样了。饶阳县是农业大县。',
    '2012年初，饶阳县在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次。这样，群众被重新组织起来。',
  ];

  it('offer the sentence naming the place that best tells what it did, as the text words it, with its paragraph', () => {
    const [x, ...rest] = summaryOf(body);
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ p: 2, quote: '2012年初，饶阳县在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次', value: '2012年初，饶阳县在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次。' });
    expect(x!.why).toContain('编者的话');
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
