/**
 * The summary the tools draft: whole sentences of the body, never clauses cut
 * from several sentences. Trials 9–11 rejected the one sentence lifted for
 * the most verbs; trials 12–13 the taxonomy's phrases (they said what the
 * text does not); trial 18 the text's clauses glued after a composed head
 * (…，通过联席会、现场会、恳谈会等形式。 — a clause cut from its verb; 百色市推行
 * “农事村办”：并全程为她代办 — one cut from an anecdote). What an editor can
 * accept as it stands is what a person wrote: the opening sentence in which
 * the place does something (东莞市委在全市范围内广泛设立党代表工作室), plus
 * at most one more, the sentence after it or the one a done method's
 * evidence stands in. Nothing is said but the text's words; the editor
 * accepts, rewrites or deletes it like any proposal. Where the place acts in
 * no sentence (an essay, a report: trial 20's 永善 and 湖北 got none), the
 * text's own outline stands instead (outlineSummary); where there is none
 * either, the draft says why (noSummaryWhy).
 */
import { SUMMARY_MAX } from '../../schemas/case.ts';
import { shortPlaceName } from '../regions/divisions.ts';
import { isSectionHeading } from '../mdx-text.ts';

/** A composed summary's `why` starts so: accept-proposals composes it again from what was accepted. */
export const COMPOSED = '编者拟';

interface Para {
  p: number;
  text: string;
}

/** Where a part of the summary stands in the text: paragraph, offset and length of its words. */
export interface Anchor {
  p: number;
  at: number;
  length: number;
}

export interface SummaryGrounds {
  /** The place's name as the region data gives it (百色市, 松木乡); undefined when the region is only inferred. */
  place?: string | undefined;
  /** The body before any 【点评】 (the compilers' comment says nothing of what was done). */
  paragraphs: readonly Para[];
  /**
   * Methods done (not only urged), with their evidence: paragraph and quote. The second sentence may be the one a
   * method's evidence stands in, so a method the editor rejected lends the summary no sentence.
   */
  methods: ReadonlyArray<{ name: string; p: number; quote: string }>;
  /** Whether words tell something done (proposals.ts DOING: 建立, 推行, 设立…), read after the place. */
  tells(words: string): boolean;
}

export interface ComposedSummary {
  value: string;
  /** The opening sentence's words, for the proposal's quote. */
  anchor: Anchor;
  why: string;
}

/** A sentence of a paragraph: [start, end) of its words with its ending mark (and a closing quote after it). */
interface Sentence {
  p: number;
  start: number;
  end: number;
  text: string;
}

const OPENS = '“「《（(';
const CLOSES = '”」》）)';
const SENTENCE_MARK = /[。！？!?]/u;

/**
 * A paragraph's sentences, cut after 。！？ outside quotation marks and
 * brackets (a quoted speech's 。 ends no sentence of the text), or after a
 * closing quote the mark stands right before (说：“好。”).
 */
export function sentencesOf(p: number, text: string): Sentence[] {
  const out: Sentence[] = [];
  let [depth, ascii, start] = [0, false, 0];
  const cut = (end: number) => {
    const raw = text.slice(start, end);
    if (raw.trim()) out.push({ p, start: start + raw.length - raw.trimStart().length, end, text: raw.trim() });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') ascii = !ascii;
    else if (OPENS.includes(ch)) depth++;
    else if (CLOSES.includes(ch)) {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && !ascii && SENTENCE_MARK.test(text[i - 1] ?? '')) cut(i + 1);
    } else if (SENTENCE_MARK.test(ch) && depth === 0 && !ascii) cut(i + 1);
  }
  cut(text.length);
  return out;
}

/** Where a clause starts: the sentence's start and after ，；：. */
const CLAUSE_START = /(?:^|[，；：])/gu;
/** An ordinal leading a clause or a part (一是, 第二，). */
const ORDINAL = '(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]?)';
/** Before the doer at a clause's head: an ordinal lead (一是), or 是/由 naming who did it (…，是百色市自2007年起开始实施的). */
const BEFORE_DOER = new RegExp(`^${ORDINAL}?(?:是|由)?`, 'u');

/**
 * Where the place does something in the sentence: a clause opens with its
 * name or its organ's (2010年6月，东莞市委在全市范围内广泛设立…; 乡党委探索
 * 完善…) and the words from it tell something done. A place named inside a clause (50岁的李春秀是百色市…村民,
 * 这是东莞市党代表工作室…的新现象) is where someone is, not who acted.
 * -1 when it does nowhere.
 */
