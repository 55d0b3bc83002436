/**
 * A Markdown note's markers are syntax, not text (read/markdown.ts): each head, quote and list item is a paragraph of
 * its own without #, >, -, **, in the draft's body and in the raw text check:content compares that body with; the
 * report counts the markers removed. Fixture: md-notes/markers.md, a note as a notes app stores it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Annotation } from '../../src/lib/ingest/annotation.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { inChinese, readCheckMessage } from '../../src/lib/check-messages.ts';
import { buildEdition } from '../../src/lib/edition.ts';
import { rawLinesOf, rawParagraphs } from '../../src/lib/node/raw-source.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

const FILE = 'tests/fixtures/ingest/md-notes/markers.md';
const body = (parse(readFileSync(`${FILE}.expected.yaml`, 'utf8')) as Annotation).drafts![0]!.body;

async function ingested() {
  const result = await ingestFixture(FILE);
  if (result instanceof Error) throw result;
  return result;
}

const note = (text: string) => readInput('note.md', new TextEncoder().encode(text));

describe('a Markdown note', () => {
  it('gives each head, quote and list item as a paragraph of its own, without its markers', async () => {
    const draft = (await ingested()).doc.drafts[0]!;
    expect(draft.raw).toEqual(body);
  });

  it('is checked against a raw text that has no markers either: its edition is the body', async () => {
    const result = await ingested();
    const draft = result.doc.drafts[0]!;
    const raw = rawLinesOf(result.doc.normalisedText ?? result.extracted.text);
    expect(result.extracted.extracted).toBe(true);
    expect(buildEdition(rawParagraphs(raw, draft.lines), draft.corrections).map((b) => b.text)).toEqual(body);
    expect(raw.filter((l) => /^\s*(#|>|- |\*)|\*\*/.test(l))).toEqual([]);
  });

  it('counts the markers it read as syntax for the report, and reports a picture\'s words as a caption', async () => {
    const { extracted, left } = await ingested();
    expect(extracted.warnings).toContainEqual(expect.stringMatching(/^Markdown 标记 12 处已按语法删去（标题 # 2、引文 > 1、列表项 - 4、强调 \* _ \*\* 4、链接地址 1）/));
    expect(left).toContainEqual(expect.objectContaining({ role: 'caption', text: '那满镇便民服务站外景' }));
  });

  it('keeps a task item\'s box as typed, as an item\'s number: whether the thing was done is the writer\'s word', async () => {
    const doc = await note('- [x] 已办结事项一\n- [ ] 未办结事项二\n\n1. [X] 第一项已办\n');
    expect(doc.text).toBe('[x] 已办结事项一\n\n[ ] 未办结事项二\n\n1. [X] 第一项已办\n');
  });

  it('keeps struck-through words in the text and names them in the report, not as an emphasis', async () => {
    const doc = await note('百色市推行农事村办，群众办事~~要跑乡镇~~不出村。\n');
    expect(doc.text).toBe('百色市推行农事村办，群众办事要跑乡镇不出村。\n');
    expect(doc.warnings).toContainEqual(expect.stringMatching(/^Markdown 标记 1 处已按语法删去（删除线 ~~ 1）/));
    // A catalogued warning, as every reader's is: the desk says it in Chinese by reading it back into its kind.
    const struck = (doc.warnings ?? []).find((w) => readCheckMessage(w)?.kind === 'markdown-struck');
    expect(struck && inChinese(struck)).toMatch(/删除线（~~…~~）划去的文字 1 处照录在正文：“要跑乡镇”/);
  });

  it('lists heads with their level and keeps a typed item number, a wrapped line and a code span\'s words', async () => {
    const doc = await note('# 标题\n\n正文第一行\n接着第二行，`代办`服务。\n\n标题二\n---\n\n3) 第三项\n4) 第四项\n\n<!-- 待核 -->\n');
    expect(doc.text).toBe('标题\n\n正文第一行\n接着第二行，代办服务。\n\n标题二\n\n3) 第三项\n\n4) 第四项\n');
    expect(doc.headings).toEqual([{ line: 1, level: 1, cue: 'declared' }, { line: 6, level: 2, cue: 'declared' }]);
    expect(doc.left).toEqual([expect.objectContaining({ role: 'comment', text: '<!-- 待核 -->' })]);
  });

  it('heads its text with the front matter\'s title and subtitle when its own # heads are sections, and lists a footnote as a note', async () => {
    const doc = await note('---\ntitle: 用机制保障党群干群关系互动交融\nsubtitle: 嘉禾县“四联四包”的做法\n---\n\n开头一段。[^1]\n\n# 一、四联\n\n正文。\n\n[^1]: 数据来源：县委组织部。\n');
    expect(doc.text).toBe('用机制保障党群干群关系互动交融\n\n嘉禾县“四联四包”的做法\n\n开头一段。[^1]\n\n一、四联\n\n正文。\n');
    expect(doc.headings.map((h) => [h.line, h.level])).toEqual([[1, 1], [3, 2], [7, 1]]);
    expect(doc.left).toEqual([expect.objectContaining({ role: 'note', text: '[^1]: 数据来源：县委组织部。' })]);
  });

  it('reads a note opening with a --- rule as text when what follows is no YAML mapping: nothing between the rules is lost', async () => {
    const doc = await note('---\n\n这是笔记正文的第一段，讲述干部下访。\n\n---\n\n# 做群众工作的几点体会\n\n正文。\n');
    expect(doc.text).toContain('这是笔记正文的第一段，讲述干部下访。');
    expect(doc.dropped).toEqual({});
  });

  it('reports a comment inside an HTML block as a comment, its words not dropped as a tag', async () => {
    const doc = await note('# 标题\n\n<div>甲<!-- 编辑：删去一句 -->乙</div>\n');
    expect(doc.text).toBe('标题\n\n甲乙\n');
    expect(doc.left).toEqual([expect.objectContaining({ role: 'comment', text: '<!-- 编辑：删去一句 -->' })]);
  });

  it('reports each front matter field it takes no metadata from, as typed: a description is the writer\'s words', async () => {
    const doc = await note('---\ntitle: 标题\ntags: [民情日记]\ndescription: 本文总结了永善县干部下访的三条经验。\n---\n\n正文。\n');
    expect(doc.left).toEqual([
      expect.objectContaining({ role: 'unknown', text: 'tags: [民情日记]' }),
      expect.objectContaining({ role: 'unknown', text: 'description: 本文总结了永善县干部下访的三条经验。' }),
    ]);
  });

  // Red-team review: remark-parse alone (CommonMark) read a pipe table as one paragraph of pipes and dashes.
  it('reads a pipe table as the Word reader reads a table in text: a row a paragraph, cells joined, rows listed as a table, an empty row counted', async () => {
    const doc = await note('# 标题\n\n正文一段。\n\n| 服务中心 | 职能 |\n| --- | :---: |\n| 镇综合信访服务中心 | 接待群众来访 |\n|  |  |\n| **镇社区服务中心** | 为群众代办 |\n\n正文又一段。\n');
    expect(doc.text).toBe('标题\n\n正文一段。\n\n服务中心 | 职能\n\n镇综合信访服务中心 | 接待群众来访\n\n镇社区服务中心 | 为群众代办\n\n正文又一段。\n');
    expect(doc.tables).toEqual([5, 7, 9].map((line) => ({ first: line, last: line })));
    expect(doc.warnings).toContainEqual(expect.stringContaining('表格 | 与分隔行 1、表格空行 1'));
  });
  it('keeps what GFM would read otherwise as typed: a range with ~, a bare address', async () => {
    const doc = await note('# 标题\n\n每户3~5人，每组2~3户，详见 https://example.org/a 。\n');
    expect(doc.text).toBe('标题\n\n每户3~5人，每组2~3户，详见 https://example.org/a 。\n');
    expect(doc.warnings).toEqual([expect.stringMatching(/^Markdown 标记 1 处已按语法删去（标题 # 1）/u)]);
  });
});
