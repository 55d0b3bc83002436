/**
 * npm run accept -- <draft.mdx | source.yaml>… [--all] [--field F]… [--accept 1,3] [--reject 2,4] [--content DIR]
 * npm run accept -- <draft.mdx> --correct N --to 入户 --note "…" [--from 人户]
 * npm run accept -- <draft.mdx> --original-error N [N …] [--note "…"]
 * npm run accept -- <draft.mdx> --settle 1,3
 * npm run accept -- <draft.mdx> --edit N [--p P] [--quote 原文] [--label 说明] [--value 值]
 * npm run accept -- <draft.mdx> --add methods|themes|keyFigures --p P --quote 原文 (--value id [--replace] | --label 说明)
 * npm run accept -- <draft.mdx> --relabel N --label 说明
 * npm run accept -- <draft.mdx> --remove methods:id|themes:id
 * npm run accept -- <draft.mdx> --urged methods:id | --done methods:id [--reason 文字]
 * npm run accept -- <draft.mdx> --set summary|region.note|inferred.years|… "文字"
 * npm run accept -- <sourceId.source.yaml> --set type|about|title|publication|dateNote "文字"
 *
 * Lists a draft's proposals, numbered (no choice given), or answers them:
 * accepted ones move into the real fields with their evidence, rejected ones
 * go (a rejected method the text names is recorded as a passing mention).
 * A doubt proposal that is capture damage is answered with --correct: the
 * correction is recorded and the body follows (ingest/record-reading.ts).
 * One the other witness prints the same (两本同误, content/README.md §6) is
 * answered with --original-error: the original's own slip, recorded as
 * `npm run correct --doubt … --original-error` records it, its note said
 * from the flag (当作“入”。).
 * A `# 待核` line the editor has read and that needs no 校勘记 (no author,
 * a place to check) is marked settled with --settle (ingest/reading-flags.ts).
 * --edit changes a proposal's quote (words of the text) or a key figure's
 * label before it is accepted. --add adds what the proposals missed, with
 * words of the text as its grounds (the desk's 补充建议漏掉的); --relabel
 * rewrites an accepted key figure's label; --remove takes an accepted method
 * or theme out again with its evidence (the desk's 删去); --set writes one
 * of the editors' own fields no proposal gives (summary, region.note, an
 * inferred value's reason), or a source entry's type, about, title,
 * publication or dateNote, with the desk's writer (ingest/editor-fields.ts),
 * refusing what the case or source schema refuses (a summary over its limit).
 * The logic is src/lib/ingest/accept-proposals.ts.
 *
 * acceptCommand is the command; scripts/accept.ts its thin bin. Tests call
 * it in-process (scripts/command-run.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { addMissed, answerProposals, answerSourceProposals, answerTeachingProposals, editProposal, ProposalError, relabelFigure, removeTag, urgeTag, type MissedItem } from '../src/lib/ingest/accept-proposals.ts';
import { PROPOSAL_FIELDS, type ProposalField } from '../src/lib/ingest/proposals.ts';
import { readMethodMentions, readMethods, readThemes } from '../src/lib/node/taxonomy.ts';
import { contentDir } from '../src/lib/node/raw-source.ts';
import { proposedCorrection, proposedOriginalError, ReadingError } from '../src/lib/ingest/record-reading.ts';
import { isDictionaryWord } from '../src/lib/ingest/words.ts';
import { FlagError, openFlagLines, settleFlags } from '../src/lib/ingest/reading-flags.ts';
import { caseFilePath, describeRecorded, recordReadingInFile, recordReadingsInFile } from '../src/lib/node/record-reading-file.ts';
import { proposeTeachingBeside as proposeTeaching, teachingAfterTagChange as reproposeTeaching } from '../src/lib/node/teaching-beside.ts';
import { AUTHOR_FIELD_PATHS, EDITOR_FIELD_PATHS, EditorFieldError, setEditorField, setSourceField, SOURCE_EDITOR_FIELDS } from '../src/lib/ingest/editor-fields.ts';
import { changeTeaching, TEACHING_LISTS, TeachingFieldError, type TeachingChange } from '../src/lib/ingest/teaching-fields.ts';
import { caseParagraphs } from '../src/lib/case-mdx.ts';
import { joinNumberRuns } from './usage.mjs';
import { commandArgs, CommandExit, nothingChanged, passExit, runToExit, type CommandOutput } from './command-run.ts';

const USAGE = `Usage: npm run accept -- <draft.mdx | sourceId.source.yaml | draft.teaching.yaml>… [--all] [--field ${PROPOSAL_FIELDS.join('|')}]… [--accept 1,3] [--reject 2,4] [--content DIR]
       npm run accept -- <draft.mdx | case id> --correct N --to 改正 [--note "校勘记"] [--from 原文]
       npm run accept -- <draft.mdx | case id> --original-error N [N …] [--note "校勘记"]
       npm run accept -- <draft.mdx> --settle N,M
       npm run accept -- <draft.mdx> --edit N [--p P] [--quote 原文] [--label 说明] [--value 值]
       npm run accept -- <draft.mdx> --add methods|themes --value id --p P --quote 原文 [--replace]
       npm run accept -- <draft.mdx> --add keyFigures --label 说明 --p P --quote 原文
       npm run accept -- <draft.mdx> --relabel N --label 说明
       npm run accept -- <draft.mdx> --remove methods:id|themes:id
       npm run accept -- <draft.mdx> --urged methods:id | --done methods:id [--reason 文字]
       npm run accept -- <draft.mdx> --set ${[...EDITOR_FIELD_PATHS, ...AUTHOR_FIELD_PATHS].join('|')} "文字"
       npm run accept -- <sourceId.source.yaml> --set ${SOURCE_EDITOR_FIELDS.join('|')} "文字"
       npm run accept -- <draft.teaching.yaml | content/teaching/id.yaml> --set purpose "文字"
       npm run accept -- <teaching note> --add question|point "文字" --p P[,P]
       npm run accept -- <teaching note> --set question:N|point:N "文字" [--p P[,P]]
       npm run accept -- <teaching note> --remove question:N|point:N
  no choice: list the proposals and the open “# 待核” lines with their numbers
  once a draft's proposals are all answered (or it is listed with none left), <draft>.teaching.yaml is written beside it (unless one is there)
                   with a proposed purpose, questions and analysis points from the accepted evidence and the
                   taxonomy's phrases and questions; answer them the same way
  --all            accept every open proposal (after --reject)
  --field F        accept every proposal of field F (repeatable)
  --accept N,M     accept these proposals (a doubt proposal accepted is recorded as a doubt, its note naming the
                   misread words where the quote shows them: “lO”疑当作“10”，存疑未改。)
  --reject N,M     reject these (a rejected method the text names by its own name or aliases becomes a passing
                   mention, as check:content counts one; one proposed from a practice's name only is not)
  --correct N --to 入户 [--note "…"] [--from 人户]
                   answer doubt proposal N as capture damage: a correction of the words it
                   quotes (--from says which, when --to alone does not), the body follows
                   (npm run correct records any correction, doubt or lacuna); without --note the
                   note is the reason the flag gave (疑“入”误作“人” → “入”误作“人”。)
  --original-error N [N …]   (or N,M) 两本同误（另本也作此，两本各自独立）时记为原文之误 (§6): answer doubt proposals N, M as the
                   original's own slip (content/README.md §6): the words stay as printed, shown as 原文如此, recorded
                   as npm run correct -- <draft> --p P --doubt 原文 --original-error records them; the note says what
                   was meant, from the flag, naming the words where the quote shows them (疑“入”误作“人” on 深人 → “深人”当作“深入”。, else 当作“入”。); --note with
                   one N writes another. A number that is not a doubt proposal is refused, nothing changed
  --settle N,M     (or N M) mark “# 待核” lines N, M (numbered as listed) read: # 已核：…, which publish leaves out
                   of the case file; a reading that needs a 校勘记 is recorded with npm run correct instead
  --edit N --quote 原文 [--p P]   quote other words for proposal N (exactly as npm run paragraphs shows paragraph P;
                   default: its paragraph); --label 说明 rewrites a key figure's label; --value 值 changes
                   a level, kind or year to another of its values (心得体会, 县区, a year the paragraph states); then accept it
  --add F --p P --quote 原文 (--value id | --label 说明)
                   add a method, theme or key figure the proposals missed, accepted at once, its words
                   checked against paragraph P; a tag already carried is refused unless --replace
  --relabel N --label 说明   rewrite the label of accepted key figure N (numbered as listed)
  --remove methods:id   take an accepted method (or themes:id a theme) out again, with its evidence;
                   a method the text only mentions in passing then goes under passing (content/README.md)
  --urged methods:id   list an accepted method under proposed: the text only urges it (要…/应…), the page
                   marks it 文中仅倡议; accepting a method whose words only urge lists it so already
  --done methods:id [--reason 文字]   take it off proposed again: the text tells it done; when check:content
                   reads its quote as an aim (要…), --reason writes the editors' why (evidence.<id>.reason)
  --set F "文字"   write one of the editors' own fields no proposal gives, as the desk's forms write it: summary,
                   region.note (编者注 on the place), inferred.level / inferred.region / inferred.years (the reason
                   of an inferred value), years (2024、2025: years the body states, or with inferred.years written
                   first, as check:content rules), region.township, level, kind, authors[N].role (the N-th author's role as the
                   source states it, N from 1; a 作者系… line) and authors[N].roleInferred; on a source entry
                   (.source.yaml) the fields content/README.md §5 says the editor fills: type (newspaper|online|
                   compilation), about (编者说明), title, publication, dateNote. "" removes an optional field. A value
                   the case or source schema refuses (a summary over its limit, a kind or type outside its list) is
                   refused with the schema's words. Printed on public pages
  on a teaching note (a draft's <id>.teaching.yaml or a published content/teaching/<id>.yaml; listed with
                   its questions and points numbered when no choice is given):
  --set purpose "文字"          write its purpose (教学目的)
  --add question|point "文字" --p P[,P]   add a question (ending in ？) or an analysis point resting on paragraphs P
  --set question:N|point:N "文字" [--p P]   rewrite question or point N (its paragraphs kept unless --p)
  --remove question:N|point:N   drop question or point N
                   each checked as check:content checks the note (quotations “…” word for word from the cited
                   paragraphs, full-width punctuation, paragraphs that exist, three to five questions and three
                   to six points: a change never takes a list above its limit, nor below three); a refusal
                   changes nothing. Printed on public pages`;

/** Runs `npm run accept` with `argv` (the arguments after --), writing through `io`; returns the exit status. */
export function acceptCommand(argv: string[], io: CommandOutput): number {
  return runToExit(() => accept(argv, io));
}

