/**
 * The kind proposal, on texts made for the test (never the corpus): the
 * title's genre words first, then an author who gives his own views in the
 * first person (an essay), else a locality's practice told by what was done.
 */
import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';

const kindOf = (title: string, blocks: string[]) =>
  proposeCase({ title, edition: numberBlocks(blocks) }, { methods: [], themes: [] }).filter((x) => x.field === 'kind');

describe('kind proposal', () => {
  it('an author speaking of his own views in the first person writes a 心得体会, quoted where he says so', () => {
    const [x] = kindOf('将群众路线贯穿基层组织工作始终', ['群众路线是党的生命线。', '如何做好这项工作，我个人认为我们要坚持做好以下几点：一是建立联系制度。']);
    expect(x).toMatchObject({ value: '心得体会', p: 2 });
    expect(x!.quote).toContain('我个人认为');
  });

  it('a 我 inside quotation marks is someone quoted, not the author: the practice told stays an 经验案例', () => {
    const [x] = kindOf('一站三中心', ['群众说：“我认为这个服务站办得好，群众下班我在岗。”', '该镇建立了便民服务站，开展代办服务。']);
    expect(x).toMatchObject({ value: '经验案例', p: 2 });
  });

  it('a 我 inside ASCII quotation marks (captured text) is someone quoted too', () => {
    expect(kindOf('便民服务站', ['村民说:"我觉得方便多了。"', '该镇建立了便民服务站，开展代办服务。'])[0]).toMatchObject({ value: '经验案例' });
  });

  it('the title’s genre words come first', () => {
    expect(kindOf('做群众工作的几点体会', ['我认为要深入基层。'])[0]).toMatchObject({ value: '心得体会', p: 0 });
  });
});
