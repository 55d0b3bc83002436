/**
 * Every input under tests/fixtures/ingest/ with an `<input>.expected.yaml`
 * beside it is ingested and must be right in full: draft count, titles,
 * subtitles, bylines, the most precise place, complete bodies with no page
 * furniture, the blocks the report must list, the source's date — or the one
 * error it must give. Add a kind of document by adding an input and its
 * annotation (src/lib/ingest/annotation.ts says what each field means).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { judge, type Annotation } from '../../src/lib/ingest/annotation.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const ROOT = path.resolve('tests/fixtures/ingest');
const annotated = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.expected.yaml'))
  .sort();
// The taxonomy plays no part in what is judged here; places come from the division data.
const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };

describe('annotated ingest fixtures', () => {
  it('has annotated inputs', () => expect(annotated.length).toBeGreaterThan(0));
  it.each(annotated)('%s', async (name) => {
    const annotation = parse(readFileSync(path.join(ROOT, name), 'utf8')) as Annotation;
    const input = path.join(ROOT, name.replace(/\.expected\.yaml$/, ''));
    const result = await ingestInput(input, readFileSync(input), vocab).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    expect(judge(annotation, result).problems).toEqual([]);
  });
});
