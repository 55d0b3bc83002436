/**
 * The teaching note by command (session 12's trials edited its YAML by hand):
 * `accept --set purpose`, `--add question|point`, `--set question:N`,
 * `--remove point:N`, on an inline note and case (never the corpus), each
 * checked by the rules check:content applies and refused, with nothing
 * changed, with one message per problem naming the file and the item.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { changeTeaching, TeachingFieldError } from '../../src/lib/ingest/teaching-fields.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';
import { teachingProblems } from '../../src/lib/node/content-checks.ts';
import { runNpmScript } from '../npm-script.ts';
import { runInProcess } from '../command-in-process.ts';
import { acceptCommand } from '../../scripts/accept-command.ts';

const accept = (args: string[]) => runInProcess(acceptCommand, args);

const PARAGRAPHS = new Map([
  [1, '县里建立联系户制度，每名党员联系10户群众。'],
  [2, '干部入户走访，党支部每月开会。'],
  [3, '群众说：有事找党员。'],
]);

const NOTE = `# 教学札记（编者撰写）。
purpose: 以某县为例，讨论联系户。
questions:
  - text: 第1段说“每名党员联系10户群众”。怎样匹配？
    paragraphs: [1]
  # the editor's own question
  - text: 走访怎样入户？
    paragraphs: [2]
  - text: 群众怎样评价？
    paragraphs: [3]
points:
  - text: 覆盖面广。
    paragraphs: [1]
  - text: 走访。
    paragraphs: [2]
  - text: 评价。
    paragraphs: [3]
`;

const data = (text: string) => parseYaml(text) as { purpose: string; questions: Array<{ text: string; paragraphs: number[] }>; points: Array<{ text: string; paragraphs: number[] }> };
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(TeachingFieldError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('the teaching note by command', () => {
  it('sets the purpose in place, every other line kept', () => {
    const result = changeTeaching(NOTE, { set: 'purpose', text: '以某县“联系户”为例，讨论党员怎样联系群众。' }, PARAGRAPHS, 't.yaml');
    expect(result.before).toBe('以某县为例，讨论联系户。');
    expect(result.text.split('\n').filter((l, i) => l !== NOTE.split('\n')[i])).toEqual(['purpose: 以某县“联系户”为例，讨论党员怎样联系群众。']);
  });

  it('adds a question and a point with their paragraphs, rewrites one and drops one by number, comments and flow lists kept', () => {
    let text = changeTeaching(NOTE, { add: 'questions', text: '第2段说“党支部每月开会”。开会解决什么？', paragraphs: [2] }, PARAGRAPHS, 't.yaml').text;
    text = changeTeaching(text, { add: 'points', text: '群众“有事找党员”。', paragraphs: [3] }, PARAGRAPHS, 't.yaml').text;
    const rewritten = changeTeaching(text, { replace: 'questions', n: 2, text: '干部怎样入户走访？' }, PARAGRAPHS, 't.yaml');
    expect(rewritten.before).toBe('走访怎样入户？');
    const dropped = changeTeaching(rewritten.text, { remove: 'points', n: 2 }, PARAGRAPHS, 't.yaml');
    expect(dropped.before).toBe('走访。');
    const note = data(dropped.text);
    expect(note.questions.map((q) => q.text)).toEqual(['第1段说“每名党员联系10户群众”。怎样匹配？', '干部怎样入户走访？', '群众怎样评价？', '第2段说“党支部每月开会”。开会解决什么？']);
    expect(note.questions[1]!.paragraphs).toEqual([2]);
    expect(note.points.map((p) => p.text)).toEqual(['覆盖面广。', '评价。', '群众“有事找党员”。']);
    expect(dropped.text).toContain("# the editor's own question");
    expect(dropped.text).toContain('paragraphs: [1]');
    expect(teachingSchema.safeParse(note).success).toBe(true);
    expect(teachingProblems(note, PARAGRAPHS)).toEqual([]);
  });

  it('fills a draft note from empty lists, below the minimum while it is being filled', () => {
    const draft = 'proposals:\n  - { field: purpose, value: 甲。, paragraphs: [1], why: 编者拟 }\npurpose: ""\nquestions: []\npoints: []\n';
    const text = changeTeaching(draft, { add: 'questions', text: '怎样联系？', paragraphs: [1] }, PARAGRAPHS, 'd.teaching.yaml').text;
    expect(data(text).questions).toEqual([{ text: '怎样联系？', paragraphs: [1] }]);
    expect(text).toContain('proposals:');
  });

  it('refuses what check:content would refuse, one message per problem naming the file and the item, and changes nothing', () => {
    expect(refusal(() => changeTeaching(NOTE, { add: 'questions', text: '第3段说“有事找干部”。为什么', paragraphs: [3] }, PARAGRAPHS, 't.yaml')).split('\n')).toEqual([
      't.yaml: questions[3] (question 4): quotation “有事找干部” not found in paragraph 3',
      't.yaml: questions[3] (question 4): a question ends with ？',
    ]);
    expect(refusal(() => changeTeaching(NOTE, { add: 'points', text: '甲。', paragraphs: [9] }, PARAGRAPHS, 't.yaml'))).toBe('t.yaml: points[3] (point 4).paragraphs: paragraph 9 does not exist (the case has 3)');
    expect(refusal(() => changeTeaching(NOTE, { set: 'purpose', text: '讨论“不在文中”的事。' }, PARAGRAPHS, 't.yaml'))).toBe('t.yaml: purpose: quotation “不在文中” is not in the case');
    expect(refusal(() => changeTeaching(NOTE, { set: 'purpose', text: ' ' }, PARAGRAPHS, 't.yaml'))).toMatch(/t\.yaml: --set purpose "": a teaching note requires its purpose/);
    expect(refusal(() => changeTeaching(NOTE, { remove: 'questions', n: 1 }, PARAGRAPHS, 't.yaml'))).toBe('t.yaml: --remove question:1: questions: give three to five questions; rewrite it instead (--set question:1 "…")');
    expect(refusal(() => changeTeaching(NOTE, { replace: 'points', n: 7, text: '甲。' }, PARAGRAPHS, 't.yaml'))).toMatch(/t\.yaml: points: there is no point 7 \(the note has 3/);
    let full = NOTE;
    for (const q of ['甲？', '乙？']) full = changeTeaching(full, { add: 'questions', text: q, paragraphs: [1] }, PARAGRAPHS, 't.yaml').text;
    expect(refusal(() => changeTeaching(full, { add: 'questions', text: '丙？', paragraphs: [1] }, PARAGRAPHS, 't.yaml'))).toMatch(/t\.yaml: --add question: questions: give three to five questions; rewrite one instead/);
  });
});

describe('npm run accept on a teaching note', () => {
  it('writes a published note and a draft note, and refuses with nothing changed', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'teaching-cmd-'));
    mkdirSync(path.join(root, 'cases'));
    mkdirSync(path.join(root, 'teaching'));
    const body = `\n${[...PARAGRAPHS.values()].join('\n\n')}\n`;
    writeFileSync(path.join(root, 'cases', 'x.mdx'), `---\ntitle: 某县\n---\n${body}`);
    const published = path.join(root, 'teaching', 'x.yaml');
    writeFileSync(published, NOTE);
    const added = accept([published, '--add', 'point', '群众“有事找党员”。', '--p', '3', '--content', root]);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/points\[3\] \(point 4\) added/);
    expect(data(readFileSync(published, 'utf8')).points.at(-1)).toEqual({ text: '群众“有事找党员”。', paragraphs: [3] });
    expect(accept([published, '--set', 'question:2', '干部怎样入户走访？', '--content', root]).status).toBe(0);
    expect(data(readFileSync(published, 'utf8')).questions[1]!.text).toBe('干部怎样入户走访？');
    // Listed with the numbers the commands take.
    expect(accept([published]).stdout).toMatch(/question 2\. 干部怎样入户走访？ {2}p2\n[\s\S]*point 4\. 群众“有事找党员”。 {2}p3/);
    const drafts = path.join(root, 'drafts');
    mkdirSync(drafts);
    writeFileSync(path.join(drafts, 'y.mdx'), `---\ntitle: 某县\n---\n${body}`);
    const draftNote = path.join(drafts, 'y.teaching.yaml');
    writeFileSync(draftNote, 'purpose: ""\nquestions: []\npoints: []\n');
    expect(accept([draftNote, '--set', 'purpose', '以某县为例，讨论党员怎样联系群众。']).status).toBe(0);
    expect(data(readFileSync(draftNote, 'utf8')).purpose).toBe('以某县为例，讨论党员怎样联系群众。');
    const before = readFileSync(published, 'utf8');
    // The bin itself, once: a refusal's exit 1 is its wiring.
    const refused = runNpmScript('accept', [published, '--remove', 'question:9', '--content', root]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/error: .*teaching\/x\.yaml: questions: there is no question 9 \(the note has 3.*\(nothing changed\)/);
    expect(readFileSync(published, 'utf8')).toBe(before);
  });
});
