/**
 * The desk's work on one draft of a batch: what the draft view shows (the
 * numbered paragraphs as the site numbers them, the raw lines they come
 * from, proposals, 待核 lines, the editors' fields, the last check), and
 * each edit an editor makes, done by the project's own modules: proposals
 * are answered by accept-proposals, the check and the publishing are
 * `publish` (into the desk's copy of the content folder for a check,
 * desk-check.ts, into the content folder itself to publish); what the
 * library holds is read through library-cache.ts. The body is never written here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parse as parseYaml, parseDocument, Scalar, stringify, type Document, type YAMLMap } from 'yaml';
import { caseParagraphs, parseBody, parseCaseSource } from '../case-mdx.ts';
import { EditionError, mergeJoins, numberBlocks, readingSpans } from '../edition.ts';
import { splitParagraphs } from '../text.ts';
import type { Correction } from '../../schemas/correction.ts';
import { fieldName, inChinese } from '../check-messages.ts';
import { ID_PATTERN } from '../ids.ts';
import { SOURCE_DATE } from '../source-date.ts';
import { addMissed, answerProposals, answerTeachingProposals, chooseValue, markProposed, proposalChoices, answerSourceProposals, dropTag, ProposalError, type Choice, type MissedItem } from '../ingest/accept-proposals.ts';
import { droppedByRole } from '../ingest/dropped-kinds.ts';
import { BLOCK_ROLES, type BlockRole } from '../ingest/left-blocks.ts';
import { LAYOUT_NAMES, type Layout } from '../ingest/layout.ts';
import { collate, placeOf, suggestRecord, type Difference, type RecordSuggestion } from '../ingest/collate.ts';
import { describeCorrection } from '../collation-notes.ts';
import { CollateError, loadWitness } from './collate-files.ts';
import { recordReading, removeReading, type Reading } from '../ingest/record-reading.ts';
import { isDictionaryWord } from '../ingest/words.ts';
import { flagWhat, settleFlags } from '../ingest/reading-flags.ts';
import { bodyForYears, EditorFieldError, setEditorFields, type EditorFields } from '../ingest/editor-fields.ts';
import { openFlags, plannedSourceId, publish } from './publish.ts';
import { checkDraft } from './desk-check.ts';
import { previewBody } from './desk-preview.ts';
import { proposeTeachingBeside, teachingAfterTagChange } from './teaching-beside.ts';
import { cachedSources, cachedTaxonomy, twinOf } from './library-cache.ts';
import { batchDir, BATCH_PATTERN, DeskInputError, listBatches, type Batch } from './desk-upload.ts';

export interface DeskFolders {
  content: string;
  work: string;
}

/** A draft's state in the queue, in the order an editor meets them. */
export type DraftState = 'new' | 'proposals' | 'fails' | 'ready' | 'published';

interface DraftRecord {
  opened?: boolean;
  /** The permanent id the editor chose (default: the draft's own). */
  caseId?: string;
  /** Problems of the last check; absent: not checked since the last change. */
  problems?: string[];
  published?: { id: string; commit?: string; note?: string };
}

type BatchState = Record<string, DraftRecord>;

