/**
 * Omitting paragraphs that are no text of the author (a compiler's case
 * number or region line inside the case's range) as one `omit` entry, and
 * putting them back (src/lib/ingest/omit-paragraphs.ts): the body follows,
 * every paragraph number after them moves, and the result passes the check
 * check:content makes of an omission (caseFidelityProblems). A small inline
 * draft for the details; ingest's own omissions (the yingshan Word fixture)
 * for the proof that the command writes what ingest and an editor write.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { renderDraft } from '../../src/lib/ingest/draft.ts';
import { omitParagraphs, removeEntry, renumberPractices, renumberTeaching } from '../../src/lib/ingest/omit-paragraphs.ts';
import { ReadingError, recordReading } from '../../src/lib/ingest/record-reading.ts';
import { caseFidelityProblems } from '../../src/lib/node/content-checks.ts';
import { rawLinesOf } from '../../src/lib/node/raw-source.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

const RAW = ['某县党员联系户', '', '（某省）', '', '党员联户人社,解决难题。人户走访。', '', '全村义务出1:600多人次,作用落', '', '实到家家户户。长宁做法基础上。', '', '图为党员入户走访', '', '党员们坚持走访。', '', '【点评】', '', '人户走访好。', '', '典型案例之二'];

const HEAD = `---
# 草稿：由 npm run ingest 生成。
# 待核：第2段：疑“入”误作“人”：“联户人社,解决”
title: 某县党员联系户
source:
  id: source-x
  lines: [3, 19]
  titleLine: 1
corrections:
  - type: join
    p: 3
    after: 作用落
evidence:
  zoufang: { p: 5, quote: 坚持走访 }
passing:
  minqing-riji: [2, 6]
proposals:
  - { field: methods, value: dangyuan-lianxihu, p: 2, quote: 党员联户, why: 原文第2段作“联户” }
  - { field: doubt, value: 疑“入”误作“人”, p: 2, quote: 联户人社，解决, why: 可记为校正 }
`;
const LEVEL = '  - { field: level, value: 省, p: 1, quote: 某省, why: 请核对 }\n';
const BODY = `---

（某省）

党员联户人社，解决难题。人户走访。

全村义务出1:600多人次，作用落实到家家户户。长宁做法基础上。

图为党员入户走访

党员们坚持走访。

【点评】

人户走访好。

典型案例之二
`;
const DRAFT = HEAD + BODY;
const options = { rawLines: RAW, file: 'drafts/x.mdx' };
const fidelity = (text: string, raw: readonly string[] = RAW) => {
  const file = parseCaseSource(text);
  return caseFidelityProblems(file, file.frontmatter as never, raw);
};
const dataOf = (text: string) => parseCaseSource(text).frontmatter as Record<string, unknown>;

describe('omitParagraphs', () => {
  it('the inline draft is its raw text with its corrections', () => {
    expect(fidelity(DRAFT)).toEqual([]);
    expect(fidelity(HEAD + LEVEL + BODY)).toEqual([]);
  });

  it('omits the head paragraph before p1, renumbers every paragraph number after it, and passes the omission check', () => {
    const result = omitParagraphs(DRAFT, { p: 1, role: '汇编者所加地区标注', note: '汇编者所署。' }, options);
    expect(result.entry).toEqual({ type: 'omit', p: 1, before: true, text: ['（某省）'], role: '汇编者所加地区标注', note: '汇编者所署。' });
    expect(fidelity(result.text)).toEqual([]);
    const data = dataOf(result.text);
    expect(data.corrections).toEqual([result.entry, { type: 'join', p: 2, after: '作用落' }]);
    expect(data.evidence).toEqual({ zoufang: { p: 4, quote: '坚持走访' } });
    expect(data.passing).toEqual({ 'minqing-riji': [1, 5] });
    expect((data.proposals as Array<{ p: number; why: string }>).map((x) => [x.p, x.why])).toEqual([[1, '原文第1段作“联户”'], [1, '可记为校正']]);
    expect(result.text).toContain('# 待核：第1段：疑“入”误作“人”：“联户人社,解决”\n');
    expect(result.text).not.toContain('\n（某省）\n');
    // Nothing else in the file changes: the comment, the flow style of the proposals.
    expect(result.text).toContain('# 草稿：由 npm run ingest 生成。\n');
    expect(result.text).toContain('  - { field: methods, value: dangyuan-lianxihu, p: 1, quote: 党员联户, why: 原文第1段作“联户” }\n');
  });

  it('omits a block after a paragraph, in the middle and at the end after the 【点评】', () => {
    const middle = omitParagraphs(DRAFT, { p: 4, role: '图片说明', note: '本库未收图片。' }, options);
    expect(middle.entry).toEqual({ type: 'omit', p: 3, text: ['图为党员入户走访'], role: '图片说明', note: '本库未收图片。' });
    expect(fidelity(middle.text)).toEqual([]);
    expect(dataOf(middle.text).evidence).toEqual({ zoufang: { p: 4, quote: '坚持走访' } });
    expect(dataOf(middle.text).passing).toEqual({ 'minqing-riji': [2, 5] });
    const end = omitParagraphs(middle.text, { p: 6, role: '汇编者所加案例序号' }, options);
    expect(end.entry).toEqual({ type: 'omit', p: 5, text: ['典型案例之二'], role: '汇编者所加案例序号' });
    expect(fidelity(end.text)).toEqual([]);
    expect(parseCaseSource(end.text).blocks.at(-1)).toBe('人户走访好。');
  });

  it('puts an omitted block back with --remove: the file as it was, byte for byte', () => {
    const omitted = omitParagraphs(DRAFT, { p: 1, role: '汇编者所加地区标注' }, options);
    const back = removeEntry(omitted.text, 1, options);
    expect(back.removed).toEqual(omitted.entry);
    expect(back.text).toBe(DRAFT);
    const uncited = DRAFT.replace('evidence:\n  zoufang: { p: 5, quote: 坚持走访 }\n', '');
    const middle = omitParagraphs(uncited, { p: 4, through: 5, role: '编者注' }, options);
    expect(middle.entry.text).toEqual(['图为党员入户走访', '党员们坚持走访。']);
    expect(dataOf(middle.text).passing).toEqual({ 'minqing-riji': [2, 4] });
    expect(removeEntry(middle.text, 2, options).text).toBe(uncited);
  });

  it('refuses, naming the file and paragraph, what is not whole raw paragraphs, the whole text, or cited', () => {
    const refused = (text: string, request: Parameters<typeof omitParagraphs>[1]) => {
      try {
        omitParagraphs(text, request, options);
      } catch (error) {
        expect(error).toBeInstanceOf(ReadingError);
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refused(DRAFT, { p: 3, role: '编者注' })).toMatch(/^drafts\/x\.mdx: p3 is raw paragraphs the capture broke, rejoined \(entry 1 of corrections \(join “作用落”\)\)/);
    expect(refused(DRAFT, { p: 1, through: 7, role: '编者注' })).toMatch(/^drafts\/x\.mdx: p1–p7: that is the whole text/);
    // The 点评 is the compilers' comment, printed marked as theirs: it stays, and the refusal says so and what to omit instead, on one line.
    const label = refused(DRAFT, { p: 5, through: 6, role: '编者注' });
    expect(label).toMatch(/^drafts\/x\.mdx: p5–p6: the 【点评】 label stands between p5 and p6: the 点评 is the compilers' comment, shown on the page marked as theirs, and stays; omit only p5 \(--omit 5\)/);
    expect(label).not.toContain('\n');
    // Nothing else cites p6 here: the 点评 alone refuses it.
    const opening = refused(DRAFT.replace('minqing-riji: [2, 6]', 'minqing-riji: [2]'), { p: 6, role: '页面杂项' });
    expect(opening).toMatch(/^drafts\/x\.mdx: p6 is the text of the 【点评】 \(its first paragraph\): the compilers' comment, shown on the page marked as theirs, stays; omit only a block after it that is not theirs \(a case number, page chrome\)/);
    expect(opening).not.toContain('\n');
    expect(refused(DRAFT, { p: 6, through: 7, role: '页面杂项' })).toMatch(/p6–p7 takes the text of the 【点评】/);
    expect(refused(HEAD + LEVEL + BODY, { p: 1, role: '汇编者所加地区标注' })).toMatch(/^drafts\/x\.mdx: proposal 3 \(level “省”: “某省”\) cites p1, which would be left out: reject it first \(npm run accept -- drafts\/x\.mdx --reject 3\)/);
    expect(refused(DRAFT, { p: 5, role: '编者注' })).toMatch(/evidence\.zoufang \(“坚持走访”\) cites p5/);
    const doubted = recordReading(DRAFT, { type: 'doubt', p: 4, text: '图为', note: '存疑。' }, options).text;
    expect(refused(doubted, { p: 4, role: '图片说明' })).toMatch(/p4 carries entry 2 of corrections \(doubt “图为”\): take it out first \(npm run correct -- drafts\/x\.mdx --remove 2\)/);
    expect(refused(DRAFT, { p: 9, role: '编者注' })).toMatch(/p9: there is no paragraph 9 \(the text has 7/);
    // A year the editors give stands in the text (check:content): one only the omitted paragraph states goes with it.
    const dated = DRAFT.replace('\n图为党员入户走访\n', '\n图为2013年党员入户走访\n').replace('title: 某县党员联系户\n', 'title: 某县党员联系户\nyears: [2013]\n');
    const datedRaw = RAW.map((l) => (l === '图为党员入户走访' ? '图为2013年党员入户走访' : l));
    expect(fidelity(dated, datedRaw)).toEqual([]);
    expect(() => omitParagraphs(dated, { p: 4, role: '图片说明' }, { ...options, rawLines: datedRaw })).toThrow(/^drafts\/x\.mdx: years\[0\]: 2013 stands only in p4, which would be left out/);
  });
});

describe('omitting what ingest omits', () => {
  it('put back and omitted again by the command, the draft reads as ingest wrote it', async () => {
    const result = await ingestFixture(path.resolve('tests/fixtures/ingest/docx-omissions/yingshan-omissions.docx'));
    if (result instanceof Error) throw result;
    const draft = result.doc.drafts[0]!;
    const rawLines = rawLinesOf(result.doc.normalisedText ?? result.extracted.text);
    const written = renderDraft(draft, 'source-yingshan-omissions-docx');
    const opts = { rawLines, file: 'drafts/yingshan.mdx' };
    const omits = () => (dataOf(written).corrections as Array<{ type: string; p: number; text: string[]; role: string; note?: string }>).filter((c) => c.type === 'omit');
    const [caption, table] = omits();
    const indexOf = (text: string, type: string, role: string) => (dataOf(text).corrections as Array<{ type: string; role?: string }>).findIndex((c) => c.type === type && c.role === role) + 1;
    // Both blocks back in the text: the table first (it stands after the caption), then the caption.
    let text = removeEntry(written, indexOf(written, 'omit', table!.role), opts).text;
    text = removeEntry(text, indexOf(text, 'omit', caption!.role), opts).text;
    expect(fidelity(text, rawLines)).toEqual([]);
    expect(parseCaseSource(text).blocks).toContain(caption!.text[0]);
    // Omitted again, as an editor would after reading them: the caption is p(anchor + 1), the table right after it once the caption is gone.
    text = omitParagraphs(text, { p: caption!.p + 1, role: caption!.role, note: caption!.note }, opts).text;
    text = omitParagraphs(text, { p: table!.p + 1, through: table!.p + table!.text.length, role: table!.role, note: table!.note }, opts).text;
    expect(fidelity(text, rawLines)).toEqual([]);
    expect(dataOf(text)).toEqual(dataOf(written));
  });
});

describe('renumberTeaching', () => {
  const NOTE = `# 教学札记（编者撰写）。
purpose: 目的。
questions:
  - text: 第5段说“坚持走访”。为什么？
    paragraphs: [2, 5]
points:
  - { text: 要点。, paragraphs: [6] }
`;
  it('moves the paragraphs after the omitted ones, in place, and names an item whose words say a moved 第N段', () => {
    const omitted = omitParagraphs(DRAFT, { p: 4, role: '图片说明' }, options);
    const result = renumberTeaching(NOTE, omitted.renumber, 'drafts/x.teaching.yaml');
    expect(result.text).toBe(NOTE.replace('[2, 5]', '[2, 4]').replace('[6]', '[5]'));
    expect(result.notes).toContain('drafts/x.teaching.yaml: questions[0] says 第5段, now p4: read it again');
    expect(() => renumberTeaching(NOTE, (q) => (q === 6 ? undefined : q), 'drafts/x.teaching.yaml')).toThrow(
      /^drafts\/x\.teaching\.yaml: points\[0\] rests on p6, which would be left out/,
    );
  });
});

describe('renumberPractices', () => {
  const PRACTICES = `# 具体做法。
- id: lianxihu
  name: 党员联系户
  cases: [x, y]
  definition:
    case: x
    quotes:
      - { p: 2, text: 党员联户 }
      - { p: 5, text: 坚持走访 }
- id: other
  name: 别的做法
  cases: [y]
  definition:
    case: y
    quotes:
      - { p: 5, text: 别的 }
`;
  it("moves the paragraph numbers of the definitions quoting the case, in place, and no other case's", () => {
    const omitted = omitParagraphs(DRAFT, { p: 4, role: '图片说明' }, options);
    const result = renumberPractices(PRACTICES, 'x', omitted.renumber, 'taxonomy/practices.yaml');
    expect(result.text).toBe(PRACTICES.replace('{ p: 5, text: 坚持走访 }', '{ p: 4, text: 坚持走访 }'));
    expect(result.notes).toEqual(['taxonomy/practices.yaml: 1 paragraph number(s) of named practices\' definitions renumbered']);
  });
  it('refuses, naming the practice, a definition quoting a paragraph left out', () => {
    expect(() => renumberPractices(PRACTICES, 'x', (q) => (q === 2 ? undefined : q), 'taxonomy/practices.yaml')).toThrow(
      /^taxonomy\/practices\.yaml: \[0\] lianxihu\.definition\.quotes\[0\] quotes p2 of case "x", which would be left out: quote other words first/,
    );
  });
});
