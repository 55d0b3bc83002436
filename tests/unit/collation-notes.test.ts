/** The wording of the 校勘记, and the marks the text and the notes list share. */
import { describe, expect, it } from 'vitest';
import { describeCorrection, LACUNA_MARK, noteBackLabel, noteNumber, noteRefLabel } from '../../src/lib/collation-notes.ts';

describe('describeCorrection', () => {
  it('gives the raw reading and the corrected one, with half-width punctuation beside Chinese made full-width', () => {
    expect(describeCorrection({ type: 'correct', p: 3, original: '人户', corrected: '入户', note: '形近而误。' })).toBe('原作“人户”，今作“入户”。形近而误。');
    expect(describeCorrection({ type: 'correct', p: 3, original: 'l+10', corrected: '1+10,群众' })).toBe('原作“l+10”，今作“1+10，群众”。');
  });

  it('keeps a doubtful reading and says why', () => {
    expect(describeCorrection({ type: 'doubt', p: 2, text: '四联四推', note: '疑为“四联四包”，原文如此，不改。' })).toBe('“四联四推”：疑为“四联四包”，原文如此，不改。');
  });

  it('marks a lacuna after its words, never filling it', () => {
    expect(describeCorrection({ type: 'lacuna', p: 5, after: '长宁', note: '原文至此缺字。' })).toBe('“长宁”下有脱文。原文至此缺字。');
    expect(LACUNA_MARK).toBe('〔原文此处有脱文〕');
  });

  it('explains a rejoined paragraph as capture damage', () => {
    expect(describeCorrection({ type: 'join', p: 7, after: '群众,' })).toBe('原文在“群众，”后断行另起，系网页抓取所致，今接排。');
  });
});

describe('note marks', () => {
  it('numbers notes in brackets and names both directions of the link', () => {
    expect(noteNumber(3)).toBe('〔3〕');
    expect(noteRefLabel(3)).toBe('校勘记3');
    expect(noteBackLabel(3, 12)).toBe('〔3〕回到正文第12段');
  });
});
