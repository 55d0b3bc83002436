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
  it('a note whose title only its front matter states gives that title at the line ingest points to, in the raw text ingest writes', async () => {
    const result = await ingestFixture('tests/fixtures/ingest/md-notes/front-matter-title.md');
    if (result instanceof Error) throw result;
    const draft = result.doc.drafts[0]!;
    expect(rawTitle(rawLinesOf(result.doc.normalisedText ?? result.extracted.text), draft.titleLine)).toEqual({ title: draft.title, lines: [draft.titleLine] });
  });

  it('a hand-made case whose raw text is the note itself has its title at the front matter\'s title line', () => {
    const lines = rawLinesOf(readFileSync('tests/fixtures/ingest/md-notes/front-matter-title.md', 'utf8'));
    expect(rawTitle(lines, 2)).toEqual({ title: '关于县级机关党员干部联系和服务群众的调查与思考', lines: [2] });
  });

  it('a title: line in the text, not in front matter, is no title', () => {
    expect(rawTitle(['正文第一段。', 'title: 不是标题'], 2)?.title).toBe('title: 不是标题');
  });
});
