/**
 * Where a proposal's grounds are quoted, on texts made for the test (never
 * the corpus): a run-in heading that names the practice gives way to the
 * sentence after it that tells how it works; a method only urged is said to
 * be; a place named only in the byline grounds the level there.
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

describe('the level of a place named only in the byline', () => {
  const levelOf = (byline?: string[]) =>
    proposeCase({ title: '关于县级机关党员干部联系和服务群众的调查与思考', edition: numberBlocks(['县直机关党组织深入农村、服务农民群众。']), region: { code: '420526', leaf: '兴山县' }, byline }, VOCAB).find((x) => x.field === 'level');

  // The ninth trial: 兴山 stood only in the authors' unit (县委县直机关工委), so no level was proposed.
  it('ground it on the authors’ unit, quoted as printed and said to be the byline', () => {
    expect(levelOf(['湖北省兴山县委县直机关工委'])).toMatchObject({ value: '县区', p: 0, quote: '湖北省兴山县委县直机关工委', why: expect.stringContaining('作者署名单位') });
    expect(levelOf()).toBeUndefined();
    expect(levelOf(['某市委组织部'])).toBeUndefined();
  });
});
