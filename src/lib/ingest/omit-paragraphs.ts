/**
 * Omitting paragraphs of a case or draft that are no text of its author — a
 * compiler's case number (典型案例之二) or region line (（湖北省）) inside the
 * case's raw range, a caption, an editor's note — as one `omit` entry of
 * `corrections` (content/README.md §6), and putting such a block back. The
 * paragraphs after it are renumbered, so every field of the file that names a
 * paragraph follows: the corrections, the proposals, evidence, passing, and
 * the 第N段 of `# 待核` lines and proposals' grounds. Trial 20's editor did all
 * this by hand (and renumbered 18 proposals). A field that cites an omitted
 * paragraph is not guessed at: the omission is refused, naming it.
 *
 * Browser-safe, text in and text out, as record-reading.ts, whose loading,
 * splicing and read-back it shares.
 */
import { isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import type { Correction } from '../../schemas/correction.ts';
import { buildEdition, EditionError, mergeJoins, numberBlocks, type EditionBlock } from '../edition.ts';
import { yearsStated } from '../kinds.ts';
import { escapeMdxText } from '../mdx-text.ts';
import { cutItem, describe, insertEntry, load, ReadingError, readBack, removeReading, type Edit, type Loaded, type RecordOptions, type RemoveResult } from './record-reading.ts';

type Omission = Extract<Correction, { type: 'omit' }>;

/** What an editor asks to omit: paragraphs `p` to `through` as `npm run paragraphs` numbers them, what they are, and a remark. */
export interface OmitRequest {
  p: number;
  through?: number | undefined;
  role: string;
  note?: string | undefined;
}

export interface OmitResult {
  text: string;
  entry: Omission;
  /** Its index in `corrections`. */
  index: number;
  /** The paragraphs left out, as the body showed them. */
  omitted: EditionBlock[];
  /** What else changed with it, one line each (the numbers that moved). */
  notes: string[];
  /** Each old paragraph number's new one; undefined for an omitted paragraph. */
  renumber: (p: number) => number | undefined;
}

/** The number of edition paragraphs before an omitted block (edition.ts counts the same way). */
const anchoredAfter = (o: Omission) => (o.before ? o.p - 1 : o.p);

/** A paragraph number's place in the frontmatter: the path to it and its value. */
interface NumberAt {
  path: Array<string | number>;
  p: number;
  label: string;
}

/** Every paragraph number the frontmatter states outside `corrections`: proposals', evidence's and passing mentions'. */
function numbersOf(data: Record<string, unknown>): NumberAt[] {
  const out: NumberAt[] = [];
  const proposals = Array.isArray(data.proposals) ? (data.proposals as Array<Record<string, unknown>>) : [];
  proposals.forEach((x, i) => {
    if (typeof x?.p === 'number') out.push({ path: ['proposals', i, 'p'], p: x.p, label: `proposal ${i + 1} (${String(x.field)} ${typeof x.value === 'string' ? `“${x.value}”` : ''}: “${String(x.quote ?? '')}”)` });
  });
  const evidence = data.evidence && typeof data.evidence === 'object' ? Object.entries(data.evidence as Record<string, Record<string, unknown>>) : [];
  for (const [id, e] of evidence) if (typeof e?.p === 'number') out.push({ path: ['evidence', id, 'p'], p: e.p, label: `evidence.${id} (“${String(e.quote ?? '')}”)` });
  const passing = data.passing && typeof data.passing === 'object' ? Object.entries(data.passing as Record<string, unknown>) : [];
  for (const [id, list] of passing) {
    if (Array.isArray(list)) list.forEach((p, k) => typeof p === 'number' && out.push({ path: ['passing', id, k], p, label: `passing.${id}` }));
  }
  return out;
}

/** The frontmatter edit that sets the number at `path` to `p`. */
function numberEdit(f: Loaded, path: Array<string | number>, p: number): Edit {
  const node = f.doc.getIn(path, true) as Scalar | undefined;
  if (!isScalar(node) || !node.range) return f.fail(`${path.join('.')}: the paragraph number could not be rewritten in place; nothing changed`);
  return { start: node.range[0], end: node.range[1], insert: String(p) };
}

/** Sets a value at `path` of plain data. */
function setIn(data: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): void {
  const holder = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, data);
  holder[path.at(-1)!] = value;
}