/** Where a problem belongs in the draft view: the case's, the teaching note's or the source entry's field, or the draft as a whole. */
export interface PlacedProblem {
  message: string;
  /** The message in Chinese (check-messages.ts), or as written when its kind is not catalogued. */
  zh: string;
  area: 'case' | 'teaching' | 'source' | 'draft';
  field: string;
  /** The field's item, when the message names one (evidence.<id>, keyFigures[3]): the page shows it at that item. */
  item?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

const stateFile = (work: string, batch: string) => path.join(batchDir(work, batch), 'state.json');
const readState = (work: string, batch: string): BatchState => (existsSync(stateFile(work, batch)) ? (JSON.parse(readFileSync(stateFile(work, batch), 'utf8')) as BatchState) : {});
function updateRecord(work: string, batch: string, draft: string, change: (r: DraftRecord) => DraftRecord): DraftRecord {
  const state = readState(work, batch);
  state[draft] = change(state[draft] ?? {});
  writeFileSync(stateFile(work, batch), `${JSON.stringify(state, null, 2)}\n`);
  return state[draft]!;
}

function readBatch(work: string, batch: string): Batch {
  const file = path.join(batchDir(work, batch), 'batch.json');
  if (!BATCH_PATTERN.test(batch) || !existsSync(file)) throw new DeskInputError(`没有这一批：${batch}`, 404);
  return JSON.parse(readFileSync(file, 'utf8')) as Batch;
}

/** The draft's file, only one ingest wrote for this batch (the id is checked against the report, never joined as given). */
function draftFile(work: string, batch: string, draft: string): string {
  const report = readBatch(work, batch).report;
  if (!ID_PATTERN.test(draft) || !report.drafts.some((d) => d.id === draft)) throw new DeskInputError(`批 ${batch} 中没有草稿 ${draft}`, 404);
  return path.join(batchDir(work, batch), 'drafts', `${draft}.mdx`);
}

function sourceEntryFile(work: string, batch: string): string {
  const report = readBatch(work, batch).report;
  if (!report.sourceId) throw new DeskInputError(`批 ${batch} 没有来源条目（ingest 未成功）`, 404);
  return path.join(batchDir(work, batch), 'drafts', `${report.sourceId}.source.yaml`);
}

const teachingFile = (work: string, batch: string, draft: string) => path.join(batchDir(work, batch), 'drafts', `${draft}.teaching.yaml`);

/** A draft's state from its file and record. */
function stateOf(text: string, record: DraftRecord): DraftState {
  if (record.published) return 'published';
  if (!record.opened) return 'new';
  const fm = parseCaseSource(text).frontmatter;
  if ((Array.isArray(fm.proposals) && fm.proposals.length) || openFlags(text).length) return 'proposals';
  if (record.problems === undefined) return 'fails';
  return record.problems.length ? 'fails' : 'ready';
}

/** Every batch with its report and each draft's state and title, for the queue. */
export function queue({ work, content }: DeskFolders, batches: readonly Batch[]) {
  // A file sent again gives a case already published: each open draft is compared with the library (the trial re-sent one unwarned).
  const already = (text: string, caseId: string) => {
    const twin = twinOf(content, text.slice(FRONTMATTER.exec(text)?.[0].length ?? 0));
    const idTaken = existsSync(path.join(content, 'cases', `${caseId}.mdx`));
    return { ...(twin ? { twin } : {}), ...(idTaken ? { idTaken: true } : {}) };
  };
  return batches.map((b) => {
    const state = readState(work, b.id);
    return {
      ...b,
      // Each block left out of the bodies with its role in words, as the terminal report names it.
      // and what was only counted, by role (the terminal's kinds are English: page-chrome, contents).
      // The layout and the readers' warnings in Chinese (check-messages.ts; a warning not catalogued as the reader wrote it).
      report: {
        ...b.report,
        left: b.report.left.map((x) => ({ ...x, roleLabel: BLOCK_ROLES[x.role as BlockRole] ?? x.role })),
        droppedByRole: droppedByRole(b.report.dropped ?? {}),
        ...(b.report.layout ? { layout: LAYOUT_NAMES[b.report.layout as Layout] ?? b.report.layout } : {}),
        // A mail is labelled as one, with what was read from it (its attachment's format or its own text): trial 22 saw “docx”.
        ...(path.extname(b.name).toLowerCase() === '.eml' && b.report.format ? { format: `邮件（读出的是 ${b.report.format}）` } : {}),
        ...(b.report.warnings ? { warnings: b.report.warnings.map(inChinese) } : {}),
      },
      drafts: b.report.drafts.map((d) => {
        const file = path.join(batchDir(work, b.id), 'drafts', `${d.id}.mdx`);
        const record = state[d.id] ?? {};
        const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        const caseId = record.caseId ?? d.id;
        return {
          id: d.id,
          caseId,
          title: d.title,
          subtitle: d.subtitle,
          state: text === undefined ? ('fails' as const) : stateOf(text, record),
          ...(record.published ? { published: record.published } : text === undefined ? {} : already(text, caseId)),
        };
      }),
    };
  });
}

/** The raw text the draft's source.lines count, with the file it is read from. */
function rawLines(work: string, batch: string): string[] {
  const entry = readEntry(work, batch);
  const drafts = path.join(batchDir(work, batch), 'drafts');
  const beside = path.join(drafts, String(entry.raw ?? ''));
  const file = entry.raw && existsSync(beside) ? beside : path.join(batchDir(work, batch), 'input', readBatch(work, batch).name);
  return readFileSync(file, 'utf8').split(/\r?\n/);
}

function readEntry(work: string, batch: string): Record<string, unknown> {
  const parsed = parseYaml(readFileSync(sourceEntryFile(work, batch), 'utf8')) as unknown;
  return ((Array.isArray(parsed) ? parsed[0] : parsed) ?? {}) as Record<string, unknown>;
}


/** Each paragraph's raw reading by its number: its raw lines with the recorded joins, before any correction (none when the corrections do not fit). */
function rawReadings(lines: readonly string[], range: [number, number] | undefined, corrections: readonly Correction[]): Map<number, string> {
  if (!range) return new Map();
  try {
    return new Map(numberBlocks(mergeJoins(splitParagraphs(lines.slice(range[0] - 1, range[1])), corrections)).flatMap((b) => (b.p === null ? [] : [[b.p, b.text] as const])));
  } catch (error) {
    if (error instanceof EditionError) return new Map();
    throw error;
  }
}

/** A paragraph's raw reading and where its characters stand in the text shown, when the two differ (a correction, a mark made full-width). */
function readingOf(block: { p: number | null; text: string }, readings: ReadonlyMap<number, string>): { reading?: string; spans?: Array<[number, number]> } {
  const reading = block.p === null ? undefined : readings.get(block.p);
  if (reading === undefined || reading === block.text) return {};
  return { reading, spans: readingSpans(reading, block.text) };
}

/** Everything the draft view shows. */
export function viewDraft({ content, work }: DeskFolders, batch: string, draft: string) {
  const file = draftFile(work, batch, draft);
  const record = updateRecord(work, batch, draft, (r) => ({ ...r, opened: true }));
  const text = readFileSync(file, 'utf8');
  const m = FRONTMATTER.exec(text)!;
  const fm = parseCaseSource(text, file).frontmatter;
  const body = parseBody(text.slice(m[0].length), file);
  const source = fm.source as { titleLine?: number; lines?: [number, number] } | undefined;
  const lines = rawLines(work, batch);
  const readings = rawReadings(lines, source?.lines, (fm.corrections ?? []) as Correction[]);
  const numbered = numberBlocks(body.blocks).map((b, i) => ({ ...b, heading: body.blockTypes[i] === 'heading', ...readingOf(b, readings) }));
  const from = source?.titleLine ?? source?.lines?.[0] ?? 1;
  const to = source?.lines?.[1] ?? lines.length;
  const teaching = existsSync(teachingFile(work, batch, draft)) ? parseYaml(readFileSync(teachingFile(work, batch, draft), 'utf8')) : null;
  const entry = readEntry(work, batch);
  const taxonomy = cachedTaxonomy(content);
  return {
    contentInGit: gitTop(content) !== undefined,
    batch,
    id: draft,
    caseId: record.caseId ?? draft,
    state: stateOf(text, record),
    frontmatter: fm,
    flags: openFlags(text).map(flagWhat),
    paragraphs: numbered,
    raw: lines.slice(from - 1, to).map((t, i) => ({ line: from + i, text: t })),
    teaching,
    source: entry,
    /** The published case this draft repeats (the queue's warning), which the desk offers to collate with. */
    twin: twinOf(content, text.slice(m[0].length)) ?? null,
    /** The source id publish will use (publish.ts's own choice), shown from the start instead of ingest's source-<file name>. */
    sourceId: plannedSourceId(entry, cachedSources(content), typeof entry.sha256 === 'string' ? entry.sha256 : undefined),
    problems: (record.problems ?? []).map(placeProblem),
    checked: record.problems !== undefined,
    published: record.published ?? null,
    /** For each proposal, the values it may be changed to (a level, kind or year), or null. */
    choices: (Array.isArray(fm.proposals) ? (fm.proposals as Array<{ field?: unknown; p?: unknown }>) : []).map((x) => proposalChoices(String(x.field), numbered.find((b) => b.p === x.p)?.text ?? '') ?? null),
    /** Method and theme names by id, so a proposal reads 党员联系户, not its id. */
    tagNames: Object.fromEntries([...taxonomy.mentions, ...taxonomy.themes].map((t) => [t.id, t.name])),
    methods: taxonomy.mentions.map((t) => t.id),
    themes: taxonomy.themes.map((t) => t.id),
  };
}

/** A correction the published witness recorded where the draft still has the reading it corrected: offered to the draft as it stands there. */
function sameCorrection(d: Difference): { record?: RecordSuggestion } {
  const c = d.explainedBy?.correction;
  if (d.explainedBy?.witness !== 'b' || c?.type !== 'correct' || d.atA?.p === undefined) return {};
  return { record: { type: 'correct', p: d.atA.p, original: c.original, corrected: c.corrected, note: c.note ?? '' } };
}

/**
 * Collates the draft with a published case (content/README.md §11: a second
 * witness), by `npm run collate`'s own library (loadWitness, collate,
 * suggestRecord): how the two agree, and each difference with both readings,
 * where each stands, the correction that accounts for it or what to record.
 */
export function collateDraft({ content, work }: DeskFolders, batch: string, draft: string, withId: string) {
  if (!ID_PATTERN.test(withId) || !existsSync(path.join(content, 'cases', `${withId}.mdx`))) throw new DeskInputError(`文库中没有案例 ${withId}`, 404);
  try {
    const given = loadWitness(draftFile(work, batch, draft), content);
    const other = loadWitness(withId, content, given);
    const { agreement, differences } = collate(given, other);
    return {
      with: { id: withId, title: other.title ?? withId },
      agreement,
      differences: differences.map((d) => ({
        a: d.a,
        b: d.b,
        atA: placeOf(d.atA),
        atB: placeOf(d.atB),
        before: d.before,
        after: d.after,
        ...(d.explainedBy ? { recorded: `${d.explainedBy.witness === 'a' ? '本稿' : withId}已记：${describeCorrection(d.explainedBy.correction)}`, ...sameCorrection(d) } : { record: suggestRecord(d, withId) }),
      })),
    };
  } catch (error) {
    if (error instanceof CollateError) throw new DeskInputError(error.message);
    throw error;
  }
}

/** The draft's body as the case page renders it (desk-preview.ts). */
export function previewDraft({ content, work }: DeskFolders, batch: string, draft: string): Promise<{ html: string; notes: string[] }> {
  return previewBody(readFileSync(draftFile(work, batch, draft), 'utf8'), `${draft}.mdx`, content);
}

/** Rewrites the draft's frontmatter through `edit`; the body stays byte for byte. */
function editDraft(folders: DeskFolders, batch: string, draft: string, edit: (doc: Document, text: string) => void): void {
  const file = draftFile(folders.work, batch, draft);
  const text = readFileSync(file, 'utf8');
  const m = FRONTMATTER.exec(text);
  if (!m) throw new DeskInputError(`${file}: 没有 frontmatter`);
  const doc = parseDocument(m[1]!);
  edit(doc, text);
  save(folders, batch, draft, file, `---\n${doc.toString({ lineWidth: 0 })}---\n${text.slice(m[0].length)}`);
}

/** Writes a changed draft file and checks it again: the state an editor sees is never a stale one. */
function save(folders: DeskFolders, batch: string, draft: string, file: string, text: string): void {
  assertPublished(folders.work, batch, draft);
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, file);
  check(folders, batch, draft);
}

