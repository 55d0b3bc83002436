/**
 * A case withdrawn by content/README.md §11 (case file and teaching note
 * deleted, source entry and raw text kept) and received again: ingest and
 * publish name the stored lines, and, where git history shows the deleted
 * case, its id, which publish then uses (同一个 id 以后只用于同一篇文章).
 * On a copy of the fixture library in a temporary git repository; nothing
 * said of ids outside one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { ingestInput, loadVocabulary } from '../../src/lib/ingest/pipeline.ts';
import { storedTextMessage, storedTextOf } from '../../src/lib/node/stored-texts.ts';
import { checkPublish, publish } from '../../src/lib/node/publish.ts';

const FIXTURE = path.resolve('tests/fixtures/library');
const WITHDRAWN = 'jiahe-silian-sibao';

let dir: string;
/** A git checkout whose content/ lost WITHDRAWN in its second commit. */
let repo: string;
let content: string;
/** The same content folder with no git history. */
let plain: string;
let deletedText: string;
let deletion: string;

const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' }).trim();
const unitsOf = (text: string) => parseCaseSource(text).blocks.map((block) => ({ text: block }));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'stored-texts-'));
  repo = path.join(dir, 'repo');
  content = path.join(repo, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  deletedText = readFileSync(path.join(content, 'cases', `${WITHDRAWN}.mdx`), 'utf8');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'library');
  // Guide §11 撤下: the case and its teaching note go; the source entry, raw text and original stay.
  git('rm', '-q', `content/cases/${WITHDRAWN}.mdx`, `content/teaching/${WITHDRAWN}.yaml`);
  git('commit', '-q', '-m', 'withdraw');
  deletion = git('rev-parse', '--short', 'HEAD');
  plain = path.join(dir, 'plain', 'content');
  cpSync(content, plain, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storedTextOf', () => {
  it('names the source and lines a withdrawn case took its text from, and its id from git history', () => {
    const stored = storedTextOf(unitsOf(deletedText), content);
    expect(stored).toEqual({ sourceId: 'hongwang-2013-11-18', lines: [8, 20], formerId: WITHDRAWN, deletedIn: deletion });
  });

  it('says nothing of ids outside a git checkout', () => {
    expect(storedTextOf(unitsOf(deletedText), plain)).toEqual({ sourceId: 'hongwang-2013-11-18', lines: [8, 20] });
  });

  it('names nothing while a case publishes those lines (the published-twin check speaks of it), nor a text the library does not keep', () => {
    expect(storedTextOf(unitsOf(deletedText), FIXTURE)).toBeUndefined();
    expect(storedTextOf([{ text: '这是一篇本库没有收存过的文章，讲的是别处的做法，和任何来源都不一样。' }], content)).toBeUndefined();
  });
});

describe('ingest', () => {
  it('flags a draft whose body is the stored text, naming source, lines, §11 and the former id', async () => {
    const raw = readFileSync(path.join(content, 'sources', 'raw', '003_6a8234380931cddb.txt'), 'utf8').split('\n');
    const text = `${raw.slice(2, 3).join('\n')}\n\n${raw.slice(7, 20).join('\n')}\n`;
    const vocab = loadVocabulary(content);
    const { doc, stored } = await ingestInput(path.join(dir, 'received.txt'), new TextEncoder().encode(text), vocab, { content });
    expect(doc.drafts).toHaveLength(1);
    const draft = doc.drafts[0]!;
    expect(stored.get(draft)).toMatchObject({ sourceId: 'hongwang-2013-11-18', lines: [8, 20], formerId: WITHDRAWN });
    expect(draft.flags[0]).toMatch(/来源 hongwang-2013-11-18 第 8–20 行.*第 11 节.*jiahe-silian-sibao/);
    // Without a content folder (a measure leaving a case out) nothing is compared with stored texts.
    const alone = await ingestInput(path.join(dir, 'received.txt'), new TextEncoder().encode(text), vocab);
    expect(alone.stored.size).toBe(0);
  });

  it('tells the editor, as §11 does, to collate, record the relation with the new text as base, and publish it (trial 20)', async () => {
    const raw = readFileSync(path.join(plain, 'sources', 'raw', '003_6a8234380931cddb.txt'), 'utf8').split('\n');
    const text = `${raw.slice(2, 3).join('\n')}\n\n${raw.slice(7, 20).join('\n')}\n`;
    const { doc } = await ingestInput(path.join(dir, 'received.txt'), new TextEncoder().encode(text), loadVocabulary(plain), { content: plain });
    const flag = doc.drafts[0]!.flags[0]!;
    // Trial 20's editor read “不要当作新文章发表” as “do not publish”; §11 says publish, the new text as base.
    expect(flag).not.toMatch(/不要.*发表/);
    expect(flag).toMatch(/第 11 节.*对校两本.*以新本为底本记下两本的关系.*发表这份草稿/);
    expect(storedTextMessage({ sourceId: 'hongwang-2013-11-18', lines: [8, 20] }, 'drafts/a.mdx')).toMatch(
      /npm run collate -- drafts\/a\.mdx --with hongwang-2013-11-18\).*--write --base given.*then publish this draft/,
    );
  });
});

