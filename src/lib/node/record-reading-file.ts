/**
 * recordReading (ingest/record-reading.ts) on a file: a draft beside the
 * source entry and raw text ingest wrote, or a published case in content/.
 * Finds the raw text the file's line numbers count, and writes the result
 * in one move (a temporary file renamed), or nothing.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseCaseSource } from '../case-mdx.ts';
import type { Correction } from '../../schemas/correction.ts';
import { recordReading, ReadingError, type Reading, type RecordResult, type RemoveResult } from '../ingest/record-reading.ts';
import { omitParagraphs, removeEntry, renumberPractices, renumberTeaching, type OmitRequest, type OmitResult } from '../ingest/omit-paragraphs.ts';
import { caseIdOf } from '../ids.ts';
import { isDictionaryWord } from '../ingest/words.ts';
import { rawLinesOf } from './raw-source.ts';

export interface ReadingFileOptions {
  /** The content folder a case id or a published case belongs to. */
  content: string;
  /** The raw text, when it is not where the file's source id leads. */
  raw?: string | undefined;
  /** The doubt proposal answered (1-based). */
  proposal?: number | undefined;
}

/** A case id (nanjing-cheguansuo) names content/cases/<id>.mdx; anything ending in .mdx is a file. */
export function caseFilePath(arg: string, content: string): string {
  return /\.mdx$/.test(arg) ? arg : path.join(content, 'cases', `${arg}.mdx`);
}

/** The content folder a published case file sits in (…/cases/x.mdx beside …/sources/sources.yaml), if it does. */
function contentOf(file: string): string | undefined {
  for (let dir = path.dirname(path.resolve(file)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) === 'cases' && existsSync(path.join(dir, '..', 'sources', 'sources.yaml'))) return path.dirname(dir);
  }
  return undefined;
}

const entriesOf = (file: string) => {
  const data = parseYaml(readFileSync(file, 'utf8')) as unknown;
  return (Array.isArray(data) ? data : [data]) as Array<{ id?: unknown; raw?: unknown } | null>;
};

/**
 * Where the raw text of `file` is: `raw` when given; else, by the file's
 * `source.id`, the `<id>.source.yaml` ingest wrote beside a draft and the raw
 * file it names there, or the content folder's sources.yaml and sources/raw/.
 */
export function rawTextOf(file: string, text: string, content: string, raw?: string): string {
  if (raw) {
    if (!existsSync(raw)) throw new ReadingError(`${raw}: raw text not found`);
    return raw;
  }
  const id = (parseCaseSource(text, file).frontmatter as { source?: { id?: unknown } }).source?.id;
  if (typeof id !== 'string') throw new ReadingError(`${file}: source.id: missing; give --raw <file>`);
  const here = path.dirname(file);
  const entryFile = path.join(here, `${id}.source.yaml`);
  const sources = path.join(contentOf(file) ?? content, 'sources', 'sources.yaml');
  for (const [list, folder] of [[entryFile, here], [sources, path.join(path.dirname(sources), 'raw')]] as const) {
    if (!existsSync(list)) continue;
    const entry = entriesOf(list).find((e) => e?.id === id);
    if (typeof entry?.raw !== 'string') continue;
    const candidate = path.join(folder, entry.raw);
    if (existsSync(candidate)) return candidate;
    throw new ReadingError(`${file}: the raw text ${candidate} that ${list} names for source “${id}” is not there; give --raw <file>`);
  }
  throw new ReadingError(`${file}: no entry for source “${id}” in ${entryFile} or ${sources}; give --raw <file>`);
}

/** Runs `change` on the text of `file` with the lines of its raw text, and writes the text it returns in one move; nothing on a ReadingError. */
function changeFile<R extends { text: string }>(file: string, options: ReadingFileOptions, change: (text: string, rawLines: string[]) => R): R & { file: string } {
  if (!existsSync(file)) throw new ReadingError(`${file}: no such file`);
  const text = readFileSync(file, 'utf8');
  const result = change(text, rawLinesOf(readFileSync(rawTextOf(file, text, options.content, options.raw), 'utf8')));
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, result.text);
  renameSync(temp, file);
  return { ...result, file };
}

/** Records `reading` in `file` and writes it; throws ReadingError (file untouched) when it cannot. */
export function recordReadingInFile(file: string, reading: Reading, options: ReadingFileOptions): RecordResult & { file: string } {
  return changeFile(file, options, (text, rawLines) => recordReading(text, reading, { rawLines, file, proposal: options.proposal, isWord: isDictionaryWord }));
}

/**
 * Records several readings in `file`, each answering its doubt proposal, in
 * one write: all or nothing. The proposals are answered from the last to the
 * first, so that each number still names what the editor was shown.
 */