function assertPublished(work: string, batch: string, draft: string): void {
  if (readState(work, batch)[draft]?.published) throw new DeskInputError(`草稿 ${draft} 已发布；发布后的更改请在 content/ 中按编辑手册进行`, 409);
}

/**
 * Refuses a file whose bytes a batch already holds while none of that batch's drafts is published (trial 22: a
 * retry after an error made a second batch with the same drafts and ids). Once a draft of it is published, sending
 * the file again is taken: the queue then warns of each case already published (queue's twin).
 */
export function refuseResent(work: string, name: string, bytes: Uint8Array): void {
  const batches = listBatches(work);
  const held = batches.find((b) => {
    const input = path.join(batchDir(work, b.id), 'input', b.name);
    if (!existsSync(input) || Object.values(readState(work, b.id)).some((r) => r.published)) return false;
    return Buffer.from(bytes).equals(readFileSync(input));
  });
  if (!held) return;
  const message = `“${name}”与队列第 ${batches.indexOf(held) + 1} 批“${held.name}”字节相同：编辑台已收下，未再收一次。请在队列中打开那一批。`;
  throw new DeskInputError(message, 409, { batch: held.id });
}

/**
 * A proposal as the page showed it under its number: proposals are addressed by position, which shifts as each
 * is answered. A case proposal is known by its evidence (p, quote), a teaching proposal by its paragraphs.
 */
