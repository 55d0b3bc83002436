/**
 * Checks of the whole content tree without building the site (`npm run
 * check:content`): the schemas the build applies, every case against its raw
 * source, teaching notes, taxonomy and sources, and the editorial rules an
 * audit can hold a case to (years in the text, inferred values marked, tags
 * with evidence, counts in collation notes). Every problem is one line that
 * names the file, the field and, where there is one, the paragraph.
 *
 * Node-only (reads files). The fidelity and teaching tests call the same
 * functions, so the build's tests and the editors' check cannot drift apart.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { createCaseSchema, type CaseData, type CaseVocabulary } from '../../schemas/case.ts';
import type { Correction } from '../../schemas/correction.ts';
import { sourceSchema, type Source } from '../../schemas/source.ts';
import { methodSchema, themeSchema, type Method } from '../../schemas/taxonomy.ts';
import { createPracticeSchema, PRACTICES_FILE } from '../../schemas/practice.ts';
import { buildPractices } from './practices.ts';
import { findMentions, passingMentions, UnaccountedMentionError } from './method-mentions.ts';
import { LibraryError } from './build-library.ts';
import { teachingSchema, type Teaching } from '../../schemas/teaching.ts';
import { createCaseIdGenerator } from '../ids.ts';
import { CaseFileError, parseCaseSource, type CaseFile } from '../case-mdx.ts';
import { listCaseFiles } from './case-files.ts';
import { buildEdition, EditionError, markerOccurrence, numberBlocks } from '../edition.ts';
import { rawParagraphs, readRawLines } from './raw-source.ts';
import { loadCaseVocabulary } from './taxonomy.ts';
import type { RegionIndex } from '../regions/divisions.ts';
import { normalizePunctuation, quotations, splitParagraphs } from '../text.ts';
import { checkMessage } from '../check-messages.ts';
import { answerableProblems } from './evidence-checks.ts';
import { YAML_AS_BUILT } from './yaml-as-built.ts';
import { LEVELS, yearsNotStated } from '../kinds.ts';
import { NOTE_LABEL, stripMarkers, withoutEndingNoteMark } from '../ingest/case-start.ts';
import { frontMatterTitleAt } from '../ingest/read/markdown.ts';
import { asDashPair, SUBTITLE_DASH } from '../ingest/dashed-subtitle.ts';

export interface ContentReport {
  /** One line per problem: `content/cases/x.mdx: field: what is wrong`. */
  problems: string[];
  counts: { cases: number; teaching: number; sources: number; methods: number; themes: number };
}

/** Capture junk that must never reach a case body. */
export const JUNK = [
  /打印/, /纠错/, /扫一扫/, /收听本文/, /阅读下一篇/, /返回.*首页/, /本文链接/, /转载请/,
  /责编/, /编辑[:：]/, /来源[:：]/, /发布时间/, /最新评论/, /热门评论/, /查看全部留言/, /相关专题/,
  /加入收藏/, /设为首页/, /您现在的位置/, /当前位置/, /手机版/, /注册$/, /银河/, /分享/, /\[打印文章\]/,
];

/** A zod issue path as an editor reads it: `methods[2]`, `source.lines[1]`. */
export function fieldPath(issuePath: ReadonlyArray<PropertyKey>): string {
  return issuePath.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * One line per zod issue: the field and what is wrong. A field the schema does
 * not know (a `year:` in a source) is named with the fields that level takes,
 * so the editor can tell a misspelling from a field that does not exist.
 */
export function zodProblems(error: z.ZodError, prefix = '', schema?: z.ZodType, input?: unknown): string[] {
  return error.issues.flatMap((issue) => {
    const at = [...(prefix ? [prefix] : []), ...issue.path];
    const empty = input === undefined ? undefined : emptyFieldMessage(issue, valueAt(input, issue.path), fieldPath(at));
    if (empty) return [empty];
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(schema, issue.path);
      return issue.keys.map(
        (key) => `${fieldPath([...at, key])}: unknown field “${key}”; remove it or use one of the fields this entry takes${known.length ? ` (${known.join(', ')})` : ''}`,
      );
    }
    return [`${fieldPath(at) || '(top level)'}: ${issue.message}`];
  });
}

