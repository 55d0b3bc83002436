/**
 * A speech's date line under its byline dates the source, and the post line closing it ((作者系…)) is the byline's
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
    expect(draft!.raw.join('')).not.toContain('作者系');
  });
});