export interface SeenProposal {
  n: number;
  field: string;
  value: unknown;
  p?: number;
  quote?: string;
  paragraphs?: number[];
}

/** What makes a proposal the one shown, per list; the page sends the same (desk-page.ts addressed). */
const IDENTITY = {
  case: { keys: ['field', 'value', 'p', 'quote'], name: '建议' },
  teaching: { keys: ['field', 'value', 'paragraphs'], name: '教学札记建议' },
} as const;

/**
 * Refuses a change whose numbers now name other proposals than the page showed (trial 22: a second 拒绝 sent
 * while the first was saving rejected the next proposal, a year among them). 409: the page reloads the draft.
 * A number sent without what was seen under it is refused (400): nothing could tell it had shifted.
 */
export function assertSeen(listed: unknown, named: readonly number[], seen: readonly SeenProposal[] | undefined, list: keyof typeof IDENTITY = 'case'): void {
  const { keys, name } = IDENTITY[list];
  const missing = named.filter((n) => !(seen ?? []).some((x) => Number(x.n) === Number(n)));
  if (missing.length) throw new DeskInputError(`缺少所见建议（seen）：第 ${missing.join('、')} 条${name}未附上页面上所见的内容（${keys.join('、')}），无法确认编号所指仍是那一条。未做任何更改。`);
  const items = Array.isArray(listed) ? (listed as Array<Record<string, unknown>>) : [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const x of seen ?? []) {
    const item = items[Number(x.n) - 1];
    if (item && keys.every((k) => same(item[k], (x as unknown as Record<string, unknown>)[k]))) continue;
    throw new DeskInputError(`第 ${x.n} 条${name}已不是页面上所见的那条（${fieldName(String(x.field))}“${String(typeof x.value === 'object' ? (x.value as { label?: string })?.label ?? '' : x.value)}”）：${name}的编号随前一项处理而改变。未做任何更改；页面已重新载入草稿，请再看一遍后操作。`, 409);
  }
}

/** The numbers a choice names; `all` alone names none (it takes whatever is open). */
const named = (choice: Choice) => [...(choice.accept ?? []), ...(choice.reject ?? [])];

/** Accepts and rejects proposals (accept-proposals.ts: accepted ones move into their fields with their evidence). */
export function answer(folders: DeskFolders, batch: string, draft: string, choice: Choice & { seen?: SeenProposal[] }) {
  const file = draftFile(folders.work, batch, draft);
  assertSeen(parseCaseSource(readFileSync(file, 'utf8'), file).frontmatter.proposals, named(choice), choice.seen);
  const result = answerProposals(readFileSync(file, 'utf8'), { ...choice, isWord: isDictionaryWord }, cachedTaxonomy(folders.content).methods, draft);
  // The last proposal answered: the teaching note is proposed beside the draft, as npm run accept proposes it.
  if (result.open === 0) proposeTeachingBeside(file, result.text, folders.content);
  save(folders, batch, draft, file, result.text);
  return { accepted: result.accepted.length, rejected: result.rejected.length, open: result.open, notes: result.notes };
}

/** Accepts and rejects the teaching note's proposals (accept-proposals.ts, as `npm run accept -- <draft>.teaching.yaml`). */
export function answerTeaching(folders: DeskFolders, batch: string, draft: string, choice: Choice & { seen?: SeenProposal[] }) {
  assertPublished(folders.work, batch, draft);
  const file = teachingFile(folders.work, batch, draft);
  if (!existsSync(file)) throw new DeskInputError(`草稿 ${draft} 还没有教学札记的建议：建议全部处理完后才拟出`);
  assertSeen((parseYaml(readFileSync(file, 'utf8')) as { proposals?: unknown } | null)?.proposals, named(choice), choice.seen, 'teaching');
  const result = answerTeachingProposals(readFileSync(file, 'utf8'), choice, `${draft}.teaching.yaml`);
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, result.text);
  renameSync(temp, file);
  check(folders, batch, draft);
  return { accepted: result.accepted.length, rejected: result.rejected.length, open: result.open };
}

/**
 * Changes an open proposal before it is answered: its evidence (paragraph and
 * words, which must stand in that paragraph of the draft as it is), a key
 * figure's label, a doubt's note, a level, kind or year chosen from
 * proposalChoices. Nothing is typed into the text.
 */
