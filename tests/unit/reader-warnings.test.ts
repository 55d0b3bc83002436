/**
 * The Word reader's warnings as an editor meets them in the ingest report:
 * mammoth's one line per Word style it has no mapping for is told once,
 * grouped, with what was done with those paragraphs (kept as plain
 * paragraphs, their role judged from words and position) and whether to act;
 * every other warning as the reader wrote it. On a fixture .docx whose styles
 * mammoth does not know.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inChinese, readCheckMessage } from '../../src/lib/check-messages.ts';
import { INPUT_EXTENSIONS } from '../../src/lib/ingest/read/index.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';
import { readerWarnings } from '../../src/lib/ingest/reader-warnings.ts';
import { ingestCommand } from '../../scripts/ingest-command.ts';

const FILE = 'tests/fixtures/ingest/docx-numbering/shijingshan-numbered.docx';

describe('reader warnings in the ingest report', () => {
  it('tell the unknown Word styles once, naming them, what was done with their text and when to act', async () => {
    const { readInput } = await import('../../src/lib/ingest/read/index.ts');
    const raw = (await readInput(FILE, readFileSync(FILE))).warnings ?? [];
    const styleLines = raw.filter((w) => /Unrecognised (?:paragraph|run) style/.test(w));
    expect(styleLines.length).toBeGreaterThan(0);
    const told = readerWarnings([...raw, ...styleLines]);
    expect(told.filter((w) => /Unrecognised/.test(w))).toEqual([]);
    const grouped = told.filter((w) => /style\(s\) the reader has no meaning for/.test(w));
    expect(grouped).toHaveLength(1);
    const names = [...new Set(styleLines.map((w) => /style: '([^']*)'/.exec(w)![1]!))];
    expect(grouped[0]).toContain(`uses ${names.length} style(s)`);
    for (const n of names) expect(grouped[0]).toContain(`“${n}”`);
    expect(grouped[0]).toMatch(/kept word for word.*judged from its words and position.*Nothing to do unless/);
    expect(inChinese(grouped[0]!)).toMatch(/一字不少.*编者一般不用处理/);
    // Every other warning stays, once, as the reader wrote it.
    expect(told.slice(1)).toEqual(raw.filter((w) => !styleLines.includes(w)));
  });

  it('reach the report an editor reads (JSON here; the printed report prints the same list)', async () => {
    let out = '';
    const status = await ingestCommand([FILE, '--json', '--dry-run'], { out: (t) => void (out += t), err: () => {} });
    expect(status).toBe(0);
    const warnings = (JSON.parse(out) as { inputs: Array<{ warnings?: string[] }> }).inputs[0]!.warnings ?? [];
    expect(warnings.filter((w) => /Unrecognised/.test(w))).toEqual([]);
    expect(warnings.filter((w) => /the reader has no meaning for/.test(w))).toHaveLength(1);
  });
});

// The desk says the report's warnings in Chinese by reading each back into its catalogued kind (check-messages.ts);
// one a reader writes outside the catalogue reached the editor in English (trial 21's .doc warning).
describe('every reader warning on every fixture is catalogued', () => {
  const ROOT = path.resolve('tests/fixtures/ingest');
  const inputs = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((f) => INPUT_EXTENSIONS.includes(path.extname(f).toLowerCase()) && !/(^|\/)README\.md$/.test(f))
    .sort();
  it.each(inputs)('%s', async (name) => {
    const result = await ingestFixture(path.join(ROOT, name));
    if (result instanceof Error) return;
    const told = readerWarnings(result.extracted.warnings ?? []);
    expect(told.filter((w) => !readCheckMessage(w))).toEqual([]);
    for (const w of told) expect(inChinese(w)).not.toBe(w);
  });
});
