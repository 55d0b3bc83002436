/**
 * A sentence that says what will be done (下一步，我们将…; 今后将…; 计划…; 拟…) is no evidence of a practice
 * done: check:content reads it as an aim, and a method proposed from it is said to be only urged. Sentences made
 * for the test, never the corpus; 将 that only brings the object forward (将问题记入…), 拟定 and 计划生育 report.
 */
import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';
import { aimWord } from '../../src/lib/node/evidence-checks.ts';

describe('aimWord on a plan', () => {
  it.each([
    ['下一步，我们将在全镇推行民情日记制度。', '推行民情日记制度', '下一步'],
    ['今后将继续开展党员联系户活动。', '开展党员联系户活动', '今后'],
    ['街道计划于明年建立网格化管理体系。', '建立网格化管理体系', '计划'],
    ['镇党委拟在各村设立党代表工作室。', '设立党代表工作室', '拟'],
    ['我们将进一步完善服务热线。', '完善服务热线', '将'],
    ['这项工作将逐步推广到全区各社区。', '推广到全区各社区', '将'],
  ])('reads “%s” as an aim', (paragraph, quote, word) => {
    expect(aimWord(paragraph, quote)).toBe(word);
  });

  it.each([
    ['街道将群众反映的问题记入民情日记，逐一销号。', '记入民情日记'],
    ['镇里拟定了党员联系户制度，每名党员联系十户。', '每名党员联系十户'],
    ['村里抓好计划生育服务，建立了服务热线。', '建立了服务热线'],
    ['按照年度工作计划，开展民情日记评比。', '开展民情日记评比'],
  ])('reads “%s” as done', (paragraph, quote) => {
    expect(aimWord(paragraph, quote)).toBeUndefined();
  });

  it('keeps the urging word a clause has beside a plan word (今后要…)', () => {
    expect(aimWord('今后要深入开展领导干部大下访。', '深入开展领导干部大下访')).toBe('要');
  });
});

describe('a method proposed from a plan', () => {
  const VOCAB = { methods: [{ id: 'ganbu-xiafang', name: '干部下访', aliases: ['下访'] }], themes: [] };
  const whyOf = (text: string) => proposeCase({ title: '题', edition: numberBlocks([text]) }, VOCAB).find((x) => x.field === 'methods')?.why;

  it('is said to be only urged, so that accepting it lists it under proposed', () => {
    expect(whyOf('下一步，我们将组织领导干部定期下访，倾听群众呼声。')).toMatch(/以倡议（下一步…）提到“下访”.*接受即列入 proposed/u);
    expect(whyOf('去年以来，县里组织领导干部定期下访，倾听群众呼声。')).not.toMatch(/倡议/u);
  });
});
