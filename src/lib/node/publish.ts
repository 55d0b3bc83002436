/**
 * The publish step: finished drafts, their raw text, the original file and
 * the source entry ingest wrote go into a content/ folder in one move, or not
 * at all. Every problem found before writing is one message (open proposals,
 * an id taken by a different case, a raw text that is not the one the entry
 * names, a missing teaching note, a source field left to fill…); nothing that
 * exists is overwritten (a file already there byte for byte is left as it is);
 * then the checks of `npm run check:content` run on the result, and anything
 * they find that was not there before undoes the whole step.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isNode, parse as parseYaml, parseDocument, stringify } from 'yaml';
import { parseCaseSource, type CaseFile } from '../case-mdx.ts';
import { caseIdOf, ID_PATTERN } from '../ids.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { COMPILER } from '../ingest/case-start.ts';
import { DRAFT_NOTE_OPENINGS, sourceIdFor } from '../ingest/draft.ts';
import { flagWhat, openFlagLines } from '../ingest/reading-flags.ts';
import { listCaseFiles } from './case-files.ts';
import { librarySources, sourceRefOf, speaksOf } from './collate-files.ts';
import { checkContent, emptyFieldMessage, fieldPath, valueAt } from './content-checks.ts';
import { checkMessage } from '../check-messages.ts';
import { YAML_AS_BUILT } from './yaml-as-built.ts';
import { storedTextMessage, storedTextOf } from './stored-texts.ts';

export interface PublishRequest {
  /** Draft MDX files (proposals answered, summary written). */
  drafts: readonly string[];
  /** The `<sourceId>.source.yaml` ingest wrote beside the drafts. */
  sourceEntry: string;
  /** The raw text; default: the entry's `raw` beside the source entry. */
  raw?: string | undefined;
  /** The original file (.docx, .pdf…); default: the entry's `original.file` beside the source entry. */
  original?: string | undefined;
  /** The drafts' permanent ids, one per draft in the same order (default: each draft's file name). */
  ids?: readonly string[] | undefined;
  /** Id of the source (default: the entry's own, or one from its title when ingest named it after the file). */
  sourceId?: string | undefined;
  /** The content folder written into. */
  content: string;
}