/** The value at a zod issue's path in the input checked. */
export function valueAt(input: unknown, at: ReadonlyArray<PropertyKey>): unknown {
  return at.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/**
 * A required field left empty, said as such (never as zod's types: trial 21
 * read “无效输入：期望 string，实际接收 undefined”): a choice from a list not
 * made, or a text not written. A field given but wrong keeps the schema's words.
 */
export function emptyFieldMessage(issue: z.core.$ZodIssue, value: unknown, field: string): string | undefined {
  const blank = value === undefined || (typeof value === 'string' && !value.trim());
  if (!blank) return undefined;
  if (issue.code === 'invalid_value') return checkMessage('field-unchosen', { field, values: issue.values.map(String).join('、') });
  if (issue.code === 'invalid_type' || (issue.code === 'too_small' && issue.origin === 'string')) return checkMessage('field-empty', { field });
  return undefined;
}

/** The field names of the object schema at `at` inside `schema` (empty when it cannot be told). */
function knownFields(schema: z.ZodType | undefined, at: ReadonlyArray<PropertyKey>): string[] {
  type Node = { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown; element?: unknown } } | undefined;
  // Optional, default and pipe layers wrap the object or array that holds the fields.
  const unwrap = (node: Node): Node => {
    for (let i = 0; i < 5 && node && !node.shape && !node.def?.element; i++) node = (node.def?.innerType ?? node.def?.in) as Node;
    return node;
  };
  let node = unwrap(schema as Node);
  for (const key of at) node = unwrap((typeof key === 'number' ? node?.def?.element : node?.shape?.[String(key)]) as Node);
  return node?.shape ? Object.keys(node.shape) : [];
}

const quoteShort = (text: string, max = 40) => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
};

/** Numbered paragraphs of a case file (the 【点评】 label is not numbered). */
export function paragraphsOf(file: Pick<CaseFile, 'blocks'>): Map<number, string> {
  return new Map(numberBlocks(file.blocks).flatMap((b) => (b.p === null ? [] : [[b.p, b.text] as [number, string]])));
}

// --- fidelity -------------------------------------------------------------

/** What the fidelity check reads of a case's frontmatter. */
export interface FidelityFields {
  title: string;
  subtitle?: string | undefined;
  source: { lines: readonly [number, number]; titleLine: number };
  corrections?: readonly Correction[] | undefined;
  keyFigures?: ReadonlyArray<{ quote: string }> | undefined;
}

/**
 * The body is the raw text, paragraph for paragraph, changed only by the
 * recorded corrections and the edition-wide punctuation rules; each correction
 * marks the words it changed; the body is plain paragraphs with no capture
 * junk; the title is the raw title line; key figures and collation anchors
 * stand in the text.
 */
export function caseFidelityProblems(file: CaseFile, fm: FidelityFields, rawLines: readonly string[]): string[] {
  const problems: string[] = [];
  const corrections = fm.corrections ?? [];
  let raw: string[];
  try {
    raw = rawParagraphs(rawLines, fm.source.lines);
  } catch (error) {
    return [`source.lines: ${(error as Error).message}`];
  }
  try {
    const edition = buildEdition(raw, corrections).map((b) => b.text);
    const at = edition.findIndex((text, i) => text !== file.blocks[i]);
    if (at !== -1 || edition.length !== file.blocks.length) {
      const i = at === -1 ? Math.min(edition.length, file.blocks.length) : at;
      const want = edition[i] ?? '';
      const have = file.blocks[i] ?? '';
      let c = 0;
      while (c < want.length && want[c] === have[c]) c++;
      const where = numberBlocks(file.blocks)[i]?.p ?? numberBlocks(edition)[i]?.p;
      problems.push(
        `body: ${where ? `paragraph ${where}` : `block ${i + 1}`} differs from the raw source with the recorded corrections ` +
          `(file ${file.blocks.length} blocks, edition ${edition.length}); at “${quoteShort(have.slice(Math.max(0, c - 8)), 24)}” the raw source with corrections reads “${quoteShort(want.slice(Math.max(0, c - 8)), 24)}”` +
          // A raw paragraph missing from the body altogether: a dropped line, or an omission taken out of corrections.
          (edition.length > file.blocks.length && !file.blocks.includes(want)
            ? `; the body lacks that raw paragraph: put it back in the text, or, if it is no text of the article (a picture's caption, a table the compilers added), record it as an omission (type: omit, content/README.md §6)`
            : ''),
      );
    }
    corrections.forEach((c, i) => {
      if (c.type !== 'correct' && c.type !== 'join') return;
      const n = markerOccurrence(raw, corrections, c);
      if (n !== (c.mark ?? 1)) problems.push(`corrections[${i}]: p${c.p} ${c.type} “${c.type === 'join' ? c.after : c.corrected}” changed occurrence ${n} of those words in the paragraph; set mark: ${n}`);
    });
  } catch (error) {
    if (!(error instanceof EditionError)) throw error;
    // An error about one entry names it (corrections[3]: …); else the corrections as a whole are at fault.
    problems.push(error.field === 'corrections' ? `corrections: ${error.message}` : error.message);
  }
  file.blockTypes.forEach((type, i) => {
    if (type !== 'paragraph' && type !== 'heading') problems.push(`body: block ${i + 1} is a ${type}; a case body is plain paragraphs and headings`);
  });
  for (const [p, text] of paragraphsOf(file)) {
    for (const junk of JUNK) if (junk.test(text)) problems.push(`body: paragraph ${p} keeps capture junk (${junk.source})`);
  }
  const title = fm.subtitle ? `${fm.title}——${fm.subtitle}` : fm.title;
  const heading = rawTitle(rawLines, fm.source.titleLine);
  if (!heading) problems.push(`source.titleLine: line ${fm.source.titleLine} is past the end of the raw file (${rawLines.length} lines)`);
  else {
    if (!isRawTitle(title, heading.title)) {
      problems.push(
        `title: “${title}” is not raw line${heading.lines.length > 1 ? `s ${heading.lines.join('–')}` : ` ${heading.lines[0]}`} (“${heading.title}”); ` +
          'copy the title from that line without its heading marker (案例一：, 一、, # ), the part after —— as subtitle, or correct source.titleLine',
      );
    }
    const last = heading.lines.at(-1)!;
    if (fm.source.lines[0] <= last) problems.push(`source.lines: the body starts at line ${fm.source.lines[0]}, not after the title (line ${last}); start it below the title`);
  }
  const body = file.blocks.join('');
  (fm.keyFigures ?? []).forEach((k, i) => {
    if (!body.includes(k.quote)) problems.push(checkMessage('key-figure-quote', { i, quote: k.quote }));
  });
  const paragraphs = paragraphsOf(file);
  corrections.forEach((c, i) => {
    const words = c.type === 'doubt' ? c.text : c.type === 'lacuna' ? c.after : undefined;
    if (words !== undefined && !(paragraphs.get(c.p) ?? '').includes(words)) problems.push(`corrections[${i}]: p${c.p} ${c.type} “${words}” not found in paragraph ${c.p}`);
  });
  return problems;
}

