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

/**
 * The words with jieba's part-of-speech tags (n noun, v verb, ns place, nr person,
 * nt institution, i idiom, uj 的…). `hmm` lets jieba join characters its dictionary
 * lacks into words (a place read on its own needs it; labels keep to dictionary words).
 */
export function tagWords(text: string, hmm = false): Array<{ word: string; tag: string }> {
  return instance().tag(text, hmm);
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
