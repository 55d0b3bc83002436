/**
 * A text cut into words by jieba, unfiltered: ids keep a practice's single
 * characters (三/有/两/评) and theme proposals keep 基层, 党组织, 建设, which
 * the similarity stop list (node/similarity.ts contentWords) drops.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

export function cutWords(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
}
