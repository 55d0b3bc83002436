/**
 * The editor's answer to a draft's proposals: accepted ones move into the real
 * fields in the form the case schema wants (a method or theme with its
 * `evidence`, a doubt as a `corrections` entry, …); rejected ones go, and a
 * rejected method the text names becomes a passing mention (`passing`), so
 * every mention stays accounted for. Comments, the other fields and the body
 * are kept as they stand.
 */
import { isMap, isSeq, parseDocument, Scalar, type Document, YAMLMap } from 'yaml';
import { caseParagraphs, parseBody } from '../case-mdx.ts';
import { numberBlocks } from '../edition.ts';
import { findMentions } from '../node/method-mentions.ts';
import { KINDS, LEVELS, yearsStated } from '../kinds.ts';
import { INFERRED_YEAR, PROPOSAL_FIELDS, tellsDone, type ProposalField } from './proposals.ts';
import { doubtNoteOf, flagLineOf } from './reading-flags.ts';
import { aimWord, isListItem } from '../node/evidence-checks.ts';
import { setStringInPlace } from './yaml-in-place.ts';
import { countedFigures, figureLabel } from './key-figures.ts';
import { checkMessage } from '../check-messages.ts';
import { applyTeaching } from './teaching-proposals.ts';
import { COMPOSED, composeSummary } from './summary-proposal.ts';
import { loadRegionIndex } from '../node/region-index.ts';

export class ProposalError extends Error {}

export interface Choice {
  /** Accept every open proposal. */
  all?: boolean;
  /** Accept every proposal of these fields. */
  fields?: readonly ProposalField[];
  /** Accept these (1-based, as listed). */
  accept?: readonly number[];
  /** Reject these (1-based, as listed). */
  reject?: readonly number[];
  /** Whether a word is the dictionary's (Node's, passed in): a doubt's note names the misread words it finds (人户 → 入户). */
  isWord?: ((word: string) => boolean) | undefined;
}

export interface OpenProposal {
  n: number;
  field: ProposalField;
  value: unknown;
  p: number;
  quote: string;
  why: string;
}

/** A proposal answered: its number, field and value, and where its words stand (paragraph of a case, line of a source). */
export interface Answered {
  n: number;
  field: string;
  value: unknown;
  p?: number;
  line?: number;
}

