import { describe, expect, it } from 'vitest';
import { buildEdition, EditionError, markerOccurrence, numberBlocks } from '../../src/lib/edition.ts';

describe('buildEdition', () => {
  it('rejoins a recorded false paragraph break and numbers blocks', () => {
    const edition = buildEdition(['不想联系群众,不愿深入', '群众,这也就决定了。', '【点评】', '点评文字。'], [
      { type: 'join', p: 1, after: '不愿深入' },
    ]);
    expect(edition).toEqual([
      { p: 1, text: '不想联系群众，不愿深入群众，这也就决定了。' },
      { p: null, text: '【点评】' },
      { p: 2, text: '点评文字。' },
    ]);
  });

  it('applies a correction to the nth occurrence only', () => {
    const edition = buildEdition(['进村人户,再次人户。'], [
      { type: 'correct', p: 1, original: '人户', corrected: '入户', nth: 2 },
    ]);
    expect(edition[0]!.text).toBe('进村人户，再次入户。');
  });

  it('refuses a correction whose original reading is not in the paragraph', () => {
    expect(() => buildEdition(['入户走访。'], [{ type: 'correct', p: 1, original: '人户', corrected: '入户' }])).toThrow(EditionError);
  });

  it('refuses a join where the raw text has no such break', () => {
    expect(() => buildEdition(['甲。', '乙。'], [{ type: 'join', p: 1, after: '丙' }])).toThrow(/no raw paragraph ending with "丙"/);
  });

  it('leaves doubts and lacunae in the text untouched', () => {
    const edition = buildEdition(['全国人大代表、长宁做法基础上。'], [
      { type: 'lacuna', p: 1, after: '长宁', note: '脱文' },
      { type: 'doubt', p: 1, text: '做法', note: '存疑' },
    ]);
    expect(edition[0]!.text).toBe('全国人大代表、长宁做法基础上。');
  });
});

describe('numberBlocks', () => {
  it('does not number the commentary label', () => {
    expect(numberBlocks(['甲', '【点评】', '乙']).map((b) => b.p)).toEqual([1, null, 2]);
  });
});

describe('markerOccurrence', () => {
  it('finds which occurrence of the corrected reading the correction made', () => {
    const c = { type: 'correct' as const, p: 1, original: '人户', corrected: '入户' };
    expect(markerOccurrence(['党员入户走访，干部人户宣传。'], [c], c)).toBe(2);
    expect(markerOccurrence(['干部人户宣传，党员入户走访。'], [c], c)).toBe(1);
  });
  it('finds which occurrence of the words before a false break is the break', () => {
    const j = { type: 'join' as const, p: 1, after: '群众工作' };
    expect(markerOccurrence(['做好群众工作是关键，做好群众工作', '的根本在于联系群众。'], [j], j)).toBe(2);
  });
});