const SAID = /第(\d+)段/gu;

/**
 * The 第N段 that `# 待核` lines and proposals' grounds (why) say, renumbered by
 * `shift` (undefined: a paragraph no longer there, left as it is and noted).
 */
function renumberSayings(f: Loaded, shift: (p: number) => number | undefined, edits: Edit[], expected: Record<string, unknown>, notes: string[]): void {
  const move = (text: string, where?: string) =>
    text.replace(SAID, (all, n: string) => {
      const to = shift(Number(n));
      if (to === undefined && where) notes.push(`${where} speaks of paragraph ${n}, which is left out now: read it again`);
      return to === undefined ? all : `第${to}段`;
    });
  let offset = 0;
  for (const line of f.fm.split('\n')) {
    if (/^#\s*待核：/u.test(line)) {
      const now = move(line, `the line “${line.trim()}”`);
      if (now !== line) edits.push({ start: offset, end: offset + line.length, insert: now });
    }
    offset += line.length + 1;
  }
  const proposals = Array.isArray(f.data.proposals) ? (f.data.proposals as Array<Record<string, unknown>>) : [];
  proposals.forEach((x, i) => {
    if (typeof x?.why !== 'string' || !/第\d+段/u.test(x.why)) return;
    const node = f.doc.getIn(['proposals', i, 'why'], true) as Scalar | undefined;
    if (!isScalar(node) || !node.range) return;
    // Digits stand as themselves in every YAML scalar style: the source of the scalar is renumbered where it stands.
    const source = f.fm.slice(node.range[0], node.range[1]);
    const now = move(source, `proposal ${i + 1}'s ground`);
    if (now === source) return;
    edits.push({ start: node.range[0], end: node.range[1], insert: now });
    setIn(expected, ['proposals', i, 'why'], move(x.why));
  });
}

/** The frontmatter with `edits` made, from the end back. */
const applyEdits = (fm: string, edits: readonly Edit[]) => [...edits].sort((a, b) => b.start - a.start || b.end - a.end).reduce((text, e) => text.slice(0, e.start) + e.insert + text.slice(e.end), fm);

/**
 * Renumbers the paragraph numbers of proposals, evidence and passing, and
 * the 第N段 the file says, by `shift`, handing each number the change
 * leaves without a paragraph to `refuse`. Returns the frontmatter edits and
 * the data the file will then read as, with `next` as its corrections.
 */
function renumberFields(f: Loaded, shift: (p: number) => number | undefined, next: Correction[], refuse: (at: NumberAt) => never): { edits: Edit[]; expected: Record<string, unknown>; notes: string[] } {
  const expected = structuredClone(f.data);
  const edits: Edit[] = [];
  const notes: string[] = [];
  let moved = 0;
  for (const at of numbersOf(f.data)) {
    const to = shift(at.p);
    if (to === undefined) refuse(at);
    if (to === at.p) continue;
    edits.push(numberEdit(f, at.path, to!));
    setIn(expected, at.path, to);
    moved++;
  }
  if (moved) notes.push(`${moved} paragraph number(s) of proposals, evidence and passing renumbered`);
  renumberSayings(f, shift, edits, expected, notes);
  if (next.length) expected.corrections = next;
  else delete expected.corrections;
  return { edits, expected, notes };
}

/** The body with blocks [from, to] of the edition (indices into f.before) cut out. */
function cutBlocks(f: Loaded, from: number, to: number): string {
  // The blank lines between blocks go with the cut block: at the head those after it, else those before it.
  const start = from === 0 ? f.nodes[0]!.position!.start.offset! : f.nodes[from - 1]!.position!.end.offset!;
  const end = from === 0 ? f.nodes[to + 1]!.position!.start.offset! : f.nodes[to]!.position!.end.offset!;
  return f.body.slice(0, start) + f.body.slice(end);
}

/**
 * What the editors' fields say the text states must still stand in it without the omitted paragraphs (check:content
 * holds them to it): a key figure's quote, a year not marked inferred that the text stated before.
 */