function doerAt(sentence: string, names: readonly string[], tells: (words: string) => boolean): number {
  for (const m of sentence.matchAll(CLAUSE_START)) {
    const head = m.index + m[0].length;
    const at = head + BEFORE_DOER.exec(sentence.slice(head))![0].length;
    if (names.some((n) => sentence.startsWith(n, at)) && tells(sentence.slice(at))) return at;
  }
  return -1;
}

/** Words naming the place's own organ by its level (乡党委, 县委, 市政府, 街道党工委): an article says so of its own place. */
const ORGANS = ['党委', '党工委', '委', '人民政府', '政府', '办事处'];

/** The names the place acts by: its name, its short form (百色市 → 百色), and its organs by its level. */
function doerNames(place: string): string[] {
  const level = /街道$/u.test(place) ? '街道' : /[省市县区乡镇]$/u.exec(place)?.[0];
  return [place, shortPlaceName(place), ...(level ? ORGANS.map((o) => `${level}${o}`) : [])].filter((n): n is string => Boolean(n));
}

/** A sentence that leans on the one before it (同时，…; 他们…; 这一…) reads only after it, never after another. */
const LEANS_BACK = /^(?:同时|并|而|但|此外|另外|对此|为此|因此|所以|于是|这|那|此|该|其|他|她|它)/u;

const length = (s: string) => Array.from(s).length;
/** A sentence the paragraph leaves without its mark still ends the summary with one. */
const ended = (s: string) => (/[。！？!?][”」』）)]*$/u.test(s) ? s : `${s}。`);

/**
 * The opening sentence in which the place does something, within
 * SUMMARY_MAX, and at most one more that fits beside it: the sentence right
 * after it when that tells something done too, else the first sentence after
 * it where a done method's evidence stands that reads alone. Undefined when
 * the text names the place acting nowhere (or the region is only inferred).
 */
export function composeSummary(g: SummaryGrounds): ComposedSummary | undefined {
  if (!g.place) return undefined;
  const names = doerNames(g.place);
  const sentences = g.paragraphs.flatMap((para) => sentencesOf(para.p, para.text));
  const lead = sentences.findIndex((s) => length(s.text) <= SUMMARY_MAX && doerAt(s.text, names, g.tells) !== -1);
  if (lead === -1) return undefined;
  const first = sentences[lead]!;
  const fits = (s: Sentence) => length(ended(first.text)) + length(ended(s.text)) <= SUMMARY_MAX;
  const next = sentences[lead + 1];
  const adjacent = next && next.p === first.p && g.tells(next.text) && fits(next) ? next : undefined;
  const sentenceOf = (m: SummaryGrounds['methods'][number]) => {
    const at = g.paragraphs.find((x) => x.p === m.p)?.text.indexOf(m.quote) ?? -1;
    return sentences.findIndex((s) => s.p === m.p && at >= s.start && at < s.end);
  };
  const evidence = adjacent
    ? undefined
    : g.methods
        .map((m) => ({ m, i: sentenceOf(m) }))
        .filter(({ i }) => i > lead && !LEANS_BACK.test(sentences[i]!.text) && fits(sentences[i]!))
        .sort((a, b) => a.i - b.i)
        .map(({ m, i }) => ({ m, s: sentences[i]! }))[0];
  const second = adjacent ?? evidence?.s;
  const said = second ? `第${first.p}段${second.p === first.p ? '' : `、第${second.p}段`}的${second === adjacent ? '相连两句' : '两句'}` : `第${first.p}段的一句`;
  const grounds = [
    `照录原文${said}，不删改字句`,
    `${second ? '第一句' : '这一句'}是正文中最先写${g.place}做了什么的一句`,
    second === adjacent && second ? '第二句紧随其后' : evidence ? `第二句是方法${evidence.m.name}的证据所在` : '',
  ].filter(Boolean);
  return {
    value: [first, second].flatMap((x) => (x ? [ended(x.text)] : [])).join(''),
    anchor: { p: first.p, at: first.start, length: first.end - first.start },
    why: `${COMPOSED}：${grounds.join('，')}；接受时按届时已接受的方法重选第二句，可改写或删去`,
  };
}

/** Shorter than this, a paragraph's opening sentence is its run-in heading (一是要找准着力点。访民情，增感情。), as proposals.ts reads a slogan. */
const RUN_IN_LENGTH = 16;
/** Fewer parts than this make no outline. */
const MIN_PARTS = 2;

