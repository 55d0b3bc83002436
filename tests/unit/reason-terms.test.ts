/** 相似做法 reasons: which shared words may explain why two cases are alike. */
import { describe, expect, it } from 'vitest';
import { GENERIC_NOUNS, isTellingTerm } from '../../src/lib/node/reason-terms.ts';
import { generalIdfOf, partOfSpeech } from '../../src/lib/node/similarity.ts';
import { realLibrary } from './real-library.ts';

const N = 18;
const facts = (term: string, df = 2, named = false) => ({ tag: partOfSpeech(term), df, n: N, named, generalIdf: generalIdfOf(term) });

describe('isTellingTerm', () => {
  it('refuses the function words, plain verbs and titles the walkthrough found as reasons', () => {
    for (const word of ['有时', '提供', '一般', '每年', '根据', '主任']) expect(isTellingTerm(word, facts(word)), word).toBe(false);
  });

  it('refuses other words of the same kinds, by part of speech, not by a list of those six', () => {
    for (const word of ['经常', '及时', '按照', '认真', '很多', '我们', '为了', '已经', '积极']) expect(isTellingTerm(word, facts(word)), word).toBe(false);
  });

  it('accepts distinctive nouns of the texts', () => {
    for (const word of ['台账', '热线', '网格', '党代表', '纠纷', '移民', '驾驶员', '低保户']) expect(isTellingTerm(word, facts(word)), word).toBe(true);
  });

  it('refuses everyday words the tagger calls nouns (low IDF in general Chinese)', () => {
    for (const word of ['全部', '无法', '利用', '系统', '方案', '电话']) expect(isTellingTerm(word, facts(word)), word).toBe(false);
  });

  it('refuses a noun that most texts use: it tells nothing apart', () => {
    expect(isTellingTerm('村民', facts('村民', 2))).toBe(true);
    expect(isTellingTerm('村民', facts('村民', 12))).toBe(false);
  });

  it('refuses the genre\'s generic nouns (roles, units, abstractions)', () => {
    for (const word of ['书记', '部门', '措施', '经验']) {
      expect(GENERIC_NOUNS.has(word)).toBe(true);
      expect(isTellingTerm(word, facts(word)), word).toBe(false);
    }
  });

  it('refuses the genre\'s slogans, which the tagger calls idioms', () => {
    for (const word of ['深入群众', '依靠群众', '新形势下', '深入开展', '及时发现']) {
      expect(partOfSpeech(word), word).toBe('i');
      expect(isTellingTerm(word, facts(word)), word).toBe(false);
    }
  });

  it('refuses the abstract words of the genre that the walkthrough of the lists found (全党, 着力, 常态)', () => {
    for (const word of ['全党', '着力', '常态', '充分发挥', '方方面面']) expect(isTellingTerm(word, facts(word)), word).toBe(false);
  });

  it('always accepts a method name or alias, whatever its tag', () => {
    expect(isTellingTerm('挨家挨户', facts('挨家挨户', 2, true))).toBe(true);
    expect(isTellingTerm('走访', facts('走访'))).toBe(false);
    expect(isTellingTerm('走访', facts('走访', 2, true))).toBe(true);
  });
});

describe('reasons on the real library', () => {
  it('never give a function word or generic noun as a shared term', () => {
    const library = realLibrary();
    expect.hasAssertions();
    for (const [id, list] of library.related) {
      for (const r of list) {
        for (const reason of r.reasons.filter((x) => x.startsWith('都讲到'))) {
          for (const term of [...reason.matchAll(/“([^”]+)”/g)].map((m) => m[1]!)) {
            expect(['有时', '提供', '一般', '每年', '根据', '主任'], `${id} → ${r.case.id}`).not.toContain(term);
            expect(GENERIC_NOUNS.has(term), `${id} → ${r.case.id}: ${term}`).toBe(false);
          }
        }
      }
    }
  });
});
