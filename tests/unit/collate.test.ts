/**
 * Collating two witnesses (src/lib/ingest/collate.ts) and its file side
 * (src/lib/node/collate-files.ts, npm run collate): layout is no difference,
 * a difference the recorded corrections account for is told apart from a
 * variant, each variant is placed in both witnesses and proposed as a
 * correction or a doubt, and --write extends each source entry's about
 * without rewriting the editor's words or any other byte.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNpmScript } from '../npm-script.ts';
import { runInProcess } from '../command-in-process.ts';
import { collateCommand } from '../../scripts/collate-command.ts';
import { parse as parseYaml } from 'yaml';
import { collate, uniqueWords, type Witness } from '../../src/lib/ingest/collate.ts';
import { aboutProblem, aboutSentence, appendAbout, CollateError, loadWitness } from '../../src/lib/node/collate-files.ts';
import { copyFixtureLibrary } from '../fixture-library.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const paragraphs = (...texts: string[]): Witness => ({ label: 'a', units: texts.map((text, i) => ({ p: i + 1, text })) });
const lines = (...texts: string[]): Witness => ({ label: 'b', units: texts.map((text, i) => ({ line: 40 + i, text })) });

describe('collate', () => {
  it('finds two witnesses identical across line breaks, spaces, punctuation width and the 【点评】 label', () => {
    const a = paragraphs('村级事务助理在村工作期间，还要与村干部一起。', '【点评】', '把服务群众工作做实。');
    const b = lines('村级事务助理在村工', '作期间,还要与 村干部一起。', '把服务群众工作做实。');
    expect(collate(a, b)).toEqual({ agreement: 'identical', differences: [] });
    // The colon the edition sets apart with the label (【点评】：) is no variant of a raw witness that prints it, half width or full.
    for (const label of ['【点评】：把服务群众工作做实。', '【点评】: 把服务群众工作做实。']) {
      expect(collate(a, lines('村级事务助理在村工作期间，还要与村干部一起。', label))).toEqual({ agreement: 'identical', differences: [] });
    }
    // Between digits too, where the edition keeps a half-width colon (trial 12's 出1：600 against 出1:600).
    expect(collate(paragraphs('全村主动义务出1：600多人次。'), lines('全村主动义务出1:600多人次。'))).toEqual({ agreement: 'identical', differences: [] });
  });

  it('tells a difference the recorded correction accounts for from a variant', () => {
    const a: Witness = { ...paragraphs('与村干部一起每天入户了解情况。'), corrections: [{ type: 'correct', p: 1, original: '每天人户', corrected: '每天入户', note: '形近而误。' }] };
    const b = lines('与村干部一起每天人户了解情况。');
    // Before the correction both print 人户: identical; correcting a slip both share does not make the printed texts differ.
    expect(collate(paragraphs('与村干部一起每天人户了解情况。'), b).agreement).toBe('identical');
    const { agreement, differences } = collate(a, b);
    expect(agreement).toBe('shared-slips-corrected');
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ a: '入', b: '人', explainedBy: { witness: 'a' }, atA: { p: 1 }, atB: { line: 40 } });
    // A correction that holds several differences (入 for 人 and ” for ’’), or starts on the changed character, accounts for each.
    const b2 = lines('党员泥牛人海！’’他说。人户了解情况。');
    const a2: Witness = {
      ...paragraphs('党员泥牛入海！”他说。入户了解情况。'),
      corrections: [
        { type: 'correct', p: 1, original: '泥牛人海！’’', corrected: '泥牛入海！”', note: '形近而误。' },
        { type: 'correct', p: 1, original: '人户了解', corrected: '入户了解', note: '形近而误。' },
      ],
    };
    const both = collate(a2, b2);
    expect(both.agreement).toBe('shared-slips-corrected');
    expect(both.differences.map((d) => [d.a, d.b, d.explainedBy?.correction.type])).toEqual([
      ['入', '人', 'correct'],
      ['”', '’’', 'correct'],
      ['入', '人', 'correct'],
    ]);
    // The same correction does not account for another reading at that place.
    expect(collate(a, lines('与村干部一起每天上户了解情况。')).agreement).toBe('differs');
  });

  it('places each variant in both witnesses and proposes a correction where only one reading looks like an OCR slip', () => {
    const a = paragraphs('饶阳县在村级建立制度。', '提出人党申请的青年农民有12人，同事还有3人。');
    const b = lines('饶阳县在村级建立制度。提出入党', '申请的青年农民有12人，同时还有3人。');
    const { agreement, differences } = collate(a, b);
    expect(agreement).toBe('differs');
    expect(differences.map((d) => [d.a, d.b, d.atA?.p, d.atB?.line, d.candidate])).toEqual([
      ['人', '入', 2, 40, 'correct-a'],
      ['事', '时', 2, 41, 'doubt'],
    ]);
    // The other witness's own slip is its matter, not a reading to record here.
    expect(collate(paragraphs('提出入党申请'), lines('提出人党申请')).differences[0]!.candidate).toBe('slip-in-b');
  });

  it('gives the words of a variant that stand once in its paragraph, for npm run correct', () => {
    const [d] = collate(paragraphs('一卡一卡，每户一卡多。'), lines('一卡一卡，每户一册多。')).differences;
    expect(uniqueWords(d!)).toBe('户一卡多。');
    expect(collate(paragraphs('甲乙丙丁'), lines('甲乙丙丁戊')).differences[0]).toMatchObject({ a: '', b: '戊' });
  });
});

const CASE = 'raoyang-yijiashi-lianxihu';
const WEB = 'jingyan-zuofa-xuanbian-zhailu';

/** The fixture case as a draft of another source (a Word witness), beside that source's entry. */
function wordWitness(change = (body: string) => body) {
  const root = copyFixtureLibrary('collate-', temps);
  const drafts = path.join(path.dirname(root), 'drafts');
  mkdirSync(drafts);
  const text = readFileSync(path.join(root, 'cases', `${CASE}.mdx`), 'utf8').replace(/^  id: .*$/m, '  id: word-huibian');
  const end = text.indexOf('\n---', 4) + 4;
  const draft = path.join(drafts, 'raoyang.mdx');
  writeFileSync(draft, text.slice(0, end) + change(text.slice(end)));
  const entry = path.join(drafts, 'word-huibian.source.yaml');
  writeFileSync(entry, '# 草稿\n- id: word-huibian\n  title: 典型案例汇编\n  type: compilation\n');
  return { root, draft, entry };
}

