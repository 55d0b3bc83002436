/** Every mention of a method's name or alias in a case body is on the method page: tagged, or 也提到. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { caseParagraphs } from '../../src/lib/case-mdx.ts';
import { caseIdOf } from '../../src/lib/ids.ts';
import { buildLibrary } from '../../src/lib/node/build-library.ts';
import { listCaseFiles } from '../../src/lib/node/case-files.ts';
import { findMentions, passingMentions, UnaccountedMentionError } from '../../src/lib/node/method-mentions.ts';
import { contentDir } from '../../src/lib/node/raw-source.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { loadVocabularyIds } from '../../src/lib/node/taxonomy.ts';
import { createCaseSchema } from '../../src/schemas/case.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { methodSchema, themeSchema } from '../../src/schemas/taxonomy.ts';
import { realLibrary } from './real-library.ts';

const root = contentDir();
const yamlList = (...parts: string[]) => parse(readFileSync(path.join(root, ...parts), 'utf8')) as unknown[];
const methods = yamlList('taxonomy', 'methods.yaml').map((m) => methodSchema.parse(m));
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** The real library's inputs, with `edit` applied to the case data (the fixture). */
function inputs(edit: (id: string, data: Record<string, unknown>) => void) {
  const regions = loadRegionIndex();
  const schema = createCaseSchema({ ...loadVocabularyIds(root), regions });
  const dir = path.join(root, 'cases');
  const cases = listCaseFiles(dir).map((f) => {
    const source = readFileSync(path.join(dir, f), 'utf8');
    const data = schema.parse(parseCaseSource(source, f).frontmatter) as Record<string, unknown>;
    edit(caseIdOf(f), data);
    return { id: caseIdOf(f), data: data as never, text: source.replace(FRONTMATTER, '').trim() };
  });
  return {
    cases,
    methods,
    themes: yamlList('taxonomy', 'themes.yaml').map((t) => themeSchema.parse(t)),
    sources: yamlList('sources', 'sources.yaml').map((s) => sourceSchema.parse(s)),
    regions,
  };
}

describe('method mentions', () => {
  const paragraphs = [
    { p: 1, text: '镇里建立责任区，干部挨家挨户听意见。' },
    { p: 2, text: '每位干部都记《群众批评日记》。' },
  ];
  const names = (list: ReturnType<typeof findMentions>) => list.map((m) => `${m.method.id}@p${m.p}:${m.term}`);

  it('finds names and aliases, one per method and paragraph', () => {
    const found = names(findMentions(methods, paragraphs));
    expect(found).toContain('ruhu-zoufang@p1:挨家挨户');
    expect(found).toContain('wanggehua-guanli@p1:责任区');
    expect(found).toContain('minqing-riji@p2:群众批评日记');
  });

  it('fails naming the case, paragraph and method when a mention is neither tagged nor passing', () => {
    const mentions = findMentions(methods, paragraphs);
    expect(() => passingMentions('fixture.mdx', { methods: ['minqing-riji'], passing: { 'ruhu-zoufang': [1] } }, mentions)).toThrow(UnaccountedMentionError);
    expect(() => passingMentions('fixture.mdx', { methods: ['minqing-riji'], passing: { 'ruhu-zoufang': [1] } }, mentions)).toThrow(
      /fixture\.mdx: p1 names the method “网格化管理” \(wanggehua-guanli\) as “责任区”/,
    );
  });

  it('accepts tagged and passing mentions, and returns the passing ones', () => {
    const mentions = findMentions(methods, paragraphs);
    const passing = passingMentions('fixture.mdx', { methods: ['minqing-riji'], passing: { 'ruhu-zoufang': [1], 'wanggehua-guanli': [1] } }, mentions);
    expect(names(passing).sort()).toEqual(['ruhu-zoufang@p1:挨家挨户', 'wanggehua-guanli@p1:责任区']);
  });

  it('refuses a passing mention in a paragraph that does not name the method', () => {
    const mentions = findMentions(methods, paragraphs);
    expect(() => passingMentions('fixture.mdx', { methods: ['minqing-riji'], passing: { 'ruhu-zoufang': [1, 2], 'wanggehua-guanli': [1] } }, mentions)).toThrow(
      'passing.ruhu-zoufang lists p2, which does not name that method',
    );
  });

  it('the build fails on the real library with one passing mention removed (the fixture)', () => {
    const fixture = inputs((id, data) => {
      if (id === 'yingshan-youjiang-piping') delete (data.passing as Record<string, unknown>)['wanggehua-guanli'];
    });
    expect(() => buildLibrary(fixture)).toThrow(/case yingshan-youjiang-piping: p6 names the method “[^”]+” \(wanggehua-guanli\) as “责任区”/);
  });

  it('the real library accounts for every mention: each is a tagged passage or 也提到', () => {
    const library = realLibrary();
    const bodies = new Map(library.cases.map((c) => [c.id, c]));
    expect.hasAssertions();
    for (const c of bodies.values()) {
      const source = readFileSync(path.join(root, 'cases', `${c.id}.mdx`), 'utf8');
      for (const m of findMentions(methods, caseParagraphs(source.replace(FRONTMATTER, '')))) {
        const view = library.methods.find((v) => v.method.id === m.method.id)!;
        const onPage = view.cases.includes(c) || view.mentions.some((x) => x.case === c && x.p === m.p);
        expect(onPage, `${c.id} p${m.p} ${m.method.id}`).toBe(true);
      }
    }
  });
});