export interface PublishResult {
  /** One line per problem; empty when published. */
  problems: string[];
  /** Files written or extended, relative to the content folder. */
  written: string[];
  cases: string[];
  sourceId?: string;
  /** Whether the source was already in sources.yaml (the cases join it). */
  sourceExisted?: boolean;
  /** What the editor should know but does not stop publishing: a draft whose text the library keeps from a withdrawn case (stored-texts.ts). */
  notes: string[];
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** A file to place: its target and bytes (or a file to copy). */
interface Placement {
  rel: string;
  bytes: Uint8Array | string;
}

/** A draft's source entry as written (a bare date is the date it reads; the library's sources.yaml is read as built: librarySources). */
function readYamlFile(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf8'));
}

const isDraftNote = (commentLine: string) => DRAFT_NOTE_OPENINGS.some((opening) => commentLine.trimStart().startsWith(opening));

/** The ingest's to-do lines an editor must settle (record as a correction, a doubt, a lacuna, or mark read: accept --settle) before publishing; the desk reads them here. */
export const openFlags = openFlagLines;

/** The draft's frontmatter with its source id set and the ingest's notes to the editor removed, the body kept byte for byte. */
function withSourceId(text: string, sourceId: string): string {
  const m = /^---\r?\n([\s\S]*?\r?\n)---\r?\n?/.exec(text)!;
  const doc = parseDocument(m[1]!);
  doc.setIn(['source', 'id'], sourceId);
  // A comment above the first key is the first key's in the yaml library's model, else the document's.
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  const holder = isNode(first) && first.commentBefore ? first : doc;
  const kept = (holder.commentBefore ?? '').split('\n').filter((l) => !isDraftNote(l)).join('\n');
  holder.commentBefore = kept.trim() ? kept : null;
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${text.slice(m[0].length)}`;
}


/**
 * The id publishing gives a source entry (the one owner of that choice: the
 * desk shows it from the start): the id of the library's source whose raw text
 * is the same; else the entry's own; for ingest's placeholder (source-<file
 * name>), one from what the entry states (sourceIdFor), so it follows the
 * type, publication and date the editor fills.
 */
export function plannedSourceId(entry: Record<string, unknown>, existing: ReadonlyArray<Record<string, unknown>>, rawSha256?: string): { id: string; from: 'same-text' | 'entry' | 'stated'; title?: string } {
  const sameText = rawSha256 ? existing.find((s) => s.sha256 === rawSha256) : undefined;
  if (sameText) return { id: String(sameText.id), from: 'same-text', title: String(sameText.title ?? '') };
  const own = String(entry.id ?? '');
  if (!own.startsWith('source-')) return { id: own, from: 'entry' };
  const stated = sourceIdFor({ title: entry.title as string, publication: entry.publication as string, date: entry.date as string, type: entry.type as string }, own);
  return { id: freeSourceId(stated, entry.date, new Set(existing.map((s) => String(s.id)))), from: 'stated' };
}

/**
 * A stated id another source already has (a second compilation of the same title, another witness of it): told
 * apart by the year the entry states, else by a number, never proposed as the other's.
 */
function freeSourceId(id: string, date: unknown, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const year = /^\d{4}/.exec(typeof date === 'string' ? date : '')?.[0];
  if (year && !id.includes(year) && !taken.has(`${id}-${year}`)) return `${id}-${year}`;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/**
 * `text` (a draft's MDX, or a teaching note's YAML when `yaml`) without its
 * open proposals: what the early check places, so that check:content reports
 * the rest of the file (a summary over its limit) and not the proposals the
 * plan has named already.
 */
function withoutProposals(text: string | Uint8Array, yaml = false): string | Uint8Array {
  const source = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  const m = yaml ? undefined : /^---\r?\n([\s\S]*?\r?\n)---\r?\n?/.exec(source);
  const doc = parseDocument(yaml ? source : (m?.[1] ?? ''));
  if (doc.errors.length || !isMap(doc.contents) || !doc.has('proposals')) return text;
  doc.delete('proposals');
  return yaml ? doc.toString({ lineWidth: 0 }) : `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m![0].length)}`;
}

/**
 * What publishing would write, or the problems that stop it. `library`: the
 * content folder whose stored texts and git history the drafts are compared
 * with (checkPublish plans into a scratch copy, which has no history).
 */
function plan(req: PublishRequest, early = false, library = req.content): { problems: string[]; notes: string[]; placements: Placement[]; sourcesAppend?: string; cases: string[]; sourceId?: string; sourceExisted?: boolean; awaiting?: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const placements: Placement[] = [];
  const content = path.resolve(req.content);
  const here = path.dirname(req.sourceEntry);

  // The source entry.
  let entries: unknown;
  try {
    entries = readYamlFile(req.sourceEntry);
  } catch (error) {
    return { problems: [`${req.sourceEntry}: not readable YAML (${(error as Error).message.split('\n')[0]})`], notes, placements, cases: [] };
  }
  const entry = { ...((Array.isArray(entries) ? entries[0] : entries) ?? {}) } as Record<string, unknown>;
  if (Array.isArray(entries) && entries.length > 1) problems.push(`${req.sourceEntry}: holds ${entries.length} entries; publish one source at a time`);
  if (entry.proposals !== undefined) problems.push(`${req.sourceEntry}: ${checkMessage('source-proposals-open', {})}`);
  // An entry ingest wrote before the compiler became the publication carries its line as staff: a compiler is no 责编.
  if (typeof entry.staff === 'string' && COMPILER.test(entry.staff.trim())) problems.push(`${req.sourceEntry}: ${checkMessage('source-staff-compiler', { staff: entry.staff })}`);
  delete entry.proposals;

  // The raw text: the one the entry's SHA-256 names.
  const rawFile = req.raw ?? path.join(here, String(entry.raw ?? ''));
  let rawBytes: Buffer | undefined;
  if (!existsSync(rawFile)) problems.push(`${rawFile}: raw text not found (give --raw <file>)`);
  else {
    rawBytes = readFileSync(rawFile);
    if (entry.sha256 !== undefined && sha256(rawBytes) !== entry.sha256) {
      problems.push(`${rawFile}: raw text mismatch: SHA-256 ${sha256(rawBytes)}, but ${req.sourceEntry} records ${String(entry.sha256)} (the drafts' line numbers count the recorded text; never edit it)`);
    }
    entry.sha256 = sha256(rawBytes);
  }

  // The original, as received.
  const recorded = entry.original as { file?: string; sha256?: string } | undefined;
  const originalFile = req.original ?? (recorded?.file ? path.join(here, recorded.file) : undefined);
  let originalBytes: Buffer | undefined;
  if (originalFile) {
    if (!existsSync(originalFile)) problems.push(`${originalFile}: original not found (give --original <file>, the .docx/.pdf as received)`);
    else {
      originalBytes = readFileSync(originalFile);
      if (recorded?.sha256 && sha256(originalBytes) !== recorded.sha256) problems.push(`${originalFile}: SHA-256 ${sha256(originalBytes)}, but ${req.sourceEntry} records ${recorded.sha256} for the original: not the file ingest read`);
      entry.original = { file: path.basename(originalFile), sha256: sha256(originalBytes) };
    }
  }

  // The source's id and its place in sources.yaml.
  const existing = librarySources(content);
  const sourceId = req.sourceId ?? plannedSourceId(entry, existing, rawBytes ? sha256(rawBytes) : undefined).id;
  if (!ID_PATTERN.test(sourceId)) problems.push(checkMessage('source-id-pattern', { id: sourceId }));
  const holder = existing.find((s) => s.id === sourceId);
  let sourcesAppend: string | undefined;
  const sourceExisted = Boolean(holder);
  if (holder && rawBytes && holder.sha256 !== sha256(rawBytes)) {
    problems.push(checkMessage('source-id-taken', { id: sourceId, title: String(holder.title) }));
  } else if (!holder) {
    const rawName = `${sourceId}${path.extname(rawFile) || '.txt'}`;
    const { raw: _raw, ...rest } = entry;
    const finished = { ...rest, id: sourceId, raw: rawName };
    const parsed = sourceSchema.strict().safeParse(finished);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldPath(issue.path) || '(entry)';
        // A field left empty is said as such (trial 21 read 无效输入：期望 string，实际接收 undefined for a publication not yet written).
        problems.push(`${req.sourceEntry}: ${emptyFieldMessage(issue, valueAt(finished, issue.path), field) ?? checkMessage('source-field', { field, issue: issue.message })}`);
      }
    }
    if (rawBytes) placements.push({ rel: `sources/raw/${rawName}`, bytes: rawBytes });
    if (originalBytes) placements.push({ rel: `sources/originals/${path.basename(originalFile!)}`, bytes: originalBytes });
    // Key order as the curated entries have it; the entry is appended, the file's comments and entries untouched.
    sourcesAppend = stringify([finished], { lineWidth: 0, ...YAML_AS_BUILT });
  }

  // The cases.
  if (req.ids !== undefined && req.ids.length !== req.drafts.length) problems.push(`--id given ${req.ids.length} time(s) for ${req.drafts.length} draft(s): give one id per draft, in the drafts' order, or none`);
  const taken = new Map(listCaseFiles(path.join(content, 'cases')).map((f) => [caseIdOf(f), f]));
  const cases: string[] = [];
  /** Where check:content names a field an open proposal would fill (early check only). */
  const awaiting: string[] = [];
  for (const [n, draft] of req.drafts.entries()) {
    let text: string;
    let file: CaseFile;
    try {
      text = readFileSync(draft, 'utf8');
      file = parseCaseSource(text, draft);
    } catch (error) {
      problems.push(`${draft}: ${(error as Error).message}`);
      continue;
    }
    const fm = file.frontmatter ?? {};
    // A withdrawn case received again keeps its id (同一个 id 以后只用于同一篇文章): its former id is the default, another one refused.
    const stored = storedTextOf(file.blocks.map((block) => ({ text: block })), library);
    // Once the editor has collated the two and the entry's about says so (§11, collate --write), the note is answered.
    if (stored && !collationRecorded(entry, stored.sourceId, content, String(fm.title ?? ''))) notes.push(`${draft}: ${storedTextMessage(stored, draft)}`);
    const id = req.ids?.[n] ?? stored?.formerId ?? caseIdOf(draft);
    if (stored?.formerId && id !== stored.formerId) {
      problems.push(`${draft}: ${checkMessage('former-id-other', { id, former: stored.formerId, source: stored.sourceId, from: stored.lines[0], to: stored.lines[1], commit: stored.deletedIn ?? '' })}`);
      continue;
    }
    if (!ID_PATTERN.test(id)) {
      problems.push(`${draft}: ${checkMessage('case-id-pattern', { id })}`);
      continue;
    }
    const open = Array.isArray(fm.proposals) ? fm.proposals.length : fm.proposals === undefined ? 0 : 1;
    if (open) problems.push(`${draft}: ${checkMessage('open-proposals', { count: open, draft })}`);
    // A field still empty that an open proposal would fill (kind, methods, summary…) is that proposal's matter, said above.
    if (Array.isArray(fm.proposals)) for (const x of fm.proposals as Array<{ field?: unknown }>) if (fm[String(x.field)] === undefined) awaiting.push(`/cases/${id}.mdx: ${String(x.field)}: `);
    const flags = openFlags(text);
    if (flags.length) problems.push(`${draft}: ${checkMessage('flags-left', { count: flags.length, list: flags.map((f, i) => `${i + 1}. ${flagWhat(f).slice(0, 50)}`).join('；'), draft })}`);
    if (cases.includes(id)) problems.push(`${draft}: id “${id}” given twice in this run`);
    const other = taken.get(id);
    const finished = withSourceId(text, sourceId);
    const otherText = other ? readFileSync(path.join(content, 'cases', other), 'utf8') : undefined;
    if (other && otherText !== finished) {
      const otherTitle = String((parseCaseSource(otherText!, other).frontmatter as { title?: unknown }).title ?? '');
      const same = otherTitle === fm.title;
      problems.push(`${draft}: ${checkMessage(same ? 'id-taken-same-title' : 'id-taken', { id, other, title: otherTitle, draft })}`);
      continue;
    }
    const teaching = [path.join(path.dirname(draft), `${caseIdOf(draft)}.teaching.yaml`), path.join(path.dirname(draft), `${id}.teaching.yaml`)].find((f) => existsSync(f));
    if (!teaching) problems.push(`${draft}: ${checkMessage('no-teaching-notes', { file: path.join(path.dirname(draft), `${caseIdOf(draft)}.teaching.yaml`) })}`);
    else {
      // The teaching note's own proposals (accept's teaching-proposals.ts) are answered like the draft's.
      // A file that is no YAML is left to the content check, which names the line.
      const proposed = (parseDocument(readFileSync(teaching, 'utf8')).toJS() as { proposals?: unknown } | null)?.proposals;
      const open = Array.isArray(proposed) ? proposed.length : proposed === undefined ? 0 : 1;
      if (open) problems.push(`${teaching}: ${checkMessage('open-proposals', { count: open, draft: teaching })}`);
      placements.push({ rel: `teaching/${id}.yaml`, bytes: early ? withoutProposals(readFileSync(teaching), true) : readFileSync(teaching) });
    }
    placements.push({ rel: `cases/${id}.mdx`, bytes: early ? withoutProposals(finished) : finished });
    cases.push(id);
  }

  // Nothing overwritten: a file already there must be the same bytes.
  for (const p of placements) {
    const target = path.join(content, p.rel);
    if (existsSync(target) && sha256(readFileSync(target)) !== sha256(p.bytes)) problems.push(`${p.rel}: already exists with other content; not overwritten`);
  }
  return { problems, notes, placements, ...(sourcesAppend ? { sourcesAppend } : {}), cases, sourceId, sourceExisted, awaiting };
}

