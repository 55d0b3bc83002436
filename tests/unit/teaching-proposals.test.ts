/**
 * The teaching note proposed from a draft's accepted grounds, on a draft made
 * for the test (never the corpus): points are the text's own sentences with
 * their paragraphs, the purpose names the place and methods, questions are
 * never proposed, and the proposals are answered as a draft's are.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { caseParagraphs } from '../../src/lib/case-mdx.ts';
import { answerTeachingProposals, ProposalError } from '../../src/lib/ingest/accept-proposals.ts';
import { proposeTeaching, teachingFileText } from '../../src/lib/ingest/teaching-proposals.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';
import { teachingProblems } from '../../src/lib/node/content-checks.ts';

const BODY = [
  '2012年初，某县在村级建立“1+10”党员联系户制度，按村民居住片重新划分党小组。这种方式使每个党员都有固定的联系对象。',
  '村级党组织印制发放了党员联系卡，明确了具体职责。',
  '一是建立党员公开承诺制度，党员作出服务承诺，接受群众监督。二是建立考核评比制度，通过群众评议的办法，每半年评定党员档次。',
];
const draft = (methods: string[], themes: string[], evidence: string) =>
  `---\ntitle: 一名党员联十户\nregion:\n  code: "131124"\nmethods: [${methods.join(', ')}]\nthemes: [${themes.join(', ')}]\nevidence:\n${evidence}---\n\n${BODY.join('\n\n')}\n`;
const EVIDENCE = [
  '  dangyuan-lianxihu: { p: 1, quote: 在村级建立“1+10”党员联系户制度 }',
  '  lianxi-ka: { p: 2, quote: 印制发放了党员联系卡 }',
  '  gongkai-chengnuo: { p: 3, quote: 建立党员公开承诺制度 }',
  '  qunzhong-pingyi: { p: 3, quote: 二是建立考核评比制度 }',
  '  kaohe-wenze: { p: 3, quote: 通过群众评议的办法 }',
  '  jiceng-dangjian: { p: 1, quote: 每个党员都有固定的联系对象 }',
  '',
].join('\n');
const NAMES = new Map([
  ['dangyuan-lianxihu', '党员联系户'],
  ['lianxi-ka', '联系服务卡'],
  ['gongkai-chengnuo', '公开承诺'],
  ['qunzhong-pingyi', '群众评议干部'],
  ['kaohe-wenze', '考核问责'],
  ['jiceng-dangjian', '基层党组织建设'],
]);

describe('teaching proposals', () => {
  const text = draft(['dangyuan-lianxihu', 'lianxi-ka', 'gongkai-chengnuo', 'qunzhong-pingyi', 'kaohe-wenze'], ['jiceng-dangjian'], EVIDENCE);
  const proposals = proposeTeaching(text, '河北省衡水市饶阳县', NAMES);

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

  it('propose a purpose from the place and the methods’ names, marked as the editors’ words, and no question', () => {
    const purpose = proposals.filter((x) => x.field === 'purpose');
    expect(purpose).toHaveLength(1);
    expect(purpose[0]!.value).toContain('河北省衡水市饶阳县');
    expect(purpose[0]!.value).toContain('党员联系户、联系服务卡、公开承诺、群众评议干部、考核问责');
    expect(purpose[0]!.why).toContain('编者的话');
    expect(proposals.map((x) => x.field)).not.toContain('questions');
  });

  it('make up three points with the themes’ grounds when fewer methods are accepted, and propose nothing without grounds', () => {
    const few = proposeTeaching(draft(['lianxi-ka'], ['jiceng-dangjian'], `${EVIDENCE.split('\n')[1]}\n${EVIDENCE.split('\n')[5]}\n`), undefined, NAMES);
    expect(few.filter((x) => x.field === 'points').map((x) => x.value.split('：')[0])).toEqual(['基层党组织建设', '联系服务卡']);
    expect(few.find((x) => x.field === 'purpose')!.value).toMatch(/^以本案的做法为例/u);
    expect(proposeTeaching(draft([], [], ''), undefined, NAMES)).toEqual([]);
  });
});

describe('teaching proposals the check accepts as they stand', () => {
  // The ninth trial: a 500-character sentence quoted whole, its inner “” turned into ‘’, so check found no such quotation.
  const LONG = `我们践行“一线工作法”、“三沉工作法”，推行“四联四包”工作制，${'健全县、乡、村三级群众工作网络，'.repeat(6)}确保把问题解决在一线，一事一处，当天事当天决。`;
  const text = `---\ntitle: 四联四包\nmethods: [yixian-gongzuofa, kaohe-wenze]\nproposed: [kaohe-wenze]\nevidence:\n  yixian-gongzuofa: { p: 1, quote: 推行“四联四包”工作制 }\n  kaohe-wenze: { p: 2, quote: 要探索建立相应的考核评价体系 }\n---\n\n${LONG}\n\n要探索建立相应的考核评价体系。\n`;
  const names = new Map([['yixian-gongzuofa', '一线工作法'], ['kaohe-wenze', '考核问责']]);
  const proposals = proposeTeaching(text, '湖南省郴州市嘉禾县', names);
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

  it('say in the purpose that a method the text only urges is proposed, not done', () => {
    expect(proposals.find((x) => x.field === 'purpose')!.value).toBe('以湖南省郴州市嘉禾县的做法为例，认识一线工作法怎样做；考核问责是文中的倡议，尚非已做的事。');
    const urgedOnly = proposeTeaching(text.replace('proposed: [kaohe-wenze]', 'proposed: [kaohe-wenze, yixian-gongzuofa]'), '某县', names);
    expect(urgedOnly.find((x) => x.field === 'purpose')!.value).toBe('以某县的文章为例，一线工作法、考核问责是文中的倡议，尚非已做的事。');
  });
});

describe('teaching proposals answered', () => {
  const proposals = proposeTeaching(draft(['dangyuan-lianxihu', 'lianxi-ka', 'gongkai-chengnuo'], [], EVIDENCE), '某县', NAMES);
  const file = teachingFileText(proposals);

  it('write a file that says questions are the editor’s and lists the proposals', () => {
    expect(file).toContain('思考题');
    expect(file).toContain('程序不代拟');
    expect((parseYaml(file) as { proposals: unknown[] }).proposals).toHaveLength(4);
  });

  it('accept and reject by number: the purpose filled, points added, comments kept, answered proposals gone', () => {
    const result = answerTeachingProposals(file, { accept: [1, 2, 4], reject: [3] }, 't.teaching.yaml');
    const note = parseYaml(result.text) as { proposals?: unknown; purpose: string; points: Array<{ text: string; paragraphs: number[] }> };
    expect(result.open).toBe(0);
    expect(note.proposals).toBeUndefined();
    expect(note.purpose).toBe(proposals[0]!.value);
    expect(note.points).toEqual([{ text: proposals[1]!.value, paragraphs: [1] }, { text: proposals[3]!.value, paragraphs: [3] }]);
    expect(result.text).toContain('程序不代拟');
    // With the editor's questions the note passes the schema.
    const questions = ['怎样划分？', '职责是什么？', '怎样监督？'].map((q) => ({ text: q, paragraphs: [1] }));
    const full = answerTeachingProposals(file, { all: true }, 't').text;
    expect(teachingSchema.safeParse({ ...(parseYaml(full) as object), questions }).success).toBe(true);
  });

  it('refuse a number not listed, or a purpose over one the editor wrote, changing nothing', () => {
    expect(() => answerTeachingProposals(file, { accept: [9] }, 't.teaching.yaml')).toThrow(/t\.teaching\.yaml: there is no proposal 9 \(the teaching note lists 4\)/);
    const written = file.replace('purpose: ""', 'purpose: 编者写的目的。');
    expect(() => answerTeachingProposals(written, { accept: [1] }, 't.teaching.yaml')).toThrow(ProposalError);
  });
});
