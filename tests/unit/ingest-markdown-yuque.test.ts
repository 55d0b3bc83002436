/**
 * A 语雀 export (tests/fixtures/ingest/md-yuque): its callouts' fences are syntax, each callout line a block of its
 * own; its linked 目录 is contents, not heads repeated in the body; the draft is its raw range with its corrections.
 */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { rawLinesOf, rawParagraphs } from '../../src/lib/node/raw-source.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

const FILE = 'tests/fixtures/ingest/md-yuque/yuque-export.md';
const note = (text: string) => readInput('note.md', new TextEncoder().encode(text));

describe('a 语雀 Markdown export', () => {
  it('reads a callout without its fences, a line of it parted by <br /> a paragraph of its own', async () => {
    const read = await note('# 标题\n\n:::info\n来源：××县委组织部<br />最后更新：2024-08-16\n:::\n\n正文第一段。\n');
    expect(read.text).toBe('标题\n\n来源：××县委组织部\n\n最后更新：2024-08-16\n\n正文第一段。\n');
    expect(read.warnings?.[0]).toContain('提示块（:::） 2');
  });

  it('lists a list of links to the note\'s own anchors as its contents, none of it in the text', async () => {
    const read = await note('# 标题\n\n- [一、做法](#a1)\n- [二、成效](#b2)\n\n## 一、做法\n\n正文。\n\n## 二、成效\n\n正文。\n');
    expect(read.text).toBe('标题\n\n一、做法\n\n正文。\n\n二、成效\n\n正文。\n');
    expect(read.left?.filter((b) => b.role === 'contents').map((b) => b.text)).toEqual(['一、做法', '二、成效']);
    const links = await note('# 标题\n\n- [一、做法](https://example.org/a)\n- [二、成效](#b2)\n\n正文。\n');
    expect(links.text).toContain('一、做法');
  });

  it('writes a draft whose body holds each head once and is its raw range with the recorded corrections', async () => {
    const result = await ingestFixture(FILE);
    if (result instanceof Error) throw result;
    const draft = result.doc.drafts[0]!;
    const edition = buildEdition(draft.raw, draft.corrections).map((b) => b.text);
    expect(edition.filter((t) => t === '一、主要做法')).toHaveLength(1);
    const raw = rawParagraphs(rawLinesOf(result.doc.normalisedText ?? result.extracted.text), draft.lines);
    expect(raw).toEqual(draft.raw);
  });
});