export function recordReadingsInFile(file: string, readings: ReadonlyArray<{ reading: Reading; proposal: number }>, options: Omit<ReadingFileOptions, 'proposal'>): Array<RecordResult & { file: string }> {
  const order = [...readings].sort((a, b) => b.proposal - a.proposal);
  const { results } = changeFile(file, options, (text, rawLines) => {
    const done: RecordResult[] = [];
    let now = text;
    for (const { reading, proposal } of order) {
      const result = recordReading(now, reading, { rawLines, file, proposal, isWord: isDictionaryWord });
      done.push(result);
      now = result.text;
    }
    return { text: now, results: done };
  });
  return results.map((r) => ({ ...r, file }));
}

/** Writes `text` to `file` in one move (a temporary file renamed). */
function writeWhole(file: string, text: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** The teaching note that cites the paragraphs of `file`: beside a draft (where publish looks), in teaching/ for a published case. */
function teachingOf(file: string): string {
  const content = contentOf(file);
  return content ? path.join(content, 'teaching', `${caseIdOf(file)}.yaml`) : path.join(path.dirname(file), `${caseIdOf(file)}.teaching.yaml`);
}

/**
 * Runs `change` (one that may renumber the paragraphs) on `file`, and its
 * teaching note's paragraph numbers along with it; writes both, or, on a
 * ReadingError, neither.
 */
function renumberingChange<R extends { text: string; notes: string[]; renumber?: ((p: number) => number | undefined) | undefined }>(file: string, options: ReadingFileOptions, change: (text: string, rawLines: string[]) => R): R & { file: string } {
  if (!existsSync(file)) throw new ReadingError(`${file}: no such file`);
  const text = readFileSync(file, 'utf8');
  const result = change(text, rawLinesOf(readFileSync(rawTextOf(file, text, options.content, options.raw), 'utf8')));
  const teaching = teachingOf(file);
  const note = result.renumber && existsSync(teaching) ? renumberTeaching(readFileSync(teaching, 'utf8'), result.renumber, teaching) : undefined;
  // The named practices whose definitions quote a published case by paragraph follow it, as its teaching note does.
  const content = contentOf(file);
  const practicesFile = content ? path.join(content, 'taxonomy', 'practices.yaml') : undefined;
  const practices = result.renumber && practicesFile && existsSync(practicesFile) ? renumberPractices(readFileSync(practicesFile, 'utf8'), caseIdOf(file), result.renumber, practicesFile) : undefined;
  if (note) writeWhole(teaching, note.text);
  if (practices && practices.notes.length) writeWhole(practicesFile!, practices.text);
  writeWhole(file, result.text);
  // A published case's paragraph addresses (/cases/<id>/#pN) move too: links to them from outside the library do not follow.
  const published = result.renumber && content ? ['the case is published: its paragraph links (#pN) after this place change; run npm run check:content and npm run build (content/README.md §12)'] : [];
  return { ...result, notes: [...result.notes, ...(note?.notes ?? []), ...(practices?.notes ?? []), ...published], file };
}

/** Omits paragraphs of `file` as one `omit` entry (omit-paragraphs.ts), its teaching note renumbered too; throws ReadingError (files untouched) when it cannot. */
export function omitParagraphsInFile(file: string, request: OmitRequest, options: ReadingFileOptions): OmitResult & { file: string } {
  return renumberingChange(file, options, (text, rawLines) => omitParagraphs(text, request, { rawLines, file }));
}

/** Takes entry `n` of corrections out of `file` and writes it (an omission's paragraphs back, the teaching note renumbered); throws ReadingError (files untouched) when it cannot. */
export function removeReadingInFile(file: string, n: number, options: ReadingFileOptions): RemoveResult & { file: string } {
  return renumberingChange(file, options, (text, rawLines) => removeEntry(text, n, { rawLines, file }));
}

/** One entry of corrections as an editor reads it: p4 correct “联户人社” → “联户入社”. */
export function describeEntry(e: Correction): string {
  const what = e.type === 'correct' ? `correct “${e.original}” → “${e.corrected}”` : e.type === 'doubt' ? `doubt${e.kind ? ` (${e.kind})` : ''} “${e.text}”` : e.type === 'lacuna' ? `lacuna after “${e.after}”` : e.type === 'omit' ? `omit ${e.role} “${e.text.join(' / ')}”${e.before ? ' (before p1)' : ''}` : `join after “${e.after}”`;
  return `p${e.p} ${what}${e.note ? `: ${e.note}` : ''}`;
}

/** What an editor is told: the entry, the proposal answered, the paragraph as it now reads. */
export function describeRecorded(result: RecordResult & { file: string }): string[] {
  return [
    `${result.file}: recorded as entry ${result.index + 1} of corrections: ${describeEntry(result.entry)}`,
    ...(result.answered ? [`  answered proposal ${result.answered.n} (doubt ${result.answered.value}: “${result.answered.quote}”); the proposals after it are renumbered`] : []),
    ...result.changed.map((c) => `  p${c.p} now reads: ${c.after}`),
    ...result.notes.map((n) => `  ${n}`),
  ];
}
