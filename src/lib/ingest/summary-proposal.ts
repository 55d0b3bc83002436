/**
 * The summary the tools draft, composed the way the editors write one (who
 * did what, from when; content/cases/*.mdx `summary:`) instead of one
 * sentence lifted from the text, which the trials rejected nine times of ten.
 * Every part points to something kept: the place to the region data, the
 * year to a sentence of the text that says the practice started then (自2007
 * 年起), the named practice to its quotation in the title and the body, what
 * was done to each accepted method's `phrase` in the taxonomy. Nothing else
 * is said; the editor accepts, rewrites or deletes it like any proposal.
 */
import { SUMMARY_MAX } from '../../schemas/case.ts';

/** A summary names at most this many things done: the curated ones name three to five, and stay a sentence. */
const MAX_PHRASES = 4;

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

/** A quoted name in the title (“农事村办”, "一站三中心"), ASCII quotes as 004's titles print them. */
const TITLE_QUOTE = /[“"]([^“”"]{2,12})[”"]/gu;

/**
 * The locality's own name for its practice: the first name the title or
 * subtitle quotes that the body quotes too (“老李服务热线”, “三有两评”). A
 * title's figure of speech (“好心”, “连心室”) the body does not quote as a
 * name is none; nor is anything when the title quotes nothing.
 */
export function namedPractice(titles: readonly (string | undefined)[], paragraphs: readonly Para[]): (Anchor & { name: string }) | undefined {
  for (const title of titles) {
    for (const m of (title ?? '').matchAll(TITLE_QUOTE)) {
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

/**
 * The methods a drafted sentence names (the summary, the teaching purpose):
 * the one the practice's own name says first (老李服务热线 → 服务热线), the
 * rest in the text's order, one per phrase, at most MAX_PHRASES.
 */
export function leadingMethods<T extends { name: string; phrase?: string | undefined; p: number }>(methods: readonly T[], practice: string | undefined): T[] {
  const named = (m: T) => (practice?.includes(m.name) ? 0 : 1);
  const out: T[] = [];
  for (const m of [...methods].sort((a, b) => named(a) - named(b) || a.p - b.p)) {
    if (out.length < MAX_PHRASES && !out.some((u) => (u.phrase ?? u.name) === (m.phrase ?? m.name))) out.push(m);
  }
  return out;
}

export interface SummaryGrounds {
  /** The place's short name as the region data gives it (百色市, 松木乡). */
  place: string;
  title: string;
  subtitle?: string | undefined;
  /** The body before any 【点评】 (the compilers' comment says nothing of what was done). */
  paragraphs: readonly Para[];
  /** Years proposed or accepted. */
  years: readonly number[];
  /** Methods done (not only urged), each with the phrase the taxonomy keeps and its evidence paragraph. */
  methods: ReadonlyArray<{ name: string; phrase: string; p: number }>;
}

export interface ComposedSummary {
  value: string;
  /** The words the place, year or practice rests on, for the proposal's quote. */
  anchor: Anchor | undefined;
  why: string;
}

/**
 * <place><自YEAR年>推行“<practice>”：<phrase>，<phrase>。 — methods in the
 * text's order, at most MAX_PHRASES and as many as fit the schema's length. Undefined when it would
 * say nothing but the place.
 */
export function composeSummary(g: SummaryGrounds): ComposedSummary | undefined {
  const practice = namedPractice([g.title, g.subtitle], g.paragraphs);
  // 自2008年以来 before a county's growth dates the growth: a start year is the practice's only in a paragraph that
  // tells the practice, where it quotes the practice's name or a method done has its evidence.
  const told = new Set([practice?.p, ...g.methods.map((m) => m.p)]);
  const since = sinceYear(g.paragraphs.filter((para) => told.has(para.p)), g.years);
  const head = `${g.place}${since ? `自${since.year}年` : ''}${practice ? `推行“${practice.name}”` : ''}`;
  const used: Array<SummaryGrounds['methods'][number]> = [];
  for (const m of leadingMethods(g.methods, practice?.name)) {
    const next = [...used, m];
    if (Array.from(sentence(head, next.map((x) => x.phrase), practice !== undefined)).length > SUMMARY_MAX) break;
    used.push(m);
  }
  if (!used.length && !practice) return undefined;
  const parts = [
    `地名据区划数据（${g.place}）`,
    since ? `起始年据第${since.p}段“${since.year}年”` : '',
    practice ? `做法名据题中和第${practice.p}段所引“${practice.name}”` : '',
    used.length ? `所做之事据方法（${used.map((m) => m.name).join('、')}）在方法表中的 phrase` : '',
  ].filter(Boolean);
  return {
    value: sentence(head, used.map((m) => m.phrase), practice !== undefined),
    anchor: since ?? practice,
    why: `${COMPOSED}：${parts.join('，')}；接受时按届时已接受的方法和年份重拟，可改写或删去`,
  };
}

function sentence(head: string, phrases: readonly string[], named: boolean): string {
  if (!phrases.length) return `${head}。`;
  return `${head}${named ? '：' : ''}${phrases.join('，')}。`;
}
