/**
 * check:content reads a case's title off its raw file at source.titleLine (rawTitle): the line ingest took the
 * headline from must give that headline back, or a draft published by the workflow fails the check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawTitle } from '../../src/lib/node/content-checks.ts';
import { rawLinesOf } from '../../src/lib/node/raw-source.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

describe('rawTitle', () => {
  it('a note whose title only its front matter states gives that title at the line ingest points to', async () => {
    const file = 'tests/fixtures/ingest/md-notes/front-matter-title.md';
    const result = await ingestFixture(file);
    if (result instanceof Error) throw result;
    const draft = result.doc.drafts[0]!;
    expect(rawTitle(rawLinesOf(readFileSync(file, 'utf8')), draft.titleLine)).toEqual({ title: draft.title, lines: [draft.titleLine] });
  });

  it('a title: line in the text, not in front matter, is no title', () => {
    expect(rawTitle(['正文第一段。', 'title: 不是标题'], 2)?.title).toBe('title: 不是标题');
  });
});
