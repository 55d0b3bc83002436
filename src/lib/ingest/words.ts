/**
 * A text cut into words by jieba, unfiltered: ids keep a practice's single
 * characters (三/有/两/评) and theme proposals keep 基层, 党组织, 建设, which
 * the similarity stop list (node/similarity.ts contentWords) drops; and the
 * same words with their part of speech, where a proposal must tell a thing
 * counted from the verb that counts it, or a place (ns) from a street (南京路).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const instance = () => (jieba ??= Jieba.withDict(dict));

export function cutWords(text: string): string[] {
  return instance().cut(text, false);
}

/** The shorter dictionary words inside a text's words as well as the words (jieba's search cut: 经验交流 → 经验, 交流, 经验交流). */
export function cutWordsForSearch(text: string): string[] {
  return instance().cutForSearch(text, false);
}

/**
 * The words with jieba's part-of-speech tags (n noun, v verb, ns place, nr person,
 * nt institution, i idiom, uj 的…). `hmm` lets jieba join characters its dictionary
 * lacks into words (a place read on its own needs it; labels keep to dictionary words).
 */
export function tagWords(text: string, hmm = false): Array<{ word: string; tag: string }> {
  return instance().tag(text, hmm);
}

/** Rarer than this as a word of its own (jieba's dictionary counts 爪 1287, 帐 3376, 毛 7753), a character is rare in the language. */
export const RARE_CHAR = 3000;

/**
 * Jieba's dictionary read once: each word's part-of-speech tag and how often
 * each single character stands as a word. A document asks for tens of
 * thousands of tags, so they are a map; it asks whether two characters stand
 * together in some word only a few times, so that is a search of the text
 * itself (building the set of every pair cost about as much again as the map:
 * a second per ingest process).
 */
interface Dictionary {
  text: string;
  tags: Map<string, string>;
  singles: Map<string, number>;
}

let dictionary: Dictionary | undefined;

function readDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const text = Buffer.from(dict).toString('utf8');
  const out: Dictionary = { text, tags: new Map(), singles: new Map() };
  // Lines are “word count tag”; read by index, as the 349 000 lines make splitting costly.
  for (const line of text.split('\n')) {
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    if (a <= 0 || b === -1) continue;
    const word = line.slice(0, a);
    out.tags.set(word, line.slice(b + 1).trim());
    // One character is one or two UTF-16 units (an astral one): Array.from only for the two.
    if (word.length === 1 || (word.length === 2 && Array.from(word).length === 1)) out.singles.set(word, Number(line.slice(a + 1, b)));
  }
  return (dictionary = out);
}

/** How often a single character stands as a word of its own in jieba's dictionary (its line “爪 1287 n”); 0 when it does not. */
export function charAsWordFrequency(char: string): number {
  return readDictionary().singles.get(char) ?? 0;
}

/** Jieba's part-of-speech tag of a word of its dictionary (流于形式 l, 服务 vn); undefined for what is no word. */
export function dictionaryTag(word: string): string | undefined {
  return readDictionary().tags.get(word);
}

/** Whether `word` is a word of jieba's dictionary (入户, 深入; not 人户): what a note naming a misread word checks. */
export const isDictionaryWord = (word: string): boolean => dictionaryTag(word) !== undefined;

/** Whether two characters stand together, in this order, in some word of jieba's dictionary (一词 in 一词多义; never 臣务). */
export function pairInDictionary(pair: string): boolean {
  const { text } = readDictionary();
  // Found in the text, it must lie in a line's word, before the count (务 followed by the space is in no word).
  for (let at = text.indexOf(pair); at !== -1; at = text.indexOf(pair, at + 1)) {
    const line = text.lastIndexOf('\n', at) + 1;
    const wordEnd = text.indexOf(' ', line);
    if (at >= line && wordEnd !== -1 && at + pair.length <= wordEnd) return true;
  }
  return false;
}
