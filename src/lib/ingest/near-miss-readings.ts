/**
 * Odd readings a proofreader catches by knowing the words, each shown with
 * its grounds — the word it is one character from and where that word
 * occurs — so the editor decides at a glance:
 *
 * - a character the text writes once and the library never, which read as
 *   another makes a word the text itself writes elsewhere (臣务群众 →
 *   服务群众, 组团力量诀到 → 得到);
 * - a stretch one character from a set phrase the text or library writes
 *   (留于形式 → 流于形式);
 * - a character rare in the language, written once in the text and never in
 *   the library, that makes no word with the characters beside it and no
 *   repair explains (、陬办结): flagged without a reading proposed.
 *
 * What counts as a word is jieba's dictionary; what counts as used is how
 * often the text and the published library write it (character n-grams of
 * their text): neither knows what the editors recorded. Names are never
 * repaired, and a place with two repairs used as much as each other is left
 * alone. A word misread as another word (驾驭 for 驾驶) and a character
 * dropped (车管务) are beyond it: both leave words of the language, or
 * readings too like the text's own abbreviations (访民情, 筹资筹劳) to flag
 * without flagging those. Node-only (jieba).
 */
import { charAsWordFrequency, dictionaryTag, pairInDictionary, RARE_CHAR, tagWords } from './words.ts';

/** The longest n-gram counted: a four-character set phrase with one character added. */
const LONGEST = 5;
/** A word is used where the text and the library write it this often together (the reading itself aside). */
const USED = 2;
/**
 * A character that stands as a word of its own this often in jieba's
 * dictionary (的 318825, 到 205341, 和 555815) is at home alone; one less
 * used alone (臣 5666, 留 6648) standing alone in the cut is a broken word.
 */
const STANDS_ALONE = 30000;
/** Jieba's tags of a set phrase: an idiom (i, 流于形式) or a fixed expression (l). */
const SET_PHRASE = /^[il]$/u;
/**
 * Jieba's tags of a bound morpheme (g, ng, tg: 陬, 诀), a character that is
 * part of words and no word itself; verbs and adverbs (聊, 挪, 屡) stand alone.
 */
const BOUND = /^[nt]?g$/u;
/** Jieba's tags, with its guesses at unknown words on, of a name: a person, place, organisation or other proper noun. */
const NAME = /^n[rstz]/u;
const HAN = /\p{Script=Han}/u;
/** How many of the cases a word occurs in the grounds name. */
const CASES_NAMED = 3;

/** Where a string occurs in the library: how many times, in which cases (their ids, the first few). */
export interface Occurrences {
  n: number;
  cases: string[];
}

/** The library's Chinese character n-grams (1 to LONGEST characters), counted, with the cases they occur in. */
export type ReadingLexicon = ReadonlyMap<string, Occurrences>;

/** A suspected misreading in a paragraph: where (UTF-16 offsets), and what is suspected on what grounds. */
export interface NearMiss {
  start: number;
  end: number;
  what: string;
}

/** Every n-gram of the texts' runs of Chinese characters, 1 to LONGEST long, counted. */
function ngramCounts(texts: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = Array.from(run);
      for (let i = 0; i < chars.length; i++) {
        for (let n = 1; n <= LONGEST && i + n <= chars.length; n++) {
          const g = chars.slice(i, i + n).join('');
          out.set(g, (out.get(g) ?? 0) + 1);
        }
      }
    }
  }
  return out;
}

/** The n-grams of the library's cases (each case's id and text), each with its count and the first cases it occurs in. */
export function readingLexicon(cases: ReadonlyArray<{ id: string; text: string }>): ReadingLexicon {
  const out = new Map<string, Occurrences>();
  for (const c of cases) {
    for (const [g, n] of ngramCounts([c.text])) {
      const o = out.get(g) ?? { n: 0, cases: [] };
      o.n += n;
      if (o.cases.length < CASES_NAMED) o.cases.push(c.id);
      out.set(g, o);
    }
  }
  return out;
}

const lexicons = new WeakMap<object, ReadingLexicon>();

/** The lexicon of a vocabulary's published cases (library.ts: each case's id and text key), worked out once per library; empty when there is none. */
export function libraryLexicon(library: ReadonlyArray<{ id: string; key: string }> | undefined): ReadingLexicon {
  if (!library) return new Map();
  let lexicon = lexicons.get(library);
  if (!lexicon) lexicons.set(library, (lexicon = readingLexicon(library.map((x) => ({ id: x.id, text: x.key })))));
  return lexicon;
}

