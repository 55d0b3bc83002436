/**
 * npm run correct -- <draft.mdx | case id> --p N (--original A --corrected B | --doubt W [--original-error] | --lacuna W) --note "…"
 * npm run correct -- <draft.mdx | case id> [--remove N]
 * npm run correct -- <draft.mdx | case id> --edit N --note "…"
 * npm run correct -- <draft.mdx | case id> --omit P [--through Q] --role "…" [--note "…"]
 *
 * Records one reading as a `corrections` entry (a 校勘记), or takes one out,
 * and lets the body follow from the raw text and the corrections: the editor
 * never edits the body by hand. Works on drafts and published cases alike; a
 * doubt proposal about the same words is answered. Without a reading, lists
 * the entries, numbered; --edit N --note rewrites entry N's note, nothing
 * else; --omit P records paragraphs that are no text of the author as one
 * omission, the paragraph numbers after them following (--remove puts them
 * back). The logic is src/lib/ingest/record-reading.ts.
 *
 * correctCommand is the command; scripts/correct.ts its thin bin. Tests call
 * it in-process (scripts/command-run.ts).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCaseSource } from '../src/lib/case-mdx.ts';
import { ReadingError, rewriteNote, type Reading } from '../src/lib/ingest/record-reading.ts';
import { noteCountProblems } from '../src/lib/node/content-checks.ts';
import { substitutionNote } from '../src/lib/ingest/reading-flags.ts';
import { caseFilePath, describeEntry, describeRecorded, omitParagraphsInFile, recordReadingInFile, removeReadingInFile } from '../src/lib/node/record-reading-file.ts';
import { contentDir } from '../src/lib/node/raw-source.ts';
import type { Correction } from '../src/schemas/correction.ts';
import { CORRECT_USAGE as USAGE } from './correct-usage.ts';
import { commandArgs, CommandExit, nothingChanged, passExit, runToExit, type CommandOutput } from './command-run.ts';

/** Runs `npm run correct` with `argv` (the arguments after --), writing through `io`; returns the exit status. */
export function correctCommand(argv: string[], io: CommandOutput): number {
  return runToExit(() => correct(argv, io));
}

const OPTIONS = {
  p: { type: 'string' },
  original: { type: 'string' },
  corrected: { type: 'string' },
  doubt: { type: 'string' },
  'original-error': { type: 'boolean', default: false },
  lacuna: { type: 'string' },
  note: { type: 'string' },
  nth: { type: 'string' },
  proposal: { type: 'string' },
  omit: { type: 'string' },
  through: { type: 'string' },
  role: { type: 'string' },
  remove: { type: 'string' },
  edit: { type: 'string' },
  raw: { type: 'string' },
  content: { type: 'string' },
} as const;

/** One run of the command: its flags, the file it works on, and how it speaks and ends. */
interface Run {
  values: ReturnType<typeof commandArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>['values'];
  /** The draft or case as given on the command line. */
  given: string;
  file: string;
  content: string;
  /** How many kinds of reading the flags give (--original/--corrected, --doubt, --lacuna). */
  kinds: number;
  say: (line: string) => void;
  fail: (message: string) => never;
  /** A flag's value as a whole number from 1, undefined when the flag is not given. */
  whole: (flag: string, value: string | undefined) => number | undefined;
}

/** The run's flags read: one draft or case, where its content folder is; usage and bad flags end it. */
function startRun(argv: string[], io: CommandOutput): Run {
  const { values, positionals } = commandArgs(USAGE, { args: argv, allowPositionals: true, options: OPTIONS }, io);
  const fail = (message: string): never => {
    io.err(`error: ${message}\n`);
    throw new CommandExit(1);
  };
  const whole = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1) fail(`--${flag} ${value}: give a number (1, 2, …)`);
    return Number(value);
  };
  if (positionals.length !== 1) fail(`${positionals.length === 0 ? 'no draft or case given' : 'one draft or case at a time'}\n${USAGE}`);
  const content = values.content ? path.resolve(values.content) : contentDir();
  const kinds = [values.original !== undefined || values.corrected !== undefined, values.doubt !== undefined, values.lacuna !== undefined].filter(Boolean).length;
  return { values, given: positionals[0]!, file: caseFilePath(positionals[0]!, content), content, kinds, say: (line) => io.out(`${line}\n`), fail, whole };
}

function correct(argv: string[], io: CommandOutput): number {
  const run = startRun(argv, io);
  const { values, fail, whole } = run;
  const edit = whole('edit', values.edit);
  if (edit !== undefined) return editNote(run, edit);
  const omitted = whole('omit', values.omit);
  if (omitted !== undefined) return omit(run, omitted);
  if (values.through !== undefined || values.role !== undefined) fail('--through and --role go with --omit P');
  try {
    const reading = readingOf(run);
    const remove = whole('remove', values.remove);
    if (reading && remove !== undefined) fail('--remove takes an entry out; record a reading in another run');
    if (reading) record(run, reading);
    else if (remove !== undefined) takeOut(run, remove);
    else list(run);
  } catch (error) {
    passExit(error);
    fail(nothingChanged(`${error instanceof ReadingError ? error.message : (error as Error).message}`));
  }
  return 0;
}

