/** Scoring related-case lists against judgements, and leave-one-out choice of a setting, on made-up lists. */
import { describe, expect, it } from 'vitest';
import { bestSetting, figures, hubCount, leaveOneOut, type Judgements } from '../../src/lib/node/related-evaluation.ts';

const lists = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('figures', () => {
  const judgements: Judgements = { a: { similar: ['b', 'c'] }, b: { similar: ['x', 'a'] } };

  it('counts judged cases in the first three and the closest peer in the first five', () => {
    const f = figures(lists({ a: ['c', 'd', 'b'], b: ['a', 'c', 'd', 'e', 'f', 'x'] }), judgements);
    expect(f.precisionAt3).toBeCloseTo(3 / 6);
    expect(f.closestInTop5).toBe(1); // a's closest (b) is third; b's (x) is sixth
    expect(f.judged).toBe(2);
    expect(f.closestReciprocalRank).toBeCloseTo((1 / 3 + 1 / 6) / 2);
  });

  it('scores a case without a list as missing everything', () => {
    expect(figures(lists({}), judgements)).toMatchObject({ precisionAt3: 0, closestInTop5: 0, closestReciprocalRank: 0 });
  });
});

describe('hubCount', () => {
  it('counts cases in the first three of more than five lists', () => {
    const six = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, ['h', `${id}1`, `${id}2`]]));
    expect(hubCount(lists(six))).toBe(1);
    expect(hubCount(lists({ ...six, f: ['f1', 'f2', 'f3', 'h'] }))).toBe(0);
  });
});

describe('leave-one-out', () => {
  const judgements: Judgements = { a: { similar: ['b'] }, b: { similar: ['a'] }, c: { similar: ['a'] } };
  const good = lists({ a: ['b'], b: ['a'], c: ['b', 'x', 'y', 'z', 'w', 'a'] });
  const other = lists({ a: ['c'], b: ['c'], c: ['a'] });

  it('keeps the earliest setting on a tie', () => {
    expect(bestSetting([other, other], ['a'], judgements)).toBe(0);
  });

  it('prefers the setting that ranks the closest peer higher when both have it in the top five', () => {
    const fifth = lists({ c: ['x', 'y', 'z', 'w', 'a'] });
    const second = lists({ c: ['x', 'a', 'y', 'z', 'w'] });
    expect(bestSetting([fifth, second], ['c'], judgements)).toBe(1);
  });

  it('scores each case with the setting the other cases chose, not its own best', () => {
    // c alone prefers `other`, but a and b choose `good`, so c is scored on good's list.
    const held = leaveOneOut([good, other], judgements);
    expect([...held.picks.values()]).toEqual([0, 0, 0]);
    expect(held.lists.get('c')).toEqual(good.get('c'));
    expect(held.figures.closestInTop5).toBe(2);
    expect(figures(other, judgements).closestInTop5).toBe(1);
  });

  it('refuses to choose from no settings', () => {
    expect(() => leaveOneOut([], judgements)).toThrow(/no settings/);
  });
});