/**
 * Whether the character at `at` stands beside a neighbour (within
 * [start, end)) as no word of the language has them and the text and
 * library never write them otherwise: 臣务, 诀到, 留于 — where 一词 (一词多义)
 * and 哭个 (哭个不停) are the language's own. The text's pairs count where
 * the cut keeps them together or leaves both alone (四/联 four times is the
 * text's own coinage), not across a word's edge (停留/于 is no 留于).
 */
function oddPair(text: string, at: number, start: number, end: number, c: Counts): boolean {
  const odd = (pair: string) => !pairInDictionary(pair) && (c.library.get(pair)?.n ?? 0) + (c.pairs.get(pair) ?? 0) < USED;
  return (at > start && odd(text.slice(at - 1, at + 1))) || (at + 1 < end && odd(text.slice(at, at + 2)));
}

interface Counts {
  own: Map<string, number>;
  library: ReadingLexicon;
  /** The text's pairs of characters, where the cut keeps them in one word or leaves both alone. */
  pairs: Map<string, number>;
}

type Cut = ReadonlyArray<{ word: string; tag: string; start: number; end: number }>;

/** The pairs of characters of the texts that the cut keeps in one word or leaves both alone, counted. */
function pairsOf(texts: readonly string[], cuts: readonly Cut[]): Map<string, number> {
  const out = new Map<string, number>();
  texts.forEach((text, i) => {
    for (const [k, t] of cuts[i]!.entries()) {
      for (let j = t.start; j + 1 < t.end; j++) out.set(text.slice(j, j + 2), (out.get(text.slice(j, j + 2)) ?? 0) + 1);
      const next = cuts[i]![k + 1];
      if (next && t.word.length === 1 && next.word.length === 1) out.set(t.word + next.word, (out.get(t.word + next.word) ?? 0) + 1);
    }
  });
  return out;
}

const usesOf = (w: string, c: Counts) => (c.own.get(w) ?? 0) + (c.library.get(w)?.n ?? 0);
/** A word of the language that the text and the library write. */
const used = (w: string, c: Counts) => Array.from(w).length >= 2 && dictionaryTag(w) !== undefined && usesOf(w, c) >= USED;

interface Repair {
  start: number;
  end: number;
  kind: 'drop' | 'change';
  /** The character read (change) or the one too many (drop). */
  char: string;
  /** The character the text has where it should read `char` (change). */
  read?: string;
  /** The word the repair makes, and the text's words as repaired. */
  word: string;
  repaired: string;
}

/**
 * The words one character changed at `at` makes of a stretch of 2–4
 * characters around it, whole words of the cut and no word itself (臣务 →
 * 服务), which the text itself writes elsewhere; names aside.
 */
function changes(text: string, at: number, cut: Cut, c: Counts, index: ReadonlyMap<string, readonly string[]>, names: ReadonlySet<number>): Repair[] {
  const out: Repair[] = [];
  // The stretch is whole words of the cut: a character inside a word (缓慢办事) is not read against the next word.
  const starts = new Set(cut.map((t) => t.start));
  const ends = new Set(cut.map((t) => t.end));
  for (let start = Math.max(0, at - 3); start <= at; start++) {
    for (let end = at + 1; end <= Math.min(text.length, start + 4); end++) {
      if (end - start < 2 || !starts.has(start) || !ends.has(end) || !isPlainHan(text, start, end, names, at)) continue;
      if (dictionaryTag(text.slice(start, end)) !== undefined || !oddPair(text, at, start, end, c)) continue;
      for (const word of index.get(`${text.slice(start, at)}\u0000${text.slice(at + 1, end)}`) ?? []) {
        if ((c.own.get(word) ?? 0) >= USED) out.push({ start, end, kind: 'change', char: word[at - start]!, read: text[at]!, word, repaired: word });
      }
    }
  }
  return out;
}

/** Whether text[start, end) is all Chinese characters of the BMP, none of a name (but the one at `at`, which is under suspicion). */
function isPlainHan(text: string, start: number, end: number, names: ReadonlySet<number>, at: number): boolean {
  for (let k = start; k < end; k++) if (!HAN.test(text[k]!) || (k !== at && names.has(k))) return false;
  return true;
}

/** Whether the character at `at` makes an odd pair with each Chinese neighbour, and has one: it belongs to no word around it (、陬办结). */
function strayAt(text: string, at: number, c: Counts): boolean {
  const sides = [at - 1, at + 1].filter((k) => k >= 0 && k < text.length && HAN.test(text[k]!));
  return sides.length > 0 && sides.every((k) => oddPair(text, at, Math.min(k, at), Math.max(k, at) + 1, c));
}

