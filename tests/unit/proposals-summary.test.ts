/**
 * The summary proposal, on texts and a taxonomy made for the test (never the
 * corpus): whole sentences of the body — the opening one in which the place
 * does something, and at most one more (the next, or the one a done method's
 * evidence stands in) — never clauses glued from several sentences; chosen
 * again on accepting from the methods the editor kept; the article's own
 * sentence that best tells what the place did only when the place acts in
 * none; never the compilers' 【点评】.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { numberBlocks } from '../../src/lib/edition.ts';
import { proposeCase, tellsDone } from '../../src/lib/ingest/proposals.ts';
import { composeSummary, sentencesOf } from '../../src/lib/ingest/summary-proposal.ts';
import { SUMMARY_MAX } from '../../src/schemas/case.ts';
import { answerProposals, ProposalError } from '../../src/lib/ingest/accept-proposals.ts';
import { DRAFT_NOTE_OPENINGS, renderDraft } from '../../src/lib/ingest/draft.ts';
import type { Draft } from '../../src/lib/ingest/document.ts';

const REGION = { code: '131124', leaf: '饶阳县' };
const summaryOf = (blocks: string[], region: typeof REGION | null = REGION) =>
  proposeCase({ title: '题', edition: numberBlocks(blocks), region: region ?? undefined }, { methods: [], themes: [] }).filter((x) => x.field === 'summary');

describe('summary proposal lifted when the place acts in no sentence', () => {
  const body = [
    '村民们都说，党员和过去大不一样了。饶阳县是农业大县。',
    '2012年初，全县按照饶阳县委的部署在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次。这样，群众被重新组织起来。',
  ];

  it('offer the sentence naming the place that best tells what was done, as the text words it, with its paragraph', () => {
    const [x, ...rest] = summaryOf(body);
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ p: 2, value: '2012年初，全县按照饶阳县委的部署在村级建立党员联系户制度，每名党员联系10户左右群众，每月走访一次。' });
    expect(x!.why).toContain('编者的话');
    expect(x!.why).toContain('没有一句由饶阳县做什么');
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


/** Each sentence of a summary stands whole in the text: after a paragraph's start or a sentence's end, up to its own end. */
function wholeSentencesOf(value: string, paragraphs: readonly string[]): boolean {
  const sentences = sentencesOf(0, value).map((x) => x.text);
  return sentences.length > 0 && sentences.every((x) => paragraphs.some((para) => sentencesOf(0, para).some((y) => y.text === x)));
}

const METHODS = [
  { id: 'ruhu-zoufang', name: '入户走访', aliases: ['挨家挨户'] },
  { id: 'minqing-riji', name: '民情日记', aliases: [] },
  { id: 'minzhu-xieshang', name: '民主协商', aliases: ['恳谈会'] },
  { id: 'daiban-fuwu', name: '代办服务', aliases: ['代办'] },
];
// Shaped as trial 18's compilation cases, whose clauses the old composer glued: an anecdote opening, the place's
// sentence, a sentence too long to stand beside it, evidence leaning back (对此，…), a clause cut from its verb (通过…等形式).
const GLUED = [
  '2012年腊月，在市场上置办年货的饶阳县王大妈跟熟人唠了起来：“今年家里暖和了。我把儿女都叫来过年。”',
  `怎样才能把惠民实事办成群众满意的好事？饶阳县首先想到的是，在这一民生项目上建组织，发挥党组织的作用。他们在项目上建立11个联合党支部，成员包括${'选派党员、社区干部、项目党员经理、'.repeat(4)}小区德高望重的居民党员等，以党建工作引领和保障工程顺利推进。`,
  '联合党支部组织党员干部利用晚上时间，挨家挨户宣传改造后的好处，发放调查表征求意见。',
  '对此，联合党支部创立《民情日记》，按照“一户一策”原则走访接访。梳理群众反映集中的问题，通过联席会、恳谈会等形式，召集各方代表充分表达利益诉求，反复公开协商。',
  '【点评】',
  '饶阳县建立联合党支部，把好事办好。',
];
const proposed = (blocks: string[]) => proposeCase({ title: '把好事办好', subtitle: '饶阳县把党支部建在民生项目上', edition: numberBlocks(blocks), region: REGION }, { methods: METHODS, themes: [] });

