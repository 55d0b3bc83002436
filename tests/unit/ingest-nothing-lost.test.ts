/**
 * Nothing lost: for every input under tests/fixtures/ingest/ (annotated or
 * not, whoever added it) that gives drafts, every non-blank line of the
 * extracted text is in a draft's body lines or covered by a block the report
 * lists (AnalysedDocument.left / IngestedInput.left) with its role. A block
 * with a line covers its lines and the paragraph starting there (up to the
 * next blank line of the text the drafts' lines count); a line the layout normaliser dropped
 * (a page number, a running head) is listed by its text.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseLayout } from '../../src/lib/ingest/layout.ts';
import { DecodeError } from '../../src/lib/ingest/decode.ts';
import { INPUT_EXTENSIONS } from '../../src/lib/ingest/read/index.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

const ROOT = path.resolve('tests/fixtures/ingest');
const inputs = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => INPUT_EXTENSIONS.includes(path.extname(f).toLowerCase()) && !/(^|\/)README\.md$/.test(f))
  .sort();

/** The lines of the extracted text that are in no body and in no listed block, as "n: text". */
async function unaccounted(file: string): Promise<string[] | undefined> {
  const result = await ingestFixture(file);
  if (result instanceof DecodeError) return undefined; // refused with one message: nothing drafted, nothing lost
  if (result instanceof Error) throw result;
  const { extracted, doc, left } = result;
  const norm = normaliseLayout(extracted.text);
  const analysed = (doc.normalisedText ?? extracted.text).split('\n');
  const covered = new Set<number>();
  for (const d of doc.drafts) for (let n = d.lines[0]; n <= d.lines[1]; n++) covered.add(n);
  for (const b of left) {
    if (b.line === undefined) continue;
    const last = b.lines?.[1] ?? b.line;
    for (let n = b.line; n <= analysed.length && (n <= last || analysed[n - 1]!.trim() !== ''); n++) covered.add(n);
  }
  const dropped = new Set(left.filter((b) => b.line === undefined).map((b) => b.text.trim()));
  return extracted.text.split('\n').flatMap((text, i) => {
    const t = text.trim();
    if (!t) return [];
    const n = norm.lineMap(i + 1);
    return (n === undefined ? dropped.has(t) : covered.has(n)) ? [] : [`${i + 1}: ${t.slice(0, 40)}`];
  });
}

describe('nothing lost: every line of every fixture is in a draft or in the report', () => {
  it('finds the fixtures', () => expect(inputs.length).toBeGreaterThan(10));
  it.each(inputs)('%s', async (name) => {
    const missing = await unaccounted(path.join(ROOT, name));
    if (missing) expect(missing).toEqual([]);
  });
});