export interface AcceptResult {
  text: string;
  accepted: Answered[];
  rejected: Answered[];
  /** Proposals still open after this run. */
  open: number;
  /** What was written besides the field itself (passing mentions). */
  notes: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

/** The open proposals of a draft, checked one by one. */
function readProposals(doc: Document, file: string): OpenProposal[] {
  const raw = doc.toJS()?.proposals;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new ProposalError(`${file}: proposals: must be a list`);
  return raw.map((x: Record<string, unknown>, i: number) => {
    const at = `${file}: proposals[${i}] (number ${i + 1})`;
    if (!x || typeof x !== 'object') throw new ProposalError(`${at}: not a { field, value, p, quote, why } entry`);
    if (!PROPOSAL_FIELDS.includes(x.field as ProposalField)) throw new ProposalError(`${at}: field “${String(x.field)}” is none of ${PROPOSAL_FIELDS.join(', ')}`);
    if (typeof x.p !== 'number' || typeof x.quote !== 'string') throw new ProposalError(`${at}: needs p (a paragraph number) and quote`);
    return { n: i + 1, field: x.field as ProposalField, value: x.value, p: x.p, quote: x.quote, why: String(x.why ?? '') };
  });
}

function listOf(doc: Document, key: string): unknown[] {
  const v = doc.toJS()?.[key];
  return Array.isArray(v) ? v : [];
}

/** Adds a reason to inferred.years, after any the editor wrote (each year inferred says its own grounds). */
function addInferredYearsReason(doc: Document, reason: string): void {
  const was = doc.getIn(['inferred', 'years']);
  const before = typeof was === 'string' ? was.trim() : '';
  if (before.includes(reason)) return;
  if (!isMap(doc.get('inferred'))) doc.set('inferred', new YAMLMap());
  doc.setIn(['inferred', 'years'], before ? `${before}；${reason}` : reason);
}

/** Applies one accepted proposal to the frontmatter. */
function apply(doc: Document, x: OpenProposal, file: string, isWord?: (word: string) => boolean): void {
  const at = `${file}: proposal ${x.n} (${x.field})`;
  switch (x.field) {
    case 'methods':
    case 'themes': {
      const id = String(x.value);
      if (x.p < 1) throw new ProposalError(`${at}: evidence needs a body paragraph, not p ${x.p}`);
      if (!listOf(doc, x.field).includes(id)) doc.set(x.field, [...listOf(doc, x.field), id]);
      if (!isMap(doc.get('evidence'))) doc.set('evidence', new YAMLMap());
      const entry = doc.createNode({ p: x.p, quote: x.quote });
      entry.flow = true;
      doc.setIn(['evidence', id], entry);
      return;
    }
    case 'years': {
      const years = new Set(listOf(doc, 'years').map(Number));
      years.add(Number(x.value));
      doc.set('years', [...years].sort((a, b) => a - b));
      // A year inferred from the source's date carries its reason: check:content wants it beside the year (inferred.years).
      if (x.why.startsWith(INFERRED_YEAR)) addInferredYearsReason(doc, x.why.slice(INFERRED_YEAR.length));
      return;
    }
    case 'level':
    case 'kind': {
      const allowed: readonly string[] = x.field === 'level' ? LEVELS : KINDS;
      if (!allowed.includes(String(x.value))) throw new ProposalError(`${at}: “${String(x.value)}” is none of ${allowed.join('、')}`);
      const current = doc.get(x.field);
      if (current !== undefined && current !== x.value) throw new ProposalError(`${at}: ${x.field} is already ${String(current)}; accept one ${x.field} only`);
      doc.set(x.field, x.value);
      return;
    }
    case 'keyFigures': {
      const label = String((x.value as { label?: unknown })?.label ?? '').trim();
      if (!label) throw new ProposalError(`${at}: value.label is empty; write the editors' label first`);
      doc.set('keyFigures', [...listOf(doc, 'keyFigures'), { label, quote: x.quote }]);
      return;
    }
    case 'summary': {
      const current = doc.get('summary');
      // A lifted sentence from its quote, which a correction recorded since keeps as the body now reads (record-reading.ts
      // re-quotes it); a composed one is the editors' words (answerProposals composes it again from what was accepted).
      const summary = x.why.startsWith(COMPOSED) ? String(x.value) : `${x.quote}。`;
      if (typeof current === 'string' && current.trim() && current !== summary) throw new ProposalError(`${at}: summary is already “${current}”; accept one summary only`);
      doc.set('summary', summary);
      return;
    }
    case 'doubt': {
      const corrections = [...listOf(doc, 'corrections'), { type: 'doubt', p: x.p, text: x.quote, note: doubtNoteOf(x.value, x.quote, isWord) ?? String(x.value) }];
      // 校勘记 stand in paragraph order; a stable sort keeps the order within a paragraph.
      doc.set('corrections', corrections.map((c, i) => ({ c: c as { p: number }, i })).sort((a, b) => a.c.p - b.c.p || a.i - b.i).map(({ c }) => c));
      return;
    }
  }
}

/**
 * A composed summary as the draft now stands: the place from its region
 * (none when the draft marks the region inferred), its second sentence only
 * where the evidence of a method it carries as done (not under `proposed`)
 * stands; so a method the editor rejected lends it no sentence. Undefined
 * when the place acts in no sentence (the listed value stands then).
 */
function recomposedSummary(doc: Document, body: string, methods: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>): string | undefined {
  const fm = (doc.toJS() ?? {}) as { region?: { code?: string; township?: string }; inferred?: { region?: string }; methods?: string[]; proposed?: string[]; evidence?: Record<string, { p?: number; quote?: string }> };
  const place = fm.inferred?.region ? undefined : (fm.region?.township ?? (fm.region?.code ? loadRegionIndex().chain(String(fm.region.code)).at(-1)?.name : undefined));
  const done = (fm.methods ?? []).flatMap((id) => {
    const m = methods.find((mm) => mm.id === id);
    const ev = fm.evidence?.[id];
    // The draft's evidence is what the editor accepted or edited: it stands for its method, named or not.
    return m && typeof ev?.p === 'number' && typeof ev.quote === 'string' && !fm.proposed?.includes(id) ? [{ name: m.name, p: ev.p, quote: ev.quote }] : [];
  });
  return composeSummary({ place, paragraphs: ownParagraphs(body), methods: done, tells: tellsDone })?.value;
}

/** The case's own paragraphs: before any 【点评】 (the one block left unnumbered), the compilers' comment tells nothing the place did. */
function ownParagraphs(body: string): Array<{ p: number; text: string }> {
  const blocks = numberBlocks(parseBody(body).blocks);
  const at = blocks.findIndex((b) => b.p === null);
  return blocks.slice(0, at === -1 ? undefined : at).flatMap((b) => (b.p === null ? [] : [{ p: b.p, text: b.text }]));
}

/**
 * Accepts and rejects proposals in a draft's MDX text. A proposal both
 * accepted and rejected, or a number that is not listed, is refused; nothing
 * changes then. `methods` are the taxonomy's as written (readMethods), not
 * widened by practice names: a passing mention is a method named by its own
 * words, as check:content counts it.
 */
export function answerProposals(
  source: string,
  choice: Choice,
  methods: ReadonlyArray<{ id: string; name: string; aliases: readonly string[]; phrase?: string | undefined }>,
  file = 'draft',
): AcceptResult {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new ProposalError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) throw new ProposalError(`${file}: frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const open = readProposals(doc, file);
  const reject = new Set(choice.reject ?? []);
  const accept = new Set(choice.accept ?? []);
  for (const n of [...reject, ...accept]) {
    if (!open.some((x) => x.n === n)) throw new ProposalError(`${file}: there is no proposal ${n} (the draft lists ${open.length})`);
  }
  for (const n of reject) if (accept.has(n)) throw new ProposalError(`${file}: proposal ${n} is both accepted and rejected`);
  const accepted = open.filter((x) => !reject.has(x.n) && (choice.all || accept.has(x.n) || choice.fields?.includes(x.field)));
  const rejected = open.filter((x) => reject.has(x.n));
  for (const x of accepted) apply(doc, x, file, choice.isWord);

  const notes: string[] = [];
  const paragraphs = caseParagraphs(source.slice(m[0].length));
  // check:content's rule for a method the text only urges (aimWord): such a method is listed under `proposed` (文中仅倡议).
  for (const x of accepted.filter((a) => a.field === 'methods')) {
    const aim = aimWord(paragraphs.find((para) => para.p === x.p)?.text ?? '', x.quote);
    if (!aim || !markProposed(doc, String(x.value), true)) continue;
    notes.push(`proposed: ${String(x.value)} — its words “${x.quote}” only urge it (${aim}…), so the page marks it 文中仅倡议; if the text tells it done, npm run accept -- ${file} --done methods:${String(x.value)}`);
  }
  const composed = accepted.find((x) => x.field === 'summary' && x.why.startsWith(COMPOSED));
  const again = composed && recomposedSummary(doc, source.slice(m[0].length), methods);
  if (again && again !== doc.get('summary')) {
    doc.set('summary', again);
    notes.push(`summary: composed again from the methods now accepted (proposal ${composed.n} read “${String(composed.value)}”): “${again}”`);
  } else if (composed && !again) {
    notes.push(`summary: the place acts in no sentence of the text as it now stands; proposal ${composed.n}'s words stand (“${String(doc.get('summary'))}”); rewrite them with --set summary`);
  } else if (composed) {
    // Said either way: an editor who sees nothing cannot tell a summary composed again from one left as listed (trial 16).
    notes.push(`summary: composed again from the methods now accepted: the same as proposal ${composed.n} read (“${String(doc.get('summary'))}”); rewrite it with --set summary if it leaves out what matters`);
  }
  const tagged = new Set(listOf(doc, 'methods').map(String));
  for (const x of rejected.filter((r) => r.field === 'methods')) {
    const method = methods.find((mm) => mm.id === x.value);
    if (!method || tagged.has(method.id)) continue;
    // check's own rule (method-mentions.ts), so an entry written here is one publish --check accepts.
    const ps = findMentions([method], paragraphs).map((mention) => mention.p);
    if (ps.length === 0) {
      notes.push(`methods:${method.id} rejected — the text does not name ${method.name} by its own words (name or aliases; the proposal rested on “${x.quote}”), so no passing entry is written`);
      continue;
    }
    const passing = (doc.toJS()?.passing ?? {}) as Record<string, number[]>;
    const node = doc.createNode([...new Set([...(passing[method.id] ?? []), ...ps])].sort((a, b) => a - b));
    node.flow = true;
    if (!isMap(doc.get('passing'))) doc.set('passing', new YAMLMap());
    doc.setIn(['passing', method.id], node);
    notes.push(`passing.${method.id}: [${ps.join(', ')}] — the text names ${method.name} there; a rejected method is a passing mention`);
  }

