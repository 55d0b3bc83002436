/**
 * The kicker (引题) rule, one for every reader (src/lib/ingest/kicker.ts): a
 * short line printed above a headline is headline furniture — neither title,
 * subtitle nor body — in a PDF newspaper page as on a web page; the 副题 printed
 * below a headline stays its subtitle.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlineStackBlock, isKickerLine, KICKER } from '../../src/lib/ingest/kicker.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';
import { ingestInput, type IngestedInput } from '../../src/lib/ingest/pipeline.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const FIXTURES = path.resolve('tests/fixtures/ingest');
async function ingested(name: string): Promise<IngestedInput> {
  const result = await ingestFixture(path.join(FIXTURES, name));
  if (result instanceof Error) throw result;
  return result;
}
const listed = (r: IngestedInput, text: string) => r.left.filter((b) => b.text === text);

describe('what a kicker is', () => {
  it('a short line that is no sentence and no ——subtitle', () => {
    expect(isKickerLine('15家企业')).toBe(true);
    expect(isKickerLine('江苏南京市车管所争创“人民满意”单位')).toBe(true);
    expect(isKickerLine('——河南濮阳市“老李服务热线”成为服务百姓贴心线')).toBe(false);
    expect(isKickerLine('这是一句完整的话，写明了做法。')).toBe(false);
    expect(isKickerLine('一'.repeat(51))).toBe(false);
  });
});

// review19: a line over a headline that names the issue (期号) or the column (栏目) is that, not a kicker.
describe('what else stands over a headline', () => {
  it('an issue line is the source’s issue number, reported as such', () => {
    for (const line of ['2013年第5期（总第128期）', '第15期', '2024年第3期', '总第128期']) expect(headlineStackBlock(line, '12 pt').role, line).toBe('issue-number');
  });
  it('two short names joined by a middle dot are a column and its section', () => {
    for (const line of ['基层党建·经验交流', '党建・实践']) expect(headlineStackBlock(line, '12 pt').role, line).toBe('column');
  });
  it('anything else headline-short is a kicker', () => {
    for (const line of ['15家企业', '江苏南京市车管所争创“人民满意”单位', '第15期企业座谈']) {
      const b = headlineStackBlock(line, '12 pt');
      expect(b.role, line).toBe('headline');
      expect(b.reason.startsWith(KICKER), line).toBe(true);
    }
  });
});

describe('a kicker in every reader', () => {
  it('a PDF: an issue line and a column name over the headline are reported as such, no kicker', async () => {
    for (const [file, text, role] of [['issue-line.pdf', '2013年第5期（总第128期）', 'issue-number'], ['column-name.pdf', '基层党建·经验交流', 'column']] as const) {
      const r = await ingested(`pdf-headline-stack/${file}`);
      expect(listed(r, text).map((b) => b.role), file).toEqual([role]);
      expect(r.doc.drafts.map((d) => d.title), file).toEqual(['做群众工作的几点体会']);
    }
  });

  // docs16's journal page: the two lines stacked over the headline were joined into a compilation's title.
  it('a PDF: a column and an issue line stacked over the headline are reported as such, no compilation title made of them', async () => {
    const r = await ingested('pdf-headline-stack/column-and-issue.pdf');
    expect(listed(r, '组织工作·基层采风').map((b) => b.role)).toEqual(['column']);
    expect(listed(r, '2023年第9期').map((b) => b.role)).toEqual(['issue-number']);
    expect(r.left.filter((b) => b.role === 'compilation-header')).toEqual([]);
    expect(r.doc.title).toBeUndefined();
    expect(r.doc.drafts.map((d) => d.title)).toEqual(['“民情夜谈”谈出干群一家亲']);
  });

  it('a PDF: a headline set in two sizes, the halves of one couplet, is one title; its smaller first line is no kicker', async () => {
    const r = await ingested('pdf-headline-stack/two-sizes.pdf');
    expect(r.doc.drafts.map((d) => d.title)).toEqual(['党建引领聚合力服务群众解民忧']);
    expect(r.left.filter((b) => b.reason.startsWith(KICKER))).toEqual([]);
  });

  it('a web page: an issue line and a column name above the headline the text repeats are reported as such, no kicker', async () => {
    const body = ['县委组织部坚持把联系服务群众作为基层党建的重要抓手，组织机关党员干部深入村组入户走访，帮助解决实际困难。', '我们建立了民情日记制度，要求每名干部每月走访联系户不少于两次，详细记录群众反映的问题，逐项销号。'];
    const page = (above: string) =>
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>做群众工作的几点体会_永善县人民政府</title></head><body><h1>做群众工作的几点体会</h1><div class="article-content"><p>${above}</p><p><strong>做群众工作的几点体会</strong></p>${body.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
    const vocab = { methods: [], themes: [], regions: loadRegionIndex() };
    for (const [above, role] of [['2013年第5期（总第128期）', 'issue-number'], ['基层党建·经验交流', 'column']] as const) {
      const r = await ingestInput('page.html', Buffer.from(page(above)), vocab);
      expect(listed(r, above).map((b) => b.role), above).toEqual([role]);
      expect(r.doc.drafts[0]?.raw.join(''), above).not.toContain(above);
    }
  });

  it('a PDF newspaper page: the 14 pt line above a headline is headline furniture, the line below the other headline its subtitle', async () => {
    const r = await ingested('pdf-newspaper-kicker/page.pdf');
    const [left, right] = r.doc.drafts;
    expect(left?.title).toBe('擦亮为民服务的窗口');
    expect(left?.subtitle).toBeUndefined();
    const kicker = listed(r, '江苏南京市车管所争创“人民满意”单位');
    expect(kicker.map((b) => b.role)).toEqual(['headline']);
    expect(kicker[0]!.reason.startsWith(KICKER)).toBe(true);
    // Its size is the evidence the report gives.
    expect(kicker[0]!.reason).toMatch(/14 pt/);
    expect(right?.subtitle).toBe('河南濮阳市“老李服务热线”成为服务百姓贴心线');
    // The kicker is no text of the case before it either.
    expect(r.doc.drafts.flatMap((d) => d.raw).join('')).not.toContain('争创“人民满意”单位');
  });

  it('a web page: a kicker above the headline the text repeats is reported in the same words', async () => {
    const r = await ingested('web-real-title/series-kicker-under-lead-box.html');
    const kicker = listed(r, '××须亲力亲为抓落实系列谈⑩');
    expect(kicker.map((b) => b.role)).toEqual(['headline']);
    expect(kicker[0]!.reason.startsWith(KICKER)).toBe(true);
    expect(r.doc.drafts[0]?.subtitle).toBeUndefined();
  });

  // review19: a byline set smaller above the headline (some journals print 作者 there), as LibreOffice exports it, is
  // no kicker: the smaller line must pass isSubtitleLike, which refuses what the byline grammar reads.
  it('a PDF: a byline in smaller type above the headline is no kicker, and is listed', async () => {
    const r = await ingested('pdf-kicker-byline/byline-above.pdf');
    expect(r.doc.drafts.map((d) => d.title)).toEqual(['做群众工作的几点体会']);
    const byline = r.left.filter((b) => b.text.replace(/\s/gu, '') === '中共永善县委书记肖文杰');
    expect(byline).toHaveLength(1);
    expect(byline[0]!.reason.startsWith(KICKER)).toBe(false);
    expect(r.doc.drafts[0]?.raw.join('')).not.toContain('肖文杰');
  });

  // review19: that byline names the text's author, as one under the headline does: it was the source entry's title
  // (汇编标题), the draft flagged 原文未署作者.
  it("a PDF: a person's byline in smaller type above the opening headline is the draft's byline", async () => {
    const r = await ingested('pdf-kicker-byline/byline-above.pdf');
    expect(r.doc.drafts[0]?.authors).toEqual([{ name: '肖文杰', role: '中共永善县委书记' }]);
    expect(r.doc.drafts[0]?.flags).not.toContain('原文未署作者');
    expect(r.doc.title).toBeUndefined();
    expect(r.left.filter((b) => b.text.replace(/\s/gu, '') === '中共永善县委书记肖文杰').map((b) => b.role)).toEqual(['byline']);
  });

  // review19: a line the byline grammar reads (a post and a name, names alone) above the headline the text repeats is
  // the text's byline, as it is below it: read as a kicker it left the draft with no author and the flag 原文未署作者.
  it('a web page: a byline above the headline the text repeats is the byline, no kicker', async () => {
    const body = ['县委组织部坚持把联系服务群众作为基层党建的重要抓手，组织机关党员干部深入村组入户走访，帮助解决实际困难。', '我们建立了民情日记制度，要求每名干部每月走访联系户不少于两次，详细记录群众反映的问题，逐项销号。'];
    const page = (above: string) =>
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>做群众工作的几点体会_永善县人民政府</title></head><body><h1>做群众工作的几点体会</h1><div class="article-content"><p>${above}</p><p><strong>做群众工作的几点体会</strong></p>${body.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
    const vocab = { methods: [], themes: [], regions: loadRegionIndex() };
    for (const [above, names] of [['中共永善县委书记　肖文杰', ['肖文杰']], ['肖文杰　王永明', ['肖文杰', '王永明']]] as const) {
      const r = await ingestInput('page.html', Buffer.from(page(above)), vocab);
      expect(r.doc.drafts[0]?.authors.map((a) => a.name), above).toEqual(names);
      expect(r.left.filter((b) => b.role === 'headline' && b.reason.startsWith(KICKER)), above).toEqual([]);
      expect(r.doc.drafts[0]?.raw.join(''), above).not.toContain('肖文杰');
    }
  });
});
