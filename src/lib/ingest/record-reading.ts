/**
 * Recording one reading of a case or draft — a correction, a doubt, a lacuna —
 * the way the editors' guide asks: as a `corrections` entry, with the body
 * regenerated from the raw text and the corrections by the edition builder
 * (edition.ts), never typed by hand. The reading is checked against its
 * paragraph first, an entry that would claim words another note claims is
 * refused, and a doubt proposal about the same words is answered. Nothing else
 * in the file changes: the entry is spliced into the frontmatter text, the
 * proposal (and the draft's `# 待核` line it came from) cut out of it, and only
 * the paragraph a correction changes is rewritten; the result is read back and
 * must hold exactly what was meant.
 *
 * Browser-safe (text in, text out): the caller supplies the raw text's lines
 * (node/record-reading-file.ts finds them for a draft or a published case).
 */
import { Document, isMap, isSeq, parseDocument, type Pair, type YAMLSeq } from 'yaml';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { correctionSchema, type Correction } from '../../schemas/correction.ts';
import { bodyTree } from '../case-mdx.ts';
import { markedSpan } from '../collation-notes.ts';
import { applyCorrections, buildEdition, countOccurrences, EditionError, markerOccurrence, mergeJoins, numberBlocks, type EditionBlock } from '../edition.ts';
import { escapeMdxText } from '../mdx-text.ts';
import { normalizePunctuation, splitParagraphs } from '../text.ts';
import { correctionNoteOf, flagLineOf, misreadWords, originalErrorNoteOf } from './reading-flags.ts';
import { flaggedCharacters } from './reading-suspects.ts';
import { setStringInPlace } from './yaml-in-place.ts';

/** One reading an editor records; `p` is the paragraph number the site shows. */
export type Reading =
  | {
      type: 'correct';
      p: number;
      /** The raw words (the edition's punctuation is accepted and recorded as captured). */
      original: string;
      corrected: string;
      note: string;
      /** Which occurrence of `original` in the raw paragraph, when it stands there more than once. */
      nth?: number | undefined;
    }
  | {
      type: 'doubt';
      kind?: 'original-error' | undefined;
      p: number;
      /** The doubted words as they stand in the paragraph. */
      text: string;
      note: string;
      nth?: number | undefined;
    }
  | {
      type: 'lacuna';
      p: number;
      /** The words right before the gap, as they stand in the paragraph. */
      after: string;
      note: string;
    };

export interface RecordOptions {
  /** The lines of the raw text the file's `source.lines` count. */
  rawLines: readonly string[];
  /** Named in messages. */
  file?: string | undefined;
  /** The doubt proposal (1-based, as listed) this reading answers; default: the one doubt proposal about the same words, if exactly one is. */
  proposal?: number | undefined;
  /** Whether a word is the dictionary's (Node's words.ts): lets an original-error's note name the misread words. */
  isWord?: ((word: string) => boolean) | undefined;
}

export interface RecordResult {
  /** The whole new file text. */
  text: string;
  /** The entry as written into `corrections`. */
  entry: Correction;
  /** Its index in `corrections`. */
  index: number;
  /** The doubt proposal answered (removed from `proposals`). */
  answered?: { n: number; value: string; quote: string };
  /** Body paragraphs rewritten by the edition builder. */
  changed: Array<{ p: number; before: string; after: string }>;
  /** What else the editor should know (the raw form recorded, a mark set). */
  notes: string[];
}

export class ReadingError extends Error {}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

/** One change to the frontmatter's text: `insert` in place of [start, end). */
export type Edit = { start: number; end: number; insert: string };

const short = (text: string, max = 60) => (Array.from(text).length <= max ? text : `${Array.from(text).slice(0, max).join('')}…`);

/** What a paragraph holds where the words were looked for: the stretch around their longest start or end that stands there, else its beginning. */
function nearest(text: string, words: string): string {
  const w = Array.from(words);
  for (let n = w.length - 1; n >= 2; n--) {
    for (const part of [w.slice(0, n).join(''), w.slice(-n).join('')]) {
      const at = text.indexOf(part);
      if (at !== -1) return `${at > 12 ? '…' : ''}${text.slice(Math.max(0, at - 12), at + part.length + 12)}${at + part.length + 12 < text.length ? '…' : ''}`;
    }
  }
  return short(text, 60);
}

/** The half-width forms the edition turns into each full-width mark (text.ts FULL_WIDTH). */
const HALF_WIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')' };

/**
 * The places `words` stand in raw text `text`, allowing the differences the
 * edition's punctuation rules make (half-width marks, spaces beside
 * punctuation), so words copied from the published paragraph find their raw form.
 */
