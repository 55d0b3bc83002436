/**
 * The warnings check:content asks an editor to answer (issue 25), on a fixture
 * content folder holding one instance of each: unanswered they fail naming
 * file, field and what to do; answered in the file they pass; an answer to
 * nothing, or one quoting words the text lacks, fails.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNpmScript } from '../npm-script.ts';
import { checkContent } from '../../src/lib/node/content-checks.ts';
import { aimWord, clauseOf, isListItem } from '../../src/lib/node/evidence-checks.ts';

const FIXTURE = path.resolve('tests/fixtures/evidence-checks/content');
const CASE = 'cases/fixture-case.mdx';
const METHODS = 'taxonomy/methods.yaml';
const PRACTICES = 'taxonomy/practices.yaml';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function edit(root: string, rel: string, from: string, to: string) {
  const file = path.join(root, rel);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${rel}`);
  writeFileSync(file, text.replace(from, to));
}

/** Problems of a copy of the fixture after `mutate`. */
function problemsWith(mutate: (root: string) => void): string[] {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'evidence-checks-')), 'content');
  temps.push(path.dirname(root));
  cpSync(FIXTURE, root, { recursive: true });
  mutate(root);
  return checkContent(root).problems;
}

/** Every answer the fixture's seven warnings need, written where each belongs. */
function answerAll(root: string) {
  edit(root, CASE, '  ganbu-xiafang: { p: 3, quote: "由群众上访向干部下访转变" }', '  ganbu-xiafang:\n    p: 3\n    quote: "由群众上访向干部下访转变"\n    reason: 夹具：编者认定已实行。');
  edit(root, CASE, '  minzhu-xieshang: { p: 2, quote: "民情恳谈" }', '  minzhu-xieshang:\n    p: 2\n    quote: "民情恳谈"\n    reason: 夹具：第3段“各村也将建立恳谈会制度”。');
  edit(root, METHODS, '  aliases: [挨家挨户, 逐门逐户]\n', '  aliases: [挨家挨户, 逐门逐户]\n  spellingNotes:\n    逐门逐户: 夹具：留待后收的文本。\n');
  edit(root, METHODS, '  aliases: [结对共建]\n', '  aliases: [结对共建]\n  spellingNotes:\n    结对共建: 夹具：两种方法同时提到不误。\n');
  edit(root, PRACTICES, '  methods: [ruhu-zoufang, taizhang-xiaohao]\n', '  methods: [ruhu-zoufang, taizhang-xiaohao]\n  spellingNotes:\n    三联工作法: 夹具：原文作“三联”工作法。\n  basis:\n    taizhang-xiaohao: 问题“记入民情台账，办结后销号”。\n');
  edit(root, PRACTICES, '  methods: [taizhang-xiaohao]\n', '  methods: [taizhang-xiaohao]\n  spellingNotes:\n    民情台账: 夹具：当地做法以方法之名为名。\n');
}