function accept(argv: string[], io: CommandOutput): number {
  const say = (line: string) => io.out(`${line}\n`);
  const { values, positionals } = commandArgs(USAGE, {
    args: joinNumberRuns(argv, ['accept', 'reject', 'settle', 'original-error']),
    allowPositionals: true,
    options: {
      all: { type: 'boolean', default: false },
      field: { type: 'string', multiple: true, default: [] },
      accept: { type: 'string', multiple: true, default: [] },
      reject: { type: 'string', multiple: true, default: [] },
      settle: { type: 'string', multiple: true, default: [] },
      edit: { type: 'string' },
      p: { type: 'string' },
      quote: { type: 'string' },
      label: { type: 'string' },
      content: { type: 'string' },
      correct: { type: 'string' },
      'original-error': { type: 'string', multiple: true, default: [] },
      to: { type: 'string' },
      from: { type: 'string' },
      note: { type: 'string' },
      raw: { type: 'string' },
      add: { type: 'string' },
      value: { type: 'string' },
      replace: { type: 'boolean', default: false },
      relabel: { type: 'string' },
      remove: { type: 'string' },
      urged: { type: 'string' },
      done: { type: 'string' },
      reason: { type: 'string' },
      set: { type: 'string' },
    },
  }, io);


  function numbers(list: readonly string[], flag: string): number[] {
    return list.flatMap((s) => s.split(/[,\s]+/).filter(Boolean)).map((s) => {
      if (!/^\d+$/.test(s)) fail(`--${flag} ${s}: not a ${flag === 'settle' ? '“# 待核” line' : 'proposal'} number`);
      return Number(s);
    });
  }

  function fail(message: string): never {
    io.err(`error: ${message}\n`);
    throw new CommandExit(1);
  }

  /** --correct N: doubt proposal N is capture damage; record the correction and let the body follow. */
  function answerAsCorrection(n: string): never {
    if (!/^\d+$/.test(n)) fail(`--correct ${n}: not a proposal number`);
    if (positionals.length !== 1 || values.all || values.field.length || values.accept.length || values.reject.length) fail('--correct answers one proposal of one draft; run --accept, --reject or --all on their own');
    const to = values.to ?? fail('--correct N needs --to: the corrected words');
    const content = values.content ? path.resolve(values.content) : contentDir();
    const file = caseFilePath(positionals[0]!, content);
    try {
      const proposed = proposedCorrection(readFileSync(file, 'utf8'), Number(n), to, values.from, file);
      const note = values.note ?? proposed.note ?? fail(`--correct ${n} needs --note "…": the 校勘记 readers see (“入”误作“人”，形近而误。); the proposal's flag says none`);
      const result = recordReadingInFile(file, { type: 'correct', p: proposed.p, original: proposed.original, corrected: to, note }, { content, raw: values.raw, proposal: Number(n) });
      for (const line of describeRecorded(result)) say(line);
      if (values.note === undefined) say(`  校勘记说明用的是建议的原因：${note}（另写用 --note）`);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${error instanceof ReadingError ? error.message : (error as Error).message}`));
    }
    throw new CommandExit(0);
  }

  /** --original-error N…: doubt proposals the other witness shares, recorded as the original's own slips, in one write. */
  function answerAsOriginalErrors(list: readonly string[]): never {
    const ns = numbers(list, 'original-error');
    if (positionals.length !== 1 || othersThan('original-error', 'note', 'raw')) fail('--original-error answers doubt proposals of one draft; run --accept, --reject, --correct or --all on their own');
    if (values.note !== undefined && ns.length !== 1) fail('--note goes with one --original-error N: each slip its own note');
    const content = values.content ? path.resolve(values.content) : contentDir();
    const file = caseFilePath(positionals[0]!, content);
    const problems: string[] = [];
    const readings = [...new Set(ns)].flatMap((n) => {
      try {
        const x = proposedOriginalError(readFileSync(file, 'utf8'), n, file, isDictionaryWord);
        const note = values.note ?? x.note;
        if (note === undefined) {
          problems.push(`${file}: --original-error ${n} needs --note "…": the 校勘记 readers see (当作“入”。); the proposal's flag names no reading`);
          return [];
        }
        return [{ reading: { type: 'doubt' as const, kind: 'original-error' as const, p: x.p, text: x.text, note }, proposal: n }];
      } catch (error) {
        passExit(error);
        problems.push((error as Error).message);
        return [];
      }
    });
    if (problems.length) fail(nothingChanged(`${problems.join('\nerror: ')}`));
    try {
      for (const result of recordReadingsInFile(file, readings, { content, raw: values.raw })) for (const line of describeRecorded(result)) say(line);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${(error as Error).message}`));
    }
    throw new CommandExit(0);
  }

  /** --edit N: another quote (or key-figure label) for proposal N, checked against the text, before it is accepted. */
  function editOne(n: string): never {
    if (!/^\d+$/.test(n)) fail(`--edit ${n}: not a proposal number`);
    if (positionals.length !== 1 || !/\.mdx$/.test(positionals[0]!) || values.all || values.field.length || values.accept.length || values.reject.length || values.settle.length) fail('--edit changes one proposal of one draft (.mdx); accept it in a second run');
    if (values.p !== undefined && !/^\d+$/.test(values.p)) fail(`--p ${values.p}: not a paragraph number`);
    const file = positionals[0]!;
    try {
      const result = editProposal(readFileSync(file, 'utf8'), { n: Number(n), p: values.p === undefined ? undefined : Number(values.p), quote: values.quote, label: values.label, value: values.value }, file);
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, result.text);
      renameSync(temp, file);
      const show = (x: typeof result.before) => `${x.field === 'kind' || x.field === 'level' || x.field === 'years' ? `${String(x.value)} ` : ''}p${x.p} “${x.quote}”${x.field === 'keyFigures' ? ` label “${String((x.value as { label?: unknown }).label ?? '')}”` : ''}`;
      // A key figure's value is its label, shown after the arrow: the field alone names it (an empty "" read as a blank name).
      const what = result.after.field === 'keyFigures' ? 'keyFigures' : `${result.after.field} ${JSON.stringify(result.after.value)}`;
      say(`${file}: proposal ${n} (${what}): ${show(result.before)} → ${show(result.after)}`);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${(error as Error).message.replaceAll('\n', '\nerror: ')}`));
    }
    throw new CommandExit(0);
  }

  /** Writes `text` to `file` in one move. */
  function write(file: string, text: string): void {
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, text);
    renameSync(temp, file);
  }

  /** Whether anything but the options `allowed` was given: one change a run. */
  function othersThan(...allowed: Array<keyof typeof values>): boolean {
    const set = (k: keyof typeof values) => {
      const v = values[k];
      return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== false;
    };
    return (Object.keys(values) as Array<keyof typeof values>).some((k) => set(k) && !allowed.includes(k) && k !== 'content');
  }

  /** --add F: what the proposals missed, with words of paragraph --p as its grounds, accepted at once. */
  function addOne(field: string): never {
    if (positionals.length !== 1 || !/\.mdx$/.test(positionals[0]!) || othersThan('add', 'value', 'label', 'p', 'quote', 'replace')) fail('--add adds one method, theme or key figure to one draft (.mdx), with --p, --quote and --value or --label only');
    if (values.p === undefined || !/^\d+$/.test(values.p)) fail(`--add ${field} needs --p P: the paragraph the words stand in (npm run paragraphs -- ${positionals[0]})`);
    if (values.quote === undefined) fail(`--add ${field} needs --quote: the words of paragraph ${values.p}, exactly as they stand`);
    const file = positionals[0]!;
    const root = values.content ? path.resolve(values.content) : contentDir();
    try {
      const add = { field: field as MissedItem['field'], value: values.value, label: values.label, p: Number(values.p), quote: values.quote, replace: values.replace };
      const before = readFileSync(file, 'utf8');
      const result = addMissed(before, add, { methods: readMethodMentions(root), themes: readThemes(root) }, file);
      write(file, result.text);
      for (const x of result.accepted) say(`${file}: added ${x.field} ${JSON.stringify(x.value)} (p${x.p} “${values.quote}”)`);
      for (const note of result.notes) say(`  ${note}`);
      if (field !== 'keyFigures') teachingAfterTagChange(file, before, result.text);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${(error as Error).message.replaceAll('\n', '\nerror: ')}`));
    }
    throw new CommandExit(0);
  }

  /** --relabel N: the editors' new label for accepted key figure N. */
  function relabelOne(n: string): never {
    if (!/^\d+$/.test(n)) fail(`--relabel ${n}: not a key figure number`);
    if (positionals.length !== 1 || !/\.mdx$/.test(positionals[0]!) || othersThan('relabel', 'label')) fail('--relabel N --label 说明 changes one accepted key figure of one file (.mdx)');
    const label = values.label ?? fail('--relabel N needs --label: the new label');
    const file = positionals[0]!;
    try {
      const result = relabelFigure(readFileSync(file, 'utf8'), Number(n), label, file);
      write(file, result.text);
      say(`${file}: key figure ${n} (“${result.before.quote}”): label “${result.before.label}” → “${result.after.label}”`);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${(error as Error).message.replaceAll('\n', '\nerror: ')}`));
    }
    throw new CommandExit(0);
  }

  /** --remove methods:id: an accepted method or theme taken out again, with its evidence. */
  function removeOne(what: string): never {
    const m = /^(methods|themes):([a-z0-9-]+)$/.exec(what) ?? fail(`--remove ${what}: write methods:id or themes:id`);
    if (positionals.length !== 1 || !/\.mdx$/.test(positionals[0]!) || othersThan('remove')) fail('--remove takes one method or theme out of one file (.mdx)');
    const file = positionals[0]!;
    try {
      const before = readFileSync(file, 'utf8');
      const text = removeTag(before, m[1] as 'methods' | 'themes', m[2]!, file).text;
      write(file, text);
      say(`${file}: removed ${m[1]} ${m[2]} and its evidence`);
      teachingAfterTagChange(file, before, text);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${(error as Error).message}`));
    }
    throw new CommandExit(0);
  }

  /** --urged / --done methods:id: an accepted method listed under proposed (the text only urges it), or taken off. */
  function urgeOne(what: string, urged: boolean): never {
    const flag = urged ? 'urged' : 'done';
    const m = /^methods:([a-z0-9-]+)$/.exec(what) ?? fail(`--${flag} ${what}: write methods:id (only a method is urged or done)`);
    if (positionals.length !== 1 || !/\.mdx$/.test(positionals[0]!) || othersThan(flag, 'reason')) fail(`--${flag} marks one method of one file (.mdx)`);
    const file = positionals[0]!;
    try {
      const result = urgeTag(readFileSync(file, 'utf8'), m[1]!, urged, file, values.reason);
      write(file, result.text);
      say(`${file}: ${m[1]} ${urged ? 'listed under proposed (文中仅倡议)' : `taken off proposed (the text tells it done)${values.reason ? '; evidence reason written' : ''}`}`);
      if (result.note) say(`  note: ${result.note}`);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${(error as Error).message}`));
    }
    throw new CommandExit(0);
  }

  /** --set F "文字": one of the editors' own fields of one draft or source entry, the words given right after F. */
  function setOne(fieldPath: string): never {
    const at = argv.indexOf('--set');
    const value = at === -1 ? undefined : argv[at + 2];
    // The words are a positional to parseArgs: the draft is the other one.
    const valueAt = value === undefined ? -1 : positionals.indexOf(value);
    const drafts = positionals.filter((_: string, i: number) => i !== valueAt);
    if (value === undefined || at + 2 >= argv.length || value.startsWith('--')) fail(`--set ${fieldPath} needs its words right after it: npm run accept -- drafts/a.mdx --set ${fieldPath} "文字" ("" removes the field)`);
    if (drafts.length !== 1 || !/\.(mdx|source\.ya?ml)$/.test(drafts[0]!) || othersThan('set')) fail('--set F "文字" writes one field of one draft (.mdx) or source entry (.source.yaml), on its own');
    const file = drafts[0]!;
    try {
      const text = readFileSync(file, 'utf8');
      const result = /\.mdx$/.test(file) ? { ...setEditorField(text, fieldPath, value, file), value: value.trim(), kept: [] } : setSourceField(text, fieldPath, value, file);
      write(file, result.text);
      say(`${file}: ${fieldPath} ${result.before === undefined ? '' : `“${result.before}” → `}${result.value ? `“${result.value}”` : 'removed'} (the editors' words, printed on the public page)`);
      for (const passage of result.kept) say(`  kept at its end the compilers' footnote the old about quoted: ${passage} (to leave it out, name 脚注 and its mark in your about)`);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${error instanceof EditorFieldError ? error.message : `${file}: ${(error as Error).message}`}`));
    }
    throw new CommandExit(0);
  }

  /** A teaching note: a draft's <id>.teaching.yaml, or a published one (content/teaching/<id>.yaml). */
  const isTeachingNote = (file: string) => /\.teaching\.ya?ml$/.test(file) || (/\.ya?ml$/.test(file) && path.basename(path.dirname(path.resolve(file))) === 'teaching');

  /** The numbered paragraphs of the case a teaching note belongs to: the draft beside it, or content/cases/<id>.mdx beside teaching/. */
  function noteParagraphs(note: string): Map<number, string> {
    const id = path.basename(note).replace(/(\.teaching)?\.ya?ml$/, '');
    const caseFile = /\.teaching\.ya?ml$/.test(note) ? path.join(path.dirname(note), `${id}.mdx`) : path.join(path.dirname(path.dirname(path.resolve(note))), 'cases', `${id}.mdx`);
    if (!existsSync(caseFile)) fail(nothingChanged(`${note}: its case ${caseFile} is not there: the note's quotations and paragraphs are checked against it`));
    const text = readFileSync(caseFile, 'utf8');
    const head = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
    return new Map(caseParagraphs(text.slice(head?.[0].length ?? 0)).map((x) => [x.p, x.text]));
  }

  /** `question:2` → the list and the number; `question` alone → the list (for --add). */
  function listItem(what: string, flag: string, numbered: boolean): { list: (typeof TEACHING_LISTS)[keyof typeof TEACHING_LISTS]; n: number } {
    const m = /^(question|point)(?::(\d+))?$/.exec(what);
    if (!m || Boolean(m[2]) !== numbered) fail(`--${flag} ${what}: write ${numbered ? 'question:N or point:N (numbered as listed: npm run accept -- <note>)' : 'question or point'}`);
    return { list: TEACHING_LISTS[m[1] as keyof typeof TEACHING_LISTS], n: Number(m[2] ?? 0) };
  }

  /** The words given right after `--flag value` (a positional to parseArgs): the note is the other positional. */
  function wordsAfter(flag: string, shown: string): { words: string; files: string[] } {
    const at = argv.indexOf(`--${flag}`);
    const words = at === -1 ? undefined : argv[at + 2];
    if (words === undefined || words.startsWith('--')) fail(`--${flag} ${shown} needs its words right after it: npm run accept -- <note> --${flag} ${shown} "文字"`);
    const i = positionals.indexOf(words);
    return { words, files: positionals.filter((_: string, k: number) => k !== i) };
  }

  /** The paragraphs --p names: 3 or 3,4. */
  function paragraphList(given: string | undefined, flag: string): number[] | undefined {
    if (given === undefined) return undefined;
    const ps = given.split(/[,，\s]+/).filter(Boolean);
    if (!ps.length || ps.some((x) => !/^\d+$/.test(x))) fail(`--p ${given}: give the paragraph numbers ${flag} rests on (3 or 3,4), as npm run paragraphs shows them`);
    return ps.map(Number);
  }

  /** --set purpose|question:N|point:N, --add question|point, --remove question:N|point:N on one teaching note. */
  function changeNote(): never {
    let change: TeachingChange;
    let files = positionals;
    if (values.set !== undefined) {
      if (othersThan('set', 'p')) fail('--set on a teaching note writes one field or item, on its own (--p with question:N or point:N)');
      const got = wordsAfter('set', values.set);
      files = got.files;
      if (values.set === 'purpose') {
        if (values.p !== undefined) fail('--p goes with --add or --set question:N|point:N, not with the purpose');
        change = { set: 'purpose', text: got.words };
      } else {
        const { list, n } = listItem(values.set, 'set', true);
        change = { replace: list, n, text: got.words, paragraphs: paragraphList(values.p, `--set ${values.set}`) };
      }
    } else if (values.add !== undefined) {
      if (othersThan('add', 'p')) fail('--add question|point "文字" --p P adds one item to one teaching note, on its own');
      const { list } = listItem(values.add, 'add', false);
      const got = wordsAfter('add', values.add);
      files = got.files;
      change = { add: list, text: got.words, paragraphs: paragraphList(values.p, `--add ${values.add}`) ?? fail(`--add ${values.add} needs --p P: the paragraphs it rests on (npm run paragraphs)`) };
    } else {
      if (othersThan('remove')) fail('--remove question:N|point:N drops one item of one teaching note, on its own');
      const { list, n } = listItem(values.remove!, 'remove', true);
      change = { remove: list, n };
    }
    if (files.length !== 1) fail('one teaching note at a time');
    const file = files[0]!;
    try {
      const result = changeTeaching(readFileSync(file, 'utf8'), change, noteParagraphs(file), file);
      write(file, result.text);
      const list = 'set' in change ? undefined : 'add' in change ? change.add : 'replace' in change ? change.replace : change.remove;
      const n = result.n ?? ('n' in change ? change.n : 0);
      const name = list ? `${list}[${n - 1}] (${list === 'questions' ? 'question' : 'point'} ${n})` : 'purpose';
      const label = `${name} ${'add' in change ? 'added' : 'remove' in change ? 'removed' : 'written'}`;
      say(`${file}: ${label}${result.before === undefined ? '' : `; was “${result.before}”`} (the editors' words, printed on the public page)`);
    } catch (error) {
      passExit(error);
      fail(nothingChanged(`${error instanceof TeachingFieldError ? error.message.replaceAll('\n', '\nerror: ') : `${file}: ${(error as Error).message}`}`));
    }
    throw new CommandExit(0);
  }

  if (positionals.length === 0) fail(`no draft given\n${USAGE}`);
  if (positionals.some(isTeachingNote) && (values.set !== undefined || values.add !== undefined || values.remove !== undefined)) changeNote();
  if (values.set !== undefined) setOne(values.set);
  if (values.remove !== undefined) removeOne(values.remove);
  if (values.urged !== undefined) urgeOne(values.urged, true);
  if (values.done !== undefined) urgeOne(values.done, false);
  if (values.reason !== undefined) fail('--reason goes with --done methods:id');
  if (values.add !== undefined) addOne(values.add);
  else if ((values.value !== undefined && values.edit === undefined) || values.replace) fail('--value goes with --add or --edit N, --replace with --add');
  if (values.relabel !== undefined) relabelOne(values.relabel);
  if (values.edit !== undefined) editOne(values.edit);
  else if (values.p !== undefined || values.quote !== undefined || values.label !== undefined) fail('--p, --quote and --label go with --edit N, --add F or --relabel N');
  if (values.correct !== undefined) answerAsCorrection(values.correct);
  if (values['original-error'].length) answerAsOriginalErrors(values['original-error']);
  else if (values.to !== undefined || values.from !== undefined || values.note !== undefined) fail('--to, --from and --note go with --correct N, --note also with --original-error N');
  for (const f of values.field) if (!PROPOSAL_FIELDS.includes(f as ProposalField)) fail(`--field ${f}: use one of ${PROPOSAL_FIELDS.join(', ')}`);
  const choice = { all: values.all, fields: values.field as ProposalField[], accept: numbers(values.accept, 'accept'), reject: numbers(values.reject, 'reject') };
  const settle = numbers(values.settle, 'settle');
  const answering = choice.all || choice.fields.length > 0 || choice.accept.length > 0 || choice.reject.length > 0;
  const listing = !answering && settle.length === 0;
  if (settle.length && (positionals.length !== 1 || positionals.some((f: string) => !/\.mdx$/.test(f)))) fail('--settle marks the “# 待核” lines of one draft (.mdx), numbered as listed');
  // As written, not widened by practice names: a rejected method's passing mentions are counted as check:content counts them.
  const methods = readMethods(values.content ? path.resolve(values.content) : contentDir());

  /** The ways to answer doubt proposal n, as an editor reads them: the original's own slip beside capture damage. */
  const doubtAnswers = (n: number) => `照录存疑：--accept ${n}；抓取之误：--correct ${n} --to 改正；两本同误（另本也作此）时记为原文之误：--original-error ${n}；不是误字：--reject ${n}`;

  /** After --add or --remove of a tag: the untouched teaching note beside proposed again, or a begun one said to be older (node/teaching-beside.ts). */
  function teachingAfterTagChange(file: string, before: string, text: string): void {
    const after = reproposeTeaching(file, before, text, values.content ? path.resolve(values.content) : contentDir());
    if (after && 'stale' in after) say(`  ${after.stale}: drafted from the tags as they were; it does not follow this change — add a question or point on it if it should (npm run accept -- ${after.stale} --add question|point "文字" --p P)`);
    else if (after?.redrafted) say(`${after.redrafted.file}: proposed again from the tags as they now are: ${after.redrafted.count} teaching-note proposal(s)`);
  }

  /** Proposes the teaching note beside a draft whose proposals are all answered (node/teaching-beside.ts), and says so. */
  function proposeTeachingBeside(file: string, text: string): void {
    const wrote = proposeTeaching(file, text, values.content ? path.resolve(values.content) : contentDir());
    if (wrote) say(`${wrote.file}: wrote ${wrote.count} teaching-note proposal(s) (purpose, questions, analysis points) — npm run accept -- ${wrote.file}`);
  }

  let failed = false;
  for (const file of positionals) {
    try {
      const source = readFileSync(file, 'utf8');
      // A source entry ingest wrote (<sourceId>.source.yaml) proposes its date and compiler.
      const isEntry = /\.ya?ml$/.test(file);
      // A draft's teaching file (<draft>.teaching.yaml) proposes a purpose and analysis points, each with its paragraphs.
      const isTeaching = isTeachingNote(file);
      if (listing) {
        const data = isTeaching ? parseYaml(source) : isEntry ? (parseYaml(source) as unknown[] | undefined)?.[0] : parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '');
        const proposals = ((data ?? {}) as { proposals?: Array<Record<string, unknown>> }).proposals ?? [];
        say(`${file}: ${proposals.length} open proposal(s)`);
        const where = (x: Record<string, unknown>) => (isTeaching ? `p${(x.paragraphs as number[] | undefined)?.join(',') ?? ''}` : isEntry ? `line ${x.line}` : `p${x.p} “${x.quote}”`);
        proposals.forEach((x, i) => say(`  ${String(i + 1).padStart(2)}. ${x.field} ${JSON.stringify(x.value)}  ${where(x)}  ${x.why ?? ''}${x.field === 'doubt' && !isEntry && !isTeaching ? `\n      ${doubtAnswers(i + 1)}` : ''}`));
        if (isTeaching) {
          // The note's own fields, numbered as --set question:N and --remove point:N take them.
          const note = (data ?? {}) as { purpose?: unknown; questions?: Array<{ text?: unknown; paragraphs?: unknown }>; points?: Array<{ text?: unknown; paragraphs?: unknown }> };
          say(`${file}: purpose “${String(note.purpose ?? '')}”`);
          for (const [list, one] of [['questions', 'question'], ['points', 'point']] as const) {
            const items = Array.isArray(note[list]) ? note[list] : [];
            say(`${file}: ${items.length} ${list} (--set ${one}:N "文字", --remove ${one}:N, --add ${one} "文字" --p P)`);
            items.forEach((x, i) => say(`  ${one} ${i + 1}. ${String(x.text)}  p${Array.isArray(x.paragraphs) ? x.paragraphs.join(',') : ''}`));
          }
          continue;
        }
        const figures = isEntry ? [] : ((data ?? {}) as { keyFigures?: Array<{ label?: unknown; quote?: unknown }> }).keyFigures ?? [];
        if (figures.length) say(`${file}: ${figures.length} accepted key figure(s) (--relabel N --label 说明 rewrites a label)`);
        figures.forEach((k, i) => say(`  关键数字 ${i + 1}. ${String(k.label)}  “${String(k.quote)}”`));
        const flags = isEntry ? [] : openFlagLines(source);
        if (flags.length) say(`${file}: ${flags.length} open “# 待核” line(s) (--settle N once read; a reading to record: npm run correct)`);
        flags.forEach((f, i) => say(`  待核 ${i + 1}. ${f.replace(/^#\s*待核[：:]?\s*/u, '')}`));
        // However the last proposal was answered (--correct, --edit and accept, an older run), listing an answered draft proposes its teaching note.
        if (!isEntry && proposals.length === 0) proposeTeachingBeside(file, source);
        continue;
      }
      const settled = settle.length ? settleFlags(source, settle, file) : { text: source, settled: [] };
      const result = answering
        ? isTeaching ? { notes: [], ...answerTeachingProposals(settled.text, choice, file) } : isEntry ? { notes: [], ...answerSourceProposals(settled.text, choice, file) } : answerProposals(settled.text, { ...choice, isWord: isDictionaryWord }, methods, file)
        : { text: settled.text, accepted: [], rejected: [], open: -1, notes: [] };
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, result.text);
      renameSync(temp, file);
      for (const f of settled.settled) say(`${file}: 已核 ${f}`);
      if (answering) say(`${file}: accepted ${result.accepted.length}, rejected ${result.rejected.length}, ${result.open} still open`);
      for (const x of result.accepted) say(`  + ${x.n}. ${x.field} ${JSON.stringify(x.value)}${x.p !== undefined ? ` (p${x.p})` : ''}`);
      for (const x of result.rejected) say(`  − ${x.n}. ${x.field} ${JSON.stringify(x.value)}`);
      for (const note of result.notes) say(`  ${note}`);
      if (answering && !isEntry && result.open === 0) proposeTeachingBeside(file, result.text);
    } catch (error) {
      passExit(error);
      failed = true;
      io.err(`error: ${error instanceof ProposalError || error instanceof FlagError ? error.message.replaceAll('\n', '\nerror: ') : `${file}: ${(error as Error).message}`}\n`);
    }
  }
  return failed ? 1 : 0;
}
