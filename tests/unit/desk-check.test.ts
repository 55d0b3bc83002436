/**
 * The desk's check (src/lib/node/desk-check.ts) on a copy of the fixture
 * library in a git checkout, a case of it received again as a draft: its
 * answer is checkPublish's (a fresh copy of the whole library each time) in
 * every state the draft, the library and the history pass through; it answers
 * again only when one of those changed; its copy of the library ends each
 * sync file for file what the content folder is, whatever a check left in it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraft, copyInStep } from '../../src/lib/node/desk-check.ts';
import { librarySources } from '../../src/lib/node/collate-files.ts';
import { checkPublish, type PublishRequest } from '../../src/lib/node/publish.ts';
import { copyFixtureLibrary } from '../fixture-library.ts';

const temps: string[] = [];
let content = '';
let top = '';
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

const git = (...args: string[]) => execFileSync('git', ['-C', top, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' });

/** Every file under `dir` with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => path.join(e.parentPath, e.name)).sort().map((f) => [path.relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

beforeAll(() => {
  content = copyFixtureLibrary('desk-check-', temps);
  top = path.dirname(content);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'fixture');
});

describe("the desk's check", () => {
  let req: PublishRequest;
  let batch = '';
  let draft = '';
  const scratch = () => path.join(top, 'work', 'check');

  beforeAll(() => {
    // nanjing-cheguansuo received again from the same source: a draft of it, the source's entry and raw text beside it.
    batch = path.join(top, 'work', 'batches', 'b1');
    const drafts = path.join(batch, 'drafts');
    mkdirSync(drafts, { recursive: true });
    mkdirSync(path.join(batch, 'input'));
    const entry = librarySources(content).find((s) => s.id === 'jingyan-zuofa-xuanbian-zhailu')!;
    copyFileSync(path.join(content, 'sources', 'raw', String(entry.raw)), path.join(drafts, String(entry.raw)));
    writeFileSync(path.join(drafts, 'source-again.source.yaml'), stringify([{ ...entry, id: 'source-again' }]));
    draft = path.join(drafts, 'nanjing-again.mdx');
    copyFileSync(path.join(content, 'cases', 'nanjing-cheguansuo.mdx'), draft);
    req = { drafts: [draft], sourceEntry: path.join(drafts, 'source-again.source.yaml'), content };
  });

  it('says what checkPublish says, and says it again without checking while nothing changed', () => {
    const first = checkDraft(req, batch, scratch());
    expect(first.problems.length).toBeGreaterThan(0);
    expect(first).toEqual(checkPublish(req));
    expect(checkDraft(req, batch, scratch())).toBe(first);
  });

  it('checks again when the draft, the library or the history changed, and still says what checkPublish says', () => {
    const last = checkDraft(req, batch, scratch());
    // The draft edited by hand.
    writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^summary: .*$/m, `summary: ${'长'.repeat(130)}`));
    const edited = checkDraft(req, batch, scratch());
    expect(edited).not.toBe(last);
    expect(edited.problems.some((p) => /summary is 130 characters/.test(p))).toBe(true);
    expect(edited).toEqual(checkPublish(req));

    // A case put into the library by hand under the draft's id: that id is now taken.
    copyFileSync(path.join(content, 'cases', 'baise-nongshi-cunban.mdx'), path.join(content, 'cases', 'nanjing-again.mdx'));
    const added = checkDraft(req, batch, scratch());
    expect(added).not.toBe(edited);
    expect(added.problems.some((p) => /id “nanjing-again” is taken by a different case/.test(p))).toBe(true);
    expect(added).toEqual(checkPublish(req));

    // Committed: no file of the library or the draft changed, but the history the check reads did.
    git('add', '--', 'content/cases/nanjing-again.mdx');
    git('commit', '-qm', 'nanjing-again');
    const committed = checkDraft(req, batch, scratch());
    expect(committed).not.toBe(added);
    expect(committed).toEqual(checkPublish(req));
  });

  it('keeps its copy of the library file for file what the content folder is, whatever a check left in it', () => {
    const copy = copyInStep(content, scratch());
    expect(path.basename(copy)).toBe(path.basename(content));
    expect(snapshot(copy)).toEqual(snapshot(content));
    // What a passing check leaves placed: a case file, an entry appended to sources.yaml.
    writeFileSync(path.join(copy, 'cases', 'left-by-a-check.mdx'), '---\ntitle: x\n---\n');
    appendFileSync(path.join(copy, 'sources', 'sources.yaml'), '- id: left-by-a-check\n');
    // And the library changed meanwhile: a file edited, one added, one removed.
    appendFileSync(path.join(content, 'taxonomy', 'themes.yaml'), '# 编者的注释\n');
    writeFileSync(path.join(content, 'cases', 'added.mdx'), readFileSync(path.join(content, 'cases', 'baise-nongshi-cunban.mdx')));
    rmSync(path.join(content, 'cases', 'puyang-laoli-rexian.mdx'));
    expect(copyInStep(content, scratch())).toBe(copy);
    expect(snapshot(copy)).toEqual(snapshot(content));
  });

  it('refuses a work folder that would put its copy on the content folder, which it would empty', () => {
    const before = snapshot(content);
    expect(() => copyInStep(content, path.dirname(content))).toThrow(/would overlap the content folder/);
    expect(() => copyInStep(content, path.join(content, 'cases'))).toThrow(/would overlap the content folder/);
    // …reached through a symbolic link too: the work folder's path names another folder, the disk the same one.
    const link = path.join(mkdtempSync(path.join(tmpdir(), 'desk-link-')), 'work');
    temps.push(path.dirname(link));
    symlinkSync(path.dirname(content), link);
    expect(() => copyInStep(content, link)).toThrow(/would overlap the content folder/);
    expect(snapshot(content)).toEqual(before);
  });
});
