/**
 * A teaching note proposed from a draft's accepted grounds and the editors'
 * maintained data, so the editor no longer writes it from nothing (trials 9
 * to 11 typed purpose and four questions every time, 5–10 values a case):
 *
 * - each analysis point is the clause an accepted method (or, for want of
 *   three methods, theme) rests on, quoted exactly as the body reads it with
 *   its paragraph;
 * - each question pairs such a clause (第N段说“…”。) with the discussion
 *   question the taxonomy keeps for that method (methods.yaml `questions`;
 *   a theme's when the methods are fewer than three), as the curated notes
 *   pair a fact of the text with a question;
 * - the purpose names the place (region data), the practice the title quotes
 *   and what was done (each method's `phrase`), and says of a method the text
 *   only urges that it is urged (文中仅倡议).
 *
 * Every quotation stands in the paragraph named (check:content looks each
 * one up); everything else is the editors' kept data. All are proposals, the
 * editors' words (编者拟), accepted, rewritten or rejected.
 *
 * The proposals stand in the teaching file (`<draft>.teaching.yaml`, which
 * publish copies into teaching/) under `proposals:`, numbered as listed, and
 * are answered with `npm run accept` like a draft's and a source entry's
 * (answerListed in accept-proposals.ts); publish refuses a file that still
 * holds one.
 */