export function editProposal(folders: DeskFolders, batch: string, draft: string, n: number, change: { p?: number; quote?: string; label?: string; note?: string; value?: string | number; seen?: SeenProposal[] }): void {
  editDraft(folders, batch, draft, (doc, text) => {
    assertSeen(doc.toJS()?.proposals, [n], change.seen);
    const list = doc.get('proposals');
    const item = isSeq(list) ? list.items[n - 1] : undefined;
    if (!isMap(item)) throw new DeskInputError(`没有第 ${n} 条建议`);
    if (change.value !== undefined) {
      const field = String(item.get('field'));
      const paragraph = caseParagraphs(text.slice(FRONTMATTER.exec(text)![0].length)).find((x) => x.p === Number(item.get('p')));
      const choices = proposalChoices(field, paragraph?.text ?? '');
      if (!choices) throw new DeskInputError(`第 ${n} 条建议是 ${field}：它的值不在这里改（方法、领域另行添加；关键数字改说明；存疑改说明）`);
      const value = field === 'years' ? Number(change.value) : String(change.value);
      if (!choices.includes(value)) throw new DeskInputError(`第 ${n} 条建议（${field}）不能改为“${String(change.value)}”：可选 ${choices.join('、') || '（所据段落中没有年份：先选取写明年份的文字作证据）'}`);
      chooseValue(item, value);
    }
    if (change.quote !== undefined || change.p !== undefined) {
      const p = change.p ?? Number(item.get('p'));
      const quote = change.quote ?? String(item.get('quote'));
      const paragraph = caseParagraphs(text.slice(FRONTMATTER.exec(text)![0].length)).find((x) => x.p === p);
      if (!quote.trim() || !paragraph?.text.includes(quote)) throw new DeskInputError(`“${quote}”不在第 ${p} 段中：证据须是该段一字不差的原文（在正文中选取）`);
      item.set('p', p);
      item.set('quote', quote);
    }
    const field = String(item.get('field'));
    if (change.label !== undefined) {
      if (field !== 'keyFigures') throw new DeskInputError(`第 ${n} 条建议是 ${field}，没有 label`);
      item.set('value', doc.createNode({ label: change.label.trim() }, { flow: true }));
    }
    if (change.note !== undefined) {
      if (field !== 'doubt') throw new DeskInputError(`第 ${n} 条建议是 ${field}，没有说明`);
      item.set('value', change.note.trim());
    }
  });
}

/**
 * Records a correction, doubt or lacuna on the words the editor selected
 * (record-reading.ts: a corrections entry, the body regenerated from the raw
 * text and the corrections, a doubt proposal about the same words answered).
 */
export function recordDraftReading(folders: DeskFolders, batch: string, draft: string, reading: Reading) {
  const file = draftFile(folders.work, batch, draft);
  const result = recordReading(readFileSync(file, 'utf8'), reading, { rawLines: rawLines(folders.work, batch), file: `${draft}.mdx`, isWord: isDictionaryWord });
  save(folders, batch, draft, file, result.text);
  return { entry: result.entry, notes: result.notes, ...(result.answered ? { answered: result.answered } : {}) };
}

/** Takes out the draft's corrections entry `n` (1-based, joins counted) through record-reading, which refuses a join. */
export function removeDraftReading(folders: DeskFolders, batch: string, draft: string, n: number) {
  const file = draftFile(folders.work, batch, draft);
  const result = removeReading(readFileSync(file, 'utf8'), n, { rawLines: rawLines(folders.work, batch), file: `${draft}.mdx` });
  save(folders, batch, draft, file, result.text);
  return { removed: result.removed };
}

/** A change to what the draft already carries (the desk's 本稿已有 list). */
export type CarriedChange =
  | { remove: 'methods' | 'themes'; id: string }
  | { removeFigure: number }
  | { reason: string; id: string }
  | { proposed: boolean; id: string };

/**
 * Edits an accepted tag or key figure: takes a method or theme out with its
 * evidence, a key figure out, writes the editors' evidence.<id>.reason
 * (content/README.md §13: why a quote that reads as an aim stands), or lists a
 * method under `proposed` (the text only urges it).
 */
export function editCarried(folders: DeskFolders, batch: string, draft: string, change: CarriedChange): void {
  const file = draftFile(folders.work, batch, draft);
  const before = readFileSync(file, 'utf8');
  editDraft(folders, batch, draft, (doc) => {
    const list = (field: string) => {
      const seq = doc.get(field);
      return isSeq(seq) ? seq : undefined;
    };
    const holds = (field: string, id: string) => list(field)?.items.some((x) => String((x as { value?: unknown }).value ?? x) === id) ?? false;
    if ('removeFigure' in change) {
      const seq = list('keyFigures');
      const n = Number(change.removeFigure);
      if (!seq || !Number.isInteger(n) || n < 0 || n >= seq.items.length) throw new DeskInputError(`草稿 ${draft} 没有第 ${n + 1} 个关键数字`);
      seq.items.splice(n, 1);
      if (seq.items.length === 0) doc.delete('keyFigures');
      return;
    }
    const id = String(change.id ?? '');
    if ('remove' in change) {
      if (change.remove !== 'methods' && change.remove !== 'themes') throw new DeskInputError(`只能删去工作方法或领域，不能删去“${String(change.remove)}”`);
      if (!dropTag(doc, change.remove, id)) throw new DeskInputError(`草稿 ${draft} 的 ${change.remove} 中没有 ${id}`);
      return;
    }
    if (!holds('methods', id) && !('reason' in change && holds('themes', id))) throw new DeskInputError(`草稿 ${draft} 的工作方法中没有 ${id}`);
    if ('reason' in change) {
      if (!doc.hasIn(['evidence', id])) throw new DeskInputError(`${id} 没有证据，理由无所附`);
      const reason = String(change.reason).trim();
      if (reason) doc.setIn(['evidence', id, 'reason'], reason);
      else if (doc.hasIn(['evidence', id, 'reason'])) doc.deleteIn(['evidence', id, 'reason']);
      return;
    }
    markProposed(doc, id, Boolean(change.proposed));
  });
  if ('remove' in change) teachingAfterTagChange(file, before, readFileSync(file, 'utf8'), folders.content);
}

