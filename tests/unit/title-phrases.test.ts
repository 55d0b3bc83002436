import { describe, expect, it } from 'vitest';
import { titlePhrases } from '../../src/lib/title-phrases.ts';

describe('titlePhrases', () => {
  const title = '“一站三中心”一切以群众为中心';
  it('keeps every character, in order', () => {
    expect(titlePhrases(title).map((p) => p.text).join('')).toBe(title);
  });
  it('keeps words of two or more characters unbreakable, single characters and punctuation breakable', () => {
    const phrases = titlePhrases(title);
    expect(phrases.filter((p) => p.keep).map((p) => p.text)).toContain('一切');
    expect(phrases.filter((p) => p.keep).every((p) => Array.from(p.text).length > 1)).toBe(true);
    expect(phrases.find((p) => p.text.includes('“'))?.keep).toBe(false);
  });
  it('runs neighbouring breakable pieces together', () => {
    const phrases = titlePhrases('以、为');
    expect(phrases).toEqual([{ text: '以、为', keep: false }]);
  });
});