import { Document, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { caseParagraphs } from '../case-mdx.ts';
import { quoteAround } from './proposals.ts';
import { similarity } from '../search/suggest.ts';

/** A count right before a quoted word: 四个, 三大, 两项, 5条. */
const COUNTED = /(?:[一二三四五六七八九十两几]|\d{1,2})\s*[个大项条种类件点]$/u;

/** A quoted name in the title (“农事村办”, "一站三中心"), ASCII quotes as 004's titles print them. */
const TITLE_QUOTE = /[“"]([^“”"]{2,12})[”"]/gu;

/**
 * The locality's own name for its practice: the first name the title or
 * subtitle quotes that the body quotes too (“老李服务热线”, “三有两评”). A
 * title's figure of speech (“好心”, “连心室”) the body does not quote as a
 * name is none; nor is anything when the title quotes nothing. A word quoted
 * as the head of a 的 phrase (政府的“好心”, 群众满意的“好事”) is a figure of
 * speech wherever the body quotes it: a name is what was done, not whose. A
 * word counted before it (四个“一线”, 三大“工程”) is one of several items, not
 * the name of what was done.
 */
function namedPractice(titles: readonly (string | undefined)[], paragraphs: ReadonlyArray<{ p: number; text: string }>): { name: string; p: number; at: number; length: number } | undefined {
  for (const title of titles) {
    for (const m of (title ?? '').matchAll(TITLE_QUOTE)) {
      const before = title!.slice(0, m.index);
      if (before.endsWith('的') || COUNTED.test(before)) continue;
      const name = m[1]!;
      for (const para of paragraphs) {
        const at = para.text.indexOf(`“${name}”`);
        if (at !== -1) return { name, p: para.p, at: at + 1, length: name.length };
      }
    }
  }
  return undefined;
}

/** The drafted purpose names at most this many things done: the curated ones name three to five, and stay a sentence. */
const MAX_PHRASES = 4;

/**
 * The methods the drafted teaching purpose names:
 * the one the practice's own name says first (老李服务热线 → 服务热线), the
 * rest in the text's order, one per phrase, at most MAX_PHRASES.
 */
function leadingMethods<T extends { name: string; phrase?: string | undefined; p: number }>(methods: readonly T[], practice: string | undefined): T[] {
  const named = (m: T) => (practice?.includes(m.name) ? 0 : 1);
  const out: T[] = [];
  for (const m of [...methods].sort((a, b) => named(a) - named(b) || a.p - b.p)) {
    if (out.length < MAX_PHRASES && !out.some((u) => (u.phrase ?? u.name) === (m.phrase ?? m.name))) out.push(m);
  }
  return out;
}

/** What a teaching note may be proposed: its purpose line, questions and analysis points. */
export type TeachingProposal = { field: 'purpose' | 'questions' | 'points'; value: string; paragraphs: number[]; why: string };

/** The editors' kept data on a method or theme: its name, what is done (`phrase`, methods only) and its discussion questions. */
export interface TagData {
  name: string;
  phrase?: string | undefined;
  questions?: readonly string[] | undefined;
}

/** The schema's bounds on analysis points (src/schemas/teaching.ts). */
const MIN_POINTS = 3;
const MAX_POINTS = 6;

interface DraftGrounds {
  title: string;
  subtitle?: string;
  methods?: string[];
  themes?: string[];
  evidence?: Record<string, { p: number; quote: string }>;
  /** Accepted methods the text only urges (文中仅倡议). */
  proposed?: string[];
}

/**
 * Longest quote a point proposes: the clauses around the method's words, not a
 * whole sentence (the ninth trial's ran to 500 characters).
 */
const POINT_QUOTE = 100;

/** Longest clause a question quotes: a fact to ask about, not a passage. */
const QUESTION_QUOTE = 60;
/** Questions proposed: the schema takes three to five; four leave the editor room for one of their own. */
const MAX_QUESTIONS = 4;
const MIN_QUESTIONS = 3;

/**
 * The teaching proposals for a draft whose proposals are answered: `place` is
 * the region's short name (饶阳县, 松木乡), `tags` the taxonomy's data on each
 * method and theme id. Points and questions follow the text's order; two tags
 * resting on one sentence, or on nearly the same words, make one point.
 */
export function proposeTeaching(draft: string, place: string | undefined, tags: ReadonlyMap<string, TagData>): TeachingProposal[] {
  const head = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(draft);
  if (!head) return [];
  const fm = (parseDocument(head[1]!).toJS() ?? {}) as DraftGrounds;
  const paragraphs = caseParagraphs(draft.slice(head[0].length));
  const grounded = (ids: readonly string[] | undefined) =>
    (ids ?? []).flatMap((id) => {
      const ev = fm.evidence?.[id];
      const text = ev ? paragraphs.find((x) => x.p === ev.p)?.text : undefined;
      const at = ev && text ? text.indexOf(ev.quote) : -1;
      if (!ev || !text || at === -1) return [];
      const data = tags.get(id);
      const sentence = quoteAround(text, at, ev.quote.length, POINT_QUOTE, true);
      // A clause cut inside the text's own quotation (“把群众的呼声…第一选择) reads as a broken quote: it runs on to the closing ”,
      // else the evidence, else the point's sentence stands instead.
      const cut = quoteAround(text, at, ev.quote.length, QUESTION_QUOTE);
      const clause = [cut, closedQuote(text, cut, at), ev.quote, sentence].find((w) => w !== undefined && balanced(w));
      return [{ id, name: data?.name ?? id, phrase: data?.phrase, questions: data?.questions ?? [], p: ev.p, sentence, clause, evidence: ev.quote }];
    });
  const methods = grounded(fm.methods).sort((a, b) => a.p - b.p);
  const themes = grounded(fm.themes).sort((a, b) => a.p - b.p);
  // Themes only make up the schema's three points when the methods are fewer.
  const tagsUsed = methods.length >= MIN_POINTS ? methods : [...methods, ...themes];
  const points = pointsOf(tagsUsed);
  const out: TeachingProposal[] = [];
  if (methods.length) {
    const practice = namedPractice([fm.title, fm.subtitle], paragraphs);
    // Done ones lead; the purpose says of every urged one that it is urged, so none of those is cut.
    const urged = methods.filter((m) => fm.proposed?.includes(m.id));
    const named = [...leadingMethods(methods.filter((m) => !urged.includes(m)), practice?.name), ...urged];
    out.push({
      field: 'purpose',
      value: purposeOf(place, practice?.name, named, fm.proposed ?? []),
      paragraphs: [...new Set([...named.map((m) => m.p), ...(practice ? [practice.p] : [])])].sort((a, b) => a - b),
      why: `编者拟：地名据区划数据${practice ? `，做法名据题中和第${practice.p}段所引“${practice.name}”` : ''}，所讨论之事据已接受方法（${named.map((m) => m.name).join('、')}）在方法表中的 phrase；可改写`,
    });
  }
  out.push(...questionsOf(methods, themes));
  const ordered = [...points].sort((a, b) => a.p - b.p).slice(0, MAX_POINTS);
  for (const point of ordered) {
    out.push({ field: 'points', value: `${point.names.join('、')}：“${point.sentence}”`, paragraphs: [point.p], why: `第${point.p}段，所接受的${point.names.join('、')}的证据所在的分句` });
  }
  return out;
}

/**
 * Share of character pairs (Dice, the search's own measure) at which two
 * quotations are nearly the same: trial 20's two points cut one sentence at
 * clauses a few words apart (0.8); different sentences of a paragraph share
 * under a tenth.
 */
const NEARLY_SAME = 0.5;
/** Whether two quotations are the same or nearly (cut from one passage at other clauses). */
const nearlySame = (a: string, b: string) => a === b || similarity(a, b) >= NEARLY_SAME;

/**
 * Tags resting on the same or a nearly identical quotation of one paragraph make one point, quoted as the first of
 * them is: only where that quotation holds the later tag's evidence too, for the point names it as the evidence's.
 */
function pointsOf(tags: ReadonlyArray<{ name: string; p: number; sentence: string; evidence: string }>): Array<{ names: string[]; p: number; sentence: string }> {
  const points: Array<{ names: string[]; p: number; sentence: string }> = [];
  for (const t of tags) {
    const point = points.find((x) => x.p === t.p && nearlySame(x.sentence, t.sentence) && x.sentence.includes(t.evidence));
    if (point) point.names.push(t.name);
    else points.push({ names: [t.name], p: t.p, sentence: t.sentence });
  }
  return points;
}

type Grounded = { name: string; questions: readonly string[]; p: number; clause: string | undefined };

/** `words` (standing in `text` at or before `near`) run on to the ” that closes them, within POINT_QUOTE characters. */
function closedQuote(text: string, words: string, near: number): string | undefined {
  const start = text.lastIndexOf(words, near);
  if (start === -1) return undefined;
  for (let end = start + words.length; end <= text.length && end - start <= POINT_QUOTE; end++) {
    if (text[end - 1] === '”' && balanced(text.slice(start, end))) return text.slice(start, end);
  }
  return undefined;
}

/** Every “ of the words closed by a ” after it. */
function balanced(words: string): boolean {
  let depth = 0;
  for (const ch of words) {
    if (ch === '“') depth++;
    else if (ch === '”' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * 第N段说“<clause>”。<question> — one a method in the text's order, each on
 * a clause not asked about yet; then, short of three, the themes' questions
 * and the methods' second ones. The clause is the tag's evidence as the body
 * reads it.
 */
function questionsOf(methods: readonly Grounded[], themes: readonly Grounded[]): TeachingProposal[] {
  const out: TeachingProposal[] = [];
  const asked = new Set<string>();
  const ask = (t: Grounded, question: string | undefined, kind: string, limit: number) => {
    if (!question || !t.clause || out.length >= limit || asked.has(question)) return;
    asked.add(question);
    out.push({
      field: 'questions',
      value: `第${t.p}段说“${t.clause}”。${question}`,
      paragraphs: [t.p],
      why: `编者拟：第${t.p}段${t.name}的证据照录，配${kind}“${t.name}”的讨论题`,
    });
  };
  const clauses: string[] = [];
  for (const m of methods) {
    const clause = m.clause;
    if (!clause || clauses.some((c) => nearlySame(c, clause))) continue;
    clauses.push(clause);
    ask(m, m.questions[0], '方法表中方法', MAX_QUESTIONS);
  }
  for (const t of themes) ask(t, t.questions[0], '领域表中领域', MIN_QUESTIONS);
  for (const m of methods) ask(m, m.questions[1], '方法表中方法', MIN_QUESTIONS);
  return out;
}

/**
 * 以<place>“<practice>”为例，讨论怎样<phrase>，<phrase>。 — what the text
 * tells done is discussed as done; what it only urges is said to be urged.
 */
function purposeOf(place: string | undefined, practice: string | undefined, methods: ReadonlyArray<{ id: string; name: string; phrase?: string | undefined }>, urgedIds: readonly string[]): string {
  const what = (ms: typeof methods) => ms.map((m) => m.phrase ?? m.name);
  const done = what(methods.filter((m) => !urgedIds.includes(m.id)));
  const urged = methods.filter((m) => urgedIds.includes(m.id)).map((m) => m.name);
  const example = `以${place ?? '本案'}${practice ? `“${practice}”` : done.length ? '的做法' : '的文章'}为例`;
  const how = done.length ? `讨论怎样${done.join('，')}` : '';
  const proposal = urged.length ? `${urged.join('、')}文中仅倡议，尚非已做的事，可讨论其是否可行` : '';
  return `${[example, how].filter(Boolean).join('，')}${proposal ? `${how ? '；' : '，'}${proposal}` : ''}。`;
}

/** The teaching file ingest's draft gets: the proposals, an empty purpose and points to fill, and the questions left to the editor. */
export function teachingFileText(proposals: readonly TeachingProposal[]): string {
  const doc = new Document({ proposals: proposals.map((x) => ({ field: x.field, value: x.value, paragraphs: x.paragraphs, why: x.why })), purpose: '', questions: [], points: [] });
  // One proposal a line, as a draft's proposals stand.
  for (const item of (doc.get('proposals') as YAMLSeq<YAMLMap>).items) item.flow = true;
  return [
    '# 教学札记（编者撰写）。只依据本案原文；段号指 /cases/<id>/#p<n>。',
    '# proposals 是程序拟的教学目的、思考题和分析要点（编者拟）：npm run accept -- 本文件（列出）| --all | --accept 1 3 | --reject 2。',
    '# 目的据地名、题中所引做法名和已接受方法在方法表中的 phrase；思考题把已接受方法的证据原句（注段号）配方法表中该方法的讨论题；要点是证据所在的分句。',
    '# 接受后照样可以改写文字；思考题 3–5 题，以？结尾，各注段号；分析要点 3–6 条。',
    // A blank line makes these the file's comments, not the proposals' (which go once answered).
    '',
    doc.toString({ lineWidth: 0 }),
  ].join('\n');
}

export class TeachingProposalError extends Error {}

/** Applies accepted teaching proposals to the file's fields: a purpose fills an empty purpose, a question or point is added to its list. */
export function applyTeaching(map: YAMLMap<string, unknown>, x: { n: number; field: string; value: string; paragraphs: number[] }, file: string): void {
  if (x.field === 'purpose') {
    const current = map.get('purpose');
    if (typeof current === 'string' && current.trim() && current !== x.value) throw new TeachingProposalError(`${file}: proposal ${x.n} (purpose): purpose is already “${current}”; delete it or reject this proposal`);
    map.set('purpose', x.value);
    return;
  }
  if (x.field !== 'points' && x.field !== 'questions') throw new TeachingProposalError(`${file}: proposal ${x.n}: field “${x.field}” is none of purpose, questions, points`);
  if (!x.paragraphs.length) throw new TeachingProposalError(`${file}: proposal ${x.n} (${x.field}): names no paragraph`);
  const list = map.get(x.field);
  const seq = isSeq(list) ? list : new YAMLSeq();
  // The file's empty `points: []` (or `questions: []`) becomes a block list once it holds an item.
  if (seq.items.length === 0) seq.flow = false;
  seq.items.push(teachingItemNode(x.value, x.paragraphs));
  map.set(x.field, seq);
}

/** A question or point as a teaching note writes it: its text, then its paragraphs on one line ([3, 5]). */
export function teachingItemNode(text: string, paragraphs: readonly number[]): YAMLMap<string, unknown> {
  const item = new YAMLMap<string, unknown>();
  item.set('text', text);
  const ps = new YAMLSeq<number>();
  ps.flow = true;
  ps.items.push(...paragraphs);
  item.set('paragraphs', ps);
  return item;
}