  const done = new Set([...accepted, ...rejected].map((x) => x.n - 1));
  const list = doc.get('proposals');
  if (isSeq(list)) {
    list.items = list.items.filter((_, i) => !done.has(i));
    if (list.items.length === 0) doc.delete('proposals');
  }
  // A doubt answered either way settles the `# 待核` line it was proposed from (publish refuses open ones).
  const lines = doc.toString({ lineWidth: 0 }).split('\n');
  for (const x of [...accepted, ...rejected].filter((a) => a.field === 'doubt')) {
    const flag = flagLineOf(lines, x);
    if (flag !== -1) notes.push(`removed the settled line ${lines.splice(flag, 1)[0]!.trim()}`);
  }
  return { text: `---\n${lines.join('\n')}---\n${source.slice(m[0].length)}`, accepted, rejected, open: open.length - done.size, notes };
}

/**
 * The values a level, kind or years proposal may be changed to: the schema's
 * closed lists; for years, the years its paragraph states (the check wants
 * each year in the body, and the proposal's grounds are that paragraph).
 * Undefined for a field whose value is not chosen from a list.
 */
export function proposalChoices(field: string, paragraph: string): Array<string | number> | undefined {
  if (field === 'level') return [...LEVELS];
  if (field === 'kind') return [...KINDS];
  if (field === 'years') return yearsStated(paragraph);
  return undefined;
}