function refuseUnstated(f: Loaded, after: readonly EditionBlock[], span: string): void {
  // A key figure names no paragraph: its quote must still stand in the text.
  const figures = Array.isArray(f.data.keyFigures) ? (f.data.keyFigures as Array<{ quote?: unknown }>) : [];
  figures.forEach((k, i) => {
    if (typeof k?.quote === 'string' && !after.some((b) => b.text.includes(k.quote as string))) f.fail(`keyFigures[${i}] quotes “${k.quote}” of ${span}, which would be left out: cite other words first`);
  });

  // A year the editors give must stand in the text (check:content): one that only these paragraphs state goes with them.
  const inferred = (f.data.inferred ?? {}) as { years?: unknown };
  const years = Array.isArray(f.data.years) && !inferred.years ? (f.data.years as unknown[]) : [];
  const statedAfter = yearsStated(after.map((b) => b.text).join('\n'));
  const statedBefore = yearsStated(f.before.map((b) => b.text).join('\n'));
  years.forEach((y, i) => {
    if (typeof y === 'number' && statedBefore.includes(y) && !statedAfter.includes(y)) f.fail(`years[${i}]: ${y} stands only in ${span}, which would be left out: give the years the text states, or mark it (inferred.years: why) first`);
  });
}

/**
 * Omits paragraphs `request.p`..`request.through` of `text` (a case or draft
 * MDX): they leave the body for one `omit` entry holding their raw text
 * verbatim, anchored after the paragraph before them (before p1 at the head),
 * and every paragraph number after them moves up. Throws ReadingError, naming
 * the file and the paragraph, when they are not whole paragraphs of the raw
 * text, would leave no body, or are cited (a proposal, evidence, a note).
 */
export function omitParagraphs(text: string, request: OmitRequest, options: Pick<RecordOptions, 'rawLines' | 'file'>): OmitResult {
  const f = load(text, options.rawLines, options.file ?? 'case');
  const block = blockOf(f, request);
  const { p, through, span, from, to } = block;
  const next = correctionsWithout(f, block, options.file ?? 'the file');
  const { entry, index } = omissionOf(f, block, request);
  next.splice(index, 0, entry);
  const after = editionWithout(f, block, next);
  refuseUnstated(f, after, span);

  const shift = (q: number) => (q >= p && q <= through ? undefined : q > through ? q - block.n : q);
  const { edits, expected, notes } = renumberFields(f, shift, next, (at) =>
    f.fail(`${at.label} cites p${at.p}, which would be left out: ${at.path[0] === 'proposals' ? `reject it first (npm run accept -- ${options.file ?? 'the file'} --reject ${Number(at.path[1]) + 1}) or quote other words` : 'cite other words first'}`),
  );
  f.corrections.forEach((c, i) => {
    const now = next[i < index ? i : i + 1]!;
    if (now.p !== c.p) edits.push(numberEdit(f, ['corrections', i, 'p'], now.p));
  });
  edits.push(insertEntry(f, entry, index));
  if (through < block.count) notes.unshift(`the paragraphs after p${through} are renumbered: p${through + 1} is now p${p}`);
  return { text: readBack(f, applyEdits(f.fm, edits), cutBlocks(f, from, to), expected, after, 'with this omission'), entry, index, omitted: f.before.slice(from, to + 1), notes, renumber: shift };
}

/** The paragraphs asked for: p..through of count, as a refusal names them (span), at blocks from..to of the text, n of them. */
interface Block {
  p: number;
  through: number;
  count: number;
  span: string;
  from: number;
  to: number;
  n: number;
}

/** The block asked for, checked: paragraphs there are, not the whole text, said what it is, no 【点评】 of it. */
function blockOf(f: Loaded, request: OmitRequest): Block {
  const { fail } = f;
  const { p } = request;
  const through = request.through ?? p;
  const count = f.before.filter((b) => b.p !== null).length;
  const span = through > p ? `p${p}–p${through}` : `p${p}`;
  if (p < 1 || p > count) fail(`p${p}: there is no paragraph ${p} (the text has ${count}; npm run paragraphs lists them)`);
  if (through < p || through > count) fail(`--through ${through}: give a paragraph from ${p} to ${count}`);
  if (p === 1 && through === count) fail(`${span}: that is the whole text; an omission leaves out a block inside it (a case with no text of its author is no case)`);
  if (!request.role.trim()) fail(`${span}: say what the block is (--role 汇编者所加案例序号, 图片说明, 编者注, 页面杂项…)`);
  const from = f.before.findIndex((b) => b.p === p);
  const to = f.before.findIndex((b) => b.p === through);
  keepCommentary(f.before, p, through, span, fail);
  return { p, through, count, span, from, to, n: through - p + 1 };
}