describe('collate files', () => {
  it("finds a case's stretch of a source's raw text by its first and last words, and reads the case's corrections as such", () => {
    const { root, draft } = wordWitness();
    const given = loadWitness(draft, root);
    const other = loadWitness(WEB, root, given);
    const fm = parseYaml(readFileSync(path.join(root, 'cases', `${CASE}.mdx`), 'utf8').split('---')[1]!) as { source: { lines: [number, number] } };
    expect(other.label).toBe(`${WEB}:${fm.source.lines[0]}-${fm.source.lines[1]}`);
    const { agreement, differences } = collate(given, other);
    expect(agreement).toBe('shared-slips-corrected');
    expect(differences.length).toBeGreaterThan(0);
    expect(differences.every((d) => d.explainedBy?.witness === 'a')).toBe(true);
  });

  it("finds the stretch whatever the punctuation's width: the raw text's 一大早, is the draft's 一大早，", () => {
    const { root, draft } = wordWitness();
    const given = loadWitness(draft, root);
    // The draft's first words as the edition prints them, with a full-width comma the raw line has as ASCII.
    const like = { ...given, units: [{ ...given.units[0]!, text: given.units[0]!.text.replace(/^2012年7月23日/u, '') }, ...given.units.slice(1)] };
    expect(like.units[0]!.text.slice(0, 4)).toBe('一大早，');
    const fm = parseYaml(readFileSync(path.join(root, 'cases', `${CASE}.mdx`), 'utf8').split('---')[1]!) as { source: { lines: [number, number] } };
    expect(loadWitness(WEB, root, like).label).toBe(`${WEB}:${fm.source.lines[0]}-${fm.source.lines[1]}`);
  });

  it('names a variant of the draft and the raw line it differs from', () => {
    const { root, draft } = wordWitness((body) => body.replace('覆盖全县5.6万个农户', '覆盖全县5.8万个农户'));
    const given = loadWitness(draft, root);
    const { agreement, differences } = collate(given, loadWitness(WEB, root, given));
    expect(agreement).toBe('differs');
    const variant = differences.filter((d) => !d.explainedBy);
    expect(variant).toMatchObject([{ a: '8', b: '6', candidate: 'doubt' }]);
    expect(variant[0]!.atA!.text).toContain('5.8万个农户');
    expect(variant[0]!.atB!.line).toBeGreaterThan(48);
  });

  it('refuses a source whose raw text does not hold the case, and lines outside the file', () => {
    const { root, draft } = wordWitness();
    const given = loadWitness(draft, root);
    expect(() => loadWitness('renmin-wang-2013-09-18', root, given)).toThrow(/not in .*give the lines/);
    expect(() => loadWitness(`${WEB}:5-99999`, root, given)).toThrow(CollateError);
  });

  it("extends each entry's about in place, adds one where none is, and refuses to write twice", () => {
    const { root, entry } = wordWitness();
    const sources = path.join(root, 'sources', 'sources.yaml');
    const before = readFileSync(sources, 'utf8');
    const oldAbout = (parseYaml(before) as Array<{ id: string; about: string }>).find((e) => e.id === WEB)!.about;
    const sentence = aboutSentence([{ title: '一名党员联十户你有困难我服务', agreement: 'identical', differences: 0 }], { title: '典型案例汇编' }, false);
    expect(sentence).toBe('所收《一名党员联十户你有困难我服务》另见《典型案例汇编》，两本文字全同（断行、空格与标点宽窄除外）；本库以该本为底本，本本参校。');
    // Shared slips corrected are still the same text; a real variant is counted in its own group.
    const mixed = aboutSentence(
      [
        { title: '甲', agreement: 'shared-slips-corrected', differences: 0 },
        { title: '乙', agreement: 'differs', differences: 2 },
      ],
      { title: '典型案例汇编' },
      true,
    );
    expect(mixed).toBe('所收《甲》《乙》另见《典型案例汇编》，两本《甲》文字全同（断行、空格与标点宽窄除外），两本共有的误字本库已按校勘记改正；《乙》有异文2处；本库以本本为底本，该本参校。');
    // A title that names a title nests it in 〈〉, as Chinese typesetting does.
    expect(aboutSentence([{ title: '甲', agreement: 'identical', differences: 0 }], { title: '关于印发《经验做法选编》的通知' }, true)).toMatch(/^所收《甲》另见《关于印发〈经验做法选编〉的通知》，两本文字全同/u);
    appendAbout(sources, WEB, sentence);
    const after = readFileSync(sources, 'utf8');
    expect((parseYaml(after) as Array<{ id: string; about: string }>).find((e) => e.id === WEB)!.about).toBe(oldAbout + sentence);
    // Only that value changed: every other line is as it was.
    expect(after.split('\n').filter((l) => !before.split('\n').includes(l))).toHaveLength(1);
    appendAbout(entry, 'word-huibian', '所收…');
    expect(readFileSync(entry, 'utf8')).toBe('# 草稿\n- id: word-huibian\n  title: 典型案例汇编\n  type: compilation\n  about: 所收…\n');
    expect(aboutProblem(sources, WEB, { id: 'word-huibian', title: '典型案例汇编' })).toMatch(/already speaks of word-huibian/);
    expect(aboutProblem(entry, 'word-huibian', { id: WEB, title: '各地联系服务群众经验做法选编摘录' })).toBeUndefined();
  });

  // The ninth trial: an old source that is one article titled as the case got 「所收《X》另见《X》」, and the editor's about
  // naming the article's title was taken for one already speaking of that source.
  it('names a single same-titled article by its publication and date, and an about naming only the article is not one naming its source', () => {
    const web = { id: 'web-2013-05-23', title: '做群众工作的几点体会', publication: '共产党员网', date: '2013-05-23' };
    const told = [{ title: '做群众工作的几点体会', agreement: 'identical' as const, differences: 0 }];
    const sentence = aboutSentence(told, web, true);
    expect(sentence).toBe('所收《做群众工作的几点体会》又见共产党员网2013年5月23日所刊同题文章，两本文字全同（断行、空格与标点宽窄除外）；本库以本本为底本，该本参校。');
    expect(aboutSentence(told, { ...web, title: '典型案例汇编' }, true)).toMatch(/^所收《做群众工作的几点体会》另见《典型案例汇编》，/u);
    const dir = path.join(os.tmpdir(), `collate-about-${process.pid}`);
    temps.push(dir);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'new.source.yaml');
    writeFileSync(file, '- id: word-2014\n  title: 交流材料\n  about: 收《做群众工作的几点体会》等三篇。\n');
    expect(aboutProblem(file, 'word-2014', web, ['做群众工作的几点体会'])).toBeUndefined();
    // The title alone, when it is no collated case's, still names the source; so do its id and its publication with date.
    expect(aboutProblem(file, 'word-2014', web, [])).toMatch(/already speaks of web-2013-05-23/);
    appendAbout(file, 'word-2014', sentence);
    expect(aboutProblem(file, 'word-2014', web, ['做群众工作的几点体会'])).toMatch(/already speaks of web-2013-05-23/);
  });

  it('npm run collate --write records both sides once, and a second run writes nothing', () => {
    const { root, draft, entry } = wordWitness();
    const args = [draft, '--with', WEB, '--content', root, '--write', '--base', 'given'];
    // The first run in this process; the second, a refusal, is the bin's own (its exit 1 is the bin's wiring).
    const first = runInProcess(collateCommand, args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/identical as printed; \d+ slip\(s\) both print corrected by the recorded corrections/);
    expect(readFileSync(entry, 'utf8')).toMatch(/about: 所收《一名党员联十户你有困难我服务》另见《各地联系服务群众经验做法选编摘录》，两本文字全同（断行、空格与标点宽窄除外），两本共有的误字本库已按校勘记改正；本库以本本为底本，该本参校。/);
    const sources = readFileSync(path.join(root, 'sources', 'sources.yaml'), 'utf8');
    expect(sources).toMatch(/另见《典型案例汇编》.*本库以该本为底本/);
    const second = runNpmScript('collate', args);
    expect(second.status).toBe(1);
    expect(second.stderr.match(/already speaks of/g)).toHaveLength(2);
    expect(readFileSync(path.join(root, 'sources', 'sources.yaml'), 'utf8')).toBe(sources);
  });
});
