/**
 * Where a method's evidence is quoted, on texts made for the test (never the
 * corpus): a run-in heading that names the practice gives way to the
 * sentence after it that tells how it works.
 */
import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';

const VOCAB = { methods: [{ id: 'ganbu-xiafang', name: '干部下访', aliases: ['下访'] }], themes: [] };
const quoteOf = (text: string) => proposeCase({ title: '题', edition: numberBlocks([text]) }, VOCAB).find((x) => x.field === 'methods')?.quote;

describe('method evidence after a run-in heading', () => {
  it('quote the sentence after a heading that only names the practice', () => {
    expect(quoteOf('下访“寻问题”——让群众给干部“挑刺”。每月上旬，乡镇干部带上《寻问题解决表》进村入户找批评。')).toBe('每月上旬，乡镇干部带上《寻问题解决表》进村入户找批评');
  });

  it('keep the heading when the next sentence tells of nothing done, and a sentence that is no heading', () => {
    expect(quoteOf('干部下访——让群众挑刺。群众都很满意。')).toBe('干部下访——让群众挑刺');
    expect(quoteOf('镇里建立干部下访制度，每月组织干部进村入户收集意见。群众都很满意。')).toBe('镇里建立干部下访制度，每月组织干部进村入户收集意见');
  });
});

describe('a method the text only urges', () => {
  const whyOf = (text: string) => proposeCase({ title: '题', edition: numberBlocks([text]) }, VOCAB).find((x) => x.field === 'methods')?.why;

  // The ninth trial's 兴山 methods stood only in the 对策 part (要…); the proposal said nothing of it.
  it('say in the proposal that it is urged and that accepting lists it under proposed; a list mention does not', () => {
    expect(whyOf('今后要深入开展领导干部大下访，倾听群众呼声。')).toMatch(/以倡议（要…）提到“下访”.*接受即列入 proposed/u);
    expect(whyOf('信访、下访、接访三者并重。')).not.toMatch(/倡议/u);
  });
});