function rawForms(text: string, words: string): string[] {
  const chars = Array.from(words.replace(/[\s\u00a0\u3000]+/gu, ''));
  if (chars.length === 0) return [];
  const escape = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const pattern = chars.map((ch) => (HALF_WIDTH[ch] ? `[${escape(ch)}${escape(HALF_WIDTH[ch])}]` : escape(ch))).join('[ \\u00a0\\u3000]*');
  return [...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => m[0]);
}

/** Data compared regardless of key order: the self-check that nothing but the intended change was made. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The offset of the start of the line holding `at`. */
export const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
/** `at`, or the start of the next line when `at` is inside a line. */
export const toLineEnd = (text: string, at: number) => (at === 0 || text[at - 1] === '\n' ? at : text.indexOf('\n', at) + 1 || text.length);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export const describe = (c: Correction) => `${c.type} “${c.type === 'correct' ? c.corrected : c.type === 'doubt' ? c.text : c.type === 'omit' ? c.text.join(' / ') : c.after}”`;

/** The words a reading is about, as the published paragraph shows them. */
const wordsOf = (r: Reading) => (r.type === 'correct' ? normalizePunctuation(r.original) : r.type === 'doubt' ? r.text : r.after);

/** A case or draft as read: its frontmatter (text, document, data), corrections, raw paragraphs, edition and body. */
export interface Loaded {
  fail: (message: string) => never;
  /** The frontmatter block (--- lines included) and the YAML inside it. */
  head: string;
  fm: string;
  doc: Document;
  data: Record<string, unknown>;
  corrections: Correction[];
  raw: string[];
  before: EditionBlock[];
  body: string;
  nodes: RootContent[];
}