/**
 * Adds what the proposals missed, with the selected words as its grounds: a
 * method or theme with its evidence, or a key figure with the editors' label.
 * It is written as one more proposal and accepted at once, so accept-proposals
 * stays the one place that knows how an accepted tag or figure is written.
 */
export function addFromSelection(folders: DeskFolders, batch: string, draft: string, add: MissedItem) {
  const file = draftFile(folders.work, batch, draft);
  const { mentions, themes } = cachedTaxonomy(folders.content);
  const taxonomy = { methods: mentions, themes };
  let result;
  try {
    result = addMissed(readFileSync(file, 'utf8'), add, taxonomy, `${draft}.mdx`);
  } catch (error) {
    // The rule is accept --add's; the desk says its refusals in Chinese, one line each.
    if (error instanceof ProposalError) throw new DeskInputError(error.message.split('\n').map((line) => inChinese(line).replace(/^[^\s:]+\.mdx: /, '')).join('\n'));
    throw error;
  }
  const before = readFileSync(file, 'utf8');
  save(folders, batch, draft, file, result.text);
  // The teaching note's open proposals follow the tags the draft now has (a key figure changes none).
  if (add.field !== 'keyFigures') teachingAfterTagChange(file, before, result.text, folders.content);
}

/**
 * Marks one “# 待核” line the editor has looked at read (`# 已核：…`), as
 * `npm run accept --settle` does: the draft keeps what was read, publish no
 * longer counts it open.
 */
export function settleFlag(folders: DeskFolders, batch: string, draft: string, flag: string): void {
  const file = draftFile(folders.work, batch, draft);
  const text = readFileSync(file, 'utf8');
  const n = openFlags(text).findIndex((l) => flagWhat(l) === flag);
  if (n === -1) throw new DeskInputError(`草稿 ${draft} 中没有这一条待核：${flag}`);
  save(folders, batch, draft, file, settleFlags(text, [n + 1], draft).text);
}

interface TeachingInput {
  purpose: string;
  questions: Array<{ text: string; paragraphs: number[] }>;
  points: Array<{ text: string; paragraphs: number[] }>;
}

/** The fields the desk's forms write beside the plain ones: a flag, the authors' roles (by the order ingest listed the names), passing mentions. */
interface ListedFields {
  featured?: boolean;
  authors?: Array<{ role?: string; roleInferred?: string }>;
  /** Method id → the paragraphs that name it in passing; the whole map, an empty one removes it. */
  passing?: Record<string, number[]>;
}

/** Writes `featured`, the authors' roles and `passing` as the editor set them, refusing what the schema would (a method not in the taxonomy, a paragraph the draft lacks). */
function setListed(doc: Document, fields: ListedFields, { methods, paragraphs, draft }: { methods: ReadonlySet<string>; paragraphs: ReadonlySet<number>; draft: string }): void {
  if (fields.featured !== undefined) {
    if (fields.featured === true) doc.set('featured', true);
    else if (doc.has('featured')) doc.delete('featured');
  }
  if (fields.authors !== undefined) {
    const listed = doc.get('authors');
    const count = isSeq(listed) ? listed.items.length : 0;
    if (!Array.isArray(fields.authors) || fields.authors.length !== count) throw new DeskInputError(`草稿 ${draft} 署名 ${count} 人，收到 ${Array.isArray(fields.authors) ? fields.authors.length : 0} 人的身份：姓名照原文，不在这里增删`);
    fields.authors.forEach((a, i) => {
      for (const key of ['role', 'roleInferred'] as const) {
        const value = String(a[key] ?? '').trim();
        if (value) doc.setIn(['authors', i, key], value);
        else if (doc.hasIn(['authors', i, key])) doc.deleteIn(['authors', i, key]);
      }
    });
  }
  if (fields.passing !== undefined) {
    const tagged = new Set((doc.get('methods') as { items?: Array<{ value?: unknown }> } | undefined)?.items?.map((x) => String(x.value ?? x)) ?? []);
    const entries = Object.entries(fields.passing ?? {});
    for (const [id, ps] of entries) {
      if (!methods.has(id)) throw new DeskInputError(`顺带提到 passing：“${id}”不是分类表里的工作方法`);
      if (tagged.has(id)) throw new DeskInputError(`顺带提到 passing：${id} 已是本案的工作方法；顺带提到的是未叙述其做法的方法`);
      if (!Array.isArray(ps) || ps.length === 0 || !ps.every((p) => Number.isInteger(p) && paragraphs.has(p))) throw new DeskInputError(`顺带提到 passing.${id}：写提到它的段号（本稿共 ${paragraphs.size} 段）`);
    }
    if (entries.length) doc.set('passing', doc.createNode(Object.fromEntries(entries.map(([id, ps]) => [id, doc.createNode([...new Set(ps)].sort((a, b) => a - b), { flow: true })]))));
    else if (doc.has('passing')) doc.delete('passing');
  }
}