/** The corrections once the block is gone: none may be about an omitted paragraph; those after it move up. */
function correctionsWithout(f: Loaded, { p, through, span, n }: Block, file: string): Correction[] {
  const { fail } = f;
  const inside = (q: number) => q >= p && q <= through;
  const next: Correction[] = [];
  f.corrections.forEach((c, i) => {
    const entry = `entry ${i + 1} of corrections (${describe(c)})`;
    if (c.type === 'join' && inside(c.p)) fail(`p${c.p} is raw paragraphs the capture broke, rejoined (${entry}): not a whole paragraph of the raw text, which an omission takes; nothing changed`);
    if (c.type === 'omit') {
      const at = anchoredAfter(c);
      if (at >= p && at < through) fail(`${entry} stands between p${at} and p${at + 1}: take it out first (--remove ${i + 1}) and omit the whole block in one run`);
      if (at === through && p === 1) fail(`${entry} stands right after ${span}, which is at the head of the text: take it out first (--remove ${i + 1}) and omit the whole block in one run`);
      next.push(at === through ? { ...c, p: p - 1 } : at > through ? { ...c, p: c.p - n } : c);
      return;
    }
    if (inside(c.p)) fail(`p${c.p} carries ${entry}: take it out first (npm run correct -- ${file} --remove ${i + 1})`);
    next.push(c.p > through ? { ...c, p: c.p - n } : c);
  });
  return next;
}

/** The omit entry — the raw paragraphs as the joins left them (none joined here), verbatim — and where it stands in the list. */
function omissionOf(f: Loaded, { p, from, to }: Block, request: OmitRequest): { entry: Omission; index: number } {
  const joined = numberBlocks(mergeJoins(f.raw, f.corrections));
  const entry: Omission = { type: 'omit', p: p === 1 ? 1 : p - 1, ...(p === 1 ? { before: true as const } : {}), text: joined.slice(from, to + 1).map((b) => b.text), role: request.role.trim(), ...(request.note?.trim() ? { note: request.note.trim() } : {}) };
  // In the list's paragraph order: after every entry about the text before the block.
  const index = f.corrections.filter((c) => (c.type === 'omit' ? anchoredAfter(c) < p : c.p < p)).length;
  return { entry, index };
}

/** The edition the corrections give, which must be the old one without these paragraphs: else they were not whole raw paragraphs. */
function editionWithout(f: Loaded, { span, from, to }: Block, next: readonly Correction[]): EditionBlock[] {
  let after: EditionBlock[];
  try {
    after = buildEdition(f.raw, next);
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    return f.fail(`${span}: not whole paragraphs of the raw text (${error.message}); nothing changed`);
  }
  const expectedBlocks = [...f.before.slice(0, from), ...f.before.slice(to + 1)].map((b) => b.text);
  if (after.length !== expectedBlocks.length || after.some((b, i) => b.text !== expectedBlocks[i])) f.fail(`${span}: not whole paragraphs of the raw text (the edition without them would read otherwise); nothing changed`);
  return after;
}

/** Why a 【点评】 stays, as a refusal says it: the lead's decision after trial 20. */
const COMMENTARY_STAYS = "the compilers' comment, shown on the page marked as theirs";

/**
 * No omission takes a 【点评】's label or the paragraph that opens its text:
 * the 点评 is the compilers' comment, printed marked as theirs, never a block
 * to leave out (a case number after it may go). Refused in one line naming
 * the paragraph and what to omit instead.
 */