/** The n-grams of a lexicon that are words of the language (2–4 characters) and set phrases, worked out once per library lexicon. */
const wordsOfLexicon = new WeakMap<object, { words: string[]; phrases: string[] }>();

function lexiconWords(keys: Iterable<string>): { words: string[]; phrases: string[] } {
  const words: string[] = [];
  const phrases: string[] = [];
  for (const g of keys) {
    if (g.length < 2) continue;
    const tag = dictionaryTag(g);
    if (tag === undefined) continue;
    if (g.length <= 4) words.push(g);
    if (g.length >= 4 && SET_PHRASE.test(tag)) phrases.push(g);
  }
  return { words, phrases };
}

/** The words of the language the text and the library write, and their set phrases: the library's once per lexicon, the text's each time. */
function knownWords(c: Counts): { words: string[]; phrases: string[] } {
  let library = wordsOfLexicon.get(c.library);
  if (!library) wordsOfLexicon.set(c.library, (library = lexiconWords(c.library.keys())));
  const own = lexiconWords(c.own.keys());
  return { words: [...new Set([...library.words, ...own.words])], phrases: [...new Set([...library.phrases, ...own.phrases])] };
}

/** The used words of the text and the library (2–4 characters) under each of their one-character masks (服\0 → 服务, 服从…). */
function maskIndex(words: readonly string[], c: Counts): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of words) {
    if (!used(g, c)) continue;
    for (let k = 0; k < g.length; k++) {
      const key = `${g.slice(0, k)}\u0000${g.slice(k + 1)}`;
      (out.get(key) ?? out.set(key, []).get(key)!).push(g);
    }
  }
  return out;
}

/**
 * Stretches of `text` one character from a set phrase (a character changed,
 * or one too many inside it), where the cut leaves that character alone in
 * an odd pair, and that are no word themselves: 留于形式 for 流于形式.
 */
function setPhraseRepairs(text: string, phrases: readonly string[], lone: ReadonlySet<number>, names: ReadonlySet<number>, c: Counts): Repair[] {
  const out: Repair[] = [];
  for (const phrase of phrases) {
    for (const length of [phrase.length, phrase.length + 1]) {
      for (let start = 0; start + length <= text.length; start++) {
        const end = start + length;
        const read = text.slice(start, end);
        const edit = oneEdit(read, phrase);
        // One too many at the stretch's edge belongs to the words beside it; one the cut leaves in a word is read right.
        if (!edit || (edit.kind === 'drop' && (edit.at === 0 || edit.at === length - 1)) || !lone.has(start + edit.at)) continue;
        if (!isPlainHan(text, start, end, names, start + edit.at) || dictionaryTag(read) !== undefined || !oddPair(text, start + edit.at, start, end, c)) continue;
        out.push({ start, end, ...edit, word: phrase, repaired: phrase });
      }
    }
  }
  return out;
}

/** How `read` is one character from `meant`: one changed or one too many; undefined when it is not. */
function oneEdit(read: string, meant: string): Pick<Repair, 'kind' | 'char' | 'read'> & { at: number } | undefined {
  let i = 0;
  while (i < read.length && i < meant.length && read[i] === meant[i]) i++;
  if (read.length === meant.length) return i < read.length && read.slice(i + 1) === meant.slice(i + 1) ? { kind: 'change', char: meant[i]!, read: read[i]!, at: i } : undefined;
  if (read.length === meant.length + 1) return read.slice(i + 1) === meant.slice(i) ? { kind: 'drop', char: read[i]!, at: i } : undefined;
  return undefined;
}

/** Where `word` occurs: in this text (the reading aside) and in the library's cases. */
function groundsOf(word: string, c: Counts): string {
  const own = c.own.get(word) ?? 0;
  const lib = c.library.get(word);
  const where = [own ? `本文另见${own}处` : '', lib ? `库中见于${lib.cases.join('、')}${lib.cases.length < CASES_NAMED ? '' : '等'}，共${lib.n}处` : ''].filter(Boolean);
  return `“${word}”${where.join('，')}`;
}

const STRAY_SAID = '与上下字皆不成词，本文仅此一见，库中未见，疑为误字';

/** Whether a flag's words (what it suspects) come from this module: a near miss with its grounds, or a stray rare character. */
export const isNearMissFlag = (what: string) => /（据“[^”]+”[^（）]*）/u.test(what) || what.includes(STRAY_SAID);

