/**
 * The desk's check of a draft: what publishing it would refuse, found as
 * checkPublish finds it (publish.ts: the publish step run into a copy of the
 * content folder, check:content's findings included, the content folder never
 * written), without copying the whole library for every check and without
 * checking again what nothing has changed.
 *
 * - The copy is made once per session, in the desk's work folder, and before
 *   each check brought in step with the content folder file by file, by their
 *   stamps (library-cache.ts): a file changed since is copied again, a file
 *   gone is removed, and whatever the last check left in the copy (publish
 *   leaves a passing draft placed) is put back, so each check starts from the
 *   library exactly as it is on disk.
 * - A check's inputs are every file of the content folder, the batch's drafts
 *   and input, the request (ids chosen) and where the content folder's git
 *   HEAD stands (withdrawn cases are read from its history); while all of them stand as
 *   at the last check of a draft, that check's answer is the answer.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { checkPublishIn, type PublishRequest, type PublishResult } from './publish.ts';
import { fileStamp, treeStamp } from './library-cache.ts';
import { entriesUnder } from './tree-entries.ts';

interface Copy {
  /** The content folder it copies. */
  of: string;
  /** Each copied file (relative path) with the stamps of the original and the copy when it was copied. */
  files: Map<string, { from: string; to: string }>;
}

const copies = new Map<string, Copy>();

/** Regular files under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return entriesUnder(dir)
    .filter((e) => e.isFile() || (e.isSymbolicLink() && statSync(path.join(e.parentPath, e.name), { throwIfNoEntry: false })?.isFile()))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Where `file` is on disk, symbolic links followed: its nearest existing folder's real path, and the rest as given. */
function realPathOf(file: string): string {
  const missing: string[] = [];
  for (let at = path.resolve(file); ; at = path.dirname(at)) {
    if (existsSync(at)) return path.join(realpathSync(at), ...missing);
    if (path.dirname(at) === at) return path.resolve(file);
    missing.unshift(path.basename(at));
  }
}

/**
 * A copy of `content` under `parent`, named as it is (check:content names
 * files by the folder's base name), in step with it now: the first call of a
 * session copies every file, later ones only what differs.
 */
export function copyInStep(content: string, parent: string): string {
  const of = path.resolve(content);
  const dir = path.join(path.resolve(parent), path.basename(of));
  // The copy is emptied at a session's start: it must never be, hold or lie in the content folder, on disk (a symbolic
  // link in either path names one folder two ways).
  const within = (a: string, b: string) => a === b || a.startsWith(`${b}${path.sep}`);
  const [onDisk, ofOnDisk] = [realPathOf(dir), realPathOf(of)];
  if (within(onDisk, ofOnDisk) || within(ofOnDisk, onDisk)) throw new Error(`the desk's check copy ${dir} would overlap the content folder ${of}: give the desk a work folder outside it (--work)`);
  let copy = copies.get(dir);
  if (!copy || copy.of !== of) {
    // Left by another session or another content folder: nothing in it is known, so nothing of it is kept.
    rmSync(dir, { recursive: true, force: true });
    copy = { of, files: new Map() };
    copies.set(dir, copy);
  }
  const wanted = filesUnder(of);
  for (const rel of wanted) {
    const source = path.join(of, rel);
    const target = path.join(dir, rel);
    // The original's stamp is taken before copying: a file changed during the copy differs next time and is copied again.
    const from = fileStamp(source) ?? '';
    const known = copy.files.get(rel);
    if (known && known.from === from && known.to === fileStamp(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
    copy.files.set(rel, { from, to: fileStamp(target) ?? '' });
  }
  const kept = new Set(wanted);
  for (const rel of filesUnder(dir)) {
    if (kept.has(rel)) continue;
    rmSync(path.join(dir, rel), { force: true });
    copy.files.delete(rel);
  }
  return dir;
}

/** Whether `dir` or a folder above it holds a `.git`: one stat a level, no git process. */
function inGitCheckout(dir: string): boolean {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (fileStamp(path.join(at, '.git')) !== undefined) return true;
    if (path.dirname(at) === at) return false;
  }
}

const gitDirs = new Map<string, string>();

/**
 * Where the commit checked out at `dir` stands, as stamps: its git folder's
 * HEAD and HEAD's reflog, which every commit, checkout and reset appends to
 * (a git process a check cost 20–80 ms under load). Without a reflog, the
 * commit itself; '' outside git.
 */
function gitState(dir: string): string {
  let gitDir = gitDirs.get(dir);
  if (gitDir === undefined) {
    if (!inGitCheckout(dir)) return '';
    gitDir = git(dir, '--absolute-git-dir');
    if (!gitDir) return git(dir, 'HEAD');
    gitDirs.set(dir, gitDir);
  }
  const log = fileStamp(path.join(gitDir, 'logs', 'HEAD'));
  return log === undefined ? git(dir, 'HEAD') : `${fileStamp(path.join(gitDir, 'HEAD')) ?? ''}|${log}`;
}

function git(dir: string, what: string): string {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', what], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const lastChecks = new Map<string, { inputs: string; result: PublishResult }>();

/**
 * What publishing `req` (a draft of the batch in `batchFolder`) would refuse,
 * as checkPublish says it, the copy kept under `scratchParent`.
 */
export function checkDraft(req: PublishRequest, batchFolder: string, scratchParent: string): PublishResult {
  const inputs = createHash('sha1')
    .update([JSON.stringify(req), treeStamp(path.resolve(req.content)), treeStamp(path.join(batchFolder, 'drafts')), treeStamp(path.join(batchFolder, 'input')), gitState(req.content)].join('\n\0'))
    .digest('hex');
  const key = req.drafts.join('\n');
  const last = lastChecks.get(key);
  if (last?.inputs === inputs) return last.result;
  const result = checkPublishIn(req, copyInStep(req.content, scratchParent));
  lastChecks.set(key, { inputs, result });
  return result;
}