/** Reads a case or draft and checks that its body is its raw text with its corrections, as the edition builder makes it. */
export function load(text: string, rawLines: readonly string[], file: string): Loaded {
  // Typed on the name, so that TypeScript narrows after a call.
  const fail: (message: string) => never = (message) => {
    throw new ReadingError(`${file}: ${message}`);
  };
  const m = FRONTMATTER.exec(text) ?? fail('no YAML frontmatter between --- lines');
  const fm = m[1]!;
  const doc = parseDocument(fm);
  if (doc.errors.length) fail(`frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const listed = data.corrections ?? [];
  if (!Array.isArray(listed)) fail('corrections: must be a list');
  const corrections = (listed as unknown[]).map((c, i) => {
    const parsed = correctionSchema.safeParse(c);
    return parsed.success ? parsed.data : fail(`corrections[${i}]: not a valid entry (${parsed.error.issues[0]?.message ?? 'invalid'}); fix it first`);
  });
  const lines = (data.source as { lines?: unknown } | undefined)?.lines;
  if (!Array.isArray(lines) || lines.length !== 2 || !lines.every((n) => Number.isInteger(n))) fail('source.lines: needs [first, last] line numbers of the body in the raw text');
  const [first, last] = lines as [number, number];
  if (last > rawLines.length) fail(`source.lines: line ${last} is past the end of the raw text (${rawLines.length} lines)`);
  const raw = splitParagraphs(rawLines.slice(first - 1, last));
  let before: EditionBlock[];
  try {
    before = buildEdition(raw, corrections);
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    return fail(`corrections: ${error.message}; run npm run check:content and set that right first`);
  }
  const body = text.slice(m[0].length);
  const nodes = bodyTree(body, file).children;
  const blocks = nodes.map((n) => toString(n));
  const differs = before.findIndex((b, i) => b.text !== blocks[i]);
  if (differs !== -1 || blocks.length !== before.length) {
    const i = differs === -1 ? Math.min(blocks.length, before.length) : differs;
    fail(`body: ${before[i]?.p ? `paragraph ${before[i]!.p}` : `block ${i + 1}`} is not the raw text with the recorded corrections (was the body edited by hand?); run npm run check:content and set that right first`);
  }
  return { fail, head: m[0], fm, doc, data, corrections, raw, before, body, nodes };
}

/** The edition with `next` as the corrections, every correction and join still marking the words it made. */
function editionWith(f: Loaded, next: readonly Correction[], skip: Correction | undefined, what: string): EditionBlock[] {
  try {
    const after = buildEdition(f.raw, next);
    next.forEach((c) => {
      if (c === skip || (c.type !== 'correct' && c.type !== 'join')) return;
      if (markerOccurrence(f.raw, next, c) !== (c.mark ?? 1)) f.fail(`p${c.p}: ${what}, entry ${f.corrections.indexOf(c) + 1} of corrections (${describe(c)}) would mark other words`);
    });
    return after;
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    return f.fail(`${what}, the edition does not build: ${error.message}`);
  }
}

/** No note of paragraph `p` but `changed` moves: those before the change stay, those after shift with the text. */
function keepPlaces(f: Loaded, p: number, after: readonly EditionBlock[], changed: { start: number; end: number }, others: readonly Correction[], what: string): void {
  const oldText = f.before.find((b) => b.p === p)!.text;
  const newText = after.find((b) => b.p === p)!.text;
  const delta = newText.length - oldText.length;
  for (const c of others) {
    if (c.p !== p) continue;
    const n = f.corrections.indexOf(c) + 1;
    const was = markedSpan(c, oldText);
    const now = markedSpan(c, newText);
    if (!now || overlaps(changed, now)) f.fail(`p${p}: ${what} overlaps entry ${n} of corrections (${describe(c)}); one reading, one note: change or remove that entry first`);
    const shift = now.end <= changed.start ? 0 : delta;
    if (!was || was.start + shift !== now.start || was.end + shift !== now.end) f.fail(`p${p}: ${what}, entry ${n} of corrections (${describe(c)}) would point at other words; give more of the words around it`);
  }
}

/** The frontmatter with `edits` made, and the body with the paragraphs `after` changes rewritten whole (nothing else touched). */
function rewrite(f: Loaded, edits: Edit[], after: readonly EditionBlock[]): { fm: string; body: string; changed: RecordResult['changed'] } {
  let fm = f.fm;
  // From the end back, and at one offset the cut before the insert: an entry added at the end of corrections
  // starts where the proposals key that follows is cut (the last proposal answered), and would be cut with it.
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) fm = fm.slice(0, e.start) + e.insert + fm.slice(e.end);
  const changed: RecordResult['changed'] = [];
  let body = f.body;
  for (let i = after.length - 1; i >= 0; i--) {
    if (after[i]!.text === f.before[i]!.text) continue;
    const node = f.nodes[i]! as RootContent & { children?: RootContent[] };
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    // A heading keeps its ## and anything after its words; only the words are the edition's.
    const inner = node.children?.length ? [node.children[0]!.position!.start.offset!, node.children.at(-1)!.position!.end.offset!] : [start, end];
    body = body.slice(0, start) + f.body.slice(start, inner[0]) + escapeMdxText(after[i]!.text) + f.body.slice(inner[1], end) + body.slice(end);
    changed.unshift({ p: after[i]!.p!, before: f.before[i]!.text, after: after[i]!.text });
  }
  return { fm, body, changed };
}

/** The new file text, once it reads back as `expected` data and the `after` edition; else nothing. */
export function readBack(f: Loaded, fm: string, body: string, expected: Record<string, unknown>, after: readonly EditionBlock[], what: string): string {
  const check = parseDocument(fm);
  const blocks = bodyTree(body).children.map((n) => toString(n));
  if (check.errors.length || canonical(check.toJS()) !== canonical(expected) || canonical(blocks) !== canonical(after.map((b) => b.text))) {
    f.fail(`the file would not read back as intended ${what}; nothing changed (please report this)`);
  }
  return f.head.replace(f.fm, () => fm) + body;
}

/** Cutting item `i` out of a block list under `key` (the key too when it is the last). */
export function cutItem(f: Loaded, key: string, i: number): { start: number; end: number; insert: string } {
  const list = f.doc.get(key, true) as YAMLSeq;
  const item = list.items[i] as { range: [number, number, number] };
  if (list.items.length > 1) return { start: lineStart(f.fm, item.range[0]), end: toLineEnd(f.fm, item.range[2]), insert: '' };
  const pair = (f.doc.contents as { items: Pair[] }).items.find((x) => (x.key as { value?: unknown })?.value === key)!;
  return { start: lineStart(f.fm, (pair.key as { range: [number, number, number] }).range[0]), end: toLineEnd(f.fm, item.range[2]), insert: '' };
}

/** The edit that splices `entry` into the frontmatter's `corrections` as item `index` (the list made when there is none), in the list's own style. */
export function insertEntry(f: Loaded, entry: Correction, index: number): Edit {
  const { fm, doc, fail } = f;
  const eol = fm.includes('\r\n') ? '\r\n' : '\n';
  const render = (indent: string, flow: boolean) => {
    const item = new Document([entry]);
    const map = (item.contents as YAMLSeq).items[0];
    if (flow && isMap(map)) map.flow = true;
    return item.toString({ lineWidth: 0 }).split('\n').filter(Boolean).map((l) => `${indent}${l}${eol}`).join('');
  };
  const seq = doc.get('corrections', true);
  if (seq === undefined) {
    const pairs = isMap(doc.contents) ? (doc.contents.items as Pair[]) : [];
    const proposalsKey = pairs.find((pair) => (pair.key as { value?: unknown })?.value === 'proposals')?.key as { range?: [number, number, number] } | undefined;
    const at = proposalsKey?.range ? lineStart(fm, proposalsKey.range[0]) : fm.length;
    return { start: at, end: at, insert: `corrections:${eol}${render('  ', false)}` };
  }
  if (!isSeq(seq) || seq.flow || seq.items.length === 0) fail('corrections: write it as a list of entries, one “- ” per entry, or leave it out');
  const items = (seq as YAMLSeq).items as Array<{ range?: [number, number, number]; flow?: boolean }>;
  const firstItem = items[0]!;
  const prefix = fm.slice(lineStart(fm, firstItem.range![0]), firstItem.range![0]);
  if (!/^ *- $/.test(prefix)) fail('corrections: write it as a list of entries, one “- ” per line start, or leave it out');
  const indent = prefix.slice(0, -2);
  const at = index === 0 ? lineStart(fm, firstItem.range![0]) : toLineEnd(fm, items[index - 1]!.range![2]);
  return { start: at, end: at, insert: render(indent, Boolean(isMap(firstItem) && firstItem.flow)) };
}

/** Every quote of the file that cites words of the text: proposals', evidence's (with their paragraph) and key figures'. */
function quotesOf(data: Record<string, unknown>, answer: number | undefined): Array<{ path: Array<string | number>; p?: unknown; quote: unknown; label: string }> {
  const proposals = Array.isArray(data.proposals) ? (data.proposals as Array<Record<string, unknown>>) : [];
  const evidence = data.evidence && typeof data.evidence === 'object' ? Object.entries(data.evidence as Record<string, Record<string, unknown>>) : [];
  const figures = Array.isArray(data.keyFigures) ? (data.keyFigures as Array<Record<string, unknown>>) : [];
  return [
    ...proposals.flatMap((x, i) => (i === answer || x.field === 'doubt' ? [] : [{ path: ['proposals', i, 'quote'], p: x.p, quote: x.quote, label: `proposal ${i + 1}` }])),
    ...evidence.map(([id, e]) => ({ path: ['evidence', id, 'quote'], p: e?.p, quote: e?.quote, label: `evidence.${id}` })),
    ...figures.map((k, i) => ({ path: ['keyFigures', i, 'quote'], quote: k.quote, label: `keyFigures[${i}]` })),
  ];
}

/**
 * Quotes a correction takes out of its paragraph quote it as the body now
 * reads (an editor's trial re-quoted proposals by hand): a quote holding the
 * corrected words whole is rewritten in place, double-quoted; any other quote
 * the change breaks is left, with a note to re-quote it. Returns the data as
 * it will read.
 */
function requote(
  f: Loaded,
  data: Record<string, unknown>,
  entry: Extract<Correction, { type: 'correct' }>,
  answer: number | undefined,
  after: readonly EditionBlock[],
  edits: Array<{ start: number; end: number; insert: string }>,
  notes: string[],
): Record<string, unknown> {
  const was = f.before.find((b) => b.p === entry.p)!.text;
  const now = after.find((b) => b.p === entry.p)!.text;
  const original = normalizePunctuation(entry.original);
  const corrected = normalizePunctuation(entry.corrected);
  const out = structuredClone(data);
  for (const { path, p, quote, label } of quotesOf(data, answer)) {
    if ((p !== undefined && p !== entry.p) || typeof quote !== 'string' || !was.includes(quote) || now.includes(quote)) continue;
    const next = quote.split(original).join(corrected);
    const node = f.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (next === quote || !now.includes(next) || !node?.range) {
      notes.push(`${label}: its quote “${quote}” no longer stands in paragraph ${entry.p}; quote the words as the body now reads`);
      continue;
    }
    edits.push({ start: node.range[0], end: node.range[1], insert: JSON.stringify(next) });
    const holder = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, out);
    holder.quote = next;
    notes.push(`${label}: quote now reads “${next}”`);
  }
  relabel(f, data, out, entry, was, now, edits, notes);
  return out;
}

/** Every key figure's label, with its quote (which places it in a paragraph): accepted ones' and proposed ones'. */
function labelsOf(data: Record<string, unknown>): Array<{ path: Array<string | number>; label: unknown; quote: unknown; name: string }> {
  const proposals = Array.isArray(data.proposals) ? (data.proposals as Array<Record<string, unknown>>) : [];
  const figures = Array.isArray(data.keyFigures) ? (data.keyFigures as Array<Record<string, unknown>>) : [];
  return [
    ...proposals.flatMap((x, i) => (x.field === 'keyFigures' && x.value && typeof x.value === 'object' ? [{ path: ['proposals', i, 'value', 'label'], label: (x.value as Record<string, unknown>).label, quote: x.quote, name: `proposal ${i + 1}` }] : [])),
    ...figures.map((k, i) => ({ path: ['keyFigures', i, 'label'], label: k.label, quote: k.quote, name: `keyFigures[${i}]` })),
  ];
}

/**
 * A key figure's label is often words of its quote (ingest's are): when the
 * correction changes those words, the label follows as its quote does (an
 * editor's trial published “走访群众4·” after 4·2万 was corrected). A label
 * holding the corrected words whole is rewritten; one the correction cuts
 * through is not guessed at: a 待核 line asks the editor to rewrite it, and
 * publish refuses the draft until it is settled.
 */
function relabel(
  f: Loaded,
  data: Record<string, unknown>,
  out: Record<string, unknown>,
  entry: Extract<Correction, { type: 'correct' }>,
  was: string,
  now: string,
  edits: Array<{ start: number; end: number; insert: string }>,
  notes: string[],
): void {
  const original = normalizePunctuation(entry.original);
  const corrected = normalizePunctuation(entry.corrected);
  for (const { path, label, quote, name } of labelsOf(data)) {
    if (typeof label !== 'string' || typeof quote !== 'string' || !was.includes(quote) || !was.includes(label) || now.includes(label)) continue;
    const node = f.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const next = label.split(original).join(corrected);
    if (next !== label && now.includes(next) && node?.range) {
      edits.push({ start: node.range[0], end: node.range[1], insert: JSON.stringify(next) });
      path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, out).label = next;
      notes.push(`${name}: label now reads “${next}”`);
      continue;
    }
    edits.push({ start: 0, end: 0, insert: `# 待核：关键数字的说明“${label}”引的是第${entry.p}段改正前的文字（“${entry.original}”已改为“${entry.corrected}”）：请改写说明\n` });
    notes.push(`${name}: its label “${label}” quotes paragraph ${entry.p} as it read before the correction; a 待核 line asks for a new label`);
  }
}