/** Saves the editors' fields: summary, level, kind, place and inferred values, featured, authors' roles and passing into the draft, the teaching note beside it (publish copies it into teaching/), the chosen id. */
export function saveFields(folders: DeskFolders, batch: string, draft: string, fields: EditorFields & ListedFields & { teaching?: TeachingInput; caseId?: string }): void {
  assertPublished(folders.work, batch, draft);
  const caseId = fields.caseId;
  if (caseId !== undefined) {
    if (!ID_PATTERN.test(caseId)) throw new DeskInputError(`id “${caseId}”：只用小写字母、数字和单个连字符`);
    updateRecord(folders.work, batch, draft, (r) => ({ ...r, caseId }));
  }
  if (fields.teaching) {
    const t = fields.teaching;
    const items = (list: TeachingInput['questions']) => list.filter((x) => x.text.trim()).map((x) => ({ text: x.text.trim(), paragraphs: x.paragraphs }));
    // The note's open proposals (answered on their own: answerTeaching) are kept, never dropped by the form.
    const file = teachingFile(folders.work, batch, draft);
    const proposals = existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as { proposals?: unknown } | null)?.proposals : undefined;
    const note = { ...(proposals === undefined ? {} : { proposals }), purpose: t.purpose.trim(), questions: items(t.questions), points: items(t.points) };
    writeFileSync(file, `# 教学札记（编者撰写，经编辑台）。只依据本案原文；段号指 /cases/<id>/#p<n>。\n${stringify(note, { lineWidth: 0 })}`);
  }
  editDraft(folders, batch, draft, (doc, text) => {
    const paragraphs = new Set(caseParagraphs(text.slice(FRONTMATTER.exec(text)![0].length)).map((x) => x.p));
    setListed(doc, fields, { methods: new Set(cachedTaxonomy(folders.content).mentions.map((t) => t.id)), paragraphs, draft });
    try {
      setEditorFields(doc, fields, bodyForYears(text.slice(FRONTMATTER.exec(text)![0].length)));
    } catch (error) {
      // The rule's own message (years a body does not state want their reason), in the desk's Chinese.
      throw error instanceof EditorFieldError ? new DeskInputError(inChinese(error.message)) : error;
    }
  });
}

/** The source entry's fields the desk's form writes; date and id are checked here, the rest by check:content. */
export const SOURCE_FIELDS = ['id', 'title', 'type', 'publication', 'date', 'dateNote', 'about', 'staff'] as const;
export type SourceFields = Partial<Record<(typeof SOURCE_FIELDS)[number], string>>;

/**
 * Saves the source entry's fields an editor fills (type, publication, about…),
 * then answers its proposals (date, compiler): a compiler taken in place of
 * the publication typed is the publication emptied and the proposal accepted,
 * in one request.
 */
