import { describe, expect, it } from 'vitest';
import { handedWords, highlightHandoff } from '../../src/lib/search-handoff.ts';

describe('the words a search hands to the case it opens', () => {
  it('reach the page the result linked to, and only that page', () => {
    const stored = highlightHandoff('/cases/baodi-yizhan-sanzhongxin/', ['一站三中心', '代办']);
    expect(handedWords(stored, '/cases/baodi-yizhan-sanzhongxin/')).toEqual(['一站三中心', '代办']);
    expect(handedWords(stored, '/cases/nanjing-cheguansuo/')).toEqual([]);
  });
  it('are none when nothing, or something unreadable, was stored', () => {
    for (const stored of [null, '', '{', '"words"', 'null', JSON.stringify({ path: '/cases/a/', words: 'abc' })]) {
      expect(handedWords(stored, '/cases/a/'), String(stored)).toEqual([]);
    }
    expect(handedWords(JSON.stringify({ path: '/cases/a/', words: ['民情', 3, ' ', null] }), '/cases/a/')).toEqual(['民情']);
  });
});