/**
 * Publishes the drafts into `req.content`, or changes nothing and says why.
 * `early` (checkPublish only, into a scratch copy): a plan that stops
 * publishing does not stop the content check, so an editor sees every refusal
 * at once (the trials met a summary over its limit only after the last
 * proposal was answered): the drafts are placed as they stand, their open
 * proposals left out, and what check:content then says of their case and
 * teaching files is reported beside the plan's problems.
 */
export function publish(req: PublishRequest, { early = false, library = req.content } = {}): PublishResult {
  const content = path.resolve(req.content);
  const planned = plan(req, early, path.resolve(library));
  const { notes } = planned;
  if (planned.problems.length && !early) return { problems: planned.problems, notes, written: [], cases: [] };
  // The early report reads only the drafts' own files, new by construction: no check of the folder before.
  const before = new Set(planned.problems.length ? [] : checkContent(content).problems);
  const written: string[] = [];
  const sourcesFile = path.join(content, 'sources', 'sources.yaml');
  const sourcesBefore = existsSync(sourcesFile) ? readFileSync(sourcesFile, 'utf8') : undefined;
  const undo = () => {
    for (const rel of written) if (rel !== 'sources/sources.yaml') rmSync(path.join(content, rel), { force: true });
    if (sourcesBefore !== undefined) writeFileSync(sourcesFile, sourcesBefore);
    else rmSync(sourcesFile, { force: true });
  };
  try {
    for (const p of planned.placements) {
      const target = path.join(content, p.rel);
      if (existsSync(target)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, p.bytes, { flag: 'wx' });
      written.push(p.rel);
    }
    if (planned.sourcesAppend) {
      const head = sourcesBefore ?? '';
      writeFileSync(sourcesFile, `${head}${head && !head.endsWith('\n') ? '\n' : ''}${planned.sourcesAppend}`);
      written.push('sources/sources.yaml');
    }
  } catch (error) {
    undo();
    return { problems: [`${content}: could not write (${(error as Error).message}); nothing changed`], notes, written: [], cases: [] };
  }
  const fresh = checkContent(content).problems.filter((p) => !before.has(p));
  if (planned.problems.length) {
    undo();
    // Only the drafts' own files: the rest (a source entry's fields, a missing teaching note) the plan has said in its words.
    const own = planned.cases.flatMap((id) => [`/cases/${id}.mdx: `, `/teaching/${id}.yaml: `]);
    // A source entry, raw text or original refused leaves the case's link to its source unreadable: said once, by the plan.
    const sourceRefused = planned.problems.some((p) => !req.drafts.some((d) => p.startsWith(`${d}: `)) && !/\.teaching\.ya?ml: /.test(p));
    const more = fresh.filter((p) => own.some((o) => p.includes(o)) && !p.includes('no teaching notes') && !(sourceRefused && / source\.id: /.test(p)) && !(planned.awaiting ?? []).some((a) => p.includes(a)));
    return { problems: [...planned.problems, ...more.map((p) => `check:content: ${p}`)], notes, written: [], cases: [] };
  }
  if (fresh.length) {
    undo();
    return { problems: fresh.map((p) => `check:content: ${p}`), notes, written: [], cases: [] };
  }
  return { problems: [], notes, written, cases: planned.cases, ...(planned.sourceId ? { sourceId: planned.sourceId } : {}), ...(planned.sourceExisted !== undefined ? { sourceExisted: planned.sourceExisted } : {}) };
}