/** A paragraph's heading: the whole paragraph when it is a section heading (一、…), else its opening sentence when that is short and more follows. */
function headingOf(para: Para): Sentence | undefined {
  if (isSectionHeading(para.text)) return { p: para.p, start: 0, end: para.text.length, text: para.text };
  const [first, next] = sentencesOf(para.p, para.text);
  return first && next && length(first.text.replace(/[“”"‘’《》]/gu, '')) < RUN_IN_LENGTH ? first : undefined;
}

/** A part's heading numbered (一是…, 第二，…, （三）…). */
const NUMBERED_PART = new RegExp(`^(?:${ORDINAL}|[（(][一二三四五六七八九十\\d]+[)）])`, 'u');
/** A heading's words without quotation marks and its closing mark. */
const bare = (s: Sentence) => s.text.replace(/[“”"‘’《》]|[。！？!?]+$/gu, '');
/** A heading's clauses' lengths (访民情，增感情。 → 3,3); undefined for one clause, whose length alone is no form. */
const shapeOf = (s: Sentence) => {
  const clauses = bare(s).split(/[，、；：,;:]/u);
  return clauses.length > 1 ? clauses.map(length).join(',') : undefined;
};
/**
 * Two run-in headings are parts of one outline when both are numbered (一是…), open with one word (坚持身子沉到一线。 /
 * 坚持问题解决在一线。) or have one form of clauses (访民情，增感情。 / 挖塘堰，惠民生。): a story's or a dialogue's
 * short openings (去年冬天，雪很大。 / 村民王大妈病了。, “没问题。” / “谢谢你！”) are sentences, not headings.
 */
const parallel = (a: Sentence, b: Sentence) =>
  (NUMBERED_PART.test(a.text) && NUMBERED_PART.test(b.text)) || bare(a).slice(0, 2) === bare(b).slice(0, 2) || (!!shapeOf(a) && shapeOf(a) === shapeOf(b));

/** The longest series of paragraphs side by side that each open with a heading parallel to the first's: parallel parts, not one short opening sentence. */
function longestRun(headings: ReadonlyArray<Sentence | undefined>): Sentence[] {
  let [best, run] = [[] as Sentence[], [] as Sentence[]];
  for (const h of headings) {
    run = !h ? [] : run[0] && parallel(run[0], h) ? [...run, h] : [h];
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * The text's own outline, when no sentence says what the place did (an
 * essay's 一是…二是…, a report's 一、…二、…, a case's 访民情，增感情。):
 * the parts' headings, whole, as the text words them — section headings
 * when the text has them, else the run-in headings opening the longest
 * series of paragraphs side by side —
 * after the sentence that leads into them (the last one before the first
 * part), within SUMMARY_MAX; the lead is left out when it does not fit
 * beside them. Undefined when fewer than two parts open paragraphs, or
 * their headings alone are longer than a summary.
 */
export function outlineSummary(paragraphs: readonly Para[]): ComposedSummary | undefined {
  const sections = paragraphs.filter((para) => isSectionHeading(para.text));
  // The opening paragraph leads into the parts, however short its first sentence (十八大报告指出：…。): parts follow it.
  const parts = sections.length >= MIN_PARTS ? sections.flatMap((para) => headingOf(para) ?? []) : longestRun(paragraphs.map((para, i) => (i === 0 ? undefined : headingOf(para))));
  if (parts.length < MIN_PARTS) return undefined;
  // A lead that ends on its colon (…以下几点：) runs into the parts as the text does.
  const text = (xs: readonly Sentence[]) => xs.map((x) => (/：$/u.test(x.text) ? x.text : ended(x.text))).join('');
  const before = paragraphs.filter((para) => para.p < parts[0]!.p).at(-1);
  const lead = before && sentencesOf(before.p, before.text).at(-1);
  const chosen = [lead && length(text([lead, ...parts])) <= SUMMARY_MAX ? [lead, ...parts] : undefined, parts].find((xs): xs is Sentence[] => !!xs && length(text(xs)) <= SUMMARY_MAX);
  if (!chosen) return undefined;
  const first = chosen[0]!;
  const ps = chosen.filter((x) => x !== lead).map((x) => x.p);
  const said = `${chosen[0] === lead ? `第${lead!.p}段的末句和` : ''}第${ps.join('、')}段的${sections.length >= MIN_PARTS ? '小节标题' : '段首小标题'}`;
  return {
    value: text(chosen),
    anchor: { p: first.p, at: first.start, length: first.end - first.start },
    why: `${COMPOSED}：照录原文${said}，即全文的提纲，不删改字句（正文中没有一句写明地点做了什么）；可改写或删去`,
  };
}

/** What the draft says when no summary was proposed: why none, so the editor knows to write it. */
export function noSummaryWhy(place: string | undefined): string {
  const where = place ? `正文中没有一句（不超过${SUMMARY_MAX}字）写${place}做了什么或提到${place}做的事` : '地点未定';
  return `${where}，也没有两段以上以小标题起首可作提纲，所以没有拟摘要提议；请读全文后用 npm run accept -- 本文件 --set summary "…" 写摘要`;
}
