/**
 * A text cut into words by jieba, unfiltered: ids keep a practice's single
 * characters (三/有/两/评) and theme proposals keep 基层, 党组织, 建设, which
 * the similarity stop list (node/similarity.ts contentWords) drops; and the
 * same words with their part of speech (ns: a place name).
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

export function cutWords(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
}

/** The words with jieba's part-of-speech tags (ns place, nr person, nt institution, i idiom…). */
export function taggedWords(text: string): Array<{ word: string; tag: string }> {
  jieba ??= Jieba.withDict(dict);
  return jieba.tag(text, true);
}