/**
 * What publishing would refuse, without changing the content folder: the
 * publish step run into a scratch copy of it (check:content's findings
 * included), the copy removed afterwards, its paths named as the content's.
 * The copy is made under `scratchParent` (the desk keeps it in its own work folder).
 */
export function checkPublish(req: PublishRequest, scratchParent = os.tmpdir()): PublishResult {
  const content = path.resolve(req.content);
  mkdirSync(scratchParent, { recursive: true });
  const scratch = mkdtempSync(path.join(scratchParent, 'publish-check-'));
  const copy = path.join(scratch, path.basename(content));
  try {
    cpSync(content, copy, { recursive: true });
    return checkPublishIn(req, copy);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * checkPublish into `copy`, a copy of `req.content` its caller keeps and
 * brings in step with the content folder before each call (the desk keeps one
 * for a session: desk-check.ts), named by the content folder's base name.
 * What the step leaves in it is the caller's to put back.
 */
export function checkPublishIn(req: PublishRequest, copy: string): PublishResult {
  const content = path.resolve(req.content);
  // The drafts are compared with the real folder's stored texts: only it has the git history of withdrawn cases.
  const result = publish({ ...req, content: copy }, { early: true, library: content });
  return { ...result, problems: result.problems.map((p) => p.split(copy).join(content)) };
}

/** Whether the source entry being published records its collation with stored source `id`: its about speaks of it. */
function collationRecorded(entry: Record<string, unknown>, id: string, content: string, caseTitle: string): boolean {
  const other = librarySources(content).find((e) => e.id === id);
  if (typeof entry.about !== 'string' || !other || entry.id === id) return false;
  return speaksOf(entry.about, sourceRefOf(other, id), [caseTitle]);
}
