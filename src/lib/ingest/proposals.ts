/**
 * What a draft's text lets the tools propose for the editors' fields, each
 * with its grounds: the exact words of one edition paragraph (`p`, the site's
 * numbering; 0 means the title) and a short reason. Nothing here is decided:
 * the editor accepts or deletes every proposal (accept-proposals.ts), and a
 * case file that still holds one fails the schema.
 *
 * Quotes are substrings of the edition paragraph as the case body will stand
 * (buildEdition), so an accepted method or theme passes the evidence rule of
 * check:content as it is.
 */
import type { Kind, Level } from '../kinds.ts';
import { methodSpellings } from '../methods.ts';
import { normalizePunctuation } from '../text.ts';
import { footnotePassage } from './source-footnotes.ts';
import type { EditionBlock } from '../edition.ts';
import { cutWords, tagWords } from './words.ts';
import { ATTACHMENT_LABEL, COMPILER, NOTICE_NUMBER_LINE } from './case-start.ts';
import { aimWord, isListItem } from '../node/evidence-checks.ts';
import { contentWords } from '../node/similarity.ts';
import { READING_FLAG } from './reading-flags.ts';
import { countedFigures, figureLabel } from './key-figures.ts';
import { composeSummary, outlineSummary, type ComposedSummary } from './summary-proposal.ts';
import { SUMMARY_MAX } from '../../schemas/case.ts';

/** Fields a draft proposes, in the order they are listed. Passing mentions come from rejecting a method (accept-proposals.ts). */
export const PROPOSAL_FIELDS = ['methods', 'themes', 'years', 'level', 'kind', 'keyFigures', 'summary', 'doubt'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

interface Grounds {
  /** Words exactly as they stand in paragraph `p`. */
  quote: string;
  /** Edition paragraph number (the page's p<n>); 0 for the title. */
  p: number;
  /** Why, in a few Chinese words. */
  why: string;
}

export type Proposal = Grounds &
  (
    | { field: 'methods' | 'themes'; value: string }
    | { field: 'years'; value: number }
    | { field: 'level'; value: Level }
    | { field: 'kind'; value: Kind }
    | { field: 'keyFigures'; value: { label: string } }
    | { field: 'summary'; value: string }
    | { field: 'doubt'; value: string }
  );

export interface ProposalVocabulary {
  /** `phrase`: what is done, maintained in the taxonomy; the drafted teaching purpose strings them (teaching-proposals.ts). */
  methods: ReadonlyArray<{ id: string; name: string; aliases: readonly string[]; phrase?: string | undefined }>;
  themes: ReadonlyArray<{ id: string; name: string; keywords: readonly string[] }>;
}

export interface ProposalInput {
  title: string;
  subtitle?: string | undefined;
  /** The edition's blocks (numbered; the 【点评】 label has p null). */
  edition: readonly EditionBlock[];
  /** The place ingest resolved (GB/T 2260 code, its short leaf name, a township named in the title). */
  region?: { code: string; leaf: string; township?: string | undefined } | undefined;
  /** Ingest's flags (document.ts): readings marked 第N段：…：“words”. */
  flags?: readonly string[];
  /** The authors' units as the byline prints them (湖北省兴山县委县直机关工委): an essay's actor is often only named there. */
  byline?: readonly string[] | undefined;
  /** The source's date as ingest read it (YYYY[-MM[-DD]]): a 今年 or 去年 in the text is a year only against it. */
  sourceDate?: string | undefined;
}

// --- quoting -----------------------------------------------------------------

const SENTENCE_END = /[。！？；!?;]/u;
const CLAUSE_END = /[，、：,:]/u;
/** Longest quote proposed: a sentence, or the clauses around the words when the sentence is longer. */
const MAX_QUOTE = 48;

/**
 * The sentence holding text[at, at+len), cut to its clauses around those
 * words when long; always a substring of text. With `fill`, the cut keeps the
 * neighbouring clauses of the sentence (the next one first) while the quote
 * stays within `max`: a method's name alone in its clause (实行“一村一站一助理”)
 * says less than the clauses that tell who does what.
 */
export function quoteAround(text: string, at: number, len: number, max = MAX_QUOTE, fill = false): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at + len;
  while (end < text.length && !SENTENCE_END.test(text[end - 1] ?? '')) end++;
  if (end - start > max) {
    const [first, last] = [start, end];
    start = at;
    while (start > 0 && !SENTENCE_END.test(text[start - 1]!) && !CLAUSE_END.test(text[start - 1]!)) start--;
    end = at + len;
    while (end < text.length && !SENTENCE_END.test(text[end]!) && !CLAUSE_END.test(text[end]!)) end++;
    for (let grew = fill; grew; ) {
      grew = false;
      let next = end + 1;
      while (next < last && !SENTENCE_END.test(text[next]!) && !CLAUSE_END.test(text[next]!)) next++;
      if (end < last - 1 && next - start <= max) [end, grew] = [next, true];
      let prev = start - 1;
      while (prev > first && !CLAUSE_END.test(text[prev - 1]!)) prev--;
      if (start > first && end - prev <= max) [start, grew] = [prev, true];
    }
  }
  let quote = text.slice(start, end);
  // An ending full stop or comma adds nothing to the quote and is the first thing an editor trims.
  quote = quote.replace(/[。；，、：,;:]+$/u, '').replace(/^[”’」）)\s]+/u, '');
  return quote || text.slice(at, at + len);
}