/** A level, kind or year the editor chose for a proposal (terminal --value, the desk's 改值): the grounds ingest gave were for its own value, so the why says the editor changed it and keeps ingest's beside it. */
export function chooseValue(item: YAMLMap, value: string | number): void {
  if (value !== item.get('value')) item.set('why', `编者改定；原建议 ${String(item.get('value'))}：${String(item.get('why') ?? '')}`);
  item.set('value', value);
}

/** A change to one open proposal before it is accepted: other words of the text as its quote, or the editors' label of a key figure. */
export interface ProposalEdit {
  /** The proposal (1-based, as listed). */
  n: number;
  /** The paragraph the new quote stands in (default: the proposal's). */
  p?: number | undefined;
  /** New words, exactly as they stand in paragraph p. */
  quote?: string | undefined;
  /** A key figure's label. */
  label?: string | undefined;
  /** A level, kind or year chosen from proposalChoices. */
  value?: string | undefined;
}

/**
 * Edits one open proposal in a draft's MDX text, as the guide lets an editor
 * do before accepting (the trial did it with a script): a quote must stand in
 * its paragraph word for word (p 0 is the title), a label only goes with a
 * key figure. Nothing else in the text changes; a refused edit changes nothing.
 */
export function editProposal(source: string, edit: ProposalEdit, file = 'draft'): { text: string; before: OpenProposal; after: OpenProposal } {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new ProposalError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) throw new ProposalError(`${file}: frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const open = readProposals(doc, file);
  const before = open.find((x) => x.n === edit.n);
  if (!before) throw new ProposalError(`${file}: there is no proposal ${edit.n} (the draft lists ${open.length})`);
  const at = `${file}: proposal ${edit.n} (${before.field})`;
  const problems: string[] = [];
  if (edit.quote === undefined && edit.label === undefined && edit.p === undefined && edit.value === undefined) problems.push(`${at}: nothing to change; give --quote and/or --p, --label or --value`);
  if (edit.p !== undefined && edit.quote === undefined) problems.push(`${at}: --p ${edit.p} needs --quote: the words in that paragraph`);
  if (edit.label !== undefined && before.field !== 'keyFigures') problems.push(`${at}: --label goes with a key figure, not ${before.field}`);
  if (edit.label !== undefined && !edit.label.trim()) problems.push(`${at}: --label is empty`);
  const p = edit.p ?? before.p;
  if (edit.quote !== undefined) {
    const fm = doc.toJS() as { title?: string; subtitle?: string };
    const text = p === 0 ? `${fm.title ?? ''}${fm.subtitle ? `——${fm.subtitle}` : ''}` : caseParagraphs(source.slice(m[0].length)).find((x) => x.p === p)?.text;
    if (text === undefined) problems.push(`${at}: the draft has no paragraph ${p} (npm run paragraphs -- ${file})`);
    else if (!edit.quote.trim() || !text.includes(edit.quote)) problems.push(`${at}: “${edit.quote}” does not stand in paragraph ${p}, which reads “${text.slice(0, 40)}…”; copy the words from npm run paragraphs -- ${file}`);
    else if ((before.field === 'methods' || before.field === 'themes') && p < 1) problems.push(`${at}: evidence needs a body paragraph, not p ${p}`);
  }
  const choices = edit.value === undefined ? undefined : proposalChoices(before.field, caseParagraphs(source.slice(m[0].length)).find((x) => x.p === p)?.text ?? '');
  const value = edit.value === undefined ? undefined : before.field === 'years' ? Number(edit.value) : edit.value.trim();
  if (edit.value !== undefined && !choices) problems.push(`${at}: --value changes a level, kind or year; a ${before.field} proposal is changed with --quote${before.field === 'keyFigures' ? ' or --label' : ''}`);
  else if (choices && !choices.includes(value!)) problems.push(`${at}: --value ${edit.value} is not one of ${choices.join('、') || '(no year stated in paragraph ' + p + ': give --p and --quote of words that state it)'}`);
  if (problems.length) throw new ProposalError(problems.join('\n'));
  const item = (doc.get('proposals') as { items: unknown[] }).items[edit.n - 1] as YAMLMap;
  if (value !== undefined) chooseValue(item, value);
  if (edit.quote !== undefined) {
    item.set('p', p);
    item.set('quote', edit.quote);
  }
  if (edit.label !== undefined) {
    const value = doc.createNode({ label: edit.label.trim() });
    value.flow = true;
    item.set('value', value);
  }
  const after = readProposals(doc, file).find((x) => x.n === edit.n)!;
  return { text: `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m[0].length)}`, before, after };
}

/**
 * Answers the proposals of a source entry (`<sourceId>.source.yaml`): an
 * accepted date becomes `date` at the precision printed (2013, 2013-10,
 * 2013-10-05); an accepted compiler becomes `publication` — the body a
 * compilation is cited under — when the entry names none; an accepted about
 * (a footnote of the source's own note, quoted) is added to `about`.
 */
export function answerSourceProposals(source: string, choice: Choice, file = 'source entry'): Omit<AcceptResult, 'notes'> {
  const doc = parseDocument(source);
  if (doc.errors.length) throw new ProposalError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const list = doc.contents;
  const entry = isSeq(list) ? list.items[0] : list;
  if (!isMap(entry)) throw new ProposalError(`${file}: expected one source entry`);
  const map = entry as unknown as YAMLMap<string, unknown>;
  const answered = answerListed(map, choice, file, 'the entry', (x) => {
    if (x.field === 'date') {
      // Quoted, as the curated entries are: unquoted, a YAML 1.1 reader takes 2013-10-05 for a timestamp.
      const date = new Scalar(x.value);
      date.type = Scalar.QUOTE_DOUBLE;
      map.set('date', date);
      // An entry that said the date is unknown no longer does; what else it said stays for the editor.
      const note = map.get('dateNote');
      if (typeof note === 'string') map.set('dateNote', note.replace(/日期、|、日期|日期/, '').replace(/原文未载[。；]?$/, '').trim() || undefined);
      if (map.get('dateNote') === undefined) map.delete('dateNote');
    } else if (x.field === 'compiler') {
      const publication = map.get('publication');
      // Said in Chinese to the desk and the terminal alike (the trial's English refusal offered one way only): both ways, each how.
      if (publication !== undefined && publication !== x.value) throw new ProposalError(`${file}：第 ${x.n} 条建议（编印单位“${x.value}”）未接受：刊载处 publication 已填“${String(publication)}”。二选一：以编印单位为刊载处——删去条目中已填的 publication，再接受此建议（编辑台：点“以编印单位为刊载处”）；或保留所填——拒绝此建议（编辑台：点“保留所填”；终端：--reject ${x.n}），需要时在编者说明 about 中写明编印单位`);
      map.set('publication', x.value);
    } else if (x.field === 'about') {
      // Added after what the editor wrote (or as the whole, when nothing is): the compilers' footnote quoted, never put in their stead.
      const about = map.get('about');
      map.set('about', typeof about === 'string' && about.trim() ? `${about.trim()}${String(x.value)}` : String(x.value));
    } else throw new ProposalError(`${file}: proposal ${x.n}: field “${x.field}” is none of date, compiler, about`);
  });
  return { text: doc.toString({ lineWidth: 0 }), ...answered };
}

/**
 * Answers the proposals of a draft's teaching file (`<draft>.teaching.yaml`,
 * teaching-proposals.ts): an accepted purpose fills the purpose, an accepted
 * point is added to the points; the comments and the editor's questions stay.
 */
export function answerTeachingProposals(source: string, choice: Choice, file = 'teaching note'): Omit<AcceptResult, 'notes'> {
  const doc = parseDocument(source);
  if (doc.errors.length) throw new ProposalError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new ProposalError(`${file}: expected a teaching note (purpose, questions, points)`);
  const map = doc.contents as unknown as YAMLMap<string, unknown>;
  const answered = answerListed(map, choice, file, 'the teaching note', (x) => {
    try {
      applyTeaching(map, x, file);
    } catch (error) {
      throw new ProposalError((error as Error).message);
    }
  });
  return { text: doc.toString({ lineWidth: 0 }), ...answered };
}

/** One open proposal of a YAML file's `proposals:` list (a source entry's, a teaching note's). */
interface ListedProposal {
  n: number;
  field: string;
  value: string;
  line: number;
  paragraphs: number[];
  quote: string;
  why: string;
}

/**
 * The one way a YAML file's proposals are answered: numbered as listed, a
 * number not listed or both accepted and rejected refused, accepted ones
 * applied in order, answered ones taken off the list (and the list once empty).
 */
function answerListed(map: YAMLMap<string, unknown>, choice: Choice, file: string, what: string, applyOne: (x: ListedProposal) => void): Omit<AcceptResult, 'notes' | 'text'> {
  const raw = (map.toJSON() as { proposals?: Array<{ field?: string; value?: unknown; line?: number; paragraphs?: unknown; quote?: string; why?: string }> }).proposals ?? [];
  const open: ListedProposal[] = raw.map((x, i) => ({ n: i + 1, field: String(x.field), value: String(x.value ?? ''), line: x.line ?? 0, paragraphs: Array.isArray(x.paragraphs) ? x.paragraphs.map(Number) : [], quote: String(x.quote ?? ''), why: String(x.why ?? '') }));
  const reject = new Set(choice.reject ?? []);
  const accept = new Set(choice.accept ?? []);
  for (const n of [...reject, ...accept]) if (!open.some((x) => x.n === n)) throw new ProposalError(`${file}: there is no proposal ${n} (${what} lists ${open.length})`);
  for (const n of reject) if (accept.has(n)) throw new ProposalError(`${file}: proposal ${n} is both accepted and rejected`);
  const accepted = open.filter((x) => !reject.has(x.n) && (choice.all || accept.has(x.n)));
  const rejected = open.filter((x) => reject.has(x.n));
  for (const x of accepted) applyOne(x);
  const done = new Set([...accepted, ...rejected].map((x) => x.n - 1));
  const proposals = map.get('proposals');
  if (isSeq(proposals)) {
    proposals.items = proposals.items.filter((_, i) => !done.has(i));
    if (proposals.items.length === 0) map.delete('proposals');
  }
  const answered = (x: ListedProposal): Answered => ({ n: x.n, field: x.field, value: x.value, ...(x.line ? { line: x.line } : {}), ...(x.paragraphs.length ? { p: x.paragraphs[0] } : {}) });
  return { accepted: accepted.map(answered), rejected: rejected.map(answered), open: open.length - done.size };
}

/** What the proposals missed, as an editor adds it: a method or theme with the words that evidence it, or a key figure with the editors' label. */
export interface MissedItem {
  field: 'methods' | 'themes' | 'keyFigures';
  /** The method's or theme's id (taxonomy). */
  value?: string | undefined;
  /** A key figure's label (the editors' words). */
  label?: string | undefined;
  /** The paragraph the words stand in (the site's numbering). */
  p: number;
  /** Words exactly as they stand in paragraph p. */
  quote: string;
  /** Put these words in place of the evidence the method or theme already carries. */
  replace?: boolean | undefined;
}

/** The label the first counted figure of `quote` is proposed (key-figures.ts), if any: what an editor adding a figure may take. */
function quoteLabel(quote: string): string | undefined {
  const clause = quote.split(/[，。；！？]/u).find((c) => countedFigures(c).length > 0);
  const m = clause === undefined ? undefined : countedFigures(clause)[0];
  return clause && m ? figureLabel(clause, m.at, m.figure.length) : undefined;
}

/** The taxonomy a tag added by hand must belong to. */
export interface Taxonomy {
  methods: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>;
  themes: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * Adds what the proposals missed, with the editor's words as its grounds: the
 * words must stand in their paragraph word for word (the evidence rule of
 * check:content), a tag must be in the taxonomy, a key figure needs its label.
 * It is written as one more proposal and accepted at once, so `apply` stays
 * the one place that knows how an accepted tag or figure is written. Nothing
 * the draft already carries is overwritten unless `replace` says so (a tag's
 * evidence); an open proposal for the same tag is named instead. The warnings
 * check:content would give the words (an aim, a bare list item) come back as
 * notes. One message per problem; a refused addition changes nothing.
 */
export function addMissed(source: string, add: MissedItem, taxonomy: Taxonomy, file = 'draft'): AcceptResult {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new ProposalError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) throw new ProposalError(`${file}: frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const fields = ['methods', 'themes', 'keyFigures'] as const;
  if (!fields.includes(add.field)) throw new ProposalError(`${file}: cannot add ${String(add.field)}; add one of ${fields.join(', ')}`);
  const at = `${file}: ${add.field}`;
  const problems: string[] = [];
  const tag = add.field !== 'keyFigures';
  const known = add.field === 'methods' ? taxonomy.methods : add.field === 'themes' ? taxonomy.themes : [];
  if (tag && !add.value) problems.push(`${at}: which ${add.field === 'methods' ? 'method' : 'theme'}? give its id (--value)`);
  else if (tag && !known.some((t) => t.id === add.value)) problems.push(`${file}: ${checkMessage('add-not-in-taxonomy', { field: add.field, value: add.value!, noun: add.field === 'methods' ? 'method' : 'theme' })}`);
  if (!tag && !add.label?.trim()) {
    const label = quoteLabel(add.quote);
    problems.push(`${file}: ${label ? checkMessage('add-figure-label-proposed', { label }) : checkMessage('add-figure-label', {})}`);
  }
  if (!tag && add.value !== undefined) problems.push(`${at}: a key figure takes a label, not a value`);
  if (tag && add.label !== undefined) problems.push(`${at}: a ${add.field === 'methods' ? 'method' : 'theme'} takes its id (--value), not a label`);
  if (!tag && add.replace) problems.push(`${at}: --replace goes with a method or theme; change an accepted figure's label with --relabel`);
  const paragraph = add.p >= 1 ? caseParagraphs(source.slice(m[0].length)).find((x) => x.p === add.p) : undefined;
  if (!Number.isInteger(add.p) || add.p < 1) problems.push(`${at}: the grounds need a body paragraph (p 1 or more), not p ${add.p}`);
  else if (!paragraph) problems.push(`${at}: the draft has no paragraph ${add.p} (npm run paragraphs -- ${file})`);
  else if (!add.quote.trim() || !paragraph.text.includes(add.quote)) problems.push(`${file}: ${checkMessage('add-words-not-in-paragraph', { field: add.field, quote: add.quote, p: add.p, start: paragraph.text.slice(0, 40), file })}`);
  const data = (doc.toJS() ?? {}) as { methods?: unknown[]; themes?: unknown[]; evidence?: Record<string, { p?: number; quote?: string }>; keyFigures?: Array<{ label?: string; quote?: string }>; proposals?: Array<{ field?: string; value?: unknown }> };
  if (tag && add.value) {
    const carried = (data[add.field] ?? []).map(String).includes(add.value);
    const ev = data.evidence?.[add.value];
    if (carried && !add.replace) {
      problems.push(ev?.p !== undefined && ev.quote !== undefined ? `${file}: ${checkMessage('add-already-carried', { field: add.field, value: add.value, p: ev.p, quote: ev.quote })}` : `${at}: the draft already carries ${add.value}; add --replace to put these words in its place`);
    }
    const open = (data.proposals ?? []).findIndex((x) => x.field === add.field && x.value === add.value);
    if (open !== -1) problems.push(`${file}: ${checkMessage('add-already-proposed', { field: add.field, n: open + 1, value: add.value, p: add.p })}`);
  }
  if (!tag && (data.keyFigures ?? []).some((k) => k.quote === add.quote)) problems.push(`${at}: the draft already has a key figure quoting “${add.quote}”; change its label with --relabel`);
  if (problems.length) throw new ProposalError(problems.join('\n'));

  const value = tag ? add.value : { label: add.label!.trim() };
  const proposal = doc.createNode({ field: add.field, value, p: add.p, quote: add.quote, why: '编者添加' }, { flow: true });
  const list = doc.get('proposals');
  if (isSeq(list)) list.items.push(proposal);
  else doc.set('proposals', doc.createNode([proposal]));
  const n = (doc.get('proposals') as { items: unknown[] }).items.length;
  const result = answerProposals(`---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m[0].length)}`, { accept: [n] }, taxonomy.methods, file);
  const warnings = add.field === 'methods' ? [aimWord(paragraph!.text, add.quote) && `check:content will read “${add.quote}” as an aim (${aimWord(paragraph!.text, add.quote)}…): quote words that tell it done, or give evidence.${add.value}.reason`] : [];
  if (tag && isListItem(paragraph!.text, add.quote)) warnings.push(`check:content will read “${add.quote}” as a bare item of a 、-list: quote the clause around it, or give evidence.${add.value}.reason`);
  return { ...result, notes: [...result.notes, ...warnings.filter((w): w is string => Boolean(w))] };
}

