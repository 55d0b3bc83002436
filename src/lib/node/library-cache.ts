/**
 * The library as a long-running process (the editor's desk) reads it, kept
 * in memory: each file's parsed value is reused until the file changes, and
 * a file is known to have changed by its stamp (device, inode, size and
 * modification time in nanoseconds, from one stat). Every call stats the
 * files it answers from, so a file an editor changes in a text editor, adds
 * or deletes between two requests is read again by the next one; a file
 * replaced by a rename (how the desk and most editors save) has a new inode.
 * Nothing here is written; values are shared between callers, who must not
 * change them.
 *
 * One stat per file per request instead of a parse: at 200 cases the desk's
 * queue re-parsed every case's MDX (about 0.8 s) on each request.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { comparedText, publishedTwin, type PublishedCase, type PublishedTwin } from '../ingest/library.ts';
import { listCaseFiles, readCaseFile } from './case-files.ts';
import { entriesUnder } from './tree-entries.ts';
import { librarySources } from './collate-files.ts';
import { loadMethodTerms, readMethodMentions, readMethods, readThemes } from './taxonomy.ts';

/** A file's identity as the cache knows it; undefined when there is no such file. */
export function fileStamp(file: string): string | undefined {
  const s = statSync(file, { bigint: true, throwIfNoEntry: false });
  return s ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : undefined;
}

/**
 * Every file under `dir` with its stamp, sorted: what a value computed from a
 * whole folder depends on (a file added, removed or changed anywhere changes it).
 */
export function treeStamp(dir: string): string {
  return entriesUnder(dir)
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((f) => `${f}\0${fileStamp(f) ?? ''}`)
    .join('\n');
}

const values = new Map<string, { stamp: string; value: unknown }>();
/** Values a session may gather (a twin per draft body seen); past it all are forgotten and read again as asked. */
const VALUES_LIMIT = 20_000;

/**
 * The value `compute` gives, computed again only when `stamp` (the stamps of
 * the files it reads) is not the one it was computed under. `key` names the
 * value (its kind and file or folder).
 */
function remembered<T>(key: string, stamp: string, compute: () => T): T {
  const known = values.get(key);
  if (known && known.stamp === stamp) return known.value as T;
  const value = compute();
  if (values.size >= VALUES_LIMIT) values.clear();
  values.set(key, { stamp, value });
  return value;
}

/**
 * What `read` makes of `file`, made again only when the file changed since
 * (`kind` tells apart two readings of one file). A file `read` refuses is
 * refused again each time, never remembered.
 */
export function readCached<T>(file: string, kind: string, read: (file: string) => T): T {
  const at = path.resolve(file);
  return remembered(`${kind}\0${at}`, fileStamp(at) ?? '', () => read(at));
}

/** Forgets every value: a test that wants a cold start, or a process that wants its memory back. */
export function forgetLibrary(): void {
  values.clear();
}

/**
 * The published cases of `content` as the twin comparison holds them
 * (library.ts's loadLibrary: id, title, the body's text), each case file read
 * again only when it changed, with the stamp of them all.
 */
function casesWithStamp(content: string): { cases: readonly PublishedCase[]; stamp: string } {
  const base = path.join(path.resolve(content), 'cases');
  const stamps: string[] = [];
  const cases = listCaseFiles(base).map((rel) => {
    const file = path.join(base, rel);
    const stamp = fileStamp(file) ?? '';
    stamps.push(`${rel}\0${stamp}`);
    return remembered(`twin\0${file}`, stamp, () => {
      const parsed = readCaseFile(file);
      return comparedText(path.basename(rel, '.mdx'), String(parsed.frontmatter.title ?? ''), parsed.blocks.join(''));
    });
  });
  return { cases, stamp: stamps.join('\n') };
}

/** The published cases of `content` (loadLibrary's), read again only where a case file changed. */
export function publishedCases(content: string): readonly PublishedCase[] {
  return casesWithStamp(content).cases;
}

/**
 * The published case `body` repeats (library.ts's publishedTwin), compared
 * again only when the body or a case file changed: the queue asks it of every
 * open draft on every request (60 ms of shingles for three drafts at 200 cases).
 */
export function twinOf(content: string, body: string): PublishedTwin | undefined {
  const { cases, stamp } = casesWithStamp(content);
  const key = createHash('sha1').update(body).digest('hex');
  return remembered(`twin-of\0${path.resolve(content)}\0${key}`, stamp, () => publishedTwin(body, cases));
}

/** The entries of `content`'s sources/sources.yaml (collate-files.ts's librarySources), as built. */
export function cachedSources(content: string): ReadonlyArray<Record<string, unknown>> {
  const file = path.join(path.resolve(content), 'sources', 'sources.yaml');
  return remembered(`sources\0${file}`, fileStamp(file) ?? '', () => Object.freeze(librarySources(content)));
}

/** What the desk reads of the taxonomy, by taxonomy.ts's own readers. */
export interface Taxonomy {
  methods: ReturnType<typeof readMethods>;
  /** Methods with the names of their named practices among their aliases (readMethodMentions). */
  mentions: ReturnType<typeof readMethodMentions>;
  themes: ReturnType<typeof readThemes>;
  /** Methods as the glossary-link plugin takes them (loadMethodTerms). */
  terms: ReturnType<typeof loadMethodTerms>;
}

/** `content`'s taxonomy, read again when methods.yaml, themes.yaml or practices.yaml changed. */
export function cachedTaxonomy(content: string): Taxonomy {
  const dir = path.join(path.resolve(content), 'taxonomy');
  const stamp = ['methods.yaml', 'themes.yaml', 'practices.yaml'].map((f) => fileStamp(path.join(dir, f)) ?? '').join('|');
  return remembered(`taxonomy\0${dir}`, stamp, () =>
    Object.freeze({ methods: readMethods(content), mentions: readMethodMentions(content), themes: readThemes(content), terms: loadMethodTerms(content) }),
  );
}
