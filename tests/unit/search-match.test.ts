import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify, relatedLabel, termIndex, type WordEvidence } from '../../src/lib/search/match.ts';
import { buildPractices, practicesOfCase, practicesOfMethod } from '../../src/lib/node/practices.ts';
import { LibraryError } from '../../src/lib/node/build-library.ts';
import { readMethods } from '../../src/lib/node/taxonomy.ts';
import type { Practice } from '../../src/schemas/practice.ts';
import { FIXTURE_LIBRARY, fixture } from '../fixture-library.ts';

const index = termIndex({
  methods: [
    { name: '群众评议干部', terms: ['群众评议干部', '群众评议'] },
    { name: '一站式便民服务', terms: ['一站式便民服务', '便民服务站'] },
  ],
  practices: [
    { name: '三有两评', terms: ['三有两评', '“三有两评”工作法'], method: '群众评议干部' },
    { name: '一站三中心', terms: ['一站三中心', '一村一站一助理'], method: '一站式便民服务' },
  ],
  placeTerms: ['湖南省', '湖南'],
});

const word = (w: string, held: string[], tag?: { method: string; ids: string[] }, standalone = true): WordEvidence => ({
  word: w,
  held: new Set(held),
  ...(tag ? { tag: { method: tag.method, ids: new Set(tag.ids) } } : {}),
  standalone,
});

describe('termIndex: what a query word is', () => {
  it('resolves a named practice as a practice of its method, never as a method alias', () => {
    expect(index.sense('三有两评')).toEqual({ kind: 'practice', practice: '三有两评', method: '群众评议干部' });
    expect(index.sense('一村一站一助理')).toEqual({ kind: 'practice', practice: '一站三中心', method: '一站式便民服务' });
  });
  it('tells a method name from its alias, and knows places', () => {
    expect(index.sense('群众评议干部')).toEqual({ kind: 'method', method: '群众评议干部', isName: true });
    expect(index.sense('群众评议')).toEqual({ kind: 'method', method: '群众评议干部', isName: false });
    expect(index.sense('湖南')).toEqual({ kind: 'place' });
    expect(index.sense('车管所')).toEqual({ kind: 'plain' });
    expect(index.terms).toContain('“三有两评”工作法');
  });
});

describe('classify: matches and tag-only related pages', () => {
  it('a practice query: the case using the name is the match; the method’s other cases are related, not matches', () => {
    const out = classify([word('三有两评', ['songmu'], { method: '群众评议干部', ids: ['songmu', 'baodi', 'raoyang'] })], new Set(), ['songmu', 'baodi', 'raoyang']);
    expect(out.matches.map((m) => m.id)).toEqual(['songmu']);
    expect(out.related).toEqual([
      { id: 'baodi', because: [{ word: '三有两评', method: '群众评议干部' }] },
      { id: 'raoyang', because: [{ word: '三有两评', method: '群众评议干部' }] },
    ]);
  });
  it('a page holding every word beats one holding some, and the whole phrase beats both', () => {
    const out = classify([word('湖南', ['a', 'b', 'c']), word('评议', ['a', 'b'])], new Set(['b']), ['a', 'b', 'c']);
    expect(out.matches.map((m) => [m.id, m.tier])).toEqual([['b', 3], ['a', 2]]);
    expect(out.complete).toBe(true);
  });
  it('falls back to partial matches only on a standalone word', () => {
    const some = classify([word('民情日记', ['a']), word('量子纠缠', [])], new Set(), ['a']);
    expect(some.complete).toBe(false);
    expect(some.matches.map((m) => m.id)).toEqual(['a']);
    // 垃圾分类 cut into parts: a page holding one part holds nothing (the engine intersects parts),
    // and a single character or a fragment is never a partial match on its own.
    const fragment = classify([word('垃圾', [], undefined, false), word('分类', ['x'], undefined, false)], new Set(), ['x']);
    expect(fragment.matches).toEqual([]);
    expect(fragment.complete).toBe(true);
  });
  it('a page both holding one word and only tagged for another is related, labelled with the missing word', () => {
    const out = classify([word('湖南', ['songmu', 'jiahe']), word('三有两评', [], { method: '群众评议干部', ids: ['jiahe', 'other'] })], new Set(), ['songmu', 'jiahe', 'other']);
    expect(out.related).toEqual([{ id: 'jiahe', because: [{ word: '三有两评', method: '群众评议干部' }] }]);
    expect(out.matches.map((m) => m.id)).toEqual(['songmu']);
  });
  it('labels say which method and which word is missing', () => {
    expect(relatedLabel([{ word: '三有两评', method: '群众评议干部' }])).toBe('同属工作方法「群众评议干部」、未出现「三有两评」');
  });
});