export function saveSource(folders: DeskFolders, batch: string, fields: SourceFields, choice?: Choice): void {
  const date = fields.date?.trim();
  if (date && !SOURCE_DATE.test(date)) throw new DeskInputError(`来源条目的日期 date “${date}” 不合格式：写 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2013-11）；不知道就留空，在日期说明中写明`);
  const id = fields.id?.trim();
  if (id && !ID_PATTERN.test(id)) throw new DeskInputError(`来源条目的 id “${id}” 不合格式：小写拼音与数字，以连字符相连`);
  const file = sourceEntryFile(folders.work, batch);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const entry = isSeq(doc.contents) ? doc.contents.items[0] : doc.contents;
  if (!isMap(entry)) throw new DeskInputError(`${path.basename(file)}：不是一个来源条目`);
  const map = entry as unknown as YAMLMap<string, unknown>;
  for (const key of SOURCE_FIELDS) {
    const value = fields[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new DeskInputError(`来源条目的 ${key} 应是文字`);
    // A date stays a quoted string, as sources.yaml writes it, never a YAML timestamp.
    const node = key === 'date' ? Object.assign(new Scalar(value.trim()), { type: Scalar.QUOTE_DOUBLE }) : value.trim();
    if (value.trim()) map.set(key, node);
    else map.delete(key);
  }
  const text = doc.toString({ lineWidth: 0 });
  // Named as the form names it: the entry's file name is ingest's placeholder id, not the one publish uses.
  writeFileSync(file, choice ? answerSourceProposals(text, choice, '来源条目').text : text);
  for (const d of readBatch(folders.work, batch).report.drafts) if (!readState(folders.work, batch)[d.id]?.published) check(folders, batch, d.id);
}

/** The `publish` request for a draft of a batch into `content`. */
function request(work: string, batch: string, draft: string, content: string) {
  const b = readBatch(work, batch);
  const entry = readEntry(work, batch);
  const drafts = path.join(batchDir(work, batch), 'drafts');
  const input = path.join(batchDir(work, batch), 'input', b.name);
  const rawBeside = entry.raw !== undefined && existsSync(path.join(drafts, String(entry.raw)));
  const caseIdTyped = readState(work, batch)[draft]?.caseId;
  return {
    drafts: [draftFile(work, batch, draft)],
    sourceEntry: sourceEntryFile(work, batch),
    raw: rawBeside ? undefined : input,
    original: entry.original ? input : undefined,
    // No id typed: publish's own default (a withdrawn case's former id, else the draft's name).
    ids: caseIdTyped === undefined ? undefined : [caseIdTyped],
    content,
  };
}

/**
 * What publishing this draft would refuse (desk-check.ts: checkPublish's
 * publish step in the desk's copy of the content folder, kept in step with it
 * under the work folder), recorded with the draft.
 */
export function check({ content, work }: DeskFolders, batch: string, draft: string): string[] {
  const result = checkDraft(request(work, batch, draft, content), batchDir(work, batch), path.join(work, 'check'));
  const problems = readable(result.problems, work, batch).map((p) => p.split(path.resolve(content)).join(path.basename(path.resolve(content))));
  updateRecord(work, batch, draft, (r) => ({ ...r, problems }));
  return problems;
}

/** Messages name the batch's files by their own names: the work folder's path means nothing to an editor. */
function readable(problems: readonly string[], work: string, batch: string): string[] {
  const drafts = path.join(batchDir(work, batch), 'drafts') + path.sep;
  const input = path.join(batchDir(work, batch), 'input') + path.sep;
  return problems.map((p) => p.split(drafts).join('').split(input).join(''));
}

/** Where a publish or check:content message belongs in the draft view. */
export function placeProblem(message: string): PlacedProblem {
  // A message not in the catalogue keeps its words, but not the command's name nor where the content folder lies:
  // its file is said as within the content folder (trial 22 read “check:content: trial22-content/teaching/…”).
  const zh = inChinese(message).replace(/^check:content: /, '').replace(/^[^\s:]*?((?:cases|teaching|sources)\/[^\s:]+\.(?:mdx|ya?ml)): /, '$1：');
  const text = message.replace(/^check:content: /, '');
  const at = /(?:^|\/)(cases\/[^:]+\.mdx|teaching\/[^:]+\.yaml|sources\/sources\.yaml|[^/:]+\.source\.yaml): ([^:\s]+)/.exec(text);
  if (!at) {
    if (/open proposal/.test(text)) return /\.teaching\.ya?ml: /.test(text) ? { message, zh, area: 'teaching', field: 'proposals' } : { message, zh, area: 'draft', field: 'proposals' };
    if (/待核/.test(text)) return { message, zh, area: 'draft', field: 'flags' };
    if (/teaching notes/.test(text)) return { message, zh, area: 'teaching', field: 'purpose' };
    if (/^source id “/.test(text)) return { message, zh, area: 'source', field: 'id' };
    if (/\bid “/.test(text)) return { message, zh, area: 'draft', field: 'caseId' };
    return { message, zh, area: 'draft', field: '' };
  }
  const area = at[1]!.startsWith('cases/') ? 'case' : at[1]!.startsWith('teaching/') ? 'teaching' : 'source';
  // sources.yaml names the entry first ([3] some-id.type): its field is the key after the id.
  const key = area === 'source' ? (/\.(\w+)/.exec(at[2]!)?.[1] ?? at[2]!) : at[2]!;
  const item = /^[^[.]+(?:\[\d+\]|\.[^[.]+)/.exec(key)?.[0];
  return { message, zh, area, field: key.replace(/[[.].*$/, ''), ...(item ? { item } : {}) };
}

/** The git checkout holding `dir`, if it is in one. */
function gitTop(dir: string): string | undefined {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Publishes a draft into the content folder (publish never overwrites another
 * case); in a git checkout, commits exactly the files it wrote, with a message
 * naming the case and its source.
 */
export function publishDraft(folders: DeskFolders, batch: string, draft: string) {
  assertPublished(folders.work, batch, draft);
  const req = request(folders.work, batch, draft, folders.content);
  const result = publish(req);
  if (result.problems.length) {
    const problems = readable(result.problems, folders.work, batch);
    updateRecord(folders.work, batch, draft, (r) => ({ ...r, problems }));
    return { ok: false as const, problems: problems.map(placeProblem) };
  }
  const id = result.cases[0]!;
  const title = String(parseCaseSource(readFileSync(path.join(folders.content, 'cases', `${id}.mdx`), 'utf8')).frontmatter.title ?? '');
  const sourceTitle = String(readEntry(folders.work, batch).title ?? '');
  const top = gitTop(folders.content);
  let commit: string | undefined;
  let note: string | undefined;
  if (top) {
    const files = result.written.map((rel) => path.join(path.resolve(folders.content), rel));
    const message = `发布案例 ${id}（${title}）：来源 ${result.sourceId}《${sourceTitle}》，原件 ${readBatch(folders.work, batch).name}（编辑台）`;
    try {
      execFileSync('git', ['-C', top, 'add', '--', ...files], { stdio: 'pipe' });
      execFileSync('git', ['-C', top, 'commit', '-q', '-m', message, '--', ...files], { stdio: 'pipe' });
      commit = execFileSync('git', ['-C', top, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch (error) {
      note = `已发布，但未能提交到 git：${String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim()}`;
    }
  } else note = '内容文件夹不在 git 仓库中：未提交';
  const published = { id, ...(commit ? { commit } : {}), ...(note ? { note } : {}) };
  updateRecord(folders.work, batch, draft, (r) => ({ ...r, problems: [], published }));
  return { ok: true as const, written: result.written, sourceId: result.sourceId, ...published };
}
