/**
 * Texts the library keeps but publishes no case from. A case withdrawn by
 * content/README.md §11 (撤下: case file and teaching note deleted; source
 * entry, raw text and original kept) leaves its lines behind; when the same
 * article is received again, its draft is found in those lines and named with
 * the source and lines, so the editor collates the two instead of publishing
 * the text a second time as if it were new. Where the repository's git
 * history shows the case file that took its text from those lines (its
 * source id and lines, or the same text) being deleted, that case's id is
 * named too: 同一个 id 以后只用于同一篇文章 (a URL is permanent), so publish
 * proposes it. Outside a git checkout, or with no such deletion in its
 * history, nothing is said of ids.
 *
 * Finding the text is collate's own (loadWitness: the raw lines from the
 * draft's first words to its last), and whether it is the same article the
 * library's (library.ts: the published-twin comparison); nothing here
 * matches text itself.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { YAMLError } from 'yaml';
import { caseFrontmatter, CaseFileError, parseCaseSource } from '../case-mdx.ts';
import { checkMessage } from '../check-messages.ts';
import type { WitnessUnit } from '../ingest/collate.ts';
import { comparedText, publishedTwin } from '../ingest/library.ts';
import { caseIdOf } from '../ids.ts';
import { isCaseFile, listCaseFiles } from './case-files.ts';
import { CollateError, librarySources, loadWitness } from './collate-files.ts';
import { readCached } from './library-cache.ts';

export interface StoredText {
  /** The source whose raw text holds the draft's body. */
  sourceId: string;
  /** The raw lines holding it, first and last. */
  lines: [number, number];
  /** The id of the case that took its text from these lines and was deleted (git history), when one was. */
  formerId?: string;
  /** The commit that deleted that case (abbreviated hash). */
  deletedIn?: string;
}

type LineRange = readonly [number, number];

const overlaps = (a: LineRange, b: LineRange) => a[0] <= b[1] && b[0] <= a[1];

const sourceOf = (frontmatter: Record<string, unknown>) => (frontmatter.source ?? {}) as { id?: unknown; lines?: unknown };

const linesOf = (source: { lines?: unknown }): LineRange | undefined =>
  Array.isArray(source.lines) && source.lines.length === 2 && source.lines.every((n) => typeof n === 'number') ? (source.lines as unknown as LineRange) : undefined;

/** Whether `body` is the same article as `text` (library.ts's comparison). */
const sameArticle = (body: string, text: string) => publishedTwin(body, [comparedText('', '', text)]) !== undefined;

/**
 * The stored text a draft's body (its paragraphs, in order) stands in, when
 * no published case of `content` takes its text from those lines; undefined
 * when the library holds no such text, or a case publishes it now (the
 * published-twin check speaks of that one).
 */
export function storedTextOf(units: readonly WitnessUnit[], content: string): StoredText | undefined {
  const body = units.map((u) => u.text).join('');
  if (!body.trim()) return undefined;
  // Read only once a source holds the text: most drafts are new texts, and a frontmatter's YAML is slow to read.
  const casesNow = () => listCaseFiles(path.join(content, 'cases')).flatMap((rel) => {
    try {
      // Through the library cache: the desk checks drafts again and again against a library that seldom changes.
      return [readCached(path.join(content, 'cases', rel), 'frontmatter', (file) => caseFrontmatter(readFileSync(file, 'utf8'), rel))];
    } catch (error) {
      // A case whose front matter does not read is check:content's to name.
      if (error instanceof CaseFileError || error instanceof YAMLError) return [];
      throw error;
    }
  });
  for (const entry of librarySources(content)) {
    if (typeof entry.id !== 'string' || typeof entry.raw !== 'string') continue;
    let found;
    try {
      found = loadWitness(entry.id, content, { label: 'draft', units });
    } catch (error) {
      if (error instanceof CollateError) continue;
      throw error;
    }
    const first = found.units[0]?.line;
    const last = found.units.at(-1)?.line;
    if (first === undefined || last === undefined) continue;
    if (!sameArticle(body, found.units.map((u) => u.text).join(''))) continue;
    const lines: [number, number] = [first, last];
    const publishedNow = casesNow().some((frontmatter) => {
      const source = sourceOf(frontmatter);
      const range = linesOf(source);
      return source.id === entry.id && (range === undefined || overlaps(range, lines));
    });
    if (publishedNow) continue;
    return { sourceId: entry.id, lines, ...formerCase(content, entry.id, lines, body) };
  }
  return undefined;
}

/** Runs git in `dir`; undefined where there is no git, no checkout, or the command fails. */
function git(dir: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  } catch {
    return undefined;
  }
}

/** Case files deleted from `content`/cases, newest deletion first: each with the commit that deleted it and its text just before. */
function* deletedCases(content: string): Generator<{ id: string; commit: string; text: string }> {
  const dir = path.join(content, 'cases');
  // --relative: the names as paths under cases/, wherever the checkout's root is.
  const log = git(dir, ['log', '--diff-filter=D', '--name-only', '--relative', '--format=%x00%h', '--', '.']);
  if (!log) return;
  for (const chunk of log.split('\0').slice(1)) {
    const [commit, ...names] = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const rel of names) {
      if (!commit || !isCaseFile(rel)) continue;
      const text = git(dir, ['show', `${commit}^:./${rel}`]);
      if (text !== undefined) yield { id: caseIdOf(rel), commit, text };
    }
  }
}

/** The withdrawn case these lines were published as, per git history: its id and the commit that deleted it; {} when none. */
function formerCase(content: string, sourceId: string, lines: LineRange, body: string): Pick<StoredText, 'formerId' | 'deletedIn'> {
  const now = new Set(listCaseFiles(path.join(content, 'cases')).map(caseIdOf));
  for (const gone of deletedCases(content)) {
    // An id in use again names another case now: it is no former id to propose.
    if (now.has(gone.id)) continue;
    let file;
    try {
      file = parseCaseSource(gone.text, gone.id);
    } catch (error) {
      // A deleted file that never read as a case was never published as one.
      if (error instanceof CaseFileError || error instanceof YAMLError) continue;
      throw error;
    }
    const source = sourceOf(file.frontmatter);
    const range = linesOf(source);
    const fromThoseLines = source.id === sourceId && range !== undefined && overlaps(range, lines);
    if (fromThoseLines || sameArticle(body, file.blocks.join(''))) return { formerId: gone.id, deletedIn: gone.commit };
  }
  return {};
}

/** What ingest's report and publish say of a stored text (check-messages.ts: stored-text, stored-text-former). */
export function storedTextMessage(stored: StoredText, draft: string): string {
  const slots = { source: stored.sourceId, from: stored.lines[0], to: stored.lines[1], draft, former: stored.formerId ?? '', commit: stored.deletedIn ?? '' };
  return checkMessage(stored.formerId ? 'stored-text-former' : 'stored-text', slots);
}
