/**
 * The witnesses `npm run collate` compares, read from disk (a draft, a
 * published case, or lines of a source's raw text), and the record §11.3 of
 * content/README.md asks for once the editor has chosen the base text: a
 * sentence in each source entry's `about` naming the other witness, how the
 * two agree and which is the base. An editor's `about` is extended, never
 * rewritten; the file is changed only at that one value.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parse as parseYaml, parseDocument, stringify } from 'yaml';
import { caseParagraphs, parseCaseSource } from '../case-mdx.ts';
import type { Correction } from '../../schemas/correction.ts';
import { compactText, type Agreement, type Witness, type WitnessUnit } from '../ingest/collate.ts';
import { caseFilePath } from './record-reading-file.ts';
import { rawLinesOf } from './raw-source.ts';
import { dateInWords } from '../source-date.ts';
import { bookTitle } from '../text.ts';
import { YAML_AS_BUILT } from './yaml-as-built.ts';

export class CollateError extends Error {}

/** The entries of the library's sources.yaml as the build reads them (none before the first). */
export function librarySources(content: string): Array<Record<string, unknown>> {
  const file = path.join(path.resolve(content), 'sources', 'sources.yaml');
  return existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8'), YAML_AS_BUILT) ?? []) as Array<Record<string, unknown>>) : [];
}

/** A witness with what its record needs: its title and the source entry it belongs to. */
export interface LoadedWitness extends Witness {
  /** The case's title (without its subtitle), for a draft or a case. */
  title?: string;
  sourceId: string;
  /** The file holding that source's entry: a draft's <id>.source.yaml, or sources.yaml. */
  entryFile: string;
}

interface SourceEntry {
  id?: unknown;
  title?: unknown;
  raw?: unknown;
  about?: unknown;
}

const entriesIn = (file: string): SourceEntry[] => {
  const data = parseYaml(readFileSync(file, 'utf8')) as unknown;
  return (Array.isArray(data) ? data : [data]).filter((e): e is SourceEntry => typeof e === 'object' && e !== null);
};

/** Where the entry of source `id` is for `file`: beside a draft (ingest's <id>.source.yaml), else in the content folder. */
function entryFileFor(id: string, near: string | undefined, content: string): string {
  const beside = near ? path.join(path.dirname(near), `${id}.source.yaml`) : undefined;
  if (beside && existsSync(beside)) return beside;
  return path.join(content, 'sources', 'sources.yaml');
}

function entryOf(file: string, id: string): SourceEntry {
  if (!existsSync(file)) throw new CollateError(`${file}: not found (source “${id}”)`);
  const entry = entriesIn(file).find((e) => e.id === id);
  if (!entry) throw new CollateError(`${file}: no entry for source “${id}”`);
  return entry;
}

/** A draft (…mdx) or a published case (its id) as a witness: its numbered paragraphs and corrections. */
function caseWitness(arg: string, content: string): LoadedWitness {
  const file = caseFilePath(arg, content);
  if (!existsSync(file)) throw new CollateError(`${arg}: no such draft or case (${file})`);
  const text = readFileSync(file, 'utf8');
  const { frontmatter } = parseCaseSource(text, file);
  const fm = frontmatter as { title?: unknown; subtitle?: unknown; source?: { id?: unknown }; corrections?: unknown };
  const sourceId = fm.source?.id;
  if (typeof sourceId !== 'string') throw new CollateError(`${file}: source.id: missing`);
  const body = text.slice(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text)![0].length);
  const units: WitnessUnit[] = caseParagraphs(body).map(({ p, text }) => ({ p, text }));
  const title = String(fm.title ?? '');
  const corrections = Array.isArray(fm.corrections) ? (fm.corrections as Correction[]) : [];
  return { label: arg, units, corrections, title, sourceId, entryFile: entryFileFor(sourceId, /\.mdx$/.test(arg) ? file : undefined, content) };
}

/**
 * Lines of a source's raw text as a witness: `first-last` when given, else
 * the stretch from the first words of `like`'s first paragraph to the last
 * words of its last one.
 */