/** What the flag says: the slip suspected, then its grounds in brackets（据…）. */
function describe(r: Repair, c: Counts): string {
  // “服”字误作“臣”, not “服”误作“臣”: the note of a correction then claims no likeness of shape, which the library cannot tell.
  const said = r.kind === 'drop' ? `疑衍“${r.char}”字` : `疑“${r.char}”字误作“${r.read}”`;
  return `${said}（据${groundsOf(r.word, c)}；当作“${r.repaired}”）`;
}

/**
 * The positions of `text` inside names: jieba's guesses at names with its
 * model of unknown words on; the one or two lone characters after a surname
 * (李/春/秀: a Chinese name's shape); and those before the generic part of
 * a place name (康/岭/村, 郝/各/庄), which is the name's own.
 */
function namePositions(text: string, cut: Cut): Set<number> {
  const out = new Set<number>();
  const mark = (start: number, end: number) => {
    for (let k = start; k < end; k++) out.add(k);
  };
  for (const t of offsets(tagWords(text, true))) if (NAME.test(t.tag) && t.word.length > 1) mark(t.start, t.end);
  const lone = (i: number) => cut[i] !== undefined && cut[i]!.word.length === 1 && HAN.test(cut[i]!.word);
  cut.forEach((t, i) => {
    if (t.tag === 'nr' && t.word.length === 1) for (let k = i; k <= i + 2 && lone(k); k++) mark(cut[k]!.start, cut[k]!.end);
    if (PLACE_GENERIC.test(t.word)) for (let k = i - 1; k >= i - 2 && lone(k); k--) mark(cut[k]!.start, cut[k]!.end);
  });
  return out;
}

/** The generic part of a place name, standing alone in the cut after the name's own characters. */
const PLACE_GENERIC = /^[省市县区乡镇村庄屯组街巷路]$/u;

/**
 * The near misses of each paragraph (see the head comment). A character
 * beyond the BMP is never a reading here: offsets are UTF-16 units.
 */
export function nearMissReadings(paragraphs: readonly string[], library: ReadingLexicon): NearMiss[][] {
  const cuts = paragraphs.map((text) => offsets(tagWords(text)));
  const c: Counts = { own: ngramCounts(paragraphs), library, pairs: pairsOf(paragraphs, cuts) };
  const known = knownWords(c);
  const index = maskIndex(known.words, c);
  const phrases = known.phrases;
  const foreign = (ch: string) => c.own.get(ch) === 1 && !library.has(ch);
  return paragraphs.map((text, i) => {
    const names = namePositions(text, cuts[i]!);
    const out: NearMiss[] = [];
    const push = (r: Repair | undefined) => {
      if (r && !out.some((y) => y.start < r.end && r.start < y.end)) out.push({ start: r.start, end: r.end, what: describe(r, c) });
    };
    const lone = lonePositions(cuts[i]!);
    const tagOf = new Map(cuts[i]!.map((t) => [t.start, t.tag]));
    for (const r of setPhraseRepairs(text, phrases, lone, names, c)) push(r);
    for (const at of lone) {
      if (names.has(at) || !foreign(text[at]!)) continue;
      const found = changes(text, at, cuts[i]!, c, index, names);
      if (found.length) push(mostUsed(found, c));
      else if (charAsWordFrequency(text[at]!) < RARE_CHAR && BOUND.test(tagOf.get(at) ?? '') && strayAt(text, at, c)) out.push({ start: at, end: at + 1, what: `罕用字“${text[at]}”${STRAY_SAID}` });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/**
 * The positions of the Chinese characters the cut leaves alone that rarely
 * stand alone: where a word broke. 的, 到, 不 stand alone all the time, and
 * a reading that drops or changes one is another way of saying the same.
 */
function lonePositions(cut: Cut): Set<number> {
  return new Set(cut.filter((t) => t.word.length === 1 && HAN.test(t.word) && charAsWordFrequency(t.word) < STANDS_ALONE).map((t) => t.start));
}

/** The repair whose word the text and library use most, unless another's is used as much: then the text says nothing certain. */
function mostUsed(found: readonly Repair[], c: Counts): Repair | undefined {
  const uses = (r: Repair) => usesOf(r.word, c);
  const ranked = [...new Map(found.map((r) => [r.word, r])).values()].sort((a, b) => uses(b) - uses(a));
  return ranked.length === 0 || (ranked.length > 1 && uses(ranked[1]!) === uses(ranked[0]!)) ? undefined : ranked[0];
}

/** The cut's words with where each stands in the text (the cut keeps every character, in order). */
function offsets<T extends { word: string }>(words: readonly T[]): Array<T & { start: number; end: number }> {
  let at = 0;
  return words.map((w) => {
    const start = at;
    at += w.word.length;
    return { ...w, start, end: at };
  });
}