/**
 * The title a raw title line gives, as printed: the line without heading markers (案例一：,
 * 一、, # : the ingest's own rule), joined with a ——subtitle standing on the
 * next non-blank line, as a Word or PDF extraction lays them out. Undefined
 * past the end of the file.
 */
export function rawTitle(rawLines: readonly string[], titleLine: number): { title: string; lines: number[] } | undefined {
  const line = rawLines[titleLine - 1];
  if (line === undefined) return undefined;
  // A note with no headline of its own states its title in its front matter (title: "…"): ingest's headline.
  const stated = frontMatterTitleAt(rawLines, titleLine);
  if (stated) return { title: stated, lines: [titleLine] };
  const title = asDashPair(stripMarkers(line.trim()));
  let next = titleLine;
  while (next < rawLines.length && rawLines[next]!.trim() === '') next++;
  const subtitle = next < rawLines.length ? rawLines[next]!.trim() : '';
  if (title.includes('——') || !SUBTITLE_LINE.test(subtitle)) return { title, lines: [titleLine] };
  return { title: `${title}——${subtitle.replace(SUBTITLE_LINE, '')}`, lines: [titleLine, next + 1] };
}

type Sited = { rel: string; data: Pick<CaseData, 'title' | 'source' | 'corrections'> };

/**
 * Cases of one source must not overlap: a case's title line inside an earlier case's lines is an error, unless that
 * case omits the title's raw paragraph (an article jumped to a later page runs on past the item printed between,
 * which it records as omitted: ingest's jump-lines.ts).
 */
export function overlapProblems(cases: readonly Sited[], label: (rel: string) => string = (rel) => rel): Array<[string, string]> {
  const list = [...cases].sort((a, b) => a.data.source.titleLine - b.data.source.titleLine);
  const omits = (outer: Sited, inner: Sited) =>
    (outer.data.corrections ?? []).some((c) => c.type === 'omit' && c.text.some((t) => normalizePunctuation(t).includes(normalizePunctuation(inner.data.title))));
  const problems: Array<[string, string]> = [];
  list.forEach((next, i) => {
    const prev = list.slice(0, i).find((p) => next.data.source.titleLine <= p.data.source.lines[1] && !omits(p, next));
    if (prev) problems.push([next.rel, `source.titleLine: line ${next.data.source.titleLine} falls inside lines ${prev.data.source.lines.join('–')} of ${label(prev.rel)}`]);
  });
  return problems;
}

/** A subtitle line: a dash (——, —, --, or the text layer's ⸺) and then words. */
const SUBTITLE_LINE = new RegExp(`^(?:${SUBTITLE_DASH}|—|--|－－)\\s*(?=\\S)`, 'u');

// --- teaching notes ---------------------------------------------------------

/**
 * Teaching notes cite paragraphs that exist, quote the text word for word
 * from a paragraph they cite (the purpose from anywhere in the case), ask
 * questions and state points in full-width Chinese punctuation.
 */
