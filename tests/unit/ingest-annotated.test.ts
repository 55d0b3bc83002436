/**
 * Every input under tests/fixtures/ingest/ with an `<input>.expected.yaml`
 * beside it is ingested and must be right in full: draft count, titles,
 * subtitles, bylines, the most precise place, complete bodies with no page
 * furniture, the blocks the report must list, the source's date — or the one
 * error it must give. Add a kind of document by adding an input and its
 * annotation (src/lib/ingest/annotation.ts says what each field means).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { judge, type Annotation } from '../../src/lib/ingest/annotation.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';

const ROOT = path.resolve('tests/fixtures/ingest');
const annotated = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.expected.yaml'))
  .sort();

describe('annotated ingest fixtures', () => {
  it('has annotated inputs', () => expect(annotated.length).toBeGreaterThan(0));
  it.each(annotated)('%s', async (name) => {
    const annotation = parse(readFileSync(path.join(ROOT, name), 'utf8')) as Annotation;
    const input = path.join(ROOT, name.replace(/\.expected\.yaml$/, ''));
    const result = await ingestFixture(input);
    expect(judge(annotation, result).problems).toEqual([]);
  });
});

describe('judging furniture', () => {
  const result = (body: string[]) =>
    ({ extracted: { meta: {} }, doc: { meta: {}, drafts: [{ title: '标题', authors: [], raw: body, corrections: [] }] }, left: [] }) as unknown as Parameters<typeof judge>[1];
  const annotation = (notInBody: string[]): Annotation => ({ kind: 'k', drafts: [{ title: '标题', authors: [], body: ['实行24小时全面监管，群众的安全得到保障。'], notInBody }] });
  it('a page number is told by its marks, not by a digit the body also has', () => {
    expect(judge(annotation(['— 2 —', '·2·']), result(['实行24小时全面监管，群众的安全得到保障。'])).problems).toEqual([]);
    expect(judge(annotation(['— 2 —']), result(['实行24小时全面监管，群众的安全得到保障。', '－2－'])).problems).toEqual(['draft 1 (“标题”): not body text: “— 2 —”']);
  });
  it('furniture whose words a body sentence also has is looked for outside the paragraphs expected as they stand', () => {
    expect(judge(annotation(['群众的安全得到保障。']), result(['实行24小时全面监管，群众的安全得到保障。'])).problems).toEqual([]);
    expect(judge(annotation(['群众的安全得到保障。']), result(['实行24小时全面监管，群众的安全得到保障。', '群众的安全得到保障。'])).problems).toContain('draft 1 (“标题”): not body text: “群众的安全得到保障。”');
  });
  it('longer furniture is told by its words, whatever its punctuation', () => {
    expect(judge(annotation(['【打印】【关闭】']), result(['实行24小时全面监管，群众的安全得到保障。打印 关闭'])).problems).toContain('draft 1 (“标题”): not body text: “【打印】【关闭】”');
  });
});

// "Lost" is the worst finding: it must mean the sentence is in no body and in no line of the report. A sentence the
// report lists with a role the annotation does not share is a wrong role, and the judgement names the role.
describe('judging a sentence not in the body', () => {
  const annotation: Annotation = { kind: 'k', drafts: [{ title: '标题', authors: [], body: ['察看小米最新产品', '实行24小时全面监管，群众的安全得到保障。'] }] };
  const result = (left: Array<{ role: string; text: string }>) =>
    ({ extracted: { meta: {} }, doc: { meta: {}, drafts: [{ title: '标题', authors: [], raw: ['实行24小时全面监管，群众的安全得到保障。'], corrections: [] }] }, left }) as unknown as Parameters<typeof judge>[1];
  it('is lost when the report does not list it', () => {
    expect(judge(annotation, result([])).problems).toEqual(['draft 1 (“标题”): sentence lost: “察看小米最新产品”']);
  });
  it('is named with its role when the report lists it, and still counts as not kept', () => {
    const j = judge(annotation, result([{ role: 'caption', text: '察看小米最新产品' }]));
    expect(j.problems).toEqual(['draft 1 (“标题”): sentence in the report as caption, not in the body: “察看小米最新产品”']);
    expect(j).toMatchObject({ sentencesKept: 1, sentences: 2 });
  });
});

// Sentences alone cannot see a section head glued into the paragraph under it (every sentence is still there): the
// judgement also counts the annotated paragraphs a draft holds as paragraphs of their own. A figure, not a problem.
describe('judging paragraphs', () => {
  const head = '>>东部省份标准连续多年领先';
  const text = '在对各地标准进行简单对比后，专家认为，中西部省份仍有上调空间。';
  const annotation: Annotation = { kind: 'k', drafts: [{ title: '标题', authors: [], body: [head, text] }] };
  const result = (body: string[], corrections: unknown[] = []) =>
    ({ extracted: { meta: {} }, doc: { meta: {}, drafts: [{ title: '标题', authors: [], raw: body, corrections }] }, left: [] }) as unknown as Parameters<typeof judge>[1];
  it('counts a head joined into the next paragraph, and that paragraph, as paragraphs not kept', () => {
    expect(judge(annotation, result([head, text]))).toMatchObject({ paragraphsKept: 2, paragraphs: 2, problems: [] });
    const joined = judge(annotation, result([head, text], [{ type: 'join', p: 1, after: '年领先' }]));
    expect(joined).toMatchObject({ paragraphsKept: 0, paragraphs: 2, problems: [] });
  });
});

// A pull quote left in the text repeats words of a paragraph: each of its sentences is "kept", but the body has them
// twice. The judgement names a paragraph the annotation does not have whose words another paragraph holds.
describe('judging a paragraph printed twice', () => {
  const text = '做群众工作，要深入实际，真正做到把群众满意作为第一目标。';
  const annotation: Annotation = { kind: 'k', drafts: [{ title: '标题', authors: [], body: [text] }] };
  const result = (body: string[]) =>
    ({ extracted: { meta: {} }, doc: { meta: {}, drafts: [{ title: '标题', authors: [], raw: body, corrections: [] }] }, left: [] }) as unknown as Parameters<typeof judge>[1];
  it('names a pull quote left in the body', () => {
    expect(judge(annotation, result([text])).problems).toEqual([]);
    const j = judge(annotation, result([text, '真正做到把群众满意作为第一目标。']));
    expect(j.problems).toEqual(['draft 1 (“标题”): printed twice in the body: “真正做到把群众满意作为第一目标。”']);
    expect(j.chromeFree).toBe(0);
  });
});
