/**
 * The check's message catalogue (src/lib/check-messages.ts): every kind reads
 * back from the English a check writes into its Chinese, with the file the
 * message names kept and quoted words nested; a message of another kind is
 * shown as written, never lost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES, checkMessage, inChinese, readCheckMessage, type CheckMessageKind } from '../../src/lib/check-messages.ts';
import { evidenceWarnings } from '../../src/lib/node/evidence-checks.ts';
import { zodProblems } from '../../src/lib/node/content-checks.ts';
import { createCaseSchema } from '../../src/schemas/case.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';

const slotsOf = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Slot values of the kinds a draft meets, with quotation marks and numbers inside. */
const SAMPLE: Record<string, string | number> = {
  id: 'minqing-riji', p: 4, quote: '“三中心”建设纳入镇街', aim: '要', quotation: '村村都有了信访办', field: 'questions[1]', i: 2, name: '民情日记', count: 7,
  year: 2009, role: '区委组织部部长', names: '“城南镇” or “城南”', level: '乡镇街道', precision: '县区', s: 's', ps: '3, 4', draft: 'drafts/a-b.mdx', first: '第4段：疑“入”误作“人”', list: '1. 第4段：疑“入”误作“人”；2. 原文未署作者', file: 'drafts/a-b.teaching.yaml', other: 'a-b.mdx', title: '“一站三中心”一切以群众为中心', issue: 'Invalid input: expected string, received undefined',
  staff: '中共某某市委组织部组织一科　编印', value: 'minqing-riji', noun: 'method', start: '干部一起每天入户了解情况', label: '入户率', n: 3, numbers: '一、 二、 三、 四、', style: 'List Paragraph', styleId: 'a7',
  source: 'hongwang-2013-11-18', from: 8, to: 20, styles: '“List Paragraph”, “Body Text 2”', former: 'jiahe-silian-sibao', commit: '0a1b2c3',
  insertions: 2, deletions: 1, pages: '3, 5', total: 12, root: 'Doc_0/Document.xml', created: '2024-05-08T09:30:00', creator: '数科 OFD 版式办公套件', next: 'https://www.example.gov.cn/art/2024/5/8/art_1_2.html', pairs: '⾊→色、⺠→民', kinds: '零宽空格、软连字符', sheet: '汇总表', row: 5, column: '初审意见',
  min: 1949, max: 2100, values: '省、市、县区', app: 'LibreOffice/WPS', properties: 'Administrator，2013-10-08 09:00', signed: '2025-03-21', sent: '2025-03-22', struck: '“要跑乡镇”、“注: 另议”',
};

