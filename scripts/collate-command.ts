/**
 * npm run collate -- <draft.mdx | case id>… --with <case id | draft.mdx | source id[:FIRST-LAST]> [--write --base given|with] [--content DIR]
 *
 * Collates a case received again (a second witness, content/README.md §11)
 * with the text the library already holds: every difference with both
 * readings and where each stands (the site's paragraph number, the raw
 * line), whether the two are identical, differ only where the recorded
 * corrections say, or differ, and a ready `npm run correct` line for each
 * variant worth a 校勘记. With --write, the record §11.3 asks for: each
 * source entry's `about` names the other witness, how they agree and which is
 * the base text. The logic is src/lib/ingest/collate.ts.
 *
 * collateCommand is the command; scripts/collate.ts its thin bin. Tests call
 * it in-process (scripts/command-run.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collate, placeOf, suggestRecord, type Difference } from '../src/lib/ingest/collate.ts';
import { aboutProblem, aboutSentence, appendAbout, CollateError, loadWitness, sourceRefOf, type CollatedCase, type LoadedWitness, type SourceRef } from '../src/lib/node/collate-files.ts';
import { contentDir } from '../src/lib/node/raw-source.ts';
import { describeEntry } from '../src/lib/node/record-reading-file.ts';
import { COLLATE_USAGE as USAGE } from './collate-usage.ts';
import { commandArgs, CommandExit, passExit, runToExit, type CommandOutput } from './command-run.ts';

/** Runs `npm run collate` with `argv` (the arguments after --), writing through `io`; returns the exit status. */
export function collateCommand(argv: string[], io: CommandOutput): number {
  return runToExit(() => collateRun(argv, io));
}

function collateRun(argv: string[], io: CommandOutput): number {
  const say = (line: string) => io.out(`${line}\n`);
  const { values, positionals } = commandArgs(USAGE, {
    args: argv,
    allowPositionals: true,
    options: {
      with: { type: 'string' },
      write: { type: 'boolean', default: false },
      base: { type: 'string' },
      content: { type: 'string' },
    },
  }, io);

  const problems: string[] = [];
  if (positionals.length === 0) problems.push('no draft or case given');
  if (!values.with) problems.push('--with: give the other witness (a case id, a draft .mdx or a source id)');
  if (values.write && values.base !== 'given' && values.base !== 'with') problems.push('--write needs --base given or --base with: which witness is the base text');
  if (!values.write && values.base) problems.push('--base goes with --write');
  if (problems.length) {
    for (const p of problems) io.err(`error: ${p}\n`);
    io.err(`${USAGE}\n`);
    return 2;
  }
  const content = values.content ? path.resolve(values.content) : contentDir();

  const quoted = (s: string) => (s ? `“${s}”` : '（无）');

  /** The line that records a variant in the given witness (collate.ts's suggestRecord, as an npm run correct command). */
  function recordLine(given: LoadedWitness, other: LoadedWitness, d: Difference): string {
    const s = suggestRecord(d, other.label);
    if (s.type === 'none') return s.why === 'no-words' ? `${s.note}（npm run correct）` : s.note;
    if (s.type === 'lacuna') return `本本无另本的${quoted(d.b)}：若为脱文，npm run correct -- ${given.label} --p ${s.p ?? 'N'} --lacuna ${s.after} --note "${s.note}"`;
    if (s.type === 'correct') return `更正候选：npm run correct -- ${given.label} --p ${s.p} --original ${s.original} --corrected ${s.corrected} --note "${s.note}"`;
    return `存疑候选：npm run correct -- ${given.label} --p ${s.p} --doubt ${s.text} --note "${s.note}"`;
  }

  /** The witness's source as the record names it: title, publication and date from its entry. */
  const entryRef = (w: LoadedWitness): SourceRef => {
    const data = parseYaml(readFileSync(w.entryFile, 'utf8')) as unknown;
    const entry = (Array.isArray(data) ? data : [data]).find((e) => (e as { id?: unknown } | null)?.id === w.sourceId) as { title?: unknown; publication?: unknown; date?: unknown } | undefined;
    return sourceRefOf(entry, w.sourceId);
  };

  let failed = false;
  const records: Array<{ given: LoadedWitness; other: LoadedWitness; told: CollatedCase }> = [];
  for (const arg of positionals) {
    try {
      const given = loadWitness(arg, content);
      const other = loadWitness(values.with!, content, given);
      const { agreement, differences } = collate(given, other);
      const explained = differences.filter((d) => d.explainedBy).length;
      const verdict = agreement === 'identical' ? 'identical' : agreement === 'shared-slips-corrected' ? `identical as printed; ${explained} slip(s) both print corrected by the recorded corrections` : `${differences.length - explained} difference(s)${explained ? ` and ${explained} the recorded corrections account for` : ''}`;
      say(`${given.label}「${given.title}」 ↔ ${other.label}: ${verdict}`);
      differences.forEach((d, i) => {
        say(`  ${String(i + 1).padStart(2)}. ${placeOf(d.atA)} ${quoted(d.a)} ↔ ${placeOf(d.atB)} ${quoted(d.b)}   …${d.before}[${d.a}]${d.after}…`);
        if (d.explainedBy) say(`      recorded: ${d.explainedBy.witness === 'a' ? given.label : other.label} ${describeEntry(d.explainedBy.correction)}`);
        else say(`      ${recordLine(given, other, d)}`);
      });
      records.push({ given, other, told: { title: given.title ?? given.label, agreement, differences: differences.length - explained } });
    } catch (error) {
      passExit(error);
      failed = true;
      io.err(`error: ${error instanceof CollateError ? error.message : `${arg}: ${(error as Error).message}`}\n`);
    }
  }

  if (values.write && !failed) write();
  return failed ? 1 : 0;

  /** §11.3's record in both source entries, or one message per reason it cannot be written (nothing written then). */
  function write(): void {
    const givenSources = new Set(records.map((r) => `${r.given.entryFile}#${r.given.sourceId}`));
    const otherSources = new Set(records.map((r) => `${r.other.entryFile}#${r.other.sourceId}`));
    const refusals: string[] = [];
    if (givenSources.size !== 1) refusals.push(`--write: the given drafts or cases belong to ${givenSources.size} sources (${[...givenSources].join(', ')}); collate one source's cases at a time`);
    if (otherSources.size !== 1) refusals.push(`--write: the other witnesses belong to ${otherSources.size} sources`);
    const { given, other } = records[0]!;
    if (given.sourceId === other.sourceId) refusals.push(`--write: both witnesses are of source “${given.sourceId}”; a second witness is another source`);
    const givenRef = entryRef(given);
    const otherRef = entryRef(other);
    const titles = records.map((r) => r.told.title);
    if (!refusals.length) {
      for (const problem of [aboutProblem(given.entryFile, given.sourceId, otherRef, titles), aboutProblem(other.entryFile, other.sourceId, givenRef, titles)]) if (problem) refusals.push(problem);
    }
    if (refusals.length) {
      for (const r of refusals) io.err(`error: ${r} (nothing written)\n`);
      throw new CommandExit(1);
    }
    const told = records.map((r) => r.told);
    const baseIsGiven = values.base === 'given';
    const forGiven = aboutSentence(told, otherRef, baseIsGiven);
    const forOther = aboutSentence(told, givenRef, !baseIsGiven);
    appendAbout(given.entryFile, given.sourceId, forGiven);
    appendAbout(other.entryFile, other.sourceId, forOther);
    say(`${given.entryFile}: about of ${given.sourceId} += ${forGiven}`);
    say(`${other.entryFile}: about of ${other.sourceId} += ${forOther}`);
  }
}