function keepCommentary(blocks: readonly EditionBlock[], p: number, through: number, span: string, fail: (message: string) => never): void {
  blocks.forEach((b, i) => {
    if (b.p !== null) return;
    const last = blocks.slice(0, i).findLast((x) => x.p !== null)?.p ?? 0;
    const first = blocks.slice(i + 1).flatMap((x) => (x.p === null ? [] : [x.p]))[0];
    const before = p === last ? `p${p} (--omit ${p})` : `p${p}–p${last} (--omit ${p} --through ${last})`;
    if (p <= last && through > last) fail(`${span}: the 【点评】 label stands between p${last} and p${last + 1}: the 点评 is ${COMMENTARY_STAYS}, and stays; omit only ${before}, and a block after its text in a run of its own`);
    if (first === undefined || p > first || through < first) return;
    if (p === first && through === first) fail(`p${first} is the text of the 【点评】 (its first paragraph): ${COMMENTARY_STAYS}, stays; omit only a block after it that is not theirs (a case number, page chrome)`);
    fail(`${span} takes the text of the 【点评】 (p${first}, its first paragraph): ${COMMENTARY_STAYS}, stays; omit only a block after it that is not theirs (a case number, page chrome)`);
  });
}

/**
 * Takes entry `n` of corrections out: an omission's paragraphs go back into
 * the body where they stood and the paragraph numbers after them move down;
 * any other entry as removeReading takes it out.
 */
export function removeEntry(text: string, n: number, options: Pick<RecordOptions, 'rawLines' | 'file'>): RemoveResult {
  const f = load(text, options.rawLines, options.file ?? 'case');
  const removed = f.corrections[n - 1];
  if (removed?.type !== 'omit') return removeReading(text, n, options);
  const at = anchoredAfter(removed);
  const m = removed.text.length;
  const next: Correction[] = [];
  f.corrections.forEach((c, i) => {
    if (c === removed) return;
    // An omission at the same place stands before or after the block as the list orders them.
    const later = c.type === 'omit' ? anchoredAfter(c) > at || (anchoredAfter(c) === at && i > n - 1) : c.p > at;
    if (later && c.type === 'omit' && c.before) f.fail(`entry ${i + 1} of corrections (${describe(c)}) stands before p1 after this block: edit the two by hand`);
    next.push(later ? { ...c, p: c.p + m } : c);
  });
  let after: EditionBlock[];
  try {
    after = buildEdition(f.raw, next);
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    return f.fail(`without entry ${n} of corrections, the edition does not build: ${error.message}`);
  }
  const j = after.findIndex((b) => b.p === at + 1);
  const back = after.slice(j, j + m);
  const expectedBlocks = [...f.before.slice(0, j), ...back, ...f.before.slice(j)].map((b) => b.text);
  if (back.length !== m || after.length !== expectedBlocks.length || after.some((b, i) => b.text !== expectedBlocks[i])) f.fail(`entry ${n} of corrections: its paragraphs do not go back where it stands; run npm run check:content`);

  const shift = (q: number) => (q > at ? q + m : q);
  const { edits, expected, notes } = renumberFields(f, shift, next, () => f.fail('unreachable'));
  f.corrections.forEach((c, i) => {
    if (c === removed) return;
    const now = next[i < n - 1 ? i : i - 1]!;
    if (now.p !== c.p) edits.push(numberEdit(f, ['corrections', i, 'p'], now.p));
  });
  edits.push(cutItem(f, 'corrections', n - 1));
  const insert = back.map((b) => escapeMdxText(b.text));
  const body =
    j === 0
      ? f.body.slice(0, f.nodes[0]!.position!.start.offset!) + insert.map((t) => `${t}\n\n`).join('') + f.body.slice(f.nodes[0]!.position!.start.offset!)
      : f.body.slice(0, f.nodes[j - 1]!.position!.end.offset!) + insert.map((t) => `\n\n${t}`).join('') + f.body.slice(f.nodes[j - 1]!.position!.end.offset!);
  notes.unshift(`p${at + 1}${m > 1 ? `–p${at + m}` : ''} back in the text; the paragraphs after it are renumbered`);
  const changed = back.map((b) => ({ p: b.p!, before: '', after: b.text }));
  return { text: readBack(f, applyEdits(f.fm, edits), body, expected, after, `without entry ${n}`), removed, changed, notes, renumber: shift };
}

