/**
 * A text cut into words by jieba, unfiltered: ids keep a practice's single
 * characters (三/有/两/评) and theme proposals keep 基层, 党组织, 建设, which
 * the similarity stop list (node/similarity.ts contentWords) drops. Tagged
 * with jieba's parts of speech (n noun, v verb, …) where a proposal needs to
 * tell a thing counted from the verb that counts it.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const instance = () => (jieba ??= Jieba.withDict(dict));

export function cutWords(text: string): string[] {
  return instance().cut(text, false);
}

/** The words with their part of speech (jieba's tag set: n, v, vn, j, uj, …). */
export function tagWords(text: string): Array<{ word: string; tag: string }> {
  return instance().tag(text, false);
}

let charFrequency: Map<string, number> | undefined;

/** How often a single character stands as a word of its own in jieba's dictionary (its line “爪 1287 n”); 0 when it does not. */
export function charAsWordFrequency(char: string): number {
  if (!charFrequency) {
    charFrequency = new Map();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [word, count] = line.split(' ');
      if (word && Array.from(word).length === 1) charFrequency.set(word, Number(count));
    }
  }
  return charFrequency.get(char) ?? 0;
}