describe('publish', () => {
  /** The withdrawn case's own file received again as a draft, with its teaching note, and the source's own entry. */
  function draftFolder(): { draft: string; entry: string } {
    const drafts = path.join(dir, 'drafts');
    mkdirSync(drafts, { recursive: true });
    const draft = path.join(drafts, 'jiahe-baozhang.mdx');
    writeFileSync(draft, deletedText);
    writeFileSync(path.join(drafts, 'jiahe-baozhang.teaching.yaml'), git('show', `HEAD^:content/teaching/${WITHDRAWN}.yaml`) + '\n');
    const entry = path.join(drafts, 'hongwang.source.yaml');
    const sources = readFileSync(path.join(content, 'sources', 'sources.yaml'), 'utf8');
    writeFileSync(entry, sources.slice(sources.indexOf('- id: hongwang-2013-11-18'), sources.indexOf('- id: jingyan-zuofa-xuanbian-zhailu')));
    cpSync(path.join(content, 'sources', 'raw', '003_6a8234380931cddb.txt'), path.join(drafts, '003_6a8234380931cddb.txt'));
    return { draft, entry };
  }

  it('refuses an explicit id other than the former one, in one message that names it', () => {
    const { draft, entry } = draftFolder();
    const result = checkPublish({ drafts: [draft], sourceEntry: entry, ids: ['jiahe-baozhang'], content });
    expect(result.problems.filter((p) => /former|曾以/.test(p) || /jiahe-baozhang/.test(p))).toEqual([
      expect.stringMatching(/^.*jiahe-baozhang\.mdx: id “jiahe-baozhang”: this text was published as “jiahe-silian-sibao” \(source hongwang-2013-11-18, lines 8-20; deleted in commit [0-9a-f]+\).*--id jiahe-silian-sibao/),
    ]);
    expect(result.notes).toEqual([expect.stringMatching(/source hongwang-2013-11-18, lines 8-20.*“jiahe-silian-sibao”.*content\/README\.md §11/)]);
  });

  it('publishes under the former id when no id is given, and says where the text was', () => {
    const { draft, entry } = draftFolder();
    const result = publish({ drafts: [draft], sourceEntry: entry, content });
    expect(result.problems).toEqual([]);
    expect(result.cases).toEqual([WITHDRAWN]);
    expect(result.notes).toHaveLength(1);
    expect(git('status', '--porcelain', 'content/cases')).toBe(`?? content/cases/${WITHDRAWN}.mdx`);
  });

  it("says no more of the stored text once a second witness's entry records the collation in its about (trial 18)", () => {
    const { draft, entry } = draftFolder();
    // The second witness: the same text received again in another file (a line more before it), its own entry; in the
    // library without history, as the publish test above has put the case back into the other.
    const drafts = path.dirname(entry);
    const raw = `编者收到的Word文件\n${readFileSync(path.join(drafts, '003_6a8234380931cddb.txt'), 'utf8')}`;
    writeFileSync(path.join(drafts, 'witness.txt'), raw);
    writeFileSync(draft, deletedText.replace('titleLine: 3', 'titleLine: 4').replace(/lines:\n    - 8\n    - 20/u, 'lines:\n    - 9\n    - 21'));
    const witness = path.join(drafts, 'witness.source.yaml');
    const withAbout = (about: string) =>
      writeFileSync(witness, `- id: bianzhe-shoudao-2014\n  title: 用机制保障党群干群关系互动交融\n  type: compilation\n  publication: 编者收到的Word文件\n  raw: witness.txt\n  sha256: ${createHash('sha256').update(raw).digest('hex')}\n  about: ${about}\n`);
    withAbout('编者收到的Word文件。');
    expect(checkPublish({ drafts: [draft], sourceEntry: witness, content: plain }).notes).toEqual([expect.stringMatching(/hongwang-2013-11-18/)]);
    withAbout('编者收到的Word文件。所收一篇另见 hongwang-2013-11-18，两本文字全同；本库以本本为底本，该本参校。');
    expect(checkPublish({ drafts: [draft], sourceEntry: witness, content: plain }).notes).toEqual([]);
  });
});
