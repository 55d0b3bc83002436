/**
 * Radicals in a text layer (⾊ for 色, ⺠ for 民) are read as the unified
 * ideographs, in every reader, and the report says how many.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldRadicals } from '../../src/lib/ingest/radicals.ts';
import { foldLineRadicals, mastheadDate } from '../../src/lib/ingest/read/pdf.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/u;

describe('radicals', () => {
  it('folds both blocks to the unified ideographs, and only them', () => {
    expect(foldRadicals('⾊⺠⼀⻓，１２㈠')).toMatchObject({ text: '色民一长，１２㈠', folded: 4 });
    // U+2E80 has no unified equivalent: it stays.
    expect(foldRadicals('⺀').folded).toBe(0);
  });
  it('folds to the text’s own script: Unicode’s equivalent is the traditional form where they differ (⼾→戶), a simplified text means 户', () => {
    expect(foldRadicals('每家每⼾都有联系卡，⾨前有⾧廊。').text).toBe('每家每户都有联系卡，门前有长廊。');
    expect(foldRadicals('每家每⼾都有聯繫卡，⾨前有⾧廊。').text).toBe('每家每戶都有聯繫卡，門前有長廊。');
  });
  it('folds a PDF’s positioned lines before any rule reads them: a masthead’s 2013年8⽉12⽇ is the source’s date', () => {
    const lines = [{ text: '组织⼯作导报', page: 1, x: 0, x1: 100, y: 800, size: 30 }, { text: '2013年8⽉12⽇ 星期⼀', page: 1, x: 0, x1: 100, y: 780, size: 10 }];
    expect(mastheadDate({ masthead: lines as never })).toBeUndefined();
    expect(foldLineRadicals(lines as never)).toMatch(/^康熙部首 4 处已按通用汉字读入/);
    expect(mastheadDate({ masthead: lines as never })).toBe('2013-08-12');
  });
  it('reads a PDF whose ToUnicode maps glyphs to radicals as plain text, with a warning', async () => {
    const file = 'tests/fixtures/ingest/pdf-radicals/yongshan-radicals.pdf';
    const doc = await readInput(file, readFileSync(file));
    expect(doc.text).not.toMatch(RADICAL);
    expect(doc.text).toContain('始终保持党同人民群众的血肉联系');
    expect(doc.warnings?.find((w) => w.startsWith('康熙部首'))).toMatch(/康熙部首 \d+ 处已按通用汉字读入/);
  });
  it('folds a text input too and keeps its line count', async () => {
    const text = '做群众⼯作的⼏点体会\n\n执政为⺠，⻓期坚持。\n';
    const doc = await readInput('x.txt', new TextEncoder().encode(text));
    expect(doc.text).toBe('做群众工作的几点体会\n\n执政为民，长期坚持。\n');
    expect(doc.extracted).toBe(true);
  });
});
