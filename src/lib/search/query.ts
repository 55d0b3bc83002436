/**
 * Query handling shared by the search page and its tests: cleaning what the
 * user typed (or what the URL carried), folding traditional characters, and
 * cutting the query into the words that are searched as whole words.
 */
import { shortPlaceName } from '../regions/divisions.ts';
import { regionUrl } from '../urls.ts';

/** Longest query searched; the rest is ignored (and the page says so). */
export const MAX_QUERY_LENGTH = 100;

/** Words too common in this genre to count as a match on their own. */
export const STOP_WORDS = new Set([
  '的', '了', '和', '与', '及', '在', '是', '把', '对', '为', '等', '也', '都', '就',
  '如何', '怎么', '怎样', '什么', '哪些', '关于', '一些', '这个', '那个', '我们', '他们',
]);

/** Cleans a raw query: NUL and control characters out, width and spaces normalised, length capped. */
export function cleanQuery(raw: string): { text: string; truncated: boolean } {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = Array.from(cleaned);
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: chars.length > MAX_QUERY_LENGTH };
}

/** Folds traditional characters to simplified with a character map. */
export function foldTraditional(text: string, t2s: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of text) out += t2s[ch] ?? ch;
  return out;
}

const HAN = /\p{Script=Han}/u;
const SEPARATOR = /[\s\p{P}\p{S}]/u;
const ALNUM = /[0-9A-Za-z]/;
const NUMBER_PUNCT = /[.%+\-:·/]/;

/** Longest-first list of known terms (method names and aliases, place names). */
export function termMatcher(terms: Iterable<string>) {
  const sorted = [...new Set(terms)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  return (text: string, at: number): string | undefined => sorted.find((t) => text.startsWith(t, at));
}

export type Segmenter = (text: string) => string[];

/** Word-like segments from Intl.Segmenter, where the runtime has it. */
export const intlSegmenter: Segmenter = (text) => {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter === 'undefined') return [text];
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
};

/** The longest name a misspelling is taken for (the longest method and practice names are about this long). */
export const WORD_MAX = 8;

/** An unknown word cut into the pieces searched for it, and whether the pieces hold all of it. */
export interface WordCut {
  parts: string[];
  /** False when characters of the word are in no piece (a lone 话 in 网格|话): a page holding the pieces holds only part of the word. */
  covered: boolean;
  /** Whether the segmenter left two or more single characters in a row: it found no word there (a misspelling, an unknown name). */
  unsegmented: boolean;
}

/**
 * Cuts an unknown word with the segmenter: its words of two or more
 * characters, and each run of single characters (which the segmenter could not
 * read as words: 民|清, 党|群|连|心) in pairs; stop words drop out. A single
 * character left alone is not searched, and the cut then does not cover the word.
 */
export function cutUnknown(word: string, segment: Segmenter = intlSegmenter): WordCut {
  const parts: string[] = [];
  let covered = true;
  let unsegmented = false;
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) unsegmented = true;
    for (let i = 0; i + 1 < run.length; i += 2) parts.push(run[i]! + run[i + 1]!);
    if (run.length % 2 === 1) covered = false;
    run = [];
  };
  for (const w of segment(word)) {
    if (STOP_WORDS.has(w)) flush();
    else if (Array.from(w).length === 1 && HAN.test(w)) run.push(w);
    else {
      flush();
      if (Array.from(w).length >= 2) parts.push(w);
      else covered = false;
    }
  }
  flush();
  return { parts: [...new Set(parts)], covered, unsegmented };
}

/**
 * Cuts a query into search words:
 * - known terms (method names, aliases, places) are kept whole, longest first;
 * - an unknown span with up to four Chinese characters is kept whole (车管所
 *   stays 车管所, never 车|管|所; 99.17% stays whole), so a page matching one
 *   of its characters never counts;
 * - an unknown span of up to WORD_MAX characters where the segmenter finds no
 *   word for two or more characters in a row (网格话管理 → 网|格|话|管理) is kept
 *   whole too: it is one misspelt or unknown name, searched as short ones are
 *   (the engine cuts it only when no page holds it), never silently as its
 *   管理 alone; a longer span is a sentence, not a name;
 * - any other longer span is cut by the segmenter, keeping words of two or more
 *   characters that are not stop words.
 */
export function segmentQuery(query: string, match: (text: string, at: number) => string | undefined, segment: Segmenter = intlSegmenter): string[] {
  const words: string[] = [];
  const pushSpan = (span: string) => {
    if (!span) return;
    const han = Array.from(span).filter((c) => HAN.test(c)).length;
    if (han <= 4 || (han <= WORD_MAX && cutUnknown(span, segment).unsegmented)) {
      if (!STOP_WORDS.has(span)) words.push(span);
      return;
    }
    for (const w of segment(span)) if (Array.from(w).length >= 2 && !STOP_WORDS.has(w)) words.push(w);
  };
  // Known terms first, over the whole query, so that 1+10 is not cut at the +.
  let span = '';
  let i = 0;
  while (i < query.length) {
    const term = match(query, i);
    if (term) {
      pushSpan(span);
      span = '';
      words.push(term);
      i += term.length;
      continue;
    }
    const ch = query[i]!;
    // Punctuation inside a number or code (99.17%, 4·2, 5+2) belongs to it.
    const inToken = NUMBER_PUNCT.test(ch) && ALNUM.test(query[i - 1] ?? '') && (ALNUM.test(query[i + 1] ?? '') || ch === '%');
    if (SEPARATOR.test(ch) && !inToken) {
      pushSpan(span);
      span = '';
    } else {
      span += ch;
    }
    i++;
  }
  pushSpan(span);
  return [...new Set(words)];
}

/** Filter name of a GB/T 2260 code by its length (the case pages' data-pagefind-filter names). */
const FILTER_BY_LENGTH: Record<number, string> = { 2: 'province', 4: 'city', 6: 'county' };

/** A place of the vocabulary, [code, name], with what search needs of it. */
export function expandPlace([code, name]: readonly [string, string]): { name: string; url: string; filter: string; terms: string[] } {
  const short = shortPlaceName(name);
  return { name, url: regionUrl(code), filter: FILTER_BY_LENGTH[code.length] ?? 'county', terms: short ? [name, short] : [name] };
}