interface Para {
  p: number;
  text: string;
}

const paragraphsOf = (edition: readonly EditionBlock[]): Para[] => edition.flatMap((b) => (b.p === null ? [] : [{ p: b.p, text: b.text }]));

/** Sentences that tell of something done (建立, 推行, 开展…), not merely named. */
const DOING = /建立|推行|实行|开展|设立|成立|组织|实施|坚持|采取|通过|召开|印制|发放|推出|开通|建起|组建|落实|探索|创新|健全|完善|推广|纳入|制定|签订|选聘|选派|选配|配备|聘请|招募|每[年月周天]|定期|逐户|全部/u;

// --- methods -------------------------------------------------------------------

/** Words too common in method names to stand for one method. */
const GENERIC_NAME_WORDS = new Set(['群众', '干部', '服务', '党员', '工作', '管理', '联系', '制度', '基层']);

const nameWordCache = new WeakMap<ProposalVocabulary['methods'], Map<string, string[]>>();

/** Words of a method's name that no other method's name shares: 考核问责 → 考核, 问责. */
function distinctiveNameWords(methods: ProposalVocabulary['methods']): Map<string, string[]> {
  let cached = nameWordCache.get(methods);
  if (cached) return cached;
  const words = new Map(methods.map((m) => [m.id, contentWords(m.name).filter((w) => !GENERIC_NAME_WORDS.has(w))]));
  const count = new Map<string, number>();
  for (const list of words.values()) for (const w of new Set(list)) count.set(w, (count.get(w) ?? 0) + 1);
  cached = new Map([...words].map(([id, list]) => [id, list.filter((w) => count.get(w) === 1)]));
  nameWordCache.set(methods, cached);
  return cached;
}

/** How often, how many, by whom: the particulars a sentence telling of a practice done gives and a slogan does not. */
const PARTICULARS = [/每[年月周天日次人户名]|定期|半年|逐户|挨家挨户/u, /\d|[一二三四五六七八九十两]+[个名户次项条]/u, /干部|党员|助理|工作人员|书记|代表|村民|居民|群众/u];
/** A sentence that names or praises a practice instead of telling it: a definition (…是…机制), a lead (这是…的缩影), a speaker's words. */
const NAMING = /是[^，。；]{0,30}(?:机制|模式|办法|缩影|做法|制度|方法|关键|重心|法宝|钥匙)|就这样|应运而生|诞生|说：|说，|表示|感慨|——/u;
/** Whether words tell something done, as the drafted summary reads the words after the place (summary-proposal.ts). */
export const tellsDone = (words: string): boolean => DOING.test(words);
/** Shorter than this, a sentence is a heading or a slogan (“一村一站一助理”。群众有事我来办。), too short to say who did what how. */
const SLOGAN_LENGTH = 16;

/**
 * How well a sentence tells of a practice done: its verbs of doing and its
 * particulars, less a slogan's or a definition's marks. A method is quoted
 * where this is highest (the trial's editors re-quoted 28 of 49 accepted
 * methods that cited a heading-like line or a 口号).
 */