describe('summary proposal: whole sentences of the text, never clauses glued from several', () => {
  const all = proposed(GLUED);
  const summary = all.find((x) => x.field === 'summary')!;

  it('open with the first sentence in which the place does something, then the first sentence after it where a done method’s evidence stands', () => {
    expect(summary.value).toBe('饶阳县首先想到的是，在这一民生项目上建组织，发挥党组织的作用。联合党支部组织党员干部利用晚上时间，挨家挨户宣传改造后的好处，发放调查表征求意见。');
    expect(wholeSentencesOf(String(summary.value), GLUED)).toBe(true);
    expect(Array.from(String(summary.value)).length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(summary).toMatchObject({ p: 2 });
    expect(summary.why).toMatch(/^编者拟：照录原文第2段、第3段的两句，不删改字句，第一句是正文中最先写饶阳县做了什么的一句，第二句是方法入户走访的证据所在/u);
  });

  it('are chosen again on accepting from the methods the editor kept: a rejected method lends no sentence, and one leaning back (对此，…) is never set after another', () => {
    const draft = `---\ntitle: 把好事办好\nsubtitle: 饶阳县把党支部建在民生项目上\nregion:\n  code: "131124"\nproposals:\n${all.map((x) => `  - ${JSON.stringify(x)}`).join('\n')}\n---\n\n${GLUED.join('\n\n')}\n`;
    const rejected = all.flatMap((x, i) => (x.field === 'methods' && x.value === 'ruhu-zoufang' ? [i + 1] : []));
    expect(rejected).toHaveLength(1);
    const result = answerProposals(draft, { all: true, reject: rejected }, METHODS, 'd.mdx');
    const fm = parseYaml(result.text.split('---')[1]!) as { summary: string };
    expect(fm.summary).toBe('饶阳县首先想到的是，在这一民生项目上建组织，发挥党组织的作用。梳理群众反映集中的问题，通过联席会、恳谈会等形式，召集各方代表充分表达利益诉求，反复公开协商。');
    expect(wholeSentencesOf(fm.summary, GLUED)).toBe(true);
    expect(result.notes.join('\n')).toContain('summary: composed again');
    const kept = answerProposals(draft, { all: true }, METHODS, 'd.mdx');
    expect((parseYaml(kept.text.split('---')[1]!) as { summary: string }).summary).toBe(summary.value);
    // A region the draft marks inferred is not stated: the proposal's words stand, and accept says so.
    const inferred = answerProposals(draft.replace('region:\n', 'inferred:\n  region: 据编者推定\nregion:\n'), { all: true }, METHODS, 'd.mdx');
    expect(inferred.notes.join('\n')).toMatch(/summary: the place acts in no sentence/u);
  });

  it('take the sentence right after the opening one when it tells something done and both fit', () => {
    const paragraphs = [
      { p: 1, text: '群众有话找党代表诉说，这是两年多来饶阳县党代表工作室定期开放接待群众出现的新现象。' },
      { p: 2, text: '架构：体现“四个全”。2010年6月，饶阳县委在全县范围内广泛设立党代表工作室。各级党代表进驻工作室，定期接待群众。一是代表全参与。' },
    ];
    const x = composeSummary({ place: '饶阳县', paragraphs, methods: [], tells: tellsDone })!;
    expect(x.value).toBe('2010年6月，饶阳县委在全县范围内广泛设立党代表工作室。各级党代表进驻工作室，定期接待群众。');
    expect(x.why).toContain('照录原文第2段的相连两句');
  });

  it('take a sentence whose place chooses people for a post (选聘, 选派, 配备) as telling what it did', () => {
    // docs17 02's first item: the draft said no sentence told what 梅山镇 did, though its first does.
    const paragraphs = [{ p: 1, text: '梅山镇针对山区群众居住分散、办事路远的实际，从村“两委”干部和党员中心户中选聘132名“红色代办员”，每名代办员联系20至30户群众。' }];
    const x = composeSummary({ place: '梅山镇', paragraphs, methods: [], tells: tellsDone });
    expect(x?.value).toBe(paragraphs[0]!.text);
    expect(tellsDone('县里为每个村选派1名第一书记')).toBe(true);
    expect(tellsDone('为每个网格配备2名网格员')).toBe(true);
  });

  it('read the place as the doer after 是 (“…”，是某县自2007年起开始实施的…), never where it only says where someone is', () => {
    const paragraphs = [
      { p: 1, text: '50岁的李春秀是饶阳县某镇村民，她向镇里的服务站提交了救助申请，工作人员全程为她代办。' },
      { p: 2, text: '“农事村办”，是饶阳县自2007年起开始实施的服务群众新机制。山区群众居住分散。' },
      { p: 3, text: '为提供更便捷服务，推行代办、联办和网办的“三办”服务方式，让在外务工的农民不回乡也能办成事。' },
    ];
    const x = composeSummary({ place: '饶阳县', paragraphs, methods: [{ name: '代办服务', p: 3, quote: '推行代办、联办和网办' }], tells: tellsDone })!;
    expect(x.value).toBe('“农事村办”，是饶阳县自2007年起开始实施的服务群众新机制。为提供更便捷服务，推行代办、联办和网办的“三办”服务方式，让在外务工的农民不回乡也能办成事。');
    expect(composeSummary({ place: '饶阳县', paragraphs: [paragraphs[0]!], methods: [], tells: tellsDone })).toBeUndefined();
  });

  it('read the place’s own organ by its level as the place acting (乡党委 in a township’s text), never another level’s', () => {
    const paragraphs = [{ p: 1, text: '某乡地处城乡结合部。县委提出要求，各乡建立台账。如何扭转被动局面？乡党委探索完善“三有两评”工作法，找到了联系服务群众的“金钥匙”。' }];
    expect(composeSummary({ place: '某乡', paragraphs, methods: [], tells: tellsDone })!.value).toBe('乡党委探索完善“三有两评”工作法，找到了联系服务群众的“金钥匙”。');
  });

  it('hold SUMMARY_MAX: an opening sentence longer than a summary gives way to the next in which the place acts', () => {
    const long = { p: 1, text: `饶阳县建立了制度，${'每名党员联系群众'.repeat(16)}。` };
    const x = composeSummary({ place: '饶阳县', paragraphs: [long, { p: 2, text: '饶阳县每月开展入户走访。' }], methods: [], tells: tellsDone })!;
    expect(x.value).toBe('饶阳县每月开展入户走访。');
  });

  it('cut sentences after 。！？ outside quotation marks and brackets, and after a quote a mark closes', () => {
    const text = '村里开展“民主恳谈。有事好商量”活动（每月一次。逢五举行）。群众说：“热线好！”干部到场。';
    expect(sentencesOf(1, text).map((x) => x.text)).toEqual(['村里开展“民主恳谈。有事好商量”活动（每月一次。逢五举行）。', '群众说：“热线好！”', '干部到场。']);
  });
});

// Shaped as trial 20's essay and case of a compilation (永善's 一是…四是…, 湖北's 访民情，增感情。): no sentence in which
// the place acts, none naming it doing; an editor still gets a summary from the text's own words, or the draft says why none.
const ESSAY = [
  '十八大报告指出：坚持以人为本。结合这些年农村工作的实践，做好群众工作应该把握好以下“四个方面”。',
  '一是要找准着力点。做群众工作丝毫不能松懈。群众的期盼必须长期关注。',
  '二是要把握关键点。做群众工作，要深入实际，深入村组农户。',
  '三是要抓住突破点。作为基层干部，首先要弄清群众真实的想法。',
  '四是要定位落脚点。群众工作的最终落脚点，就在于看群众满意不满意。',
  '总之，要牢固树立一切为了群众的为民观点。',
];

describe('summary proposal from the text’s outline when no sentence says what the place did', () => {
  it('take the parts’ run-in headings after the sentence that leads into them, naming the paragraphs', () => {
    const [x, ...rest] = summaryOf(ESSAY);
    expect(rest).toEqual([]);
    expect(x).toMatchObject({ p: 1, value: '结合这些年农村工作的实践，做好群众工作应该把握好以下“四个方面”。一是要找准着力点。二是要把握关键点。三是要抓住突破点。四是要定位落脚点。' });
    expect(x!.why).toMatch(/^编者拟：照录原文第1段的末句和第2、3、4、5段的段首小标题，即全文的提纲/u);
    expect(wholeSentencesOf(String(x!.value), ESSAY)).toBe(true);
  });

  it('need no place: a report’s section headings (一、…) are its outline, a lead ending on its colon runs into them', () => {
    const report = ['调查情况如下：', '一、主要问题', '机关党员服务能力需进一步提高。', '二、原因分析', '制度不够健全。', '三、对策建议', '建立长效机制。'];
    expect(summaryOf(report, null)[0]).toMatchObject({ p: 1, value: '调查情况如下：一、主要问题。二、原因分析。三、对策建议。' });
  });

  it('leave out the lead that does not fit beside the parts, and propose none from one part or from headings longer than a summary', () => {
    const longLead = [`${'结合这些年农村工作的实践'.repeat(8)}。`, ...ESSAY.slice(1)];
    expect(summaryOf(longLead)[0]?.value).toBe('一是要找准着力点。二是要把握关键点。三是要抓住突破点。四是要定位落脚点。');
    expect(summaryOf([ESSAY[0]!, ESSAY[1]!, '做群众工作，要深入实际，深入村组农户，多到困难的地方为群众排忧解难。'])).toEqual([]);
  });

  it('take no short opening sentences that are not parallel for headings: a story’s or a dialogue’s paragraphs are no outline', () => {
    const story = ['老李是一名退休干部，十年来一直为邻里排忧解难。', '去年冬天，雪很大。老李挨家挨户送煤，一天跑了三十多户。', '村民王大妈病了。老李连夜把她送到县医院，垫付了医药费。', '群众都说好。大家都叫他“家有难题请找老李”。'];
    const talk = ['社区里常能听到这样的对话。', '“老李在吗？”王大妈推门进来，说家里水管又漏了。', '“没问题。”老李拿起工具就走，二十分钟就修好了。', '“谢谢你！”王大妈拉着他的手不放。'];
    expect(summaryOf(story, null)).toEqual([]);
    expect(summaryOf(talk, null)).toEqual([]);
    // Headings of one shape (访民情，增感情。挖塘堰，惠民生。) are parallel with no ordinal before them.
    const shaped = ['2010年底开始的活动，为期三个月。', '访民情，增感情。干部走进农户，摸清村情。', '挖塘堰，惠民生。干部帮助群众兴修水利。', '洁万家，优环境。干部带头清理垃圾。'];
    expect(summaryOf(shaped, null)[0]?.value).toBe('2010年底开始的活动，为期三个月。访民情，增感情。挖塘堰，惠民生。洁万家，优环境。');
    // …and so are headings opening with one word (坚持…), whatever their length.
    const worded = ['我们总结出了四个“一线”的工作方法。', '坚持身子沉到一线。坚持经常下社区走访。', '坚持问题解决在一线。坚持及时调节化解群众矛盾。'];
    expect(summaryOf(worded, null)[0]?.value).toBe('我们总结出了四个“一线”的工作方法。坚持身子沉到一线。坚持问题解决在一线。');
  });

  it('is accepted as proposed (its words, not its quote alone)', () => {
    const [x] = summaryOf(ESSAY);
    const draft = `---\ntitle: 题\nproposals:\n  - ${JSON.stringify(x)}\n---\n\n${ESSAY.join('\n\n')}\n`;
    const fm = parseYaml(answerProposals(draft, { all: true }, [], 'd.mdx').text.split('---')[1]!) as { summary: string };
    expect(fm.summary).toBe(x!.value);
  });
});

describe('a draft with no summary proposal says why', () => {
  const draftOf = (raw: string[]): Draft => ({ title: '题', authors: [], region: { code: '131124', name: '河北省衡水市饶阳县', leaf: '饶阳县' }, titleLine: 1, lines: [2, 1 + raw.length], raw, corrections: [], methods: [], themes: [], flags: [] });

  it('names what was missing, so the editor knows to write it, in a note publish leaves out', () => {
    const none = renderDraft(draftOf(['村民们都说，党员和过去大不一样了。', '这样，群众被重新组织起来了，日子越过越好。']), 'source-x', {}, undefined, { methods: [], themes: [] });
    const note = none.split('\n').find((l) => l.startsWith('# 补 summary：'));
    expect(note).toContain('正文中没有一句（不超过120字）写饶阳县做了什么');
    expect(note).toContain('没有拟摘要提议');
    expect(DRAFT_NOTE_OPENINGS.some((o) => note!.slice(2).startsWith(o))).toBe(true);
    const some = renderDraft(draftOf(ESSAY), 'source-x', {}, undefined, { methods: [], themes: [] });
    expect(some).not.toContain('# 补 summary：');
    expect(some).toContain('field: summary');
  });
});