/**
 * Takes an accepted method or theme out of a draft with what went with it: its
 * evidence and a `proposed` mark. False when the draft does not carry it. The
 * desk's 删去 and `accept --remove` both use it.
 */
export function dropTag(doc: Document, field: 'methods' | 'themes', id: string): boolean {
  const drop = (key: string) => {
    const seq = doc.get(key);
    if (!isSeq(seq)) return false;
    const before = seq.items.length;
    seq.items = seq.items.filter((x) => String((x as { value?: unknown }).value ?? x) !== id);
    if (seq.items.length === 0) doc.delete(key);
    return seq.items.length < before;
  };
  if (!drop(field)) return false;
  drop('proposed');
  if (doc.hasIn(['evidence', id])) doc.deleteIn(['evidence', id]);
  const evidence = doc.get('evidence');
  if (isMap(evidence) && evidence.items.length === 0) doc.delete('evidence');
  return true;
}

/**
 * Lists an accepted method under `proposed` (the text only urges it: the page
 * marks it 文中仅倡议, content/README.md §13), or takes it off that list. False
 * when the draft does not carry the method. The desk's 移作倡议 and `accept
 * --urged / --done` both use it.
 */
export function markProposed(doc: Document, id: string, urged: boolean): boolean {
  const ids = (key: string) => listOf(doc, key).map(String);
  if (!ids('methods').includes(id)) return false;
  const proposed = ids('proposed').filter((x) => x !== id);
  const next = urged ? [...proposed, id] : proposed;
  if (next.length) doc.set('proposed', next);
  else doc.delete('proposed');
  return true;
}