function sourceWitness(arg: string, content: string, like: Witness): LoadedWitness {
  const m = /^([a-z0-9][a-z0-9-]*)(?::(\d+)-(\d+))?$/.exec(arg);
  if (!m) throw new CollateError(`--with ${arg}: give a case id, a draft .mdx, or a source id with optional lines (source-id:FIRST-LAST)`);
  const [, id, from, to] = m;
  const entryFile = path.join(content, 'sources', 'sources.yaml');
  const entry = entryOf(entryFile, id!);
  if (typeof entry.raw !== 'string') throw new CollateError(`${entryFile}: source “${id}” has no raw text`);
  const lines = rawLinesOf(readFileSync(path.join(content, 'sources', 'raw', entry.raw), 'utf8'));
  let first = from ? Number(from) : 1;
  let last = to ? Number(to) : lines.length;
  if (first < 1 || last > lines.length || first > last) throw new CollateError(`--with ${arg}: lines ${first}-${last} are not in ${entry.raw} (${lines.length} lines)`);
  if (!from) [first, last] = locate(lines, like, arg, entry.raw);
  const units = lines.slice(first - 1, last).map((text, k) => ({ line: first + k, text })).filter((u) => u.text.trim());
  return { label: `${id}:${first}-${last}`, units, sourceId: id!, entryFile };
}

/** Raw texts' lines as compared, by the text: a raw text is compacted once however many drafts are looked for in it (stored-texts.ts tries every source for every draft). */
const compacted = new Map<string, string[]>();

function compactLines(lines: readonly string[]): string[] {
  const key = lines.join('\n');
  let out = compacted.get(key);
  if (!out) {
    if (compacted.size >= 64) compacted.clear();
    compacted.set(key, (out = lines.map(compactText)));
  }
  return out;
}

/** The raw lines holding `like`'s text: from its first eight characters to its last eight. */
function locate(lines: readonly string[], like: Witness, arg: string, raw: string): [number, number] {
  const head = compactText(like.units[0]?.text ?? '').slice(0, 8);
  const tail = compactText(like.units.at(-1)?.text ?? '').slice(-8);
  const squeezed = compactLines(lines);
  const starts: number[] = [];
  let all = '';
  for (const l of squeezed) {
    starts.push(all.length);
    all += l;
  }
  const lineOf = (pos: number) => starts.findLastIndex((s) => s <= pos) + 1;
  const at = head ? all.indexOf(head) : -1;
  const end = at === -1 || !tail ? -1 : all.indexOf(tail, at);
  if (at === -1 || end === -1) throw new CollateError(`--with ${arg}: the first or last words of ${like.label} (“${head}” … “${tail}”) are not in ${raw}; give the lines: --with ${arg}:FIRST-LAST`);
  return [lineOf(at), lineOf(end + tail.length - 1)];
}

/** The witness `arg` names: a draft, a case id, or a source id (source:FIRST-LAST); a source is found by `like`'s text. */
export function loadWitness(arg: string, content: string, like?: Witness): LoadedWitness {
  if (/\.mdx$/.test(arg) || existsSync(path.join(content, 'cases', `${arg.split(':')[0]}.mdx`))) {
    if (arg.includes(':')) throw new CollateError(`--with ${arg}: lines go with a source id, not a case`);
    return caseWitness(arg, content);
  }
  if (!like) throw new CollateError(`${arg}: no such draft or case`);
  return sourceWitness(arg, content, like);
}

const AGREEMENT_WORDS: Record<Agreement, string> = {
  identical: '文字全同（断行、空格与标点宽窄除外）',
  // Both print the slip: the texts are the same, only the library's reading of one is corrected.
  'shared-slips-corrected': '文字全同（断行、空格与标点宽窄除外），两本共有的误字本库已按校勘记改正',
  differs: '有异文',
};

export interface CollatedCase {
  /** The case's title without its subtitle. */
  title: string;
  agreement: Agreement;
  differences: number;
}

/** A source as a record names it: its id, title, and (when its entry gives them) publication and date. */
export interface SourceRef {
  id: string;
  title: string;
  publication?: string | undefined;
  date?: string | undefined;
}

/** A source entry as a collation record names it: its title (else its id), publication and date, blanks as unknown. */
export function sourceRefOf(entry: { title?: unknown; publication?: unknown; date?: unknown } | undefined, id: string): SourceRef {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  return { id, title: String(entry?.title ?? id), publication: text(entry?.publication), date: text(entry?.date) };
}

/** A source named by its own words as a source (共产党员网2013年5月23日); undefined without a publication. */
const asPublished = (s: Omit<SourceRef, 'id'>): string | undefined => (s.publication ? `${s.publication}${s.date ? dateInWords(s.date) : ''}` : undefined);