/**
 * Records `reading` in the case or draft MDX `text`: checks it against paragraph
 * `reading.p`, adds it to `corrections` (in paragraph order), regenerates the
 * paragraph a correction changes, and answers the matching doubt proposal.
 * Throws ReadingError, naming the file, the paragraph and what it holds, when
 * the reading is not there exactly once, overlaps another note, or the file's
 * body is not its raw text with its corrections to begin with.
 */
export function recordReading(text: string, reading: Reading, options: RecordOptions): RecordResult {
  const f = load(text, options.rawLines, options.file ?? 'case');
  const { fail, fm, data, corrections, raw, before } = f;

  // The reading against its paragraph.
  const { p } = reading;
  const paragraph = before.find((b) => b.p === p) ?? fail(`p${p}: there is no paragraph ${p} (the text has ${before.filter((b) => b.p !== null).length}; npm run paragraphs lists them)`);
  const note = reading.note?.trim() ?? '';
  // The original's own slip answering a doubt proposal may leave its note to the flag (当作“入”。), said below once the proposal is known.
  const originalError = reading.type === 'doubt' && reading.kind === 'original-error';
  if (!note && !originalError) fail(`p${p}: a ${reading.type} needs a note (the 校勘记 readers see: why)`);
  const notes: string[] = [];
  const once = (count: number, words: string, where: string, holds: string, nth: number | undefined, nthAllowed: boolean): number => {
    if (count === 0) fail(`p${p}: “${words}” does not stand in ${where}, which reads “${nearest(holds, words)}”`);
    if (nth !== undefined && (nth < 1 || nth > count)) fail(`p${p}: nth ${nth}: “${words}” stands ${count} time(s) in ${where}`);
    if (count > 1 && nth === undefined) fail(`p${p}: “${words}” stands ${count} times in ${where}; ${nthAllowed ? 'give more of the words around it, or nth (which one, 1–' + count + ')' : 'give more of the words before the gap'}`);
    return nth ?? 1;
  };
  let entry: Correction;
  if (reading.type === 'correct') {
    if (!reading.corrected) fail(`p${p}: the corrected reading is empty`);
    const joined = numberBlocks(mergeJoins(raw, corrections)).find((b) => b.p === p)!.text;
    let original = reading.original;
    let count = countOccurrences(joined, original);
    if (count === 0) {
      const forms = [...new Set(rawForms(joined, original))];
      if (forms.length > 1) fail(`p${p}: “${original}” stands in raw paragraph ${p} as ${forms.map((x) => `“${x}”`).join(' and ')}; give the raw words`);
      if (forms.length === 1) {
        original = forms[0]!;
        count = countOccurrences(joined, original);
        notes.push(`original: recorded as the raw text has it, “${original}”`);
      }
    }
    const nth = once(count, original, `raw paragraph ${p}`, joined, reading.nth, true);
    if (original === reading.corrected) fail(`p${p}: the corrected reading is the original “${original}”`);
    // A correction finds its words in the text the earlier corrections of its paragraph left.
    if (countOccurrences(applyCorrections(joined, p, corrections), original) !== count) {
      fail(`p${p}: “${original}” also stands in (or is changed by) words another correction of paragraph ${p} records; give more of the words around it`);
    }
    entry = { type: 'correct', p, original, corrected: reading.corrected, ...(nth > 1 ? { nth } : {}), note };
  } else if (reading.type === 'doubt') {
    const nth = once(countOccurrences(paragraph.text, reading.text), reading.text, `paragraph ${p}`, paragraph.text, reading.nth, true);
    entry = { type: 'doubt', ...(reading.kind ? { kind: reading.kind } : {}), p, text: reading.text, ...(nth > 1 ? { nth } : {}), note };
  } else {
    once(countOccurrences(paragraph.text, reading.after), reading.after, `paragraph ${p}`, paragraph.text, undefined, false);
    entry = { type: 'lacuna', p, after: reading.after, note };
  }

  // The new list, in paragraph order, and the edition it gives.
  const index = corrections.reduce((at, c, i) => (c.p <= p ? i + 1 : at), 0);
  const next = [...corrections.slice(0, index), entry, ...corrections.slice(index)];
  const after = editionWith(f, next, entry, 'with this reading');
  if (entry.type === 'correct') {
    const mark = markerOccurrence(raw, next, entry);
    if (mark !== 1) {
      entry.mark = mark;
      notes.push(`mark: ${mark} (the corrected words stand earlier in the paragraph too)`);
    }
  }

  // One reading, one note: no two notes claim the same words, and no other note moves.
  const span = markedSpan(entry, after.find((b) => b.p === p)!.text) ?? fail(`p${p}: the ${describe(entry)} does not stand in the paragraph it makes`);
  keepPlaces(f, p, after, span, corrections, `“${wordsOf(reading)}”`);

  // The doubt proposal this answers.
  const proposals = Array.isArray(data.proposals) ? (data.proposals as Array<Record<string, unknown>>) : [];
  const words = wordsOf(reading);
  const about = (x: Record<string, unknown>) => x.field === 'doubt' && x.p === p && typeof x.quote === 'string' && (x.quote.includes(words) || words.includes(x.quote));
  let answer: number | undefined;
  if (options.proposal !== undefined) {
    const x = proposals[options.proposal - 1] ?? fail(`there is no proposal ${options.proposal} (the file lists ${proposals.length})`);
    if (x.field !== 'doubt') fail(`proposal ${options.proposal} is a ${String(x.field)} proposal, not a doubt`);
    if (!about(x)) fail(`proposal ${options.proposal} is about p${String(x.p)} “${String(x.quote)}”, not p${p} “${words}”`);
    answer = options.proposal - 1;
  } else {
    // Only an unmistakable match is answered unasked: one proposal, and more than a single character to go by.
    const matches = proposals.flatMap((x, i) => (about(x) ? [i] : []));
    if (matches.length === 1 && Array.from(words).length > 1) answer = matches[0];
    else if (matches.length > 0) notes.push(`doubt proposal${matches.length > 1 ? 's' : ''} ${matches.map((i) => i + 1).join(', ')} may be about these words too; answer one with --proposal N, or accept or reject it`);
  }
  if (!entry.note) {
    const said = answer === undefined ? undefined : originalErrorNoteOf(proposals[answer]!.value, String(proposals[answer]!.quote ?? ''), options.isWord);
    entry.note = said ?? fail(`p${p}: an original-error needs a note (the 校勘记 readers see: 当作“入”。); ${answer === undefined ? 'no doubt proposal about these words proposes one' : `the flag of proposal ${answer + 1} names no reading`}`);
  }

  // The frontmatter: the entry spliced in, the proposal cut out; nothing else touched.
  const edits = [insertEntry(f, entry, index)];
  if (answer !== undefined) {
    edits.push(cutItem(f, 'proposals', answer));
    // The draft's `# 待核` line the answered proposal was made from is settled too (publish refuses open ones).
    const fmLines = fm.split('\n');
    const flag = flagLineOf(fmLines, proposals[answer]!);
    if (flag !== -1) {
      const start = fmLines.slice(0, flag).reduce((n, l) => n + l.length + 1, 0);
      edits.push({ start, end: start + fmLines[flag]!.length + 1, insert: '' });
      notes.push(`removed the settled line ${fmLines[flag]!.trim()}`);
    }
  }
  const requoted = entry.type === 'correct' ? requote(f, data, entry, answer, after, edits, notes) : data;
  const { fm: newFm, body: newBody, changed } = rewrite(f, edits, after);

  // Read back: the data is the old data with this entry (and without the proposal), the body the new edition.
  const expected = { ...requoted, corrections: next } as Record<string, unknown>;
  if (answer !== undefined) {
    const rest = (requoted.proposals as unknown[]).filter((_, i) => i !== answer);
    if (rest.length) expected.proposals = rest;
    else delete expected.proposals;
  }
  return {
    text: readBack(f, newFm, newBody, expected, after, `with this ${reading.type}`),
    entry,
    index,
    ...(answer !== undefined ? { answered: { n: answer + 1, value: String(proposals[answer]!.value ?? ''), quote: String(proposals[answer]!.quote) } } : {}),
    changed,
    notes,
  };
}