/**
 * The teaching note of a case whose paragraphs were renumbered (`renumber`,
 * from omitParagraphs or removeEntry), its `paragraphs` lists following, in
 * place; its wording is the editors' and stays, but an item that says 第N段
 * of a moved paragraph is named. Throws ReadingError naming the item that
 * rests on a paragraph left out.
 */
export function renumberTeaching(text: string, renumber: (p: number) => number | undefined, file: string): { text: string; notes: string[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new ReadingError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const edits: Edit[] = [];
  const notes: string[] = [];
  const expected = structuredClone(doc.toJS() ?? {}) as Record<string, Array<Record<string, unknown>> | unknown>;
  for (const key of ['proposals', 'questions', 'points']) {
    const list = doc.get(key, true);
    if (!isSeq(list)) continue;
    list.items.forEach((_, i) => {
      const where = `${key}[${i}]`;
      const said = doc.getIn([key, i, key === 'proposals' ? 'value' : 'text']);
      if (typeof said === 'string') {
        for (const m of said.matchAll(SAID)) if (renumber(Number(m[1])) !== Number(m[1])) notes.push(`${file}: ${where} says 第${m[1]}段, ${renumber(Number(m[1])) === undefined ? 'which is left out now' : `now p${renumber(Number(m[1]))}`}: read it again`);
      }
      const paragraphs = doc.getIn([key, i, 'paragraphs'], true);
      if (!isSeq(paragraphs)) return;
      paragraphs.items.forEach((node, k) => {
        if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return;
        const to = renumber(node.value);
        if (to === undefined) throw new ReadingError(`${file}: ${where} rests on p${node.value}, which would be left out: give it other paragraphs first`);
        if (to === node.value) return;
        edits.push({ start: node.range[0], end: node.range[1], insert: String(to) });
        ((expected[key] as Array<Record<string, number[]>>)[i]!.paragraphs!)[k] = to;
      });
    });
  }
  const out = applyEdits(text, edits);
  if (JSON.stringify(parseDocument(out).toJS()) !== JSON.stringify(expected)) throw new ReadingError(`${file}: the teaching note would not read back as intended; nothing changed (please report this)`);
  if (edits.length) notes.unshift(`${file}: ${edits.length} paragraph number(s) renumbered`);
  return { text: out, notes };
}

/**
 * The named practices (taxonomy/practices.yaml) whose definition quotes case `id` by paragraph, their numbers
 * following `renumber` (from omitParagraphs or removeEntry), in place: else check:content finds the quote gone from
 * its paragraph. Throws ReadingError naming the practice whose quote rests on a paragraph left out.
 */
export function renumberPractices(text: string, id: string, renumber: (p: number) => number | undefined, file: string): { text: string; notes: string[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new ReadingError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const edits: Edit[] = [];
  const expected = structuredClone(doc.toJS() ?? []) as Array<{ definition?: { quotes: Array<{ p: number }> } }>;
  const practices = doc.contents;
  if (isSeq(practices)) {
    practices.items.forEach((_, i) => {
      if (doc.getIn([i, 'definition', 'case']) !== id) return;
      const quotes = doc.getIn([i, 'definition', 'quotes'], true);
      if (!isSeq(quotes)) return;
      quotes.items.forEach((_, k) => {
        const node = doc.getIn([i, 'definition', 'quotes', k, 'p'], true);
        if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return;
        const to = renumber(node.value);
        if (to === undefined) throw new ReadingError(`${file}: [${i}] ${String(doc.getIn([i, 'id']))}.definition.quotes[${k}] quotes p${node.value} of case "${id}", which would be left out: quote other words first`);
        if (to === node.value) return;
        edits.push({ start: node.range[0], end: node.range[1], insert: String(to) });
        expected[i]!.definition!.quotes[k]!.p = to;
      });
    });
  }
  const out = applyEdits(text, edits);
  if (JSON.stringify(parseDocument(out).toJS()) !== JSON.stringify(expected)) throw new ReadingError(`${file}: the named practices would not read back as intended; nothing changed (please report this)`);
  return { text: out, notes: edits.length ? [`${file}: ${edits.length} paragraph number(s) of named practices' definitions renumbered`] : [] };
}