/**
 * The sentence `about` gets in one source's entry: which of its cases the
 * other source holds too, how they agree, and which is the base text. A
 * single article whose title is the case's own is named by where and when it
 * was printed: 《X》另见《X》 would say nothing.
 */
export function aboutSentence(cases: readonly CollatedCase[], other: Omit<SourceRef, 'id'>, isBase: boolean): string {
  const groups = new Map<string, string[]>();
  for (const c of cases) {
    const how = c.agreement === 'differs' ? `${AGREEMENT_WORDS.differs}${c.differences}处` : AGREEMENT_WORDS[c.agreement];
    groups.set(how, [...(groups.get(how) ?? []), bookTitle(c.title)]);
  }
  const told = [...groups].map(([how, titles]) => `${titles.join('')}${how}`);
  const base = isBase ? '本库以本本为底本，该本参校' : '本库以该本为底本，本本参校';
  const published = asPublished(other);
  const where = published && cases.every((c) => c.title === other.title) ? `又见${published}所刊同题文章` : `另见${bookTitle(other.title)}`;
  return `所收${cases.map((c) => bookTitle(c.title)).join('')}${where}，两本${told.length > 1 ? told.join('；') : told[0]!.replace(/^(《[^》]*》)+/u, '')}；${base}。`;
}

/**
 * Whether an entry's `about` speaks of source `other`: names its id, its
 * publication and date, or its title — unless that title is also a collated
 * case's (the editor named the article, not the source).
 */
export function speaksOf(about: string, other: SourceRef, caseTitles: readonly string[] = []): boolean {
  const published = asPublished(other);
  return about.includes(other.id) || (published !== undefined && about.includes(published)) || (!caseTitles.includes(other.title) && about.includes(bookTitle(other.title)));
}

/**
 * Problems with writing `sentence` into the entry of `id`: none, or one line
 * saying why not. An about already speaks of the other source when it names
 * its id, its publication and date, or its title — unless that title is also
 * a collated case's (the editor named the article, not the source).
 */
export function aboutProblem(file: string, id: string, other: SourceRef, caseTitles: readonly string[] = []): string | undefined {
  const about = entryOf(file, id).about;
  if (about !== undefined && typeof about !== 'string') return `${file}: source “${id}”: about is not text; edit it by hand`;
  // A value on several lines is a block scalar whose layout a one-line rewrite would not keep.
  if (typeof about === 'string' && about.trimEnd().includes('\n')) return `${file}: source “${id}”: about runs over several lines; add the sentence by hand`;
  if (typeof about === 'string' && speaksOf(about, other, caseTitles)) {
    return `${file}: source “${id}”: about already speaks of ${other.id} (“${about.slice(0, 40)}…”); the editor's words are not rewritten — edit it by hand`;
  }
  return undefined;
}

/**
 * Adds `sentence` to the `about` of source `id` in `file` (after what the
 * editor wrote, or as a new field), changing nothing else in the file: the
 * value is replaced where it stands in the text, not the file re-serialised.
 */
export function appendAbout(file: string, id: string, sentence: string): void {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const list = doc.contents;
  const items = isMap(list) ? [list] : ((list as { items?: unknown[] } | null)?.items ?? []);
  const entry = items.find((e) => isMap(e) && e.get('id') === id);
  if (!isMap(entry) || !entry.range) throw new CollateError(`${file}: no entry for source “${id}”`);
  const node = entry.get('about', true);
  const render = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
  let out: string;
  if (isScalar(node) && node.range) {
    const value = `${String(node.value).trimEnd()}${sentence}`;
    out = text.slice(0, node.range[0]) + render(value) + text.slice(node.range[1]);
  } else {
    // A new last field of the entry, indented as its first field is.
    const firstKey = entry.items[0]?.key as { range?: [number, number, number] } | undefined;
    const start = firstKey?.range?.[0] ?? entry.range[0];
    const indent = start - (text.lastIndexOf('\n', start - 1) + 1);
    const at = text.slice(0, entry.range[1]).trimEnd().length;
    out = `${text.slice(0, at)}\n${' '.repeat(indent)}about: ${render(sentence)}${text.slice(at)}`;
  }
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, out);
  renameSync(temp, file);
}