export interface RemoveResult {
  text: string;
  /** The entry taken out. */
  removed: Correction;
  /** Body paragraphs rewritten (a correction taken out gives back the raw reading). */
  changed: RecordResult['changed'];
  /** What else changed with it (quotes that follow the body back), one line each. */
  notes: string[];  /** Each old paragraph number's new one, when taking the entry out renumbered the paragraphs (an omission put back). */
  renumber?: (p: number) => number | undefined;
}

/**
 * Takes entry `n` (1-based, as listed) out of `corrections`, the body following:
 * a correction taken out gives back the raw reading in its paragraph. A join is
 * ingest's record of a broken line and stays (taking it out would renumber the
 * paragraphs every other field cites).
 */
export function removeReading(text: string, n: number, options: Omit<RecordOptions, 'proposal'>): RemoveResult {
  const f = load(text, options.rawLines, options.file ?? 'case');
  const removed = f.corrections[n - 1] ?? f.fail(`there is no entry ${n} in corrections (the file lists ${f.corrections.length})`);
  if (removed.type === 'join') f.fail(`entry ${n} of corrections is a join (a line the capture broke, rejoined); it stays, or the paragraph numbers every field cites would change`);
  if (removed.type === 'omit') f.fail(`entry ${n} of corrections is an omission (${removed.role}); taking it out puts the block back into the text and renumbers the paragraphs after it, which npm run correct -- ${options.file ?? '<file>'} --remove ${n} does (omit-paragraphs.ts removeEntry)`);
  const next = f.corrections.filter((c) => c !== removed);
  const after = editionWith(f, next, undefined, 'without it');
  if (removed.type === 'correct') {
    // The raw reading now stands where the corrected one stood: the same start, its own length.
    const oldText = f.before.find((b) => b.p === removed.p)!.text;
    const newText = after.find((b) => b.p === removed.p)!.text;
    const was = markedSpan(removed, oldText) ?? f.fail(`entry ${n} of corrections: its words do not stand in paragraph ${removed.p}; run npm run check:content`);
    keepPlaces(f, removed.p, after, { start: was.start, end: was.end + newText.length - oldText.length }, next, `taking out ${describe(removed)}`);
  }
  const edits = [cutItem(f, 'corrections', n - 1)];
  const notes: string[] = [];
  // Quotes follow the body back to the raw reading, as they followed it to the corrected one.
  const data = removed.type === 'correct' ? requote(f, f.data, { ...removed, original: removed.corrected, corrected: removed.original }, undefined, after, edits, notes) : f.data;
  const { fm, body, changed } = rewrite(f, edits, after);
  const expected = { ...data } as Record<string, unknown>;
  if (next.length) expected.corrections = next;
  else delete expected.corrections;
  return { text: readBack(f, fm, body, expected, after, `without entry ${n}`), removed, changed, notes };
}