export function teachingProblems(notes: Teaching, paragraphs: ReadonlyMap<number, string>): string[] {
  const problems: string[] = [];
  const whole = [...paragraphs.values()].join('\n');
  for (const q of quotations(notes.purpose)) if (!whole.includes(q)) problems.push(checkMessage('purpose-quotation', { quotation: q }));
  if (/[,;:?!]/.test(notes.purpose)) problems.push(checkMessage('half-width-punctuation', { field: 'purpose' }));
  for (const [kind, items] of [['questions', notes.questions], ['points', notes.points]] as const) {
    items.forEach((item, i) => {
      const field = `${kind}[${i}]`;
      for (const p of item.paragraphs) if (!paragraphs.has(p)) problems.push(checkMessage('item-paragraph-missing', { field, p, count: paragraphs.size }));
      const cited = item.paragraphs.map((p) => paragraphs.get(p) ?? '').join('\n');
      for (const q of quotations(item.text)) {
        if (!cited.includes(q)) problems.push(checkMessage('item-quotation-not-found', { field, quotation: q, s: item.paragraphs.length > 1 ? 's' : '', ps: item.paragraphs.join(', ') }));
      }
      if (kind === 'questions' && !item.text.endsWith('？')) problems.push(checkMessage('question-mark', { field }));
      if (/[,;:?!]/.test(item.text)) problems.push(checkMessage('half-width-punctuation', { field }));
    });
  }
  return problems;
}

// --- editorial rules (issue 19) ------------------------------------------

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 六 → 6, 十二 → 12, 二十 → 20, 12 → 12; undefined when not a number. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const chars = Array.from(text);
  if (chars.some((c) => NUMERALS[c] === undefined)) return undefined;
  const ten = chars.indexOf('十');
  if (ten === -1) return chars.length === 1 ? NUMERALS[chars[0]!] : undefined;
  const tens = ten === 0 ? 1 : NUMERALS[chars[0]!]!;
  const units = chars[ten + 1] ? NUMERALS[chars[ten + 1]!]! : 0;
  return tens * 10 + units;
}

/** Characters a note counts as 字: letters and digits of any script, not punctuation. */
export const countedChars = (text: string) => Array.from(text).filter((c) => /[\p{L}\p{N}]/u.test(c)).length;

const NUMBER = '([一二两三四五六七八九十]+|\\d+)';

/** Counts a collation note states (此五字, “服务”二字) that do not match the words they count. */
export function noteCountProblems(c: Correction): string[] {
  const note = c.note ?? '';
  const problems: string[] = [];
  const reading = c.type === 'doubt' ? c.text : c.type === 'correct' ? c.original : c.type === 'omit' ? c.text.join('') : c.after;
  for (const m of note.matchAll(new RegExp(`此${NUMBER}字`, 'gu'))) {
    const said = chineseNumber(m[1]!);
    const real = countedChars(reading);
    if (said !== undefined && said !== real) problems.push(`note says “${m[0]}” but the reading “${reading}” has ${real}`);
  }
  for (const m of note.matchAll(new RegExp(`“([^“”]+)”${NUMBER}字`, 'gu'))) {
    const said = chineseNumber(m[2]!);
    const real = countedChars(m[1]!);
    if (said !== undefined && said !== real) problems.push(`note says “${m[1]}”${m[2]}字 but “${m[1]}” has ${real}`);
  }
  return problems;
}

/** A place name and its short form: 石景山区 → 石景山, 湖北省 → 湖北. */
export function placeNames(name: string): string[] {
  const short = name.replace(/(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|自治州|自治县|地区|省|市|区|县|旗|盟)$/u, '');
  return short && short !== name && Array.from(short).length >= 2 ? [name, short] : [name];
}

const LEVEL_OF_CODE: Record<number, (typeof LEVELS)[number]> = { 2: '省', 4: '市', 6: '县区' };

export interface EditorialInput {
  data: CaseData;
  /** Numbered paragraphs of the body. */
  paragraphs: ReadonlyMap<number, string>;
  /** The source's own words outside the body: the raw title and author lines. */
  header: string;
  regions: Pick<RegionIndex, 'chain'>;
  /** Display names of methods and themes by id (for messages). */
  tagNames: ReadonlyMap<string, string>;
}

/**
 * The rules an audit holds the editors' fields to: years stand in the text;
 * a role, place or level the text does not give is marked inferred; every tag
 * points to a paragraph that shows it (or is marked proposed); counts stated
 * in collation notes are right.
 */