describe('named practices of the fixture library', () => {
  const practices = parse(readFileSync(fixture('taxonomy/practices.yaml'), 'utf8')) as Practice[];
  const methods = readMethods(FIXTURE_LIBRARY);
  const ids = [...new Set(practices.flatMap((p) => p.cases))];
  const bodies = new Map(ids.map((id) => [id, readFileSync(fixture(`cases/${id}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')]));
  const cases = ids.map((id) => ({ id, title: id }));
  const norm = (p: Practice): Practice => ({ ...p, spellings: p.spellings ?? [] });

  it('every practice is used by its cases and its quoted definition stands in the paragraph named', () => {
    const views = buildPractices(practices.map(norm), { cases, methods, bodies });
    expect(views.find((v) => v.practice.name === '三有两评')?.definition?.quotes[0]?.url).toBe('/cases/songmu-sanyou-liangping/#p5');
    expect(practicesOfMethod(views, 'qunzhong-pingyi').map((v) => v.practice.name)).toContain('三有两评');
    expect(practicesOfCase(views, 'raoyang-yijiashi-lianxihu').map((p) => p.name)).toEqual(['1+10']);
  });
  it('no practice name is left among a method’s aliases', () => {
    const aliases = new Set(methods.flatMap((m) => m.aliases));
    expect(practices.map((p) => p.name).filter((n) => aliases.has(n))).toEqual([]);
  });
  it('fails naming the file and the field for a quote the text does not hold, or a case that never uses the name', () => {
    const sanyou = norm(practices.find((p) => p.name === '三有两评')!);
    const badQuote = { ...sanyou, definition: { case: sanyou.definition!.case, quotes: [{ p: 5, text: '这句原文里没有' }] } };
    expect(() => buildPractices([badQuote], { cases, methods, bodies })).toThrow(LibraryError);
    expect(() => buildPractices([badQuote], { cases, methods, bodies })).toThrow(/practices\.yaml, practice "sanyou-liangping", field definition\.quotes\[0\]\.text/);
    expect(() => buildPractices([{ ...sanyou, cases: ['baodi-yizhan-sanzhongxin'] }], { cases, methods, bodies })).toThrow(/field cases\[0\]: case "baodi-yizhan-sanzhongxin" does not contain/);
    expect(() => buildPractices([{ ...sanyou, methods: ['no-such-method'] }], { cases, methods, bodies })).toThrow(/field methods\[0\]: unknown method id/);
  });
});

describe('place list on the wire', () => {
  it('round-trips and repeats only what differs from the previous code', async () => {
    const { decodePlaces, encodePlaces } = await import('../../src/lib/search/place-codec.ts');
    const places: Array<[string, string]> = [['530625', '永善县'], ['53', '云南省'], ['5306', '昭通市'], ['11', '北京市'], ['110107', '石景山区'], ['43', '湖南省'], ['430407', '石鼓区']];
    const wire = encodePlaces(places);
    expect(wire).toBe('011北京市,10107石景山区,043湖南省,10407石鼓区,053云南省,106昭通市,225永善县');
    expect(decodePlaces(wire)).toEqual([...places].sort((a, b) => a[0].localeCompare(b[0])));
    expect(() => decodePlaces('x')).toThrow(/malformed/);
  });
});

describe('practice schema', () => {
  it('rejects unknown method and case ids naming the file and the field', async () => {
    const { createPracticeSchema } = await import('../../src/schemas/practice.ts');
    const schema = createPracticeSchema({ methods: ['qunzhong-pingyi'], cases: ['songmu-sanyou-liangping'] });
    expect(schema.safeParse({ id: 'sanyou-liangping', name: '三有两评', cases: ['songmu-sanyou-liangping'], methods: ['qunzhong-pingyi'] }).success).toBe(true);
    const bad = schema.safeParse({ id: 'sanyou-liangping', name: '三有两评', cases: ['no-such-case'], methods: ['no-such-method'] });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages.join('\n')).toContain('content/taxonomy/practices.yaml, field cases: unknown case id "no-such-case"; remove it');
    expect(messages.join('\n')).toContain('content/taxonomy/practices.yaml, field methods: unknown method id "no-such-method"; remove it');
  });
});