describe('warnings an editor must answer (fixture)', () => {
  it('unanswered, each fails check:content naming file, field and what to do', () => {
    const problems = checkContent(FIXTURE).problems;
    const expected = [
      /^content\/cases\/fixture-case\.mdx: evidence\.ganbu-xiafang: p3 “由群众上访向干部下访转变” reads as an aim or exhortation \(“要”\).*list the method under proposed.*\(evidence\.ganbu-xiafang\.reason: …\)$/,
      /^content\/cases\/fixture-case\.mdx: evidence\.minzhu-xieshang: p2 “民情恳谈” is a bare item of a 、-list of names.*passing.*\(evidence\.minzhu-xieshang\.reason: …\)$/,
      /^content\/taxonomy\/methods\.yaml: \[0\] ruhu-zoufang: aliases “逐门逐户” stands in no case text.*\(spellingNotes\.逐门逐户: …\)$/,
      /^content\/taxonomy\/methods\.yaml: \[5\] jiedui-bangfu: “结对共建” stands inside “城乡互联、结对共建”, a spelling of 区域化党建 \(quyuhua-dangjian\).*\(spellingNotes\.结对共建: …\)$/,
      /^content\/taxonomy\/practices\.yaml: \[0\] sanlian: “三联工作法” stands in none of its cases \(fixture-case\).*\(spellingNotes\.三联工作法: …\)$/,
      /^content\/taxonomy\/practices\.yaml: \[0\] sanlian\.methods\[1\]: “三联” is linked to 台账管理与销号 \(taizhang-xiaohao\), but neither its name nor its quoted definition names that method; give the grounds \(basis\.taizhang-xiaohao: .*推定\)/,
      /^content\/taxonomy\/practices\.yaml: \[1\] minqing-taizhang: “民情台账” is also a spelling of the method 台账管理与销号 \(taizhang-xiaohao\).*\(spellingNotes\.民情台账: …\)$/,
    ];
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it('answered in the file, every warning passes', () => {
    expect(problemsWith(answerAll)).toEqual([]);
  });

  it('a proposed method is not asked whether its evidence is an aim', () => {
    const problems = problemsWith((r) => edit(r, CASE, 'source:\n', 'proposed:\n  - ganbu-xiafang\nsource:\n'));
    expect(problems.join('\n')).not.toMatch(/evidence\.ganbu-xiafang/);
    expect(problems).toHaveLength(6);
  });

  it('a method the case lists as passing, not tagged, leaves no list-item warning', () => {
    const problems = problemsWith((r) => {
      edit(r, CASE, '  - minzhu-xieshang\n', '');
      edit(r, CASE, '  minzhu-xieshang: { p: 2, quote: "民情恳谈" }\n', '');
      // p3's 恳谈会 names it too: a passing mention lists every paragraph that names it.
      edit(r, CASE, 'passing:\n', 'passing:\n  minzhu-xieshang: [2, 3]\n');
    });
    expect(problems.join('\n')).not.toMatch(/minzhu-xieshang/);
  });

  it('an answer to nothing, or one quoting words the text lacks, fails', () => {
    const problems = problemsWith((r) => {
      answerAll(r);
      edit(r, CASE, '  ruhu-zoufang: { p: 1, quote: "镇干部每月进村入户，挨家挨户听意见" }', '  ruhu-zoufang:\n    p: 1\n    quote: "镇干部每月进村入户，挨家挨户听意见"\n    reason: 不需要的回答。');
      edit(r, METHODS, '    结对共建: 夹具：两种方法同时提到不误。\n', '    结对共建: 夹具：两种方法同时提到不误。\n    城乡互联: 无此警告。\n');
      edit(r, PRACTICES, '    taizhang-xiaohao: 问题“记入民情台账，办结后销号”。\n', '    taizhang-xiaohao: 问题“记入民情日记，办结后销号”。\n    ganbu-xiafang: 推定。\n');
      edit(r, CASE, '第3段“各村也将建立恳谈会制度”', '第3段“各村都已建立恳谈会制度”');
    });
    expect(problems).toEqual([
      'content/cases/fixture-case.mdx: evidence.ruhu-zoufang.reason: answers no warning (the quote is neither an aim nor a bare list item, or the tag is proposed); remove it',
      'content/cases/fixture-case.mdx: evidence.minzhu-xieshang.reason: quotation “各村都已建立恳谈会制度” is not in the case',
      'content/taxonomy/methods.yaml: [5] jiedui-bangfu.spellingNotes.城乡互联: answers no warning; remove it',
      'content/taxonomy/practices.yaml: [0] sanlian.basis.taizhang-xiaohao: quotation “记入民情日记，办结后销号” is not in its cases\' text',
      'content/taxonomy/practices.yaml: [0] sanlian.basis.ganbu-xiafang: “ganbu-xiafang” is not among the practice\'s methods',
    ]);
  });

  it('a basis with neither the text’s words nor 推定 fails', () => {
    const problems = problemsWith((r) => {
      answerAll(r);
      edit(r, PRACTICES, '    taizhang-xiaohao: 问题“记入民情台账，办结后销号”。\n', '    taizhang-xiaohao: 编者认为如此。\n');
    });
    expect(problems).toEqual(['content/taxonomy/practices.yaml: [0] sanlian.basis.taizhang-xiaohao: quote the text\'s words in “” or mark the inference 推定']);
  });

  it('npm run check:content exits 1 on the fixture and prints each warning', () => {
    const result = runNpmScript('check:content', [FIXTURE], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/taxonomy/practices.yaml: [1] minqing-taizhang: “民情台账” is also a spelling of the method');
    expect(result.stdout).toMatch(/check:content: 7 problems in 1 cases/);
  });
});

describe('reading a quote', () => {
  it('an aim is the sentence up to the quote: 要 governs the clauses after it', () => {
    const p = '做群众工作，要深入实际，深入村组农户，做到领导在一线指挥，干部在一线工作。实践证明：县里实行了包户到人。';
    expect(clauseOf(p, '做到领导在一线指挥')).toBe('做群众工作，要深入实际，深入村组农户，做到领导在一线指挥');
    expect(aimWord(p, '做到领导在一线指挥')).toBe('要');
    expect(aimWord(p, '县里实行了包户到人')).toBeUndefined();
    expect(aimWord('在工作中心上实现由群众上访向干部下访转变。', '干部下访')).toBe('实现由群众上访向干部下访转变');
  });
  it('words that hold 要 or 应 without urging, and an example after 比如, report', () => {
    expect(aimWord('按照上级的要求，深入开展作风整顿。', '深入开展作风整顿')).toBeUndefined();
    expect(aimWord('这是重要的一步，建立了相应的考核体系。', '建立了相应的考核体系')).toBeUndefined();
    // 应 inside a set phrase reports what was done (the fourteenth trial's 濮阳 热线: 做到“有问必答、有求必应…”).
    expect(aimWord('忠实履行服务承诺，对市民遇到的困难，做到“有问必答、有求必应、有叫必到”。', '有问必答、有求必应')).toBeUndefined();
    expect(aimWord('做到“有问必答、有求必应”，还应公开承诺。', '公开承诺')).toBe('应');
    expect(aimWord('在机制上要探索自我服务，比如说我们建立的志愿服务机制。', '我们建立的志愿服务机制')).toBeUndefined();
    expect(aimWord('各村必须建立台账。', '建立台账')).toBe('必须');
  });
  it('a 要 or 要求 after a rule the paragraph says is in force states its duty; urging after the rule, or an aim word of its own, still aims', () => {
    const rule = '镇街在村居建立综合服务站，实行“一村一站一助理”。村级事务助理在村工作期间，还要与村干部一起每天入户了解情况，在《民情日记》中记录每次入户走访情况。';
    expect(aimWord(rule, '在《民情日记》中记录每次入户走访情况')).toBeUndefined();
    expect(aimWord('为了切实为群众谋利益，嘉禾县出台硬性规定，要求在职县处级领导每人联系一个乡镇。', '要求在职县处级领导每人联系一个乡镇')).toBeUndefined();
    // The same duty with no rule in force is the writer's exhortation.
    expect(aimWord('村级事务助理在村工作期间，还要与村干部一起每天入户了解情况。', '每天入户了解情况')).toBe('要');
    expect(aimWord('我县建立了干部驻村制度。今后还要进一步完善驻村干部考核。', '完善驻村干部考核')).toBe('要');
    expect(aimWord('我县建立了干部驻村制度，要探索建立驻村干部考核办法。', '驻村干部考核办法')).toBe('要');
  });
  it('a bare list item is a short quote beside a 、', () => {
    const p = '深入开展大下访、民意调查和信访积案化解活动。';
    expect(isListItem(p, '深入开展大下访')).toBe(true);
    expect(isListItem(p, '民意调查')).toBe(true);
    expect(isListItem(p, '深入开展大下访、民意调查和信访积案化解活动')).toBe(false);
    expect(isListItem('每月进村入户听意见。', '进村入户')).toBe(false);
  });
});
