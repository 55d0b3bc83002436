/**
 * A speech's date line under its byline dates the source; the post line closing it ((作者系…)) gives the byline's
 * author's post (tests/fixtures/ingest/docx-speech-dateline).
 */
import { describe, expect, it } from 'vitest';
import { ingestFixture } from '../ingest-fixture-results.ts';

describe('a speech\'s date and post lines', () => {
  it('gives the author the post the closing line states, and the source the date under the byline', async () => {
    const result = await ingestFixture('tests/fixtures/ingest/docx-speech-dateline/speech-dateline.docx');
    if (result instanceof Error) throw result;
    const [draft] = result.doc.drafts;
    expect(draft!.authors).toEqual([{ name: '李明华', role: '中共杭州市余杭区径山镇委员会书记' }]);
    expect(result.doc.meta.date).toBe('2024-05-16');
    // The post line stays the text's last paragraph, as the library keeps 003's (jiahe): the lead decides otherwise.
    expect(draft!.raw.at(-1)).toBe('（作者系中共杭州市余杭区径山镇委员会书记）');
  });
});
