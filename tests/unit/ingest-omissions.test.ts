/**
 * A picture's caption and a table the compilers credit to themselves, inside a
 * case of a Word file: the draft records each as an omission (verbatim, with
 * its role, where it stood), so the draft as written is its raw range changed
 * only by recorded corrections; a table with no such credit stays text.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { renderDraft } from '../../src/lib/ingest/draft.ts';
import { caseFidelityProblems } from '../../src/lib/node/content-checks.ts';
import { rawLinesOf } from '../../src/lib/node/raw-source.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

const INPUT = path.resolve('tests/fixtures/ingest/docx-omissions/yingshan-omissions.docx');
const CAPTION = '图为城南镇“有奖批评大会”现场（资料图片）';
const TABLE = ['城南镇“有奖批评”活动有关数据（编者据本文整理）', '项目 | 情况', '上台批评的群众代表 | 25名', '现场评审团 | 10人'];

async function ingested() {
  const result = await ingestFixture(INPUT);
  if (result instanceof Error) throw result;
  const draft = result.doc.drafts[0]!;
  const rawLines = rawLinesOf(result.doc.normalisedText ?? result.extracted.text);
  return { result, draft, rawLines, file: parseCaseSource(renderDraft(draft, 'source-yingshan-omissions-docx')) };
}

describe('ingest: blocks inside a case that are no text of its author', () => {
  it('records the caption and the credited table as omissions where they stood, verbatim, with their roles', async () => {
    const { draft } = await ingested();
    expect(draft.corrections.filter((c) => c.type === 'omit')).toEqual([
      { type: 'omit', p: 3, text: [CAPTION], role: '图片说明', note: '本库未收图片。' },
      { type: 'omit', p: 4, text: TABLE, role: '汇编者所加表格（连表题）' },
    ]);
  });

  it('writes a draft that is its raw range with the recorded corrections (what check:content and publish check)', async () => {
    const { file, rawLines } = await ingested();
    expect(caseFidelityProblems(file, file.frontmatter as never, rawLines)).toEqual([]);
    expect(file.blocks.join('\n')).not.toContain('图为');
    expect(file.blocks.join('\n')).not.toContain('编者据本文整理');
  });

  it('keeps a table the document does not credit to its compilers as text', async () => {
    const { file } = await ingested();
    expect(file.blocks).toContain('批评问题 | 回复时限');
    expect(file.blocks).toContain('群众提出的问题 | 15天内');
  });

  it('lists each omitted block in the report with its role and where it went', async () => {
    const { result } = await ingested();
    const left = result.left.filter((b) => b.reason.includes('校勘记'));
    expect(left.map((b) => [b.role, b.text])).toEqual([
      ['caption', CAPTION],
      ['compilers-addition', TABLE.join(' / ')],
    ]);
  });
});
