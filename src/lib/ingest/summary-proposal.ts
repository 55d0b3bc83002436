/**
 * The summary the tools draft, compressed the way the editors write one (who,
 * from when, what was done: content/cases/*.mdx `summary:`) from the text's
 * own clauses. One sentence lifted whole was rejected nine times of ten; the
 * methods' taxonomy phrases stated what the text does not say (trial 12), and
 * their names alone said nothing of the case (trial 13). So the head names the
 * place (only when the title or text names it), the year the text says the
 * practice started (自2007年起) and the practice the title and body quote; the
 * rest is, for each method done, the clause its evidence rests on, exactly as
 * the text words it. Nothing else is said; the editor accepts, rewrites or
 * deletes it like any proposal.
 */
import { SUMMARY_MAX } from '../../schemas/case.ts';
import { shortPlaceName } from '../regions/divisions.ts';
import { wordEnds } from './places.ts';

/** A composed summary's `why` starts so: accept-proposals recomposes it from what was accepted. */
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
export function namedPractice(titles: readonly (string | undefined)[], paragraphs: readonly Para[]): (Anchor & { name: string }) | undefined {
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

/** A year the text gives as the start of what it tells: 自2007年起, 2009年以来, 自1998年创办. */
const SINCE = /自\s*(\d{4})\s*年|(?<![0-9])(\d{4})\s*年(?:以来|起|开始|创办|创建|首创)/gu;

/** The first year the body says the practice started, among `years` (those proposed or accepted). */
export function sinceYear(paragraphs: readonly Para[], years: readonly number[]): (Anchor & { year: number }) | undefined {
  for (const para of paragraphs) {
    for (const m of para.text.matchAll(SINCE)) {
      const year = Number(m[1] ?? m[2]);
      if (years.includes(year)) return { year, p: para.p, at: m.index, length: m[0].length };
    }
  }
  return undefined;
}

/** How a clause reads: whether it tells something done, and whether it only names, praises or reports (…就这样诞生了, 说：). */
export interface ClauseReading {
  does(clause: string): boolean;
  names(clause: string): boolean;
}

export interface SummaryGrounds {
  /** The place's short name as the region data gives it (百色市, 松木乡); stated only where the title or the text names it. */
  place?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  /** The body before any 【点评】 (the compilers' comment says nothing of what was done). */
  paragraphs: readonly Para[];
  /** Years proposed or accepted. */
  years: readonly number[];
  /**
   * Methods done (not only urged): name, spellings (name and aliases), and the evidence: paragraph and quote;
   * `chosen` when the editors took that quote as the method's evidence (accepted or edited it), so it stands
   * for the method even where its words do not name it.
   */
  methods: ReadonlyArray<{ name: string; spellings: readonly string[]; p: number; quote: string; chosen?: boolean }>;
  /** The proposals' own reading of a sentence (proposals.ts CLAUSE_READING), so a clause that tells nothing done is not the summary's. */
  reading: ClauseReading;
}

export interface ComposedSummary {
  value: string;
  /** The words the place, year, practice or first clause rests on, for the proposal's quote. */
  anchor: Anchor | undefined;
  why: string;
}

/** A clause of a paragraph: [start, end) of its words, its ending mark left out. */
interface Clause {
  p: number;
  start: number;
  end: number;
}

const CLAUSE_END = /[，；。！？]/u;
const OPENS = '“「《（(';
const CLOSES = '”」》）)';

/** A paragraph's clauses, cut at ，；。！？ outside quotation marks and brackets: a quoted name (“有事好商量，事事好办”) is never cut. */
export function clausesOf(p: number, text: string): Clause[] {
  const out: Clause[] = [];
  let [depth, ascii, start] = [0, false, 0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') ascii = !ascii;
    else if (OPENS.includes(ch)) depth++;
    else if (CLOSES.includes(ch)) depth = Math.max(0, depth - 1);
    else if (CLAUSE_END.test(ch) && depth === 0 && !ascii) {
      if (i > start) out.push({ p, start, end: i });
      start = i + 1;
    }
  }
  if (text.length > start) out.push({ p, start, end: text.length });
  return out;
}

/**
 * An enumeration's lead (一是, 第二，, 其次) orders the text's points; the summary's clauses stand without it. A 第一
 * with no mark or 是 after it is a word's head (第一书记, 第一时间, 第一次), as 最后 before 一 is (最后一公里): kept.
 */
const ORDINAL_LEAD = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+(?:是|[，、])|首先|其次|再次|最后(?!一)|同时|此外)[，、]?/u;