/** The reading the flags give, or none. */
function readingOf({ values, kinds, fail, whole, given }: Run): Reading | undefined {
  if (kinds === 0) {
    if (values.p !== undefined || values.note !== undefined || values.nth !== undefined || values.proposal !== undefined) fail(`give one reading: --original with --corrected, --doubt or --lacuna\n${USAGE}`);
    return undefined;
  }
  if (kinds > 1) fail(`give one reading at a time: --original with --corrected, --doubt or --lacuna`);
  const p = whole('p', values.p) ?? fail(`--p N: which paragraph (npm run paragraphs -- ${given})`);
  // A correction's note may be said for the editor (“入”误作“人”。); a doubt's or a gap's is the editor's own.
  const said = values.original !== undefined && values.corrected !== undefined ? substitutionNote(values.original, values.corrected) : undefined;
  // The original's own slip answering a doubt proposal: the note is said from its flag (record-reading.ts), as accept --original-error says it.
  const fromFlag = values['original-error'] && values.doubt !== undefined ? '' : undefined;
  const note = values.note ?? said ?? fromFlag ?? fail(values.original !== undefined ? '--note "…": the 校勘记 readers see (the two readings differ by more than one character for another, so none is proposed)' : '--note "…": the 校勘记 readers see');
  const nth = whole('nth', values.nth);
  if (values['original-error'] && values.doubt === undefined) fail('--original-error goes with --doubt');
  if (values.doubt !== undefined) return { type: 'doubt', p, text: values.doubt, note, nth, ...(values['original-error'] ? { kind: 'original-error' as const } : {}) };
  if (values.lacuna !== undefined) {
    if (nth !== undefined) fail('--nth: a lacuna takes no nth; give more of the words before the gap');
    return { type: 'lacuna', p, after: values.lacuna, note };
  }
  if (values.original === undefined || values.corrected === undefined) return fail('a correction needs both --original (the words as they stand) and --corrected');
  return { type: 'correct', p, original: values.original, corrected: values.corrected, note, nth };
}

/** --edit N --note: entry N's note in other words, its count checked as check:content checks it; nothing else changes. */
function editNote({ values, kinds, file, say, fail }: Run, n: number): number {
  if (kinds > 0 || values.remove !== undefined || values.p !== undefined || values.nth !== undefined || values.proposal !== undefined) fail('--edit N --note "…" rewrites one note; record or remove readings in another run');
  const note = values.note ?? fail('--edit N needs --note "…": the new 校勘记 note');
  try {
    const result = rewriteNote(readFileSync(file, 'utf8'), n, note, file);
    const problems = noteCountProblems(result.after);
    if (problems.length) fail(nothingChanged(`${file}: corrections[${n - 1}].note: ${problems.join('; ')}`));
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, result.text);
    renameSync(temp, file);
    say(`${file}: entry ${n} of corrections: ${describeEntry(result.before)}\n  note now: ${result.after.note}`);
  } catch (error) {
    passExit(error);
    fail(nothingChanged(`${error instanceof ReadingError ? error.message : (error as Error).message}`));
  }
  return 0;
}

/** --omit P [--through Q] --role R [--note N]: paragraphs that are no text of the author, as one omission. */
function omit({ values, kinds, file, content, say, fail, whole }: Run, p: number): number {
  if (kinds > 0 || values.remove !== undefined || values.p !== undefined || values.nth !== undefined || values.proposal !== undefined) fail('--omit P records one omission; record or remove readings in another run');
  const role = values.role ?? fail('--omit P needs --role "…": what the block is (汇编者所加案例序号, 图片说明, 编者注, 页面杂项…)');
  try {
    const result = omitParagraphsInFile(file, { p, through: whole('through', values.through), role, note: values.note }, { content, raw: values.raw });
    say(`${file}: recorded as entry ${result.index + 1} of corrections: ${describeEntry(result.entry)}`);
    for (const b of result.omitted) say(`  p${b.p} left out: ${b.text}`);
    for (const note of result.notes) say(`  ${note}`);
  } catch (error) {
    passExit(error);
    fail(nothingChanged(`${error instanceof ReadingError ? error.message : (error as Error).message}`));
  }
  return 0;
}

/** Records the reading, saying what it recorded and, when the editor gave none, the note it used. */
function record({ values, file, content, say, whole }: Run, reading: Reading): void {
  const result = recordReadingInFile(file, reading, { content, raw: values.raw, proposal: whole('proposal', values.proposal) });
  for (const line of describeRecorded(result)) say(line);
  if (values.note === undefined && result.entry.type !== 'join') say(`  校勘记说明用的是：${result.entry.note}（另写用 --note）`);
}

/** --remove N: takes entry N out, saying which paragraphs came back or now read otherwise. */
function takeOut({ values, file, content, say }: Run, n: number): void {
  const result = removeReadingInFile(file, n, { content, raw: values.raw });
  say(`${file}: took out entry ${n} of corrections: ${describeEntry(result.removed)} (the entries after it are renumbered)`);
  for (const c of result.renumber ? result.changed : []) say(`  p${c.p} back: ${c.after}`);
  for (const c of result.renumber ? [] : result.changed) say(`  p${c.p} now reads: ${c.after}`);
  for (const note of result.notes) say(`  ${note}`);
}

/** No reading, no entry to take out: the entries of corrections, numbered. */
function list({ file, say }: Run): void {
  const corrections = ((parseCaseSource(readFileSync(file, 'utf8'), file).frontmatter as { corrections?: Correction[] }).corrections ?? []);
  say(`${file}: ${corrections.length} entr${corrections.length === 1 ? 'y' : 'ies'} in corrections`);
  corrections.forEach((c, i) => say(`  ${String(i + 1).padStart(2)}. ${describeEntry(c)}`));
}