describe('the check message catalogue', () => {
  it('fills every Chinese slot from the English message', () => {
    for (const [kind, { en, zh }] of Object.entries(CHECK_MESSAGES)) for (const slot of slotsOf(zh)) expect(slotsOf(en), kind).toContain(slot);
  });

  it.each(Object.keys(CHECK_MESSAGES) as CheckMessageKind[])('reads %s back after the file the check names, and says it in Chinese', (kind) => {
    const slots = Object.fromEntries(slotsOf(CHECK_MESSAGES[kind].en).map((s) => [s, SAMPLE[s]!]));
    const message = `check:content: content/cases/a-b.mdx: ${checkMessage(kind, slots)}`;
    const read = readCheckMessage(message);
    expect(read?.kind).toBe(kind);
    expect(read?.at).toBe('check:content: content/cases/a-b.mdx: ');
    expect(read?.slots).toEqual(Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, String(v)])));
    const zh = inChinese(message);
    expect(zh.startsWith('check:content: content/cases/a-b.mdx: ')).toBe(true);
    // Chinese words around the slots, no English phrase of the template's.
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    for (const phrase of CHECK_MESSAGES[kind].en.match(/[a-z]+(?: [a-z]+){2,}/g) ?? []) expect(zh).not.toContain(phrase);
    // Quoted words holding quotation marks nest (GB/T 15834): ““ never stands.
    expect(zh).not.toMatch(/““|””/);
  });

  it('nests the marks of quoted words in Chinese', () => {
    expect(inChinese(checkMessage('key-figure-quote', { i: 3, quote: '“一站三中心”建设' }))).toBe('关键数字 keyFigures[3]：引文“‘一站三中心’建设”与正文不一字相同；删去后以所选文字重新添加');
  });

  it('leaves a message of a kind not listed as the check wrote it', () => {
    const message = 'content/sources/sources.yaml: [2] x.sha256: raw.txt has SHA-256 abc, not the recorded def';
    expect(readCheckMessage(message)).toBeUndefined();
    expect(inChinese(message)).toBe(message);
  });

  it("says in Chinese the Word reader's warnings the desk shows (the reader's English unchanged for the terminal)", async () => {
    const { readInput } = await import('../../src/lib/ingest/read/index.ts');
    const file = 'tests/fixtures/ingest/docx-numbering/shijingshan-numbered.docx';
    const doc = await readInput(file, readFileSync(file));
    const numbering = doc.warnings!.find((w) => w.includes('automatic numbering'))!;
    expect(readCheckMessage(numbering)?.kind).toBe('word-numbering');
    expect(inChinese(numbering)).toBe('有 4 段用的是 Word 的自动编号：编号（一、 二、 三、 四、…）已按 Word 显示的样子写入正文');
    // mammoth's own warning about a style it does not know, as the reader passes it on.
    const style = doc.warnings!.find((w) => w.includes('Unrecognised paragraph style'))!;
    expect(inChinese(style)).toMatch(/^Word 的段落样式“.+”（样式 ID .+）无从识别/);
  });

  it('is what the evidence check writes (its English unchanged for the terminal)', () => {
    const data = { methods: ['minqing-riji'], proposed: [], evidence: { 'minqing-riji': { p: 1, quote: '要在民情日记中记录走访情况' } } } as never;
    const [message] = evidenceWarnings(data, new Map([[1, '村干部要在民情日记中记录走访情况。']]));
    expect(message).toMatch(/^evidence\.minqing-riji: p1 “要在民情日记中记录走访情况” reads as an aim or exhortation \(“要”\), not as a practice done/);
    expect(readCheckMessage(message!)?.kind).toBe('evidence-aim');
    expect(inChinese(message!)).toMatch(/^证据 evidence\.minqing-riji：第1段“要在民情日记中记录走访情况”读来是目标、号召或计划（“要”）/);
  });
});

// Trial 21 read the schema's machine words at the desk ("methods: 无效输入：期望 数组，实际接收 undefined",
// "level: Unknown level "undefined"…", "purpose: 数值过小：期望 string >=1 字符") and English count rules.
describe('a field left empty, in the editors’ words', () => {
  const caseSchema = createCaseSchema({ methods: [{ id: 'minqing-riji' }] as never, themes: [], sources: [], regions: { has: () => false, get: () => undefined } });
  const problems = (schema: Parameters<typeof zodProblems>[2], input: unknown) => zodProblems(schema!.safeParse(input).error!, '', schema, input);

  it('says a field not filled in, or a choice not made, and the rule a case needs a method, in English for the terminal', () => {
    const found = problems(caseSchema, { title: '某镇', summary: '' });
    expect(found).toContain('summary: not filled in');
    expect(found).toContain('level: not chosen; choose one of 省、市、县区、乡镇街道、村社区');
    expect(found).toContain('kind: not chosen; choose one of 经验案例、心得体会、调研报告、机制介绍');
    expect(found.find((p) => p.startsWith('methods: '))).toMatch(/^methods: a case names at least one method/u);
    expect(found.join('\n')).not.toMatch(/undefined|Invalid|expected/u);
    expect(problems(teachingSchema, { purpose: '', questions: [], points: [] })).toEqual(['purpose: not filled in', 'questions: give three to five questions', 'points: give three to six points']);
  });

  it('says them in Chinese at the desk, naming the field as the desk’s form does', () => {
    const zh = (p: string) => inChinese(`check:content: content/cases/a-b.mdx: ${p}`).replace('check:content: content/cases/a-b.mdx: ', '');
    expect(zh('level: not chosen; choose one of 省、市、县区、乡镇街道、村社区')).toBe('层级 level 未选：从 省、市、县区、乡镇街道、村社区 中选一个');
    expect(zh('summary: not filled in')).toBe('摘要 summary 未填写：发布前填好');
    expect(zh('purpose: not filled in')).toBe('教学目的 purpose 未填写：发布前填好');
    expect(zh(problems(caseSchema, { title: 'x' }).find((p) => p.startsWith('methods: '))!)).toMatch(/^工作方法 methods：每个案例至少要有一个工作方法/u);
    expect(zh('questions: give three to five questions')).toMatch(/^思考题 questions：写 3–5 个/u);
    expect(zh('points: give three to six points')).toMatch(/^分析要点 points：写 3–6 条/u);
  });
});
