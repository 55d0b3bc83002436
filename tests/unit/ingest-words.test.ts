/**
 * Jieba's dictionary as the doubt candidates read it (src/lib/ingest/words.ts):
 * a pair of characters is in the dictionary only inside one of its words, never
 * across the count and tag that follow a word on its line.
 */
import { describe, expect, it } from 'vitest';
import { charAsWordFrequency, dictionaryTag, pairInDictionary } from '../../src/lib/ingest/words.ts';

describe("jieba's dictionary", () => {
  it('finds a pair inside a word, anywhere in it, and not a pair no word has', () => {
    expect(pairInDictionary('一词')).toBe(true); // 一词多义
    expect(pairInDictionary('多义')).toBe(true);
    expect(pairInDictionary('哭个')).toBe(true); // 哭个不停
    expect(pairInDictionary('臣务')).toBe(false);
    expect(pairInDictionary('留于')).toBe(false);
  });

  it('finds no pair across a word’s end, its count, its tag or a line break', () => {
    // 服务 ends its line's word: “服务 <count> vn”.
    expect(pairInDictionary('务 ')).toBe(false);
    expect(pairInDictionary('vn')).toBe(false);
    expect(pairInDictionary('n\n')).toBe(false);
    expect(pairInDictionary('\n服')).toBe(false);
  });

  it('tags a word of the dictionary and counts a character standing alone', () => {
    expect(dictionaryTag('服务')).toBe('vn');
    expect(dictionaryTag('流于形式')).toBe('l');
    expect(dictionaryTag('臣务')).toBeUndefined();
    expect(charAsWordFrequency('爪')).toBe(1287);
    expect(charAsWordFrequency('臣务')).toBe(0);
  });
});