function doingScore(sentence: string): number {
  const verbs = new Set(sentence.match(new RegExp(DOING, 'gu'))).size;
  const particulars = PARTICULARS.filter((re) => re.test(sentence)).length;
  const slogan = Array.from(sentence.replace(/[“”"‘’《》]/gu, '')).length < SLOGAN_LENGTH ? 3 : 0;
  return verbs + particulars - slogan - (NAMING.test(sentence) ? 2 : 0);
}

/**
 * A paragraph's run-in heading names a practice (下访“寻问题”——让群众给干部“挑刺”。)
 * and the sentence after it tells how it works: that sentence is the quote,
 * cut to its clauses as any quote, when it tells of something done and
 * stands as evidence (the eighth trial's editor re-quoted such headings so).
 * Undefined when `sentence` is no heading opening its paragraph.
 */
function toldAfterHeading(text: string, sentence: string): string | undefined {
  const heading = text.startsWith(sentence) && (NAMING.test(sentence) || Array.from(sentence.replace(/[“”"‘’《》]/gu, '')).length < SLOGAN_LENGTH);
  if (!heading) return undefined;
  let start = sentence.length;
  while (start < text.length && (SENTENCE_END.test(text[start]!) || /[”’」）)\s]/u.test(text[start]!))) start++;
  if (start >= text.length) return undefined;
  const next = quoteAround(text, start, 1, Infinity);
  const quote = quoteAround(text, start, 1, MAX_QUOTE, true);
  return DOING.test(next) && standsAsEvidence({ para: { p: 0, text }, quote }) ? quote : undefined;
}

/** Whether the words ending at `end` qualify the noun after them (热线队伍, 热线负责人): jieba tags the next word a noun. */
function qualifiesNoun(text: string, end: number): boolean {
  const next = tagWords(text.slice(end, end + 6))[0];
  return next !== undefined && /^n/u.test(next.tag) && /^\p{Script=Han}/u.test(next.word);
}

/**
 * Every place a method's spellings stand, each with the sentence around it,
 * the quote proposed there, and whether the words only name or qualify
 * something: inside quotation marks (“老李服务热线”, “三有两评”工作法: a
 * programme's name or a slogan) or before a noun they qualify (热线队伍).
 */
function mentionsOf(paras: readonly Para[], spellings: readonly string[]) {
  return paras.flatMap((para) => {
    const quotedAt = quotedPositions(para.text);
    return spellings.flatMap((term) => {
      const out: Array<{ para: Para; term: string; quote: string; filled: string; sentence: string; naming: boolean }> = [];
      for (let at = para.text.indexOf(term); at !== -1; at = para.text.indexOf(term, at + term.length)) {
        out.push({ para, term, quote: quoteAround(para.text, at, term.length), filled: quoteAround(para.text, at, term.length, MAX_QUOTE, true), sentence: quoteAround(para.text, at, term.length, Infinity), naming: quotedAt.has(at) || qualifiesNoun(para.text, at + term.length) });
      }
      return out;
    });
  });
}

/** Evidence check:content takes as it stands: a method's quote that is neither an aim nor a bare item of a 、-list. */
function standsAsEvidence(m: { para: Para; quote: string }): boolean {
  return !isListItem(m.para.text, m.quote) && aimWord(m.para.text, m.quote) === undefined;
}

/**
 * Where a word of a method's name stands in a text as a word of its own, outside quotation and book-title marks:
 * not 公开 inside 村务公开栏 (jieba: 村务公开/栏), not 民情 inside a programme's name (“民情夜访”, 《民情夜访记录本》),
 * from which trial 22's drafts proposed 公开承诺 and 民情日记.
 */
function nameWordPlaces(text: string, word: string): number[] {
  const quotedAt = quotedPositions(text);
  const titled = new Set([...text.matchAll(/《[^》]*》/gu)].flatMap((m) => Array.from({ length: m[0].length }, (_, i) => m.index + i)));
  const places: number[] = [];
  let at = 0;
  for (const token of cutWords(text)) {
    if (token === word && !quotedAt.has(at) && !titled.has(at)) places.push(at);
    at += token.length;
  }
  return places;
}

function proposeMethods(paras: readonly Para[], vocab: ProposalVocabulary): Proposal[] {
  const out: Proposal[] = [];
  const nameWords = distinctiveNameWords(vocab.methods);
  for (const method of vocab.methods) {
    const spellings = methodSpellings(method).sort((a, b) => b.length - a.length);
    const mentions = mentionsOf(paras, spellings);
    if (mentions.length > 0) {
      // Quoted where the text best tells of doing it (doingScore; the first such place on a tie), in words check:content
      // takes as evidence as they stand (not an aim, not a bare item of a 、-list); a lone mention told as nothing done may be a passing one.
      const told = mentions.filter((m) => DOING.test(m.sentence) && standsAsEvidence(m));
      // The method's words inside quotation marks name a programme or a slogan (“老李服务热线”秉承…), before a noun they only
      // qualify it (热线队伍); where the text tells the method itself (将8部服务电话全部集中到一条热线上), that place goes first:
      // the eleventh trial re-quoted such names.
      const plain = told.filter((m) => !m.naming);
      const done = (plain.length > 0 ? plain : told).reduce<(typeof told)[number] | undefined>((best, m) => (best && doingScore(best.sentence) >= doingScore(m.sentence) ? best : m), undefined) ?? mentions.find(standsAsEvidence);
      const first = mentions[0]!;
      // Only named in a 、-list (代办事项必到): quoted with the list around it, which check:content takes as it stands, so that
      // accepting the proposal never writes evidence the check refuses (trial 12's 五必到).
      const chosen = done ?? (standsAsEvidence({ para: first.para, quote: first.filled }) ? { ...first, quote: first.filled } : first);
      // Chosen by its own clause; quoted with the clauses beside it when they still stand as evidence.
      const named = done && standsAsEvidence({ para: done.para, quote: done.filled }) ? { ...done, quote: done.filled } : chosen;
      const ground = { ...named, quote: toldAfterHeading(named.para.text, named.sentence) ?? named.quote };
      const aim = aimWord(ground.para.text, ground.quote);
      const why = done
        ? `原文作“${ground.term}”（${method.name}）`
        : aim
          ? `原文只在第${ground.para.p}段${mentions.length > 1 ? '等处' : ''}以倡议（${aim}…）提到“${ground.term}”（${method.name}），未见已做；接受即列入 proposed（页面标“文中仅倡议”），若只是顺带提到，拒绝它（拒绝后，正文以其名称或别名提到处记入 passing）`
          : `原文只在第${ground.para.p}段${mentions.length > 1 ? '等处' : ''}以列举提到“${ground.term}”（${method.name}），未见叙述其做法；若只是顺带提到，拒绝它（拒绝后，正文以其名称或别名提到处记入 passing）`;
      out.push({ field: 'methods', value: method.id, p: ground.para.p, quote: ground.quote, why });
      continue;
    }
    // No spelling of the method: a word of its name in a sentence that tells of doing it.
    for (const word of nameWords.get(method.id) ?? []) {
      const hit = paras
        .flatMap((para) => nameWordPlaces(para.text, word).map((at) => ({ para, at })))
        .map((h) => ({ ...h, quote: quoteAround(h.para.text, h.at, word.length)}))
        .find((h) => DOING.test(h.quote));
      if (hit) {
        out.push({ field: 'methods', value: method.id, p: hit.para.p, quote: hit.quote, why: `原文有方法名中的“${word}”（${method.name}），非其名称或别名，请核对` });
        break;
      }
    }
  }
  return out;
}

// --- themes ------------------------------------------------------------------

/** A theme is proposed when the text uses at least this many of its distinct keywords. */
const THEME_MIN_KEYWORDS = 2;

/**
 * A theme's words: its keywords and the words of its name, unfiltered — the
 * similarity stop list drops 基层, 党组织, 建设, which are exactly what names
 * the central theme of many cases.
 */
function themeWords(theme: ProposalVocabulary['themes'][number]): string[] {
  const nameWords = cutWords(theme.name).filter((w) => /^\p{Script=Han}{2,}$/u.test(w));
  return [...new Set([theme.name, ...nameWords, ...theme.keywords])];
}

function proposeThemes(title: string, paras: readonly Para[], vocab: ProposalVocabulary): Proposal[] {
  const words = new Map(vocab.themes.map((t) => [t.id, themeWords(t)]));
  // Words shared by three or more themes tell no theme apart.
  const shared = new Map<string, number>();
  for (const list of words.values()) for (const k of list) shared.set(k, (shared.get(k) ?? 0) + 1);
  const out: Proposal[] = [];
  for (const theme of vocab.themes) {
    const keywords = words.get(theme.id)!.filter((k) => Array.from(k).length >= 2 && (shared.get(k) ?? 0) < 3);
    const whole = `${title}\n${paras.map((p) => p.text).join('\n')}`;
    const used = keywords.filter((k) => whole.includes(k));
    if (used.length < THEME_MIN_KEYWORDS && !whole.includes(theme.name)) continue;
    // The evidence: the sentence with most of the theme's words.
    let best: { p: number; quote: string; score: number } | undefined;
    for (const para of paras) {
      for (const k of used) {
        const at = para.text.indexOf(k);
        if (at < 0) continue;
        const quote = quoteAround(para.text, at, k.length);
        // A bare item of a 、-list is no evidence as it stands (check:content): any other sentence goes first.
        const score = used.filter((w) => quote.includes(w)).length - (isListItem(para.text, quote) ? used.length : 0);
        if (!best || score > best.score) best = { p: para.p, quote, score };
      }
    }
    if (best) out.push({ field: 'themes', value: theme.id, p: best.p, quote: best.quote, why: `原文用“${used.slice(0, 4).join('、')}”等词（${theme.name}）` });
  }
  return out;
}

// --- years, level, kind ---------------------------------------------------------

const YEAR = /(?<![0-9０-９])(19[5-9]\d|20\d\d)(?=年)/gu;
/** A year of an idea, plan or background is no year of the practice. */
const NOT_PRACTICE = /酝酿|计划|规划|预计|将于|力争|到\d{4}年/u;

function proposeYears(paras: readonly Para[], sourceDate?: string): Proposal[] {
  const seen = new Set<number>();
  const out: Proposal[] = [];
  for (const para of paras) {
    for (const m of para.text.matchAll(YEAR)) {
      const year = Number(m[1]);
      if (seen.has(year)) continue;
      seen.add(year);
      const quote = quoteAround(para.text, m.index, m[0].length + 1);
      out.push({ field: 'years', value: year, p: para.p, quote, why: NOT_PRACTICE.test(quote) ? '正文写明此年，但句中是计划或酝酿，未必是做法之年' : '正文写明此年' });
    }
  }
  return [...out, ...relativeYears(paras, sourceDate, seen)].sort((a, b) => (a.value as number) - (b.value as number));
}

/** Words that name a year only against the source's date: this year, last year, the year before. */
const RELATIVE_YEAR = /(今年|去年|前年)(以来)?/gu;
const YEARS_BACK: Record<string, number> = { 今年: 0, 去年: 1, 前年: 2 };

/**
 * The years a text gives only as 今年, 去年 or 前年 (今年以来), counted from
 * the source's date, each proposed once at its first paragraph and marked
 * inferred: its why opens with INFERRED_YEAR and holds the reason accepting
 * writes to inferred.years (第2段“今年以来”，来源日期 2025-09-26). A year the
 * text states itself is proposed as stated, not again; a 今年 inside quoted
 * words is none (quotedAt).
 */
function relativeYears(paras: readonly Para[], sourceDate: string | undefined, stated: ReadonlySet<number>): Proposal[] {
  const base = /^(\d{4})/u.exec(sourceDate ?? '')?.[1];
  if (!base) return [];
  const out: Proposal[] = [];
  const seen = new Set(stated);
  for (const para of paras) {
    const words = para.text.match(RELATIVE_YEAR) ? wordsAt(para.text) : undefined;
    for (const m of para.text.matchAll(RELATIVE_YEAR)) {
      if (!words?.get(m.index)?.startsWith(m[1]!) || quotedAt(para.text, m.index)) continue;
      const year = Number(base) - YEARS_BACK[m[1]!]!;
      if (seen.has(year)) continue;
      seen.add(year);
      const quote = quoteAround(para.text, m.index, m[0].length);
      if (NOT_PRACTICE.test(quote)) continue;
      out.push({ field: 'years', value: year, p: para.p, quote, why: `${INFERRED_YEAR}${inferredYearReason(para.p, m[0], sourceDate!)}` });
    }
  }
  return out;
}

/**
 * Whether `at` stands inside quoted words: speech (他说：“今年……”) or a document's title (《关于今年……的通知》)
 * says 今年 from its speaker's or writer's time, which need not be the text's, so no year is counted from it.
 * Curly quotes, corner brackets (「」『』) and title marks nest; ASCII quotes pair as they come.
 */
/** Quotation marks and title marks that open and close: curly quotes, 《》, and the corner brackets 「」『』 of texts in traditional characters. */
const OPENING_QUOTE = new Set(['“', '《', '「', '『', '〈']);
const CLOSING_QUOTE = new Set(['”', '》', '」', '』', '〉']);

function quotedAt(text: string, at: number): boolean {
  let depth = 0;
  let ascii = false;
  for (const ch of text.slice(0, at)) {
    if (OPENING_QUOTE.has(ch)) depth++;
    else if (CLOSING_QUOTE.has(ch) && depth > 0) depth--;
    else if (ch === '"') ascii = !ascii;
  }
  return depth > 0 || ascii;
}

/**
 * The text's words by where they begin (UTF-16 offsets, as a match's index): 今年 names a year only as a word of its
 * own or a word's start (今年以来, 去年底), not across two in 至今年均 (至今/年均) or 十年前年轻人 (前/年轻人).
 */
function wordsAt(text: string): Map<number, string> {
  const words = new Map<number, string>();
  let at = 0;
  for (const word of cutWords(text)) {
    words.set(at, word);
    at += word.length;
  }
  return words;
}

/** Opens the why of a year inferred from the source's date; what follows it is the reason for inferred.years. */
export const INFERRED_YEAR = '据来源日期推定（接受即记入年份的推定理由）：';

/** The reason an inferred year stands on, in the words the page prints beside 推定. */
const inferredYearReason = (p: number, words: string, date: string) => `第${p}段“${words}”，来源日期 ${date}`;

/** A place's short forms: 饶阳县 → 饶阳县, 饶阳. */
const placeForms = (name: string) => [name, name.replace(/(?:街道|自治县|自治州|自治区|地区|省|市|区|县|乡|镇|旗)$/u, '')].filter((n) => Array.from(n).length >= 2);

const LEVEL_OF_CODE: Record<number, Level> = { 2: '省', 4: '市', 6: '县区' };

/**
 * The level of the place ingest resolved, grounded where the text names that
 * place: the body, the title, or else the authors' units in the byline (an
 * essay of 兴山县委县直机关工委 names its county only there; the unit is the
 * actor). A byline ground stands outside the body, so it goes at p 0 with the
 * title's and its why says where it is.
 */
function proposeLevel(title: string, paras: readonly Para[], region: ProposalInput['region'], byline: readonly string[] = []): Proposal[] {
  if (!region) return [];
  const level: Level | undefined = region.township ? '乡镇街道' : LEVEL_OF_CODE[region.code.length];
  if (!level) return [];
  const names = placeForms(region.township ?? region.leaf);
  const grounds = [...paras.map((x) => [x.p, x.text, ''] as const), [0, title, ''] as const, ...byline.map((unit) => [0, unit, '作者署名单位'] as const)];
  for (const [p, text, where] of grounds) {
    const name = names.find((n) => text.includes(n));
    if (!name) continue;
    const quote = where ? text : quoteAround(text, text.indexOf(name), name.length);
    return [{ field: 'level', value: level, p, quote, why: `${where ? `${where}“${text}”在${region.township ?? region.leaf}，` : ''}做法的主体是${region.township ?? region.leaf}（${level}一级），请核对` }];
  }
  return [];
}

const KIND_WORDS: ReadonlyArray<[RegExp, Kind, string]> = [
  [/体会|感悟|心得|几点认识/u, '心得体会', '标题是心得、体会的说法'],
  [/调查|调研|思考|报告/u, '调研报告', '标题是调查、思考的说法'],
  [/机制|制度|办法/u, '机制介绍', '标题介绍一项机制或制度'],
];

const FIRST_PERSON_VIEW = /我(?:个人|本人|认为|觉得|以为|想|体会|看来)/gu;

/** The positions (UTF-16 offsets) of a text's characters that stand inside quotation marks, the marks themselves left out. */
function quotedPositions(text: string): Set<number> {
  let depth = 0;
  const quotedAt = new Set<number>();
  Array.from(text).reduce((i, ch) => {
    // ASCII quotes (村民说:"我觉得…", common in captured text) open and close alike.
    if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (ch === '“' || ch === '「') depth++;
    else if ((ch === '”' || ch === '」') && depth > 0) depth--;
    else if (depth > 0) quotedAt.add(i);
    return i + ch.length;
  }, 0);
  return quotedAt;
}

/** Where the text's author speaks of his own views in the first person, outside any quotation. */
function firstPersonView(text: string): { index: number; length: number } | undefined {
  const quotedAt = quotedPositions(text);
  for (const m of text.matchAll(FIRST_PERSON_VIEW)) if (!quotedAt.has(m.index)) return { index: m.index, length: m[0].length };
  return undefined;
}

function proposeKind(title: string, paras: readonly Para[]): Proposal[] {
  for (const [re, kind, why] of KIND_WORDS) {
    const m = re.exec(title);
    if (m) return [{ field: 'kind', value: kind, p: 0, quote: quoteAround(title, m.index, m[0].length), why }];
  }
  // An author giving his own views in the first person (我个人认为, 我想用两句话概括, 我本人也将) writes an essay, not a locality's report;
  // a 我 inside quotation marks is someone quoted (“群众下班我在岗”), not the author.
  for (const para of paras) {
    const m = firstPersonView(para.text);
    if (m) return [{ field: 'kind', value: '心得体会', p: para.p, quote: quoteAround(para.text, m.index, m.length), why: '作者以第一人称谈自己的认识' }];
  }
  // A locality's practice told with what was done: the common case.
  for (const para of paras) {
    const m = DOING.exec(para.text);
    if (m) return [{ field: 'kind', value: '经验案例', p: para.p, quote: quoteAround(para.text, m.index, m[0].length), why: '正文叙述一地的做法和成效' }];
  }
  return [];
}

// --- key figures ----------------------------------------------------------------

const STRONG = /%|％|率|下降|提高|增加|增长|减少|达到|覆盖|累计|共/u;
/** A clause that breaks down a figure already given (其中…): a sub-total, proposed only when room is left. */
const SUBTOTAL = /^(?:其中|内含|包括)/u;
/** At most this many figure candidates per case: the editors choose, the list stays readable. */
const MAX_FIGURES = 6;

/** A clause that compares the figure before it (较上年增加了52%): it belongs to that figure's quote. */
const COMPARISON = /^(?:较|比|同比|环比|增长|增加|下降|减少|提高|上升)/u;
const clauseWords = (clause: string) => clause.replace(/[，。；！？、：,;:!?\s]+$/u, '');

/**
 * A figure is quoted in its own clause, not its sentence: the editors cut the
 * sentence to the clause that states the figure (the eighth trial re-quoted 8
 * of 13 figures so; every curated quote is a clause or less), keeping a
 * following clause that compares it (较上年增加了52%).
 */
function proposeKeyFigures(paras: readonly Para[]): Proposal[] {
  const found: Array<Proposal & { rank: number }> = [];
  for (const para of paras) {
    const clauses = para.text.split(/(?<=[，。；！？])/u);
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i]!;
      const m = countedFigures(clause)[0];
      if (!m) continue;
      const compared = clauses[i + 1] !== undefined && COMPARISON.test(clauses[i + 1]!.trim()) ? clauses[i + 1]! : '';
      const quote = clauseWords(clause + compared).replace(/^[”’」）)\s]+/u, '').trim();
      if (compared) i++;
      if (!para.text.includes(quote)) continue;
      const label = figureLabel(clause, m.at, m.figure.length);
      // A figure whose clause says what it counts comes before one that does not; a sub-total last.
      const rank = SUBTOTAL.test(clause.trim()) ? -1 : (STRONG.test(clause + compared) ? 1 : 0) + (label ? 0.5 : 0);
      found.push({ field: 'keyFigures', value: { label: label ?? '（待定）' }, p: para.p, quote, why: '原文中的数字；说明（label）取自句中说明所计之物的词，是编者的话，请核对改写', rank });
    }
  }
  return found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.rank - a.f.rank || a.i - b.i)
    .slice(0, MAX_FIGURES)
    .sort((a, b) => a.i - b.i)
    .map(({ f: { rank: _rank, ...proposal } }) => proposal);
}

// --- summary --------------------------------------------------------------------

/**
 * The summary, built from the text's own sentences, with the paragraphs it
 * rests on: the body's opening sentence in which the place does something,
 * and at most one more (summary-proposal.ts), its quote the opening
 * sentence; when the place acts in no sentence, the article's own sentence
 * that names the place and best tells of a practice done (doingScore),
 * lifted as it stands; when none names it so, the text's outline (its
 * parts' headings after their lead: an essay's 一是…, a report's 一、…).
 * None when neither can be had: the draft then says why (noSummaryWhy).
 */
function proposeSummary(paras: readonly Para[], region: ProposalInput['region'], methods: readonly Proposal[], vocab: ProposalVocabulary): Proposal[] {
  const placed = region && placeSummary(paras, region.township ?? region.leaf, methods, vocab);
  if (placed) return [placed];
  const outline = outlineSummary(paras);
  return outline ? [composedProposal(paras, outline)] : [];
}

/** A composed summary as a proposal: its quote the words its anchor stands on. */
function composedProposal(paras: readonly Para[], composed: ComposedSummary): Proposal {
  const at = composed.anchor;
  return { field: 'summary', value: composed.value, p: at.p, quote: quoteAround(paras.find((x) => x.p === at.p)!.text, at.at, at.length), why: composed.why };
}

/** The summary that says what the place did: composed around the sentence where it acts, else the sentence naming it that best tells a practice done. */
function placeSummary(paras: readonly Para[], place: string, methods: readonly Proposal[], vocab: ProposalVocabulary): Proposal | undefined {
  const done = methods.flatMap((x) => {
    const m = vocab.methods.find((v) => v.id === x.value);
    // Proposed as told done (原文作…), not urged or only listed: a summary says what was done.
    return m && x.why.startsWith('原文作') ? [{ name: m.name, p: x.p, quote: x.quote }] : [];
  });
  const composed = composeSummary({ place, paragraphs: paras, methods: done, tells: tellsDone });
  if (composed) return composedProposal(paras, composed);
  const best = liftedSentence(paras, place);
  return best && { field: 'summary', value: `${best.sentence}。`, p: best.p, quote: best.sentence, why: `原文第${best.p}段写到${place}、最能说明做了什么的一句，照录（正文中没有一句由${place}做什么）；摘要是编者的话，可接受原句、改写或删去` };
}

/** The sentence within SUMMARY_MAX that names the place and best tells of a practice done (doingScore); undefined when none names it doing. */
function liftedSentence(paras: readonly Para[], place: string): { p: number; sentence: string } | undefined {
  const names = placeForms(place);
  let best: { p: number; sentence: string; score: number } | undefined;
  for (const para of paras) {
    for (const m of para.text.matchAll(/[^。！？]+[。！？]?/gu)) {
      const sentence = m[0].replace(/^[”’」）)\s]+/u, '').replace(/[。；，、：]+$/u, '');
      if (Array.from(sentence).length > SUMMARY_MAX || !names.some((n) => sentence.includes(n)) || !DOING.test(sentence)) continue;
      const score = doingScore(sentence);
      if (!best || score > best.score) best = { p: para.p, sentence, score };
    }
  }
  return best;
}

// --- doubts ---------------------------------------------------------------------

function proposeDoubts(paras: readonly Para[], flags: readonly string[]): Proposal[] {
  const out: Proposal[] = [];
  for (const flag of flags) {
    const m = READING_FLAG.exec(flag);
    if (!m) continue;
    const words = normalizePunctuation(m[2]!);
    const para = paras.find((x) => x.text.includes(words));
    if (para) out.push({ field: 'doubt', value: m[1]!, p: para.p, quote: words, why: `${m[1]!}：可记为校正（correct）、存疑（doubt）、原文之误（两本同误（另本也作此）时：npm run accept -- <草稿> --original-error N，第 6 节）或删去` });
  }
  return out;
}

// --- all ------------------------------------------------------------------------

/** Every proposal for one draft, in field order, each with the words it rests on. */
export function proposeCase(input: ProposalInput, vocab: ProposalVocabulary): Proposal[] {
  const paras = paragraphsOf(input.edition);
  const title = input.subtitle ? `${input.title}——${input.subtitle}` : input.title;
  const commentaryAt = input.edition.findIndex((b) => b.p === null);
  const methods = proposeMethods(paras, vocab);
  return [
    ...methods,
    ...proposeThemes(title, paras, vocab),
    ...proposeYears(paras, input.sourceDate),
    ...proposeLevel(title, paras, input.region, input.byline),
    // The genre shows in the main title; a subtitle names the programme (…联系户制度) in any genre.
    ...proposeKind(input.title, paras),
    ...proposeKeyFigures(paras),
    // The 【点评】 after its label is the compilers' comment on the case, not the case's own statement of what was done.
    ...proposeSummary(paragraphsOf(input.edition.slice(0, commentaryAt === -1 ? undefined : commentaryAt)), input.region, methods, vocab),
    ...proposeDoubts(paras, input.flags ?? []),
  ].sort((a, b) => PROPOSAL_FIELDS.indexOf(a.field) - PROPOSAL_FIELDS.indexOf(b.field));
}

// --- the source entry -------------------------------------------------------------

/** What a source entry may be proposed: its date (year, year-month or day), its compiler (编印单位), and words for its about. */
export interface SourceProposal {
  field: 'date' | 'compiler' | 'about';
  value: string;
  /** Line of the raw text the words stand on. */
  line: number;
  quote: string;
  why: string;
}

/**
 * A footnote marked in the source's own note (编印说明…[1]) proposed for its
 * about: the compilers' words quoted as they stand, with the note and line
 * they hang on, so the entry says what they said of the whole compilation
 * (trial 18's footnote went to the last case and was lost to the entry).
 */
export function proposeSourceNotes(notes: ReadonlyArray<{ line: number; mark: string; text: string }>, label = '编者按'): SourceProposal[] {
  return notes.map((n) => ({ field: 'about', value: footnotePassage(label, n.mark, n.line, n.text), line: n.line, quote: `${n.mark} ${n.text}`, why: `汇编者的脚注，标记在卷首的${label}中，说的是整本汇编，不属哪一篇案例；接受后加在 about（编者说明）末尾` }));
}

/** A notice's title that issues, forwards or sends down a work named in 书名号 (关于印发《…选编》的通知): the work's title. */
const ISSUED_WORK = /^关于(?:印发|转发|下发|印送)《([^》]+)》/u;

/** The work a notice's title issues (联系服务群众典型案例选编), or undefined when the title issues none. */
export function issuedWork(title: string): string | undefined {
  return ISSUED_WORK.exec(title)?.[1];
}

/**
 * A notice whose attachment is the work holding the cases is cited by the
 * work (the lead's decision, content/README.md §5): the entry's title is the
 * work's, its type a compilation, and the notice — its title, 文号 and date,
 * as printed before the first case — is said in about, proposed with the
 * line of the notice's title. Undefined when `title` issues no work, or one
 * whose title does not head the cases.
 */
export function noticeSource(title: string, lines: readonly string[], firstCaseLine: number, issuer?: string): { title: string; about: SourceProposal } | undefined {
  const work = issuedWork(title);
  if (!work) return undefined;
  const front = lines.slice(0, Math.max(0, firstCaseLine - 1)).map((l) => l.trim());
  const titleLine = front.indexOf(title) + 1;
  // The work holds the cases only where its title heads them: a line of its own after the notice's title and the last
  // 附件 label before the cases. A notice issuing a 工作要点 as 附件1 with the cases in 附件2, or forwarding another
  // body's notice, is no citation of that work.
  const unspaced = (l: string) => l.replace(/\s/gu, '');
  const heads = front.slice(Math.max(titleLine, front.findLastIndex((l) => ATTACHMENT_LABEL.test(l)))).map(unspaced);
  if (!heads.includes(unspaced(work))) return undefined;
  const number = front.find((l) => NOTICE_NUMBER_LINE.test(l));
  const date = proposeSource(lines, firstCaseLine).find((x) => x.field === 'date')?.quote;
  const named = `《${title.replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;
  // The issuer as the notice prints it (its red head 某某文件, its signature): a web page's site is no issuer of it.
  const printed = issuer && front.some((l) => [unspaced(issuer), `${unspaced(issuer)}文件`].includes(unspaced(l))) ? issuer : undefined;
  const particulars = [printed, number, date].filter(Boolean).join('，');
  return {
    title: work,
    about: {
      field: 'about',
      value: `本汇编是${named}${particulars ? `（${particulars}）` : ''}的附件，案例引自附件。`,
      line: titleLine || 1,
      quote: title,
      why: '通知的附件即收案例的汇编：按附件题名引用（汇编 [G]），通知的标题、文号、日期记入 about（编者说明）',
    },
  };
}

const DATE_LINE = /(?<![0-9])(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?/u;
/** A front-matter line is short: a cover's date or compiler, not a sentence of text. */
const SHORT_LINE = 30;

/**
 * The date and compiler a document's front matter prints (the lines before
 * its first case: a cover, a title page), each with the line it stands on.
 * A date in a sentence of text, or in a case, is no date of the source.
 */
export function proposeSource(lines: readonly string[], firstCaseLine: number): SourceProposal[] {
  const out: SourceProposal[] = [];
  lines.slice(0, Math.max(0, firstCaseLine - 1)).forEach((raw, i) => {
    const text = raw.trim();
    if (!text || Array.from(text).length > SHORT_LINE) return;
    const d = DATE_LINE.exec(text);
    if (d && !out.some((x) => x.field === 'date') && !/[，。；]/.test(text)) {
      const value = [d[1], d[2]?.padStart(2, '0'), d[3]?.padStart(2, '0')].filter(Boolean).join('-');
      out.push({ field: 'date', value, line: i + 1, quote: text, why: d[3] ? '卷首印有日期' : d[2] ? '卷首只印年月' : '卷首只印年份' });
    }
    // One line may print both (中共某某市委组织部编印 2013年10月): the compiler is no longer kept as staff, so it must be proposed.
    const c = COMPILER.exec(text);
    if (c && !out.some((x) => x.field === 'compiler') && !/[，。；：]/.test(text)) {
      out.push({ field: 'compiler', value: c.groups!.unit!, line: i + 1, quote: text, why: '卷首署编印者' });
    }
  });
  return out;
}
