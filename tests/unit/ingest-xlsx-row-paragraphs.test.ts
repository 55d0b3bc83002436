/**
 * A 汇总表 whose case's text runs over several rows beside its 案例名称 merged down over them
 * (tests/fixtures/ingest/xlsx-row-paragraphs): every such row has that name, so no row warns of a text without one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { checkMessage } from '../../src/lib/check-messages.ts';

const FILE = 'tests/fixtures/ingest/xlsx-row-paragraphs/row-paragraphs.xlsx';

describe('a case over several rows under a merged 案例名称', () => {
  it('gives no warning of a text without a 案例名称 for a row the merge covers', async () => {
    const doc = await readInput(FILE, readFileSync(FILE));
    const untitled = [5, 6, 8].map((row) => checkMessage('xlsx-text-without-title', { sheet: '汇总表', row }));
    expect((doc.warnings ?? []).filter((w) => untitled.includes(w))).toEqual([]);
  });
});
