/**
 * Where a proposal's grounds are quoted, on texts made for the test (never
 * the corpus): a run-in heading that names the practice gives way to the
 * sentence after it that tells how it works; a method only urged is said to
 * be; a place named only in the byline grounds the level there; the
 * method's words told as done go before its words as a name or a qualifier.
 */
import { describe, expect, it } from 'vitest';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase } from '../../src/lib/ingest/proposals.ts';
import { isListItem } from '../../src/lib/node/evidence-checks.ts';

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

describe('method evidence where the text tells the method, not where it names it', () => {
  const HOTLINE = { methods: [{ id: 'fuwu-rexian', name: '服务热线', aliases: ['热线'] }], themes: [] };
  const hotlineQuote = (text: string) => proposeCase({ title: '题', edition: numberBlocks([text]) }, HOTLINE).find((x) => x.field === 'methods')?.quote;

  // The eleventh trial: “老李服务热线”秉承… (a name in a slogan) was proposed over the sentence where the hotline is set up.
  it('pass over the words inside quotation marks, a programme’s name, when the text tells the method in its own words', () => {
    const text = '2005年，市水务局将6部服务电话全部集中到一条热线上。“小王服务热线”坚持“群众的呼声就是第一信号”，建立起服务保障机制，每天有群众来电。';
    expect(hotlineQuote(text)).toBe('2005年，市水务局将6部服务电话全部集中到一条热线上');
  });

  it('pass over the words that only qualify a noun after them (热线队伍)', () => {
    const text = '2005年，市水务局将6部服务电话全部集中到一条热线上。热线队伍建立起值班制度，每天24小时有人在岗。';
    expect(hotlineQuote(text)).toBe('2005年，市水务局将6部服务电话全部集中到一条热线上');
  });

  it('keep a quoted name when the text tells the method nowhere else', () => {
    const text = '市里开通“小王服务热线”，每天24小时有人接听。群众都很满意。';
    expect(hotlineQuote(text)).toBe('市里开通“小王服务热线”，每天24小时有人接听');
  });
});

describe('a method named only as an item of a 、-list', () => {
  // Trial 12's 五必到: accepting “代办事项必到” wrote evidence check:content refuses as a bare list item.
  it('quote the list around it, which stands as evidence, and still say it is only listed', () => {
    const text = '明确党员做到“五必到”，即联系户红白大事必到、生病住院必到、下访事项必到、思想波动必到，把党员推上服务群众第一线。';
    const proposal = proposeCase({ title: '题', edition: numberBlocks([text]) }, VOCAB).find((x) => x.field === 'methods')!;
    expect(proposal.quote).toMatch(/^即联系户红白大事必到、生病住院必到、下访事项必到、思想波动必到/u);
    expect(isListItem(text, proposal.quote)).toBe(false);
    expect(proposal.why).toMatch(/以列举提到“下访”/u);
  });
});

describe('a method found through a word of its name (trial 22)', () => {
  const METHODS = [
    { id: 'gongkai-chengnuo', name: '公开承诺', aliases: ['服务承诺'] },
    { id: 'minqing-riji', name: '民情日记', aliases: ['民情日记本'] },
  ];
  const proposed = (text: string) => proposeCase({ title: '题', edition: numberBlocks([text]) }, { methods: METHODS, themes: [] }).filter((x) => x.field === 'methods').map((x) => x.value);

  it('is not proposed from a word inside a longer one (公开 in 村务公开栏) nor inside a programme’s quoted name (“民情夜访”)', () => {
    expect(proposed('夜访前，小组先通过村务公开栏收集群众反映的问题。')).toEqual([]);
    expect(proposed('县委从2022年3月起在全县推行“民情夜访”工作法，组织党员干部进村入户。')).toEqual([]);
  });

  it('is still proposed from the word standing alone in a sentence of doing', () => {
    expect(proposed('村里坚持把党员的服务事项张榜公开，接受群众监督。')).toEqual(['gongkai-chengnuo']);
  });
});