/**
 * The clauses a method's evidence rests on: the clause of the quote holding
 * the method's spelling, when it tells something done (`tells`); else reaching
 * to the nearest clause of the quote that does (在“一站三中心”服务窗口，采取即时评议…),
 * or that clause alone when the spelling's own clause only names or reports
 * (“老李服务热线”就这样诞生了). A quote holding no spelling of the method is
 * not known to say the method (cut away from its name) unless the editors
 * `chosen` it as the evidence: then its clauses that tell something done.
 * None when no clause tells anything done.
 */
function evidenceClauses(para: Para, quote: string, spellings: readonly string[], tells: ClauseReading, chosen = false): Clause[] {
  const at = para.text.indexOf(quote);
  const term = [...spellings].sort((a, b) => b.length - a.length).find((t) => quote.includes(t));
  if (at === -1) return [];
  const inQuote = clausesOf(para.p, para.text).filter((c) => c.start < at + quote.length && at < c.end);
  // Read as the summary prints it: 一是建立…制度 is no definition (是…制度).
  const said = (c: Clause) => para.text.slice(c.start, c.end).trim().replace(ORDINAL_LEAD, '');
  if (!term) return chosen ? inQuote.filter((c) => tells.does(said(c))) : [];
  const [from, to] = [at + quote.indexOf(term), at + quote.indexOf(term) + term.length];
  const key = inQuote.filter((c) => c.start < to && from < c.end);
  if (key.some((c) => tells.does(said(c)))) return key;
  const [first, last] = [inQuote.indexOf(key[0]!), inQuote.indexOf(key.at(-1)!)];
  const near = [...inQuote.slice(last + 1), ...inQuote.slice(0, first).reverse()].find((c) => tells.does(said(c)));
  if (!near) return [];
  if (key.some((c) => tells.names(said(c)))) return [near];
  const i = inQuote.indexOf(near);
  return i > last ? inQuote.slice(first, i + 1) : inQuote.slice(i, last + 1);
}

/**
 * The clauses as the summary prints them: in the text's order, neighbours of
 * one sentence kept with the text's own mark between them, without an
 * ordinal lead or the place and start year the head already names
 * (饶阳县自2012年起在村级建立… → 在村级建立…).
 */
function clauseText(clauses: readonly Clause[], paragraphs: readonly Para[], place?: string, year?: number): string[] {
  const lead = (place ? [place, shortPlaceName(place)] : []).filter((n): n is string => Boolean(n));
  const sorted = [...clauses].sort((a, b) => a.p - b.p || a.start - b.start);
  const runs: Clause[] = [];
  for (const c of sorted) {
    const last = runs.at(-1);
    const text = paragraphs.find((x) => x.p === c.p)!.text;
    if (last && last.p === c.p && last.end + 1 === c.start && /[，；]/u.test(text[last.end]!)) last.end = c.end;
    else runs.push({ ...c });
  }
  return runs.map((r) => paragraphs.find((x) => x.p === r.p)!.text.slice(r.start, r.end).trim().replace(ORDINAL_LEAD, '').trim()).map((t) => withoutYear(withoutLead(t, lead), year)).filter(Boolean);
}

/** The head's start year said again at a clause's start goes; a year with its month (2012年3月起) stays whole, or the month would lose its year. */
function withoutYear(text: string, year: number | undefined): string {
  const rest = year === undefined ? text : text.replace(new RegExp(`^自?\\s*${year}\\s*年(?!\\s*[\\d一二三四五六七八九十]{1,2}\\s*月)(?:以来|起|开始)?`, 'u'), '');
  return rest || text;
}

