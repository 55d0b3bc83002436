/**
 * The teaching note proposed from a draft's accepted grounds and the editors'
 * kept data, on a draft and taxonomy made for the test (never the corpus):
 * points are the text's own sentences with their paragraphs; questions pair
 * a method's evidence clause, verbatim, with that method's kept question; the
 * purpose names the place, the practice the title quotes and the methods'
 * phrases; and the proposals are answered as a draft's are.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { caseParagraphs } from '../../src/lib/case-mdx.ts';
import { answerTeachingProposals, ProposalError } from '../../src/lib/ingest/accept-proposals.ts';
import { proposeTeaching, teachingFileText } from '../../src/lib/ingest/teaching-proposals.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';
import { teachingProblems } from '../../src/lib/node/content-checks.ts';
import type { TagData } from '../../src/lib/ingest/teaching-proposals.ts';

const BODY = [
  '2012年初，某县在村级建立“1+10”党员联系户制度，按村民居住片重新划分党小组。这种方式使每个党员都有固定的联系对象。',
  '村级党组织印制发放了党员联系卡，明确了具体职责。',
  '一是建立党员公开承诺制度，党员作出服务承诺，接受群众监督。二是建立考核评比制度，通过群众评议的办法，每半年评定党员档次。',
];
const draft = (methods: string[], themes: string[], evidence: string) =>
  `---\ntitle: 一名党员联十户\nsubtitle: 某县推行“1+10”党员联系户制度\nregion:\n  code: "131124"\nmethods: [${methods.join(', ')}]\nthemes: [${themes.join(', ')}]\nevidence:\n${evidence}---\n\n${BODY.join('\n\n')}\n`;
const EVIDENCE = [
  '  dangyuan-lianxihu: { p: 1, quote: 在村级建立“1+10”党员联系户制度 }',
  '  lianxi-ka: { p: 2, quote: 印制发放了党员联系卡 }',
  '  gongkai-chengnuo: { p: 3, quote: 建立党员公开承诺制度 }',
  '  qunzhong-pingyi: { p: 3, quote: 二是建立考核评比制度 }',
  '  kaohe-wenze: { p: 3, quote: 通过群众评议的办法 }',
  '  jiceng-dangjian: { p: 1, quote: 每个党员都有固定的联系对象 }',
  '',
].join('\n');
const TAGS = new Map<string, TagData>([
  ['dangyuan-lianxihu', { name: '党员联系户', phrase: '让每名党员固定联系若干户群众', questions: ['联系的户数怎样划定？', '怎样知道党员真的上门了？'] }],
  ['lianxi-ka', { name: '联系服务卡', phrase: '把联系人和电话印成卡片发到各户', questions: ['联系卡写明哪些内容才用得上？'] }],
  ['gongkai-chengnuo', { name: '公开承诺', phrase: '公开服务承诺、接受群众监督', questions: ['承诺写到多具体，群众才能监督？'] }],
  ['qunzhong-pingyi', { name: '群众评议干部', phrase: '由群众评议干部', questions: ['评议的群众怎样产生？'] }],
  ['kaohe-wenze', { name: '考核问责', phrase: '把成效纳入考核', questions: ['考核结果怎样与奖惩挂钩？'] }],
  ['jiceng-dangjian', { name: '基层党组织建设', questions: ['党组织怎样建在群众身边？'] }],
]);

describe('teaching proposals', () => {
  const text = draft(['dangyuan-lianxihu', 'lianxi-ka', 'gongkai-chengnuo', 'qunzhong-pingyi', 'kaohe-wenze'], ['jiceng-dangjian'], EVIDENCE);
  const proposals = proposeTeaching(text, '饶阳县', TAGS);

  it('propose each point as the sentence an accepted method rests on, exactly as the body reads it, with its paragraph, in the text’s order', () => {
    expect(proposals.filter((x) => x.field === 'points').map((x) => [x.value, x.paragraphs])).toEqual([
      ['党员联系户：“2012年初，某县在村级建立“1+10”党员联系户制度，按村民居住片重新划分党小组”', [1]],
      ['联系服务卡：“村级党组织印制发放了党员联系卡，明确了具体职责”', [2]],
      ['公开承诺：“一是建立党员公开承诺制度，党员作出服务承诺，接受群众监督”', [3]],
      // Two methods resting on one sentence make one point.
      ['群众评议干部、考核问责：“二是建立考核评比制度，通过群众评议的办法，每半年评定党员档次”', [3]],
    ]);
  });

  it('invent nothing: every quoted sentence stands in the paragraph it names', () => {
    const paragraphs = caseParagraphs(BODY.join('\n\n'));
    for (const x of proposals.filter((p) => p.field === 'points')) {
      const quoted = /“(.+)”$/u.exec(x.value)![1]!;
      expect(paragraphs.find((p) => p.p === x.paragraphs[0])!.text).toContain(quoted);
    }
  });

  it('propose a purpose from the place, the practice the title and body quote, and the phrases of the methods done, at most four, marked as the editors’', () => {
    const purpose = proposals.filter((x) => x.field === 'purpose');
    expect(purpose.map((x) => x.value)).toEqual(['以饶阳县“1+10”为例，讨论怎样让每名党员固定联系若干户群众，把联系人和电话印成卡片发到各户，公开服务承诺、接受群众监督，由群众评议干部。']);
    expect(purpose[0]!.why).toMatch(/^编者拟：/u);
    expect(purpose[0]!.why).not.toMatch(/改写成/u);
    // The practice is named only when the body quotes it too: a title's figure of speech is not one.
    const figure = proposeTeaching(text.replace('某县推行“1+10”党员联系户制度', '党员的“好心”'), '饶阳县', TAGS);
    expect(figure.find((x) => x.field === 'purpose')!.value).toMatch(/^以饶阳县的做法为例，讨论怎样/u);
  });

  it('propose a question on each method’s evidence sentence (its clauses when over 60 characters), verbatim with its paragraph, followed by the method’s kept question, at most four', () => {
    const questions = proposals.filter((x) => x.field === 'questions');
    expect(questions.map((x) => [x.value, x.paragraphs])).toEqual([
      ['第1段说“2012年初，某县在村级建立“1+10”党员联系户制度，按村民居住片重新划分党小组”。联系的户数怎样划定？', [1]],
      ['第2段说“村级党组织印制发放了党员联系卡，明确了具体职责”。联系卡写明哪些内容才用得上？', [2]],
      ['第3段说“一是建立党员公开承诺制度，党员作出服务承诺，接受群众监督”。承诺写到多具体，群众才能监督？', [3]],
      ['第3段说“二是建立考核评比制度，通过群众评议的办法，每半年评定党员档次”。评议的群众怎样产生？', [3]],
    ]);
    for (const q of questions) expect(q.why).toMatch(/^编者拟：第\d+段.+的证据照录，配方法表中方法“.+”的讨论题$/u);
    const paragraphs = new Map(caseParagraphs(BODY.join('\n\n')).map((p) => [p.p, p.text]));
    const note = { purpose: proposals[0]!.value, questions: questions.map((x) => ({ text: x.value, paragraphs: x.paragraphs })), points: [] };
    expect(teachingProblems(note as never, paragraphs)).toEqual([]);
  });

  it('make up three points and questions with the themes’ grounds when fewer methods are accepted, and propose nothing without grounds', () => {
    const few = proposeTeaching(draft(['lianxi-ka'], ['jiceng-dangjian'], `${EVIDENCE.split('\n')[1]}\n${EVIDENCE.split('\n')[5]}\n`), undefined, TAGS);
    expect(few.filter((x) => x.field === 'points').map((x) => x.value.split('：')[0])).toEqual(['基层党组织建设', '联系服务卡']);
    expect(few.filter((x) => x.field === 'questions').map((x) => x.value)).toEqual([
      '第2段说“村级党组织印制发放了党员联系卡，明确了具体职责”。联系卡写明哪些内容才用得上？',
      '第1段说“这种方式使每个党员都有固定的联系对象”。党组织怎样建在群众身边？',
    ]);
    expect(few.filter((x) => x.field === 'questions').map((x) => x.why.replace(/^.+，配/u, ''))).toEqual(['方法表中方法“联系服务卡”的讨论题', '领域表中领域“基层党组织建设”的讨论题']);
    expect(few.find((x) => x.field === 'purpose')!.value).toMatch(/^以本案“1\+10”为例/u);
    expect(proposeTeaching(draft([], [], ''), undefined, TAGS)).toEqual([]);
  });
});

describe('teaching proposals the check accepts as they stand', () => {
  // The ninth trial: a 500-character sentence quoted whole, its inner “” turned into ‘’, so check found no such quotation.
  const LONG = `我们践行“一线工作法”、“三沉工作法”，推行“四联四包”工作制，${'健全县、乡、村三级群众工作网络，'.repeat(6)}确保把问题解决在一线，一事一处，当天事当天决。`;
  const text = `---\ntitle: 四联四包\nmethods: [yixian-gongzuofa, kaohe-wenze]\nproposed: [kaohe-wenze]\nevidence:\n  yixian-gongzuofa: { p: 1, quote: 推行“四联四包”工作制 }\n  kaohe-wenze: { p: 2, quote: 要探索建立相应的考核评价体系 }\n---\n\n${LONG}\n\n要探索建立相应的考核评价体系。\n`;
  const names = new Map<string, TagData>([['yixian-gongzuofa', { name: '一线工作法', phrase: '让干部在一线解决问题', questions: ['问题怎样在一线解决？'] }], ['kaohe-wenze', { name: '考核问责', phrase: '把成效纳入考核' }]]);
  const proposals = proposeTeaching(text, '嘉禾县', names);
  const paragraphs = new Map(caseParagraphs(text.slice(text.indexOf('\n---\n', 4) + 5)).map((p) => [p.p, p.text]));

  it('quote the clauses around the method’s words, at most 100 characters, verbatim, so teachingProblems finds every quotation', () => {
    const points = proposals.filter((x) => x.field === 'points');
    expect(LONG.length).toBeGreaterThan(100);
    const first = /：“(.+)”$/u.exec(points[0]!.value)![1]!;
    expect(first).toContain('推行“四联四包”工作制');
    expect(first.length).toBeLessThanOrEqual(100);
    expect(LONG).toContain(first);
    expect(points.map((x) => x.value).join('')).not.toMatch(/[‘’]/u);
    const notes = { purpose: '', questions: [], points: points.map((x) => ({ text: x.value, paragraphs: x.paragraphs })) };
    expect(teachingProblems(notes as never, paragraphs)).toEqual([]);
  });

  it('quote at most 60 characters of a long sentence in a question, verbatim, and the check finds it', () => {
    const q = proposals.find((x) => x.field === 'questions')!;
    const quoted = /^第1段说“(.+)”。/u.exec(q.value)![1]!;
    expect(quoted).toContain('推行“四联四包”工作制');
    expect(Array.from(quoted).length).toBeLessThanOrEqual(60);
    expect(LONG).toContain(quoted);
    expect(teachingProblems({ purpose: '', questions: [{ text: q.value, paragraphs: q.paragraphs }], points: [] } as never, paragraphs)).toEqual([]);
  });

  it('never cut a question’s quote inside the text’s own quotation: run on to its closing mark', () => {
    const body = '热线秉承“把群众的呼声作为第一信号、把群众的需求作为第一选择、把群众的满意作为第一标准、把群众的安危作为第一责任”的理念，建立起服务保障机制、应急抢险机制、监督考核机制。';
    const doc = `---\ntitle: 热线\nmethods: [fuwu-rexian]\nevidence:\n  fuwu-rexian: { p: 1, quote: 热线秉承“把群众的呼声作为第一信号 }\n---\n\n${body}\n`;
    const [q] = proposeTeaching(doc, '某市', new Map([['fuwu-rexian', { name: '服务热线', questions: ['热线靠什么接得通？'] }]])).filter((x) => x.field === 'questions');
    expect(q!.value).toBe('第1段说“热线秉承“把群众的呼声作为第一信号、把群众的需求作为第一选择、把群众的满意作为第一标准、把群众的安危作为第一责任””。热线靠什么接得通？');
  });

  it('say in the purpose that a method the text only urges is proposed, not done', () => {
    expect(proposals.find((x) => x.field === 'purpose')!.value).toBe('以嘉禾县的做法为例，讨论怎样让干部在一线解决问题；考核问责文中仅倡议，尚非已做的事，可讨论其是否可行。');
    const urgedOnly = proposeTeaching(text.replace('proposed: [kaohe-wenze]', 'proposed: [kaohe-wenze, yixian-gongzuofa]'), '某县', names);
    expect(urgedOnly.find((x) => x.field === 'purpose')!.value).toBe('以某县的文章为例，一线工作法、考核问责文中仅倡议，尚非已做的事，可讨论其是否可行。');
  });
});

// Shaped as trial 20's 永善 paragraph: two methods' evidence a clause apart in one long sentence, each point cut at other
// clauses around its own words; the two quotations are nearly the same and made two points.
describe('teaching points on nearly the same quotation', () => {
  const LONG = '各种矛盾相对集中，部分群众不支持、不配合搬迁工作，为有效解决各种矛盾，县委、县政府研究：实行以县级领导挂乡蹲点、县直部门驻村包组、干部职工包户到人的工作机制，做到了每户移民至少有1名干部职工和1名农村党员结对帮迁帮建，在工作中真正做到放下架子，俯下身子，开动脑子，真心实意与困难群众、弱势群体做朋友，倾听民声。';
  const OTHER = '做到领导在一线指挥，干部在一线工作，情况在一线掌握，措施在一线落实，问题在一线解决。';
  const text = `---\ntitle: 体会\nmethods: [zhucun-ganbu, yixian-gongzuofa, jiedui-bangfu]\nevidence:\n  zhucun-ganbu: { p: 1, quote: 县直部门驻村包组 }\n  yixian-gongzuofa: { p: 2, quote: 问题在一线解决 }\n  jiedui-bangfu: { p: 1, quote: 1名农村党员结对帮迁帮建，在工作中真正做到放下架子，俯下身子，开动脑子 }\n---\n\n${LONG}\n\n${OTHER}\n`;
  const tags = new Map<string, TagData>([
    ['zhucun-ganbu', { name: '驻村包村干部', questions: ['驻村干部在村里做什么？'] }],
    ['yixian-gongzuofa', { name: '一线工作法', questions: ['问题怎样在一线解决？'] }],
    ['jiedui-bangfu', { name: '结对帮扶', questions: ['结对的对子怎样配？'] }],
  ]);

  it('make one point of them, naming both methods, as one sentence makes one point', () => {
    const points = proposeTeaching(text, '某县', tags).filter((x) => x.field === 'points');
    expect(points.map((x) => x.value.split('：“')[0])).toEqual(['驻村包村干部、结对帮扶', '一线工作法']);
    const quoted = /：“(.+)”$/u.exec(points[0]!.value)![1]!;
    expect(LONG).toContain(quoted);
  });

  it('make one point only where its quotation holds each method’s evidence: a quotation cut before it is no ground for it', () => {
    const later = text.replace('jiedui-bangfu: { p: 1, quote: 1名农村党员结对帮迁帮建，在工作中真正做到放下架子，俯下身子，开动脑子 }', 'jiedui-bangfu: { p: 1, quote: 弱势群体做朋友，倾听民声 }');
    const points = proposeTeaching(later, '某县', tags).filter((x) => x.field === 'points');
    const evidence = new Map([['驻村包村干部', '县直部门驻村包组'], ['结对帮扶', '弱势群体做朋友，倾听民声'], ['一线工作法', '问题在一线解决']]);
    for (const x of points) {
      const [names, quoted] = x.value.split('：“');
      for (const name of names!.split('、')) expect(quoted, x.value).toContain(evidence.get(name));
    }
    expect(points.flatMap((x) => x.value.split('：“')[0]!.split('、')).sort()).toEqual([...evidence.keys()].sort());
  });
});

describe('teaching proposals answered', () => {
  const proposals = proposeTeaching(draft(['dangyuan-lianxihu', 'lianxi-ka', 'gongkai-chengnuo'], [], EVIDENCE), '某县', TAGS);
  const file = teachingFileText(proposals);

  it('write a file that says what is proposed, from what, and lists the proposals', () => {
    expect(file).toContain('思考题把已接受方法的证据原句');
    expect(file).not.toContain('程序不代拟');
    expect((parseYaml(file) as { proposals: unknown[] }).proposals).toHaveLength(7);
  });

  it('accept and reject by number: the purpose filled, questions and points added, comments kept, answered proposals gone', () => {
    const fields = proposals.map((x) => x.field);
    expect(fields).toEqual(['purpose', 'questions', 'questions', 'questions', 'points', 'points', 'points']);
    const result = answerTeachingProposals(file, { accept: [1, 2, 3, 5, 7], reject: [4, 6] }, 't.teaching.yaml');
    const note = parseYaml(result.text) as { proposals?: unknown; purpose: string; questions: Array<{ text: string; paragraphs: number[] }>; points: Array<{ text: string; paragraphs: number[] }> };
    expect(result.open).toBe(0);
    expect(note.proposals).toBeUndefined();
    expect(note.purpose).toBe(proposals[0]!.value);
    expect(note.questions).toEqual([{ text: proposals[1]!.value, paragraphs: [1] }, { text: proposals[2]!.value, paragraphs: [2] }]);
    expect(note.points).toEqual([{ text: proposals[4]!.value, paragraphs: [1] }, { text: proposals[6]!.value, paragraphs: [3] }]);
    expect(result.text).toContain('编者拟');
    // All accepted, the note passes the schema with no value typed.
    const full = answerTeachingProposals(file, { all: true }, 't').text;
    expect(teachingSchema.safeParse(parseYaml(full)).success).toBe(true);
  });

  it('refuse a number not listed, or a purpose over one the editor wrote, changing nothing', () => {
    expect(() => answerTeachingProposals(file, { accept: [9] }, 't.teaching.yaml')).toThrow(/t\.teaching\.yaml: there is no proposal 9 \(the teaching note lists 7\)/);
    const written = file.replace('purpose: ""', 'purpose: 编者写的目的。');
    expect(() => answerTeachingProposals(written, { accept: [1] }, 't.teaching.yaml')).toThrow(ProposalError);
  });
});