/** The note the flag behind a doubt proposal proposes for its correction, when it says one. */
const noteOf = (what: unknown) => {
  const note = correctionNoteOf(what);
  return note ? { note } : {};
};

/** Doubt proposal `n` (1-based) of a draft's text; `fail` says why there is none. */
function doubtProposal(text: string, n: number, fail: (message: string) => never): { p: number; quote: string; value: unknown } {
  const m = FRONTMATTER.exec(text) ?? fail('no YAML frontmatter between --- lines');
  const proposals = (parseDocument(m[1]!).toJS() as { proposals?: Array<Record<string, unknown>> } | null)?.proposals ?? [];
  const x = proposals[n - 1] ?? fail(`there is no proposal ${n} (the file lists ${proposals.length})`);
  if (x.field !== 'doubt' || typeof x.p !== 'number' || typeof x.quote !== 'string') fail(`proposal ${n} is a ${String(x.field)} proposal, not a doubt`);
  return { p: x.p as number, quote: x.quote as string, value: x.value };
}

/**
 * The doubt an editor means by answering doubt proposal `n` as the
 * original's own slip (`npm run accept -- x.mdx --original-error 3`: the
 * other witness prints the same): the words it quotes, in its paragraph, and
 * the note its flag proposes for 原文之误 (reading-flags.ts), if any — what
 * `npm run correct -- x.mdx --p P --doubt 原文 --original-error --note 说明`
 * records for it.
 */