/**
 * `accept --urged methods:id` (urged) and `--done methods:id` (not urged): markProposed on a draft's text.
 * A method taken off `proposed` whose quote check:content still reads as an aim needs the editors' reason
 * (evidence.<id>.reason): `reason` writes it; without one, `note` says it is wanted.
 */
export function urgeTag(source: string, id: string, urged: boolean, file = 'draft', reason?: string): { text: string; note?: string } {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new ProposalError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (!markProposed(doc, id, urged)) throw new ProposalError(`${file}: methods: the draft carries no ${id} (only an accepted method is listed under proposed; its methods are listed by npm run accept -- ${file})`);
  if (reason !== undefined && (urged || !reason.trim())) throw new ProposalError(`${file}: --reason goes with --done and says, in the editors' words, why the text tells ${id} done`);
  const evidence = doc.getIn(['evidence', id]);
  const ev = isMap(evidence) ? (evidence.toJSON() as { p?: number; quote?: string }) : undefined;
  const paragraph = ev ? caseParagraphs(source.slice(m[0].length)).find((x) => x.p === ev.p)?.text : undefined;
  const aim = !urged && ev?.quote && paragraph ? aimWord(paragraph, ev.quote) : undefined;
  // check:content's other call for a reason: words that are one item of a list.
  const listed = !urged && ev?.quote && paragraph ? isListItem(paragraph, ev.quote) : false;
  if (reason !== undefined && !isMap(evidence)) throw new ProposalError(`${file}: evidence.${id} is not a { p, quote } entry; its reason goes there (nothing changed)`);
  // check:content refuses a reason where nothing asks for one (evidence-reason-unneeded).
  if (reason !== undefined && !aim && !listed) throw new ProposalError(`${file}: check:content reads evidence.${id} (“${ev?.quote ?? ''}”) as told done: it needs no reason, and would refuse one`);
  if (reason !== undefined && isMap(evidence)) evidence.set('reason', reason.trim());
  const note = aim && reason === undefined ? `check:content reads its quote “${ev!.quote}” as an aim (${aim}…): give the editors' reason with --done methods:${id} --reason 文字, or quote words that tell it done` : undefined;
  return { text: `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m[0].length)}`, ...(note ? { note } : {}) };
}