export function editorialProblems({ data, paragraphs, header, regions, tagNames }: EditorialInput): string[] {
  const problems: string[] = [];
  const body = [...paragraphs.values()].join('\n');
  const words = `${data.title}\n${data.subtitle ?? ''}\n${header}\n${body}`;
  const compact = words.replace(/\s+/gu, '');

  if (!data.inferred.years) {
    const unstated = yearsNotStated(data.years, body);
    data.years.forEach((y, i) => {
      if (unstated.includes(y)) problems.push(checkMessage('years-not-in-body', { i, year: y }));
    });
  }

  data.authors.forEach((a, i) => {
    if (a.roleInferred && !a.role) problems.push(`authors[${i}].roleInferred: there is no role to mark`);
    if (a.role && !a.roleInferred && !compact.includes(a.role.replace(/\s+/gu, ''))) {
      problems.push(checkMessage('author-role-not-in-text', { i, role: a.role }));
    }
  });

  const chain = regions.chain(data.region.code);
  const place = data.region.township ?? chain.at(-1)?.name;
  if (place && !data.inferred.region) {
    const names = placeNames(place);
    if (!names.some((n) => compact.includes(n))) {
      problems.push(checkMessage('region-not-in-text', { names: names.map((n) => `“${n}”`).join(' or ') }));
    }
  }

  const precision = data.region.township ? '乡镇街道' : LEVEL_OF_CODE[data.region.code.length];
  if (precision && LEVELS.indexOf(data.level) > LEVELS.indexOf(precision) && !data.region.note && !data.inferred.level) {
    problems.push(checkMessage('level-finer-than-place', { level: data.level, precision }));
  }

  const proposed = new Set(data.proposed);
  for (const [kind, ids] of [['methods', data.methods], ['themes', data.themes]] as const) {
    ids.forEach((id, i) => {
      const tag = { field: kind, i, name: tagNames.get(id) ?? id, id };
      const ev = data.evidence[id];
      if (!ev) {
        if (!proposed.has(id)) problems.push(checkMessage('tag-no-evidence', tag));
        return;
      }
      const paragraph = paragraphs.get(ev.p);
      if (paragraph === undefined) problems.push(checkMessage('tag-evidence-no-paragraph', { ...tag, p: ev.p, count: paragraphs.size }));
      else if (!paragraph.includes(ev.quote)) problems.push(checkMessage('tag-evidence-not-found', { ...tag, p: ev.p, quote: ev.quote }));
    });
  }

  data.corrections.forEach((c, i) => {
    for (const problem of noteCountProblems(c)) problems.push(`corrections[${i}].note: p${c.p}: ${problem}`);
  });
  return problems;
}

/**
 * The build's rule on method names in a body (node/method-mentions.ts): each
 * mention of an untagged method is listed under `passing`, and each listed
 * paragraph names it; here one line per problem instead of a failed build.
 */
export function mentionProblems(data: CaseData, paragraphs: ReadonlyMap<number, string>, methods: readonly Method[]): string[] {
  try {
    passingMentions('body', data, findMentions(methods, [...paragraphs].map(([p, text]) => ({ p, text }))));
    return [];
  } catch (error) {
    if (!(error instanceof UnaccountedMentionError)) throw error;
    return error.message.split('\n').map((line) => line.replace(/^body: (passing\.)/, '$1'));
  }
}

// --- taxonomy and sources -------------------------------------------------

interface RawTaxonomy {
  methods: unknown[];
  themes: unknown[];
}

/** Taxonomy entries validate; no id twice (nor one id for a method and a theme); no spelling claimed twice. */
export function taxonomyProblems({ methods, themes }: RawTaxonomy): Array<[file: string, problem: string]> {
  const problems: Array<[string, string]> = [];
  const ids = new Map<string, string>();
  const spellings = new Map<string, string>();
  for (const [file, entries, schema] of [['methods.yaml', methods, methodSchema], ['themes.yaml', themes, themeSchema]] as const) {
    entries.forEach((entry, i) => {
      const parsed = schema.safeParse(entry);
      const id = (entry as { id?: unknown })?.id;
      const at = `[${i}]${typeof id === 'string' ? ` ${id}` : ''}`;
      if (!parsed.success) {
        for (const p of zodProblems(parsed.error, '', schema, entry)) problems.push([file, `${at}.${p}`]);
        return;
      }
      const item = parsed.data;
      const other = ids.get(item.id);
      if (other) problems.push([file, `${at}: duplicate id “${item.id}” (also ${other})`]);
      else ids.set(item.id, `${file} ${item.id}`);
      if ('aliases' in item) {
        for (const spelling of [item.name, ...item.aliases]) {
          const owner = spellings.get(spelling);
          if (owner) problems.push([file, `${at}: “${spelling}” is already ${owner === item.id ? 'listed for this method' : `a name or alias of ${owner}`}; one spelling, one method`]);
          else spellings.set(spelling, item.id);
        }
      }
    });
  }
  return problems;
}

/**
 * A title is the line as printed; one written with the edition's full-width
 * punctuation is the same title, with or without the footnote mark its title
 * or its ——subtitle line closes with (将群众路线贯穿基层组织工作始终[1]):
 * ingest drops the mark when the note is the document's.
 */
export function isRawTitle(title: string, raw: string): boolean {
  const written = normalizePunctuation(title);
  const unmarked = raw.split('——').map(withoutEndingNoteMark).join('——');
  return written === normalizePunctuation(raw) || written === normalizePunctuation(unmarked);
}