export function proposedOriginalError(text: string, n: number, file = 'draft', isWord?: (word: string) => boolean): { p: number; text: string; note?: string } {
  const fail: (message: string) => never = (message) => {
    throw new ReadingError(`${file}: ${message}`);
  };
  const x = doubtProposal(text, n, fail);
  const note = originalErrorNoteOf(x.value, x.quote, isWord);
  return { p: x.p, text: slipWords(text, x, isWord), ...(note ? { note } : {}) };
}

/**
 * The words a 原文如此 mark spans: the misread words the note names (纳人) or the characters an OCR trait's flag is
 * about (’’), where the text holds them only once, else the proposal's whole quote. A mark as wide as the quote
 * (“三中心”建设纳人镇街领导班子) shows the reader more than the slip, and two proposals quoting overlapping
 * stretches of one paragraph could not both be recorded (trial 19's editor had to record 泥牛人海 and ’’ by hand).
 */
function slipWords(text: string, x: { quote: string; value: unknown }, isWord?: (word: string) => boolean): string {
  const flag = typeof x.value === 'string' ? x.value : '';
  const words = misreadWords(flag, x.quote, isWord)?.printed ?? flaggedCharacters(flag, x.quote);
  const body = text.slice((FRONTMATTER.exec(text)?.[0] ?? '').length);
  return words && countOccurrences(body, words) === 1 ? words : x.quote;
}