/** The place the head names, said again at a clause's start, goes where a word ends: 饶阳|县委组织部, never 饶阳县|委组织部. */
function withoutLead(text: string, names: readonly string[]): string {
  const name = names.find((n) => text.startsWith(n) && text.length > n.length && wordEnds(text).has(n.length));
  return name ? text.slice(name.length) : text;
}

/** The place as stated: its name or short form in the title or the text; a region only inferred is not stated as fact. */
function statedPlace(place: string | undefined, texts: readonly string[]): string | undefined {
  if (!place) return undefined;
  const names = [place, shortPlaceName(place)].filter((n): n is string => Boolean(n));
  return texts.some((t) => names.some((n) => t.includes(n))) ? place : undefined;
}

/**
 * <place><自YEAR年>推行“<practice>”：<clause>，<clause>。 — each clause a
 * method's evidence rests on, as the text words it, in the text's order, none
 * twice, as many as fit the schema's length. Undefined when it would say
 * nothing but the place.
 */
export function composeSummary(g: SummaryGrounds): ComposedSummary | undefined {
  const practice = namedPractice([g.title, g.subtitle], g.paragraphs);
  // 自2008年以来 before a county's growth dates the growth: a start year is the practice's only in a paragraph that
  // tells the practice, where it quotes the practice's name or a method done has its evidence.
  const told = new Set([practice?.p, ...g.methods.map((m) => m.p)]);
  const since = sinceYear(g.paragraphs.filter((para) => told.has(para.p)), g.years);
  const place = statedPlace(g.place, [g.title, g.subtitle ?? '', ...g.paragraphs.map((x) => x.text)]);
  // 自2011年 wants a verb after it: the practice's 推行, or 起 where no practice is named (南京市自2011年起：…).
  const head = `${place ?? ''}${since ? `自${since.year}年${practice ? '' : '起'}` : ''}${practice ? `推行“${practice.name}”` : ''}`;
  const used: Clause[] = [];
  const usedBy: string[] = [];
  const where = (m: SummaryGrounds['methods'][number]) => g.paragraphs.find((x) => x.p === m.p)?.text.indexOf(m.quote) ?? -1;
  for (const m of [...g.methods].sort((a, b) => a.p - b.p || where(a) - where(b))) {
    const para = g.paragraphs.find((x) => x.p === m.p);
    const fresh = para ? evidenceClauses(para, m.quote, m.spellings, g.reading, m.chosen).filter((c) => !used.some((u) => u.p === c.p && u.start === c.start)) : [];
    if (!fresh.length || Array.from(sentence(head, clauseText([...used, ...fresh], g.paragraphs, place, since?.year))).length > SUMMARY_MAX) continue;
    used.push(...fresh);
    usedBy.push(m.name);
  }
  if (!used.length && !practice) return undefined;
  const ps = [...new Set(used.map((c) => c.p))].sort((a, b) => a - b);
  const parts = [
    place ? `地名据区划数据（${place}），题或正文有此名` : g.place ? `地点（${g.place}）题和正文均未写明，系推定，不写入` : '',
    since ? `起始年据第${since.p}段“${since.year}年”` : '',
    practice ? `做法名据题中和第${practice.p}段所引“${practice.name}”` : '',
    used.length ? `所做之事照录原文第${ps.join('、')}段的分句（方法${usedBy.join('、')}的证据所在）` : '',
  ].filter(Boolean);
  const first = used.length ? [...used].sort((a, b) => a.p - b.p || a.start - b.start)[0]! : undefined;
  return {
    value: sentence(head, clauseText(used, g.paragraphs, place, since?.year)),
    anchor: since ?? practice ?? (first && { p: first.p, at: first.start, length: first.end - first.start }),
    why: `${COMPOSED}：${parts.join('，')}；接受时按届时已接受的方法和年份重拟，可改写或删去`,
  };
}

function sentence(head: string, clauses: readonly string[]): string {
  if (!clauses.length) return `${head}。`;
  return `${head}${head ? '：' : ''}${clauses.join('，')}。`;
}