/** A source validates, its raw file is there byte for byte, and its editor's note is the raw note. */
export function sourceProblems(source: Source, root: string): string[] {
  const file = path.join(root, 'sources', 'raw', source.raw);
  if (!existsSync(file)) return [`raw: ${source.raw} is not in sources/raw/`];
  const problems: string[] = [];
  const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (digest !== source.sha256) problems.push(`sha256: ${source.raw} has SHA-256 ${digest}, not the recorded ${source.sha256} (the raw capture must stay as captured)`);
  if (source.editorNote) {
    const lines = readRawLines(source.raw, root);
    const paragraphs = splitParagraphs(lines.slice(source.editorNote.lines[0] - 1, source.editorNote.lines[1]));
    // The note's words, without a run-in label (编者按：) its first line may open with; spaces apart (a letter-spaced 编　者 signs it);
    // with or without the footnote marks its paragraphs end with (…未作文字改动。[1]: ingest leaves a mark of the document's notes out).
    const words = (text: string) => text.replace(/\s+/g, '').replace(NOTE_LABEL, '');
    const note = words(source.editorNote.text);
    const raw = (ps: readonly string[]) => words(normalizePunctuation(ps.join('')));
    if (note !== raw(paragraphs) && note !== raw(paragraphs.map(withoutEndingNoteMark))) problems.push(`editorNote.text: differs from raw lines ${source.editorNote.lines.join('–')}`);
  }
  if (source.original) {
    // The file the raw text was extracted from (a .docx, .pdf, web page), kept as received.
    const original = path.join(root, 'sources', 'originals', source.original.file);
    if (!existsSync(original)) problems.push(`original.file: ${source.original.file} is not in sources/originals/`);
    else {
      const sha = createHash('sha256').update(readFileSync(original)).digest('hex');
      if (sha !== source.original.sha256) problems.push(`original.sha256: ${source.original.file} has SHA-256 ${sha}, not the recorded ${source.original.sha256}`);
    }
  }
  return problems;
}

// --- named practices ------------------------------------------------------

/** The file name a practice message starts with in the build; here the line already names the file. */
const PRACTICE_PREFIX = new RegExp(`^${PRACTICES_FILE.replace(/[.]/g, '\\.')}, (?:practice "[^"]*", )?field [^:]+: `);

/**
 * Named practices validate against the cases and methods that exist (a case
 * removed or renamed leaves its practices naming it) and hold, as the build
 * does, only what their cases' texts say: one line per problem, not the
 * build's first.
 */
export function practiceProblems(entries: readonly unknown[], input: Parameters<typeof buildPractices>[1]): string[] {
  const schema = createPracticeSchema({ methods: input.methods.map((m) => m.id), cases: input.cases.map((c) => c.id) });
  const seen = new Set<string>();
  return entries.flatMap((entry, i) => {
    const id = (entry as { id?: unknown })?.id;
    const at = `[${i}]${typeof id === 'string' ? ` ${id}` : ''}`;
    const parsed = schema.safeParse(entry);
    if (!parsed.success) return zodProblems(parsed.error, at, schema, entry).map((p) => p.replace(/: (.*)$/s, (_, m: string) => `: ${m.replace(PRACTICE_PREFIX, '')}`));
    if (seen.has(parsed.data.id)) return [`${at}.id: duplicate practice id “${parsed.data.id}”`];
    seen.add(parsed.data.id);
    try {
      buildPractices([parsed.data], input);
      return [];
    } catch (error) {
      if (!(error instanceof LibraryError)) throw error;
      const field = /field ([^:]+): /.exec(error.message)?.[1];
      return [`${at}${field ? `.${field}` : ''}: ${error.message.replace(PRACTICE_PREFIX, '')}`];
    }
  });
}

// --- the whole tree ---------------------------------------------------------

/** Fields the build's YAML reader takes for a date (an unquoted 2014-06-10): one message each, saying to quote it. */
function bareDateProblems(entry: unknown, where: string): string[] {
  if (!entry || typeof entry !== 'object') return [];
  return Object.entries(entry).flatMap(([field, value]) => {
    if (!(value instanceof Date)) return [];
    const text = value.toISOString().slice(0, 10);
    return [`${where}.${field}: ${text} unquoted is read by the build as a date, not text: write it in quotes (${field}: "${text}")`];
  });
}