/**
 * The correction an editor means by answering doubt proposal `n` with the
 * corrected words `corrected` (`npm run accept -- x.mdx --correct 3 --to 入户`):
 * its paragraph, and the words of its quote the correction replaces — `from`
 * when given, else the one stretch of the quote as long as `corrected` that
 * differs from it least (人户 for 入户 in “开展人户走访”); and the note its flag
 * proposes, if any.
 */
export function proposedCorrection(text: string, n: number, corrected: string, from?: string, file = 'draft'): { p: number; original: string; note?: string } {
  // Typed on the name, so that TypeScript narrows after a call.
  const fail: (message: string) => never = (message) => {
    throw new ReadingError(`${file}: ${message}`);
  };
  const x = doubtProposal(text, n, fail);
  const quote = x.quote;
  if (from !== undefined) {
    if (!quote.includes(normalizePunctuation(from)) && !quote.includes(from)) fail(`proposal ${n} quotes “${quote}”; “${from}” is not in it`);
    return { p: x.p, original: from, ...noteOf(x.value) };
  }
  const q = Array.from(quote);
  const c = Array.from(corrected);
  if (c.length > q.length) fail(`proposal ${n} quotes “${quote}”; “${corrected}” is longer: say which words it replaces (--from)`);
  const scored = q.slice(0, q.length - c.length + 1).map((_, i) => {
    const words = q.slice(i, i + c.length);
    return { words: words.join(''), differ: words.filter((ch, k) => ch !== c[k]).length };
  });
  const best = Math.min(...scored.map((s) => s.differ));
  const found = [...new Set(scored.filter((s) => s.differ === best).map((s) => s.words))];
  if (best === 0) fail(`proposal ${n} quotes “${quote}”, which already reads “${corrected}”`);
  if (found.length !== 1 || best > Math.ceil(c.length / 2)) fail(`proposal ${n} quotes “${quote}”; say which words “${corrected}” replaces (--from)`);
  return { p: x.p, original: found[0]!, ...noteOf(x.value) };
}

/**
 * Rewrites the note of entry `n` of corrections (1-based, as listed): the
 * 校勘记 readers see, in the editors' words. The reading it records, the body
 * and every other line stay as they are; a join has no note to rewrite.
 */
export function rewriteNote(text: string, n: number, note: string, file = 'case'): { text: string; before: Correction; after: Correction } {
  const fail = (message: string): never => {
    throw new ReadingError(`${file}: ${message}`);
  };
  const m = FRONTMATTER.exec(text) ?? fail('no YAML frontmatter between --- lines');
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) fail(`frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const list = doc.get('corrections');
  const entries = isSeq(list) ? list.items : [];
  const item = entries[n - 1];
  if (!Number.isInteger(n) || !isMap(item)) return fail(`corrections: there is no entry ${n} (the file lists ${entries.length}; npm run correct -- ${file})`);
  const before = correctionSchema.parse(item.toJSON());
  if (before.type === 'join') fail(`corrections[${n - 1}] is a join (a line the capture broke, rejoined): it has no note`);
  if (!note.trim()) fail(`corrections[${n - 1}].note: the new note is empty`);
  if (before.note === note.trim()) fail(`corrections[${n - 1}].note already reads “${before.note}”; nothing to change`);
  const after = { ...before, note: note.trim() } as Correction;
  const path = ['corrections', n - 1, 'note'];
  const head = (doc.getIn(path) === undefined ? undefined : setStringInPlace(m[1]!, path, note.trim())) ?? fail(`corrections[${n - 1}].note: the note could not be rewritten in place; nothing changed`);
  return { text: `---\n${head}---\n${text.slice(m[0].length)}`, before, after };
}
