/**
 * A footnote whose mark stands in a compilation's own front matter (its
 * 编印说明, the source entry's editorNote) is the compilers' word on the whole
 * compilation: it goes to the source entry as an about proposal, not to the
 * last case as a flag (trial 18), and its mark is no word of the editorNote.
 * On texts made for the test, never the corpus.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { answerSourceProposals } from '../../src/lib/ingest/accept-proposals.ts';
import { setSourceField } from '../../src/lib/ingest/editor-fields.ts';
import { sourceProblems } from '../../src/lib/node/content-checks.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import type { Source } from '../../src/schemas/source.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const body = (place: string, n: number) => `${place}第${n}段正文：干部进村入户，听取群众意见，把群众反映的问题逐一登记，限期办结，办理情况向群众公开，接受群众评议和监督。`;
const FOOTNOTE = '[1] 案例标题前的“之一”“之二”为编者所加；基本信息表为编者所列。';
const LINES = [
  '联系服务群众工作案例选编',
  '',
  '市委办公室　编',
  '',
  '编印说明',
  '',
  '我们从各地报送的材料中选取了两个案例，编成本书，供全市各级党组织学习参考。',
  '',
  '每个案例前列有案例基本信息表，正文照原材料编入，未作文字改动。[1]',
  '',
  '本稿为征求意见稿，请各单位于6月25日前反馈意见。',
  '',
  '之一：把群众的事办成好事——东莞市设立党代表工作室',
  '',
  body('东莞市', 1),
  '',
  body('东莞市', 2),
  '',
  '之二：群众动嘴干部跑腿——百色市推行农事村办',
  '',
  body('百色市', 1),
  '',
  body('百色市', 2),
  '',
  FOOTNOTE,
];
const FOOTNOTE_LINE = LINES.length;

describe('a footnote marked in the compilation’s 编印说明', () => {
  const doc = analyseDocument(LINES.join('\n'), vocab, {}, { notes: [FOOTNOTE_LINE] });

  it('goes to the source entry, not to a case as a flag', () => {
    expect(doc.drafts).toHaveLength(2);
    for (const d of doc.drafts) expect(d.flags.some((f) => f.includes('案例标题前的'))).toBe(false);
    expect(doc.sourceNotes).toEqual([{ line: FOOTNOTE_LINE, mark: '[1]', text: '案例标题前的“之一”“之二”为编者所加；基本信息表为编者所列。' }]);
    expect(doc.left?.find((b) => b.line === FOOTNOTE_LINE)?.reason).toMatch(/来源条目/u);
  });

  it('leaves its mark out of the editorNote text, the note’s words as printed', () => {
    expect(doc.editorNote).toBe('我们从各地报送的材料中选取了两个案例，编成本书，供全市各级党组织学习参考。\n\n每个案例前列有案例基本信息表，正文照原材料编入，未作文字改动。\n\n本稿为征求意见稿，请各单位于6月25日前反馈意见。');
  });

  it('is still the case’s when its mark stands in the case', () => {
    const inCase = LINES.map((l, i) => (i === 8 ? l.replace('[1]', '') : i === 22 ? `${l}[1]` : l));
    const d = analyseDocument(inCase.join('\n'), vocab, {}, { notes: [FOOTNOTE_LINE] });
    expect(d.sourceNotes ?? []).toEqual([]);
    expect(d.drafts[1]!.flags.some((f) => f.includes('案例标题前的'))).toBe(true);
  });

  it('passes check:content: an editorNote without the mark its raw paragraph ends with is the raw note', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'source-footnote-'));
    mkdirSync(path.join(root, 'sources', 'raw'), { recursive: true });
    const raw = `${LINES.join('\n')}\n`;
    writeFileSync(path.join(root, 'sources', 'raw', 'x.txt'), raw);
    const sha256 = createHash('sha256').update(raw).digest('hex');
    const entry = (text: string) => ({ id: 'x', title: '选编', type: 'compilation', raw: 'x.txt', sha256, about: '编者说明。', editorNote: { lines: [7, 11], label: '编印说明', text } }) as unknown as Source;
    expect(sourceProblems(entry(doc.editorNote!), root)).toEqual([]);
    expect(sourceProblems(entry(doc.editorNote!.replace('未作文字改动', '未作改动')), root)).toEqual([expect.stringMatching(/^editorNote\.text: differs from raw lines 7–11/u)]);
  });
});

describe('the about proposal a front-matter footnote gives the source entry', () => {
  const draft = (about?: string) =>
    `- id: x\n  title: 选编\n${about ? `  about: ${about}\n` : ''}  proposals:\n    - field: about\n      value: 编印说明有脚注[1]（原文第25行），照录：“案例标题前的“之一”为编者所加。”\n      line: 25\n      quote: "[1] 案例标题前的“之一”为编者所加。"\n      why: 汇编者的脚注\n`;
  const aboutOf = (text: string) => (parseYaml(text) as Array<{ about?: string; proposals?: unknown }>)[0]!;

  it('fills about when it is empty, and adds to what the editor wrote otherwise', () => {
    expect(aboutOf(answerSourceProposals(draft(), { all: true }).text)).toEqual({ id: 'x', title: '选编', about: '编印说明有脚注[1]（原文第25行），照录：“案例标题前的“之一”为编者所加。”' });
    expect(aboutOf(answerSourceProposals(draft('据Word文档录入。'), { all: true }).text).about).toBe('据Word文档录入。编印说明有脚注[1]（原文第25行），照录：“案例标题前的“之一”为编者所加。”');
  });
});

describe('about rewritten with --set after the footnote was accepted', () => {
  const passage = '编印说明有脚注[1]（原文第25行），照录：“案例标题前的‘之一’为编者所加。”';
  const entry = `- id: x\n  title: 选编\n  about: ${passage}\n`;
  const aboutOf = (text: string) => (parseYaml(text) as Array<{ about: string }>)[0]!.about;

  // Trial 18's order (--all, then --set about) would drop the compilers' words with exit 0.
  it('keeps the compilers’ footnote at its end and says so', () => {
    const result = setSourceField(entry, 'about', '编者收到的Word征求意见稿。', 'x.source.yaml');
    expect(aboutOf(result.text)).toBe(`编者收到的Word征求意见稿。${passage}`);
    expect(result.kept).toEqual([passage]);
  });

  it('leaves it out when the new about names that footnote itself, and keeps nothing when about is only being written', () => {
    expect(aboutOf(setSourceField(entry, 'about', '编印说明的脚注[1]说“之一”等为编者所加。', 'x.source.yaml').text)).toBe('编印说明的脚注[1]说“之一”等为编者所加。');
    expect(setSourceField('- id: x\n  title: 选编\n', 'about', '编者说明。', 'x.source.yaml').kept).toEqual([]);
  });
});