function readYaml(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf8'), YAML_AS_BUILT);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** Checks everything under `root` (a content/ folder). */
export function checkContent(root: string, vocabulary: CaseVocabulary & { regions: RegionIndex } = loadCaseVocabulary(root)): ContentReport {
  const problems: string[] = [];
  const label = (rel: string) => `${path.basename(root)}/${rel}`;
  const add = (rel: string, list: readonly string[]) => list.forEach((p) => problems.push(`${label(rel)}: ${p}`));
  const tryRead = (rel: string): unknown => {
    try {
      return readYaml(path.join(root, rel));
    } catch (error) {
      add(rel, [`not readable YAML: ${(error as Error).message.split('\n')[0]}`]);
      return undefined;
    }
  };

  // Taxonomy.
  const methodsRaw = tryRead('taxonomy/methods.yaml');
  const themesRaw = tryRead('taxonomy/themes.yaml');
  const methods = Array.isArray(methodsRaw) ? methodsRaw : [];
  const themes = Array.isArray(themesRaw) ? themesRaw : [];
  for (const [file, problem] of taxonomyProblems({ methods, themes })) add(`taxonomy/${file}`, [problem]);
  const tagNames = new Map<string, string>(
    [...methods, ...themes].flatMap((m) => {
      const { id, name } = (m ?? {}) as { id?: unknown; name?: unknown };
      return typeof id === 'string' && typeof name === 'string' ? [[id, name] as [string, string]] : [];
    }),
  );

  const validMethods = methods.flatMap((m) => { const r = methodSchema.safeParse(m); return r.success ? [r.data as Method] : []; });

  // Sources.
  const sourcesRaw = tryRead('sources/sources.yaml');
  const sources = new Map<string, Source>();
  (Array.isArray(sourcesRaw) ? sourcesRaw : []).forEach((entry, i) => {
    const rel = 'sources/sources.yaml';
    const id = (entry as { id?: unknown })?.id;
    const bareDates = bareDateProblems(entry, `[${i}]${typeof id === 'string' ? ` ${id}` : ''}`);
    if (bareDates.length) return add(rel, bareDates);
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) return add(rel, zodProblems(parsed.error, `[${i}]${typeof id === 'string' ? ` ${id}` : ''}`, sourceSchema, entry));
    if (sources.has(parsed.data.id)) return add(rel, [`[${i}].id: duplicate source id “${parsed.data.id}”`]);
    sources.set(parsed.data.id, parsed.data);
    add(rel, sourceProblems(parsed.data, root).map((p) => `${parsed.data.id}.${p}`));
  });

  // Cases.
  const schema = createCaseSchema(vocabulary);
  // What a case's own checks depend on beside its text: the vocabulary, the taxonomy's raw entries and the sources (their raw files are keyed by content in checkCaseFile).
  const vocabularyKey = sha1(JSON.stringify([vocabulary.methods, vocabulary.themes, vocabulary.sources, regionsKey(vocabulary.regions), methodsRaw ?? null, themesRaw ?? null, sourcesRaw ?? null]));
  const generateId = createCaseIdGenerator(label('cases'));
  const casesDir = path.join(root, 'cases');
  const files = listCaseFiles(casesDir);
  if (files.length === 0) problems.push(`${label('cases')}: no case files (*.mdx)`);
  const cases = new Map<string, { rel: string; data: CaseData; paragraphs: Map<number, string> }>();
  /** Body of every case file that parses, valid or not, so a practice naming a case with a bad field is not told the case is gone. */
  const bodies = new Map<string, string>();
  const bodyParagraphs = new Map<string, Map<number, string>>();
  const rawLinesCache = new Map<string, string[]>();
  for (const entry of files) {
    const rel = `cases/${entry}`;
    let id: string;
    try {
      id = generateId({ entry });
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    let text: string;
    try {
      text = UTF8.decode(readFileSync(path.join(casesDir, entry)));
    } catch (error) {
      problems.push(`${label(rel)}: ${error instanceof TypeError ? 'not UTF-8 text' : (error as Error).message}`);
      continue;
    }
    const rawOf = (raw: string) => {
      let lines = rawLinesCache.get(raw);
      if (!lines) rawLinesCache.set(raw, (lines = readRawLines(raw, root)));
      return lines;
    };
    let file: CaseFile;
    try {
      file = parseCaseSourceMemo(text, label(rel));
    } catch (error) {
      problems.push(error instanceof CaseFileError ? error.message : `${label(rel)}: ${(error as Error).message}`);
      continue;
    }
    bodies.set(id, text.replace(FRONTMATTER, ''));
    bodyParagraphs.set(id, paragraphsOf(file));
    const checked = checkCaseFile(file, text, { schema, memoKey: vocabularyKey, sources, root, rawOf, regions: vocabulary.regions, tagNames, validMethods });
    add(rel, checked.problems);
    if (checked.data && checked.paragraphs) cases.set(id, { rel, data: checked.data, paragraphs: checked.paragraphs });
  }

  // Warnings an editor answers in the file (issue 25).
  for (const [rel, problem] of answerableProblems(root, methods, cases)) add(rel, [problem]);

  // Cases of one source must not overlap.
  const bySource = new Map<string, Array<{ rel: string; data: CaseData }>>();
  for (const c of cases.values()) bySource.set(c.data.source.id, [...(bySource.get(c.data.source.id) ?? []), c]);
  for (const list of bySource.values()) for (const [rel, problem] of overlapProblems(list, label)) add(rel, [problem]);

  // Named practices: they name cases and methods that exist, and quote them.
  const practicesRel = 'taxonomy/practices.yaml';
  if (existsSync(path.join(root, practicesRel))) {
    const practicesRaw = tryRead(practicesRel);
    const practiceCases = [...bodies.keys()].map((id) => ({ id, title: cases.get(id)?.data.title ?? id }));
    add(practicesRel, practiceProblems(Array.isArray(practicesRaw) ? practicesRaw : [], { cases: practiceCases, methods: validMethods, bodies, paragraphs: bodyParagraphs }));
  }

  // Teaching notes: one per case, drawn from its text.
  const teachingDir = path.join(root, 'teaching');
  const noteFiles = existsSync(teachingDir) ? listYaml(teachingDir) : [];
  const noteIds = new Set(noteFiles.map((f) => f.replace(/\.yaml$/, '')));
  for (const f of noteFiles) {
    const rel = `teaching/${f}`;
    const id = f.replace(/\.yaml$/, '');
    const raw = tryRead(rel);
    if (raw === undefined) continue;
    const parsed = teachingSchema.safeParse(raw);
    if (!parsed.success) {
      add(rel, zodProblems(parsed.error, '', teachingSchema, raw));
      continue;
    }
    const c = cases.get(id);
    if (!c) {
      if (!files.some((e) => path.basename(e, '.mdx') === id)) add(rel, [`there is no case “${id}”`]);
      continue;
    }
    add(rel, teachingProblems(parsed.data, c.paragraphs));
  }
  for (const [id, c] of cases) if (!noteIds.has(id)) add(c.rel, [`no teaching notes (teaching/${id}.yaml)`]);

  return {
    problems,
    counts: { cases: files.length, teaching: noteFiles.length, sources: sources.size, methods: methods.length, themes: themes.length },
  };
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** One key per region index object (loadRegionIndex gives the same one for a process; a test may give its own). */
const regionKeys = new WeakMap<object, number>();
let regionCount = 0;
function regionsKey(regions: object): number {
  if (!regionKeys.has(regions)) regionKeys.set(regions, ++regionCount);
  return regionKeys.get(regions)!;
}

interface CheckedCaseFile {
  /** The case file's own problems, each without the file's label. */
  problems: string[];
  /** Set when the frontmatter passed the schema and the raw file was read. */
  data?: CaseData;
  paragraphs?: Map<number, string>;
}

/**
 * The case files checked lately, by what the outcome depends on (the file's
 * text, the vocabulary, its raw text): the desk checks a draft by running
 * these checks on a copy of the library with the draft placed in it, after
 * every change the editor makes, and only the draft is new each time
 * (trial 16: a desk check took 2.3 s). Nothing is skipped: a case whose text,
 * vocabulary or raw text changed is checked again; collection-wide checks
 * (overlaps, practices, teaching notes, answerable warnings) always run.
 */
const caseMemo = new Map<string, CheckedCaseFile>();
const CASE_MEMO_LIMIT = 2000;

/** A parsed case file's schema, fidelity, editorial and mention checks (check:content's per-case part). */
function checkCaseFile(
  file: CaseFile,
  text: string,
  ctx: { schema: ReturnType<typeof createCaseSchema>; memoKey: string; sources: ReadonlyMap<string, Source>; root: string; rawOf: (raw: string) => string[]; regions: RegionIndex; tagNames: ReadonlyMap<string, string>; validMethods: readonly Method[] },
): CheckedCaseFile {
  const parsed = ctx.schema.safeParse(file.frontmatter ?? {});
  if (!parsed.success) return { problems: zodProblems(parsed.error, '', ctx.schema, file.frontmatter ?? {}) };
  const data = parsed.data;
  const source = ctx.sources.get(data.source.id);
  if (!source || !existsSync(path.join(ctx.root, 'sources', 'raw', source.raw))) return { problems: [`source.id: “${data.source.id}” has no readable raw file; fidelity not checked`] };
  const lines = ctx.rawOf(source.raw);
  const key = sha1(`${ctx.memoKey}\0${JSON.stringify(source)}\0${sha1(lines.join('\n'))}\0${text}`);
  const known = caseMemo.get(key);
  if (known) return known;
  const paragraphs = paragraphsOf(file);
  const header = lines.slice(data.source.titleLine - 1, data.source.lines[0] - 1).join('\n');
  const checked: CheckedCaseFile = {
    problems: [...caseFidelityProblems(file, data, lines), ...editorialProblems({ data, paragraphs, header, regions: ctx.regions, tagNames: ctx.tagNames }), ...mentionProblems(data, paragraphs, ctx.validMethods)],
    data,
    paragraphs,
  };
  if (caseMemo.size >= CASE_MEMO_LIMIT) caseMemo.clear();
  caseMemo.set(key, checked);
  return checked;
}

/** Case files parsed lately, by their text (the MDX parse is most of a check's time). */
const parseMemo = new Map<string, CaseFile>();

function parseCaseSourceMemo(text: string, labelled: string): CaseFile {
  const known = parseMemo.get(text);
  if (known) return known;
  const file = parseCaseSource(text, labelled);
  if (parseMemo.size >= CASE_MEMO_LIMIT) parseMemo.clear();
  parseMemo.set(text, file);
  return file;
}

function listYaml(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('.')).sort();
}
