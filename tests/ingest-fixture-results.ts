/**
 * Each input under tests/fixtures/ingest/ ingested once per test worker, for
 * the files that only read the result (ingest-annotated judges it against its
 * annotation, ingest-nothing-lost accounts for its every line): reading a PDF
 * with pdf.js or a .docx with mammoth and analysing it was done twice per
 * fixture, about 10 s of the unit tier under load. The unit tier shares one
 * module graph per worker (vitest.config.ts, isolate: false), so two files in
 * one worker share these results.
 */
import { readFileSync } from 'node:fs';
import type { Vocabulary } from '../src/lib/ingest/document.ts';
import { ingestInput, type IngestedInput } from '../src/lib/ingest/pipeline.ts';
import { loadRegionIndex } from '../src/lib/node/region-index.ts';

// The taxonomy plays no part in either check; places come from the division data.
const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };

const results = new Map<string, Promise<IngestedInput | Error>>();

/** What ingest makes of `file`, or the error it refused it with. */
export function ingestFixture(file: string): Promise<IngestedInput | Error> {
  let result = results.get(file);
  if (!result) {
    result = ingestInput(file, readFileSync(file), vocab).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
    results.set(file, result);
  }
  return result;
}
