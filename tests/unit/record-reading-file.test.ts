/**
 * npm run correct's file side (src/lib/node/record-reading-file.ts): the raw
 * text is found beside a draft (the source entry ingest wrote) or in the
 * content folder of a published case, and a refused reading leaves the file
 * byte for byte.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNpmScript } from '../npm-script.ts';
import { runInProcess } from '../command-in-process.ts';
import { acceptCommand } from '../../scripts/accept-command.ts';
import { correctCommand } from '../../scripts/correct-command.ts';
import { copyFixtureLibrary } from '../fixture-library.ts';
import { ReadingError } from '../../src/lib/ingest/record-reading.ts';
import { caseFilePath, rawTextOf, recordReadingInFile, removeReadingInFile } from '../../src/lib/node/record-reading-file.ts';
import { checkContent } from '../../src/lib/node/content-checks.ts';

const COMMANDS = { accept: acceptCommand, correct: correctCommand };
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const CASE = 'raoyang-yijiashi-lianxihu';
const RAW = '004_f324da143b9ea31c.txt';

describe('record-reading-file', () => {
  it('finds a published case by id and its raw text through sources.yaml, wherever the content folder is', () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = caseFilePath(CASE, root);
    expect(file).toBe(path.join(root, 'cases', `${CASE}.mdx`));
    expect(rawTextOf(file, readFileSync(file, 'utf8'), '/nowhere')).toBe(path.join(root, 'sources', 'raw', RAW));
  });

  it("finds a draft's raw text through the source entry beside it, records and takes out a doubt", () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const drafts = path.join(path.dirname(root), 'drafts');
    mkdirSync(drafts);
    const draft = path.join(drafts, 'raoyang.mdx');
    const original = readFileSync(path.join(root, 'cases', `${CASE}.mdx`), 'utf8').replace(/^  id: .*$/m, '  id: source-x');
    writeFileSync(draft, original);
    cpSync(path.join(root, 'sources', 'raw', RAW), path.join(drafts, 'source-x.txt'));
    writeFileSync(path.join(drafts, 'source-x.source.yaml'), '# 草稿\n- id: source-x\n  title: 汇编\n  raw: source-x.txt\n');
    expect(rawTextOf(draft, original, root)).toBe(path.join(drafts, 'source-x.txt'));
    const result = recordReadingInFile(draft, { type: 'doubt', p: 4, text: '多次扩建房未果', note: '存疑。' }, { content: root });
    expect(readFileSync(draft, 'utf8')).toBe(result.text);
    const n = result.index + 1;
    removeReadingInFile(draft, n, { content: root });
    expect(readFileSync(draft, 'utf8')).toBe(original);
  });

  it('a refused reading, or no raw text to be found, leaves the file as it was', () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = caseFilePath(CASE, root);
    const before = readFileSync(file, 'utf8');
    expect(() => recordReadingInFile(file, { type: 'doubt', p: 4, text: '不在此段的字', note: '存疑。' }, { content: root })).toThrow(ReadingError);
    rmSync(path.join(root, 'sources', 'raw', RAW));
    expect(() => recordReadingInFile(file, { type: 'doubt', p: 4, text: '多次扩建房未果', note: '存疑。' }, { content: root })).toThrow(/the raw text .*004_f324da143b9ea31c\.txt that .*sources\.yaml names for source “jingyan-zuofa-xuanbian-zhailu” is not there; give --raw <file>/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  // The commands run in this process (tests/command-in-process.ts), but for the refusal: that the bin exits 1 is
  // its own wiring. One real start-up takes a few seconds on an idle 2-core machine, far more under load (the
  // trial editors' runs at load 8-17 hit the 60 s default three times in five); the limit only guards against a hang.
  it('the commands: npm run correct records and lists, accept --correct answers a doubt proposal, a refusal exits 1 and changes nothing', { timeout: 120_000 }, () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = caseFilePath(CASE, root);
    const run = (script: keyof typeof COMMANDS, ...args: string[]) => runInProcess(COMMANDS[script], args);
    const recorded = run('correct', CASE, '--content', root, '--p', '4', '--doubt', '多次扩建房未果', '--note', '存疑。');
    expect(recorded.status, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(`${file}: recorded as entry 5 of corrections: p4 doubt “多次扩建房未果”: 存疑。`);
    const before = readFileSync(file, 'utf8');
    const refused = runNpmScript('correct', [CASE, '--content', root, '--p', '4', '--doubt', '扩建房', '--note', '存疑。'], { encoding: 'utf8', timeout: 60_000 });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('p4: “扩建房” overlaps entry 5 of corrections (doubt “多次扩建房未果”)');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const listed = run('correct', CASE, '--content', root);
    expect(listed.stdout).toContain(' 5. p4 doubt “多次扩建房未果”: 存疑。');
    // A doubt proposal answered as a correction: the words it replaces found in the proposal's quote.
    writeFileSync(file, before.replace('\n---\n', '\nproposals:\n  - { field: doubt, value: 疑误, p: 6, quote: 办实事、好事，带动720个, why: 可记为校正 }\n---\n'));
    const answered = run('accept', file, '--content', root, '--correct', '1', '--to', '实事、好事', '--note', '编者试改。');
    expect(answered.status, answered.stderr).toBe(1);
    expect(answered.stderr).toContain('already reads “实事、好事”');
    const corrected = run('accept', file, '--content', root, '--correct', '1', '--to', '带动了720个', '--from', '带动720个', '--note', '编者试改。');
    expect(corrected.status, corrected.stderr).toBe(0);
    expect(corrected.stdout).toContain('answered proposal 1');
    expect(readFileSync(file, 'utf8')).not.toContain('proposals:');
    expect(readFileSync(file, 'utf8')).toContain('带动了720个贫困户');
  });
  it('accept --original-error N answers doubt proposals as the original’s own slip, recording what correct --doubt --original-error records', () => {
    const proposals = [
      '  - { field: methods, value: lianxi-ka, p: 4, quote: 印制发放了党员联系卡, why: 原文 }',
      '  - { field: doubt, value: 疑“建”误作“扩”, p: 4, quote: 多次扩建房未果, why: 可记为校正 }',
      '  - { field: doubt, value: 疑衍“好”字（据“实事”本文另见1处；当作“办实事”）, p: 6, quote: 办实事、好事, why: 可记为校正 }',
      '  - { field: doubt, value: 汉字间夹杂字母，疑为误字, p: 7, quote: 一抓就灵, why: 可记为校正 }',
    ];
    const withProposals = (root: string) => {
      const file = caseFilePath(CASE, root);
      writeFileSync(file, readFileSync(file, 'utf8').replace('\n---\n', `\nproposals:\n${proposals.join('\n')}\n---\n`));
      return file;
    };
    const run = (script: keyof typeof COMMANDS, ...args: string[]) => runInProcess(COMMANDS[script], args);
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = withProposals(root);
    // The listing offers it beside --correct, numbered, for each doubt.
    const listed = run('accept', file, '--content', root);
    expect(listed.stdout).toContain('两本同误（另本也作此）时记为原文之误：--original-error 2');
    expect(listed.stdout).not.toContain('--original-error 1');
    const answered = run('accept', file, '--content', root, '--original-error', '3', '2');
    expect(answered.status, answered.stderr).toBe(0);
    expect(answered.stdout).toContain('answered proposal 3');
    // The same two recorded by hand, as the seventeenth trial's editor typed them, on a second copy.
    const byHand = copyFixtureLibrary('reading-file-', temps);
    const other = withProposals(byHand);
    const typed = run('correct', other, '--content', byHand, '--p', '6', '--doubt', '办实事、好事', '--original-error', '--note', '当作“办实事”。', '--proposal', '3');
    expect(typed.status, typed.stderr).toBe(0);
    // Without --note, correct says what the flag of the proposal it answers meant, in the same words.
    const unnoted = run('correct', other, '--content', byHand, '--p', '4', '--doubt', '多次扩建房未果', '--original-error');
    expect(unnoted.status, unnoted.stderr).toBe(0);
    expect(unnoted.stdout).toContain('校勘记说明用的是：当作“建”。');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(other, 'utf8'));
    expect(readFileSync(file, 'utf8')).not.toContain('多次扩建房未果, why');
    // A number that is no doubt, one not there, one with no note to propose: each named, nothing changed.
    const before = readFileSync(file, 'utf8');
    const refused = run('accept', file, '--content', root, '--original-error', '1,2', '9');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('proposal 1 is a methods proposal, not a doubt');
    expect(refused.stderr).toContain('there is no proposal 9');
    expect(refused.stderr).toContain('--original-error 2 needs --note');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const noted = run('accept', file, '--content', root, '--original-error', '2', '--note', '原文如此。');
    expect(noted.status, noted.stderr).toBe(0);
    expect(noted.stdout).toContain('p7 doubt (original-error) “一抓就灵”: 原文如此。');
  });

  // Trial 20: the compilers' lines inside a case's range, omitted by command rather than by hand.
  it('correct --omit records paragraphs as an omission, renumbers the teaching note, passes check:content, and --remove puts them back', { timeout: 120_000 }, () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = caseFilePath(CASE, root);
    const before = { text: readFileSync(file, 'utf8'), problems: checkContent(root).problems };
    const run = (...args: string[]) => runInProcess(correctCommand, args);
    // A note that rests on the paragraph refuses it, naming the item; nothing changes.
    const cited = run(CASE, '--content', root, '--omit', '3', '--role', '页面杂项');
    expect(cited.status).toBe(1);
    expect(cited.stderr).toMatch(/keyFigures\[0\] quotes “涉及饶阳县农村党员8500多名，占全县农村党员总数的92%” of p3, which would be left out/);
    // The 【点评】 (its label, its text: p7 here) is the compilers' comment, shown marked as theirs: never omitted.
    const across = run(CASE, '--content', root, '--omit', '6', '--through', '7', '--role', '页面杂项');
    expect(across.stderr).toMatch(/p6–p7: the 【点评】 label stands between p6 and p7: the 点评 is the compilers' comment/);
    expect(run(CASE, '--content', root, '--omit', '7', '--role', '页面杂项').stderr).toMatch(/p7 is the text of the 【点评】 \(its first paragraph\)/);
    expect(readFileSync(file, 'utf8')).toBe(before.text);

    // A paragraph that is no text of the author, in the middle: the note's paragraphs after it move up, and come back.
    const id = 'songmu-sanyou-liangping';
    const songmu = caseFilePath(id, root);
    const teaching = path.join(root, 'teaching', `${id}.yaml`);
    const was = { text: readFileSync(songmu, 'utf8'), teaching: readFileSync(teaching, 'utf8') };
    const omitted = run(id, '--content', root, '--omit', '3', '--role', '页面杂项', '--note', '编者试略。');
    expect(omitted.status, omitted.stderr).toBe(0);
    expect(omitted.stdout).toContain(`${songmu}: recorded as entry `);
    expect(omitted.stdout).toContain('of corrections: p2 omit 页面杂项 ““多亏‘联心卡’');
    expect(omitted.stdout).toContain('the case is published: its paragraph links (#pN) after this place change');
    expect(readFileSync(teaching, 'utf8')).toContain('paragraphs: [1, 2, 4]');
    expect(checkContent(root).problems.filter((x) => !x.includes('aliases “联心卡” stands in no case text'))).toEqual(before.problems);
    const index = /(\d+)\. p2 omit 页面杂项 ““多亏‘联心卡’.*”: 编者试略。/u.exec(run(id, '--content', root).stdout)?.[1];
    const back = run(id, '--content', root, '--remove', index!);
    expect(back.status, back.stderr).toBe(0);
    expect(back.stdout).toContain('p3 back in the text');
    expect(readFileSync(songmu, 'utf8')).toBe(was.text);
    expect(readFileSync(teaching, 'utf8')).toBe(was.teaching);
  });

  // One owner for the suffix: a refusal whose message says it already (omit-paragraphs.ts) says it once.
  it('a refused omission says “nothing changed” once, and leaves the file as it was', () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = caseFilePath(CASE, root);
    const before = readFileSync(file, 'utf8');
    const refused = runInProcess(correctCommand, [CASE, '--content', root, '--omit', '2', '--role', '编者注']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/p2 is raw paragraphs the capture broke, rejoined/u);
    expect(refused.stderr.match(/nothing changed/gu)).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  // A named practice's definition quotes a published case by paragraph: the omission moves it too, or check:content fails.
  it('correct --omit on a published case renumbers the named practices quoting it, and --remove puts them back', { timeout: 120_000 }, () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const id = 'songmu-sanyou-liangping';
    const practices = path.join(root, 'taxonomy', 'practices.yaml');
    const before = { practices: readFileSync(practices, 'utf8'), problems: checkContent(root).problems };
    const run = (...args: string[]) => runInProcess(correctCommand, args);
    const omitted = run(id, '--content', root, '--omit', '3', '--role', '编者注');
    expect(omitted.status, omitted.stderr).toBe(0);
    // 联心卡, an alias of a method, stands only in p3: that the command does not see (a check of the whole library).
    expect(checkContent(root).problems.filter((x) => !x.includes('aliases “联心卡” stands in no case text'))).toEqual(before.problems);
    expect(readFileSync(practices, 'utf8')).not.toBe(before.practices);
    const index = /(\d+)\. p2 omit 编者注/u.exec(run(id, '--content', root).stdout)?.[1];
    expect(run(id, '--content', root, '--remove', index!).status).toBe(0);
    expect(readFileSync(practices, 'utf8')).toBe(before.practices);
  });
});