/** `accept --remove methods:id`: an accepted tag taken out again (the editor judged it a passing mention, or wrong). */
export function removeTag(source: string, field: 'methods' | 'themes', id: string, file = 'draft'): { text: string } {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new ProposalError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (!dropTag(doc, field, id)) throw new ProposalError(`${file}: ${field}: the draft carries no ${id} (its ${field} are listed by npm run accept -- ${file})`);
  return { text: `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m[0].length)}` };
}

/**
 * Rewrites the label of the draft's accepted key figure `n` (1-based, in the
 * order of keyFigures): the label is the editors' words, the quote stays.
 */
export function relabelFigure(source: string, n: number, label: string, file = 'draft'): { text: string; before: { label: string; quote: string }; after: { label: string; quote: string } } {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new ProposalError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) throw new ProposalError(`${file}: frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const figures = doc.get('keyFigures');
  const count = isSeq(figures) ? figures.items.length : 0;
  const item = isSeq(figures) ? figures.items[n - 1] : undefined;
  const problems: string[] = [];
  if (!Number.isInteger(n) || !isMap(item)) problems.push(`${file}: keyFigures: there is no accepted key figure ${n} (the draft has ${count}${count ? '' : '; an open proposal’s label is changed with --edit N --label'})`);
  if (!label.trim()) problems.push(`${file}: keyFigures[${n - 1}].label: the new label is empty`);
  if (problems.length) throw new ProposalError(problems.join('\n'));
  const map = item as YAMLMap;
  const before = { label: String(map.get('label') ?? ''), quote: String(map.get('quote') ?? '') };
  if (before.label === label.trim()) throw new ProposalError(`${file}: keyFigures[${n - 1}].label already reads “${before.label}”; nothing to change`);
  const head = setStringInPlace(m[1]!, ['keyFigures', n - 1, 'label'], label.trim());
  if (head === undefined) throw new ProposalError(`${file}: keyFigures[${n - 1}].label could not be rewritten in place; nothing changed`);
  return { text: `---\n${head}---\n${source.slice(m[0].length)}`, before, after: { ...before, label: label.trim() } };
}
