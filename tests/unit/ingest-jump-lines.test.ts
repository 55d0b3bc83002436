/**
 * A 简报 whose lead article jumps from page 1 to page 2 (（下转第2页）/（上接第1页）) over a boxed item
 * (tests/fixtures/ingest/pdf-bulletin-jump): the lead's draft runs on past the box, which it records as omitted, and
 * both drafts pass the content check, each alone and together.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { renderDraft } from '../../src/lib/ingest/draft.ts';
import { caseFidelityProblems, overlapProblems } from '../../src/lib/node/content-checks.ts';
import { rawLinesOf } from '../../src/lib/node/raw-source.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';
import type { CaseData } from '../../src/schemas/case.ts';

const INPUT = path.resolve('tests/fixtures/ingest/pdf-bulletin-jump/bulletin-jump.pdf');

async function drafts() {
  const result = await ingestFixture(INPUT);
  if (result instanceof Error) throw result;
  const rawLines = rawLinesOf(result.doc.normalisedText ?? result.extracted.text);
  const files = result.doc.drafts.map((d) => parseCaseSource(renderDraft(d, 'source-bulletin-jump-pdf')));
  return { result, rawLines, files };
}

describe('ingest: an article jumped to a later page', () => {
  it('writes drafts that are their raw ranges with the recorded corrections', async () => {
    const { files, rawLines } = await drafts();
    expect(files).toHaveLength(2);
    for (const f of files) expect(caseFidelityProblems(f, f.frontmatter as never, rawLines)).toEqual([]);
  });

  it('lets the lead enclose the boxed item it records as omitted, and no other case', async () => {
    const { files } = await drafts();
    const cases = files.map((f, i) => ({ rel: `c${i}.mdx`, data: f.frontmatter as unknown as CaseData }));
    expect(overlapProblems(cases)).toEqual([]);
    const unrecorded = cases.map((c, i) => (i === 0 ? { ...c, data: { ...c.data, corrections: [] } } : c));
    expect(overlapProblems(unrecorded)).toEqual([['c1.mdx', expect.stringContaining('falls inside lines')]]);
  });
});
