/**
 * A compilation's title by its type: a series line (丛书名, 引题) in smaller
 * type above the title is no word of it, in Word (run sizes) and PDF (type
 * sizes); where no sizes exist the lines stay joined and the report says so.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/lib/ingest/case-start.ts';
import { analyseDocument, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { headerTitle } from '../../src/lib/ingest/header-title.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { FIXTURE_LIBRARY } from '../fixture-library.ts';
import { runIngestInProcess } from '../ingest-in-process.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const FIXTURES = path.resolve('tests/fixtures/ingest');
const SERIES = '党的群众路线教育实践活动学习参考';
const TITLE = '各地联系服务群众经验做法选编';
const paras = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, first: 2 * i + 1, last: 2 * i + 1 }));

describe('headerTitle', () => {
  it('takes the first line in the largest type and what follows; smaller lines above are series lines', () => {
    const ps = paras(SERIES, TITLE, '（第三辑）');
    const sizes = new Map([[1, 14], [3, 22], [5, 16]]);
    const { title, series, joinedUnsized } = headerTitle(ps, (n) => sizes.get(n));
    expect(title.map((p) => p.text)).toEqual([TITLE, '（第三辑）']);
    expect(series).toEqual([{ paragraph: ps[0], size: 14, titleSize: 22 }]);
    expect(joinedUnsized).toBe(false);
  });
  it('keeps a title broken over two lines in one size whole, and says nothing', () => {
    const ps = paras('各地联系服务群众', '经验做法选编');
    expect(headerTitle(ps, () => 22)).toEqual({ title: ps, series: [], joinedUnsized: false });
  });
  it('takes a title the document declares (Title style) over sizes it does not know; lines above it are series lines', () => {
    const ps = paras('“转作风、促发展、惠民生”', '党代表联系服务群众工作短文摘登(一)');
    expect(headerTitle(ps, () => undefined, '党代表联系服务群众工作短文摘登(一)')).toEqual({ title: [ps[1]], series: [{ paragraph: ps[0] }], joinedUnsized: false });
  });
  it('joins the lines as before where a size is unknown, and says it joined them', () => {
    const ps = paras(SERIES, TITLE);
    expect(headerTitle(ps, (n) => (n === 3 ? 22 : undefined))).toEqual({ title: ps, series: [], joinedUnsized: true });
  });
});

describe('a compilation with a series line above its title', () => {
  for (const file of ['docx-compilation-title/series-line.docx', 'pdf-compilation-title/series-line.pdf']) {
    it(`${file}: the title is the largest type; the series line is reported and handed on for about`, async () => {
      const full = path.join(FIXTURES, file);
      const { doc, left } = await ingestInput(full, readFileSync(full), vocab);
      expect(doc.title).toBe(TITLE);
      expect(doc.series).toBe(SERIES);
      const block = left.find((b) => b.text === SERIES);
      expect(block?.role).toBe('compilation-header');
      expect(block?.reason).toMatch(/丛书名或引题（字号 \d+(\.\d)? pt，小于其下标题的 \d+(\.\d)? pt）.*about/);
      expect(doc.meta.date).toBe('2013-10');
    });
  }

  it('as text, with no sizes to tell them apart: the two lines are joined as before and the report says so', async () => {
    const full = path.join(FIXTURES, 'docx-compilation-title/series-line.docx');
    const { extracted } = await ingestInput(full, readFileSync(full), vocab);
    const doc = analyseDocument(extracted.text, vocab);
    expect(doc.title).toBe(SERIES + TITLE);
    expect(doc.series).toBeUndefined();
    const reasons = (doc.left ?? []).filter((b) => b.text === SERIES || b.text === TITLE).map((b) => b.reason);
    expect(reasons).toHaveLength(2);
    for (const r of reasons) expect(r).toMatch(/由卷首2行拼成.*请编者核对/);
  });
});

describe('a kicker above a Title-style compilation title', () => {
  it('is reported as a series line, not as words of the title', async () => {
    const full = path.join(FIXTURES, 'docx-numbering/shijingshan-numbered.docx');
    const { doc, left } = await ingestInput(full, readFileSync(full), vocab);
    expect(doc.title).toBe('党代表联系服务群众工作短文摘登(一)');
    expect(doc.series).toBe('“转作风、促发展、惠民生”');
    expect(left.find((b) => b.text === '“转作风、促发展、惠民生”')?.reason).toMatch(/丛书名或引题（在文档以标题样式标出的标题之上）/);
  });
});

describe('the source entry ingest writes for it', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ingest-series-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('has the title alone, names the series line for about, and no dateNote where the date is printed and the compiler proposed', async () => {
    // npm run ingest in this process (its bin's wiring is ingest.test's): a start-up cost seconds.
    const r = await runIngestInProcess([path.join(FIXTURES, 'docx-compilation-title/series-line.docx'), '--out', tmp, '--content', FIXTURE_LIBRARY]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(path.join(tmp, readdirSync(tmp).find((f) => f.endsWith('.source.yaml'))!), 'utf8');
    expect(text).toContain(`# 标题上方小字号的丛书名或引题“${SERIES}”不是标题的文字，来源条目没有此字段：请写进 about。`);
    const [entry] = parse(text) as Array<Record<string, unknown>>;
    expect(entry).toMatchObject({ title: TITLE, date: '2013-10' });
    // A compilation is cited by its compiler (content/README.md §5): proposed, so no 刊载处 is said to be missing.
    expect(entry).not.toHaveProperty('dateNote');
    expect(entry!.proposals).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'compiler', value: '中共××省委组织部组织二处' })]));
  });

  it('says an unknown date in dateNote, and an unknown 刊载处 where the editor fills publication, not in the date’s note (trial 17)', async () => {
    const dir = mkdtempSync(path.join(tmp, 'plain-'));
    const input = path.join(dir, 'letter.txt');
    writeFileSync(input, '某县党员联系户制度\n\n某县在村级建立党员联系户制度，每名党员联系10户左右群众，帮助群众解决实际困难。\n');
    const r = await runIngestInProcess([input, '--out', path.join(dir, 'out'), '--content', FIXTURE_LIBRARY]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'out', readdirSync(path.join(dir, 'out')).find((f) => f.endsWith('.source.yaml'))!), 'utf8');
    const [entry] = parse(text) as Array<Record<string, unknown>>;
    expect(entry!.dateNote).toBe('原文未载日期。');
    expect(text).toMatch(/^# 原文未载刊载处：publication 写收到它的途径/m);
  });
});
