/**
 * The fifteenth held-out set of real pages (#23), imitated with minimal pages: an e-paper's issue date printed only
 * above the article, and two dates above the text, which state no one date of the page; a column's name before a bar
 * in a headline, and what else a bar parts; a section head under a picture on a page that sets no captions.
 * The annotated fixtures (make-real-pages15.ts) hold the whole layouts; these are the rules' edges.
 */
import { describe, expect, it } from 'vitest';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { barredColumnOf } from '../../src/lib/ingest/case-start.ts';
import { buildEdition } from '../../src/lib/edition.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const ingest = (name: string, html: string) => ingestInput(name, new TextEncoder().encode(html), vocab);
const title = '群众工作的几点体会';
const text = [
  '为贯彻落实县委群众工作会议精神，永善县召开干部职工大会。会议要求，全体干部要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。',
  '干部每月走访群众，登记困难，逐件办理，限期销号，做到件件有着落、事事有回音。',
  '全年累计走访群众一万二千余户，收集意见建议三千多条，办结率百分之九十五以上。',
]
  .map((p) => `<p>${p}</p>`)
  .join('');
const page = (above: string, below = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="top">${above}</div><div class="article"><h2 id="Title">${title}</h2><div id="ozoom">${text}</div></div>${below}
<div class="footer">××日报社出版 国内统一刊号：CN00—0000</div></body></html>`;

describe('fifteenth real-page set: the date a page prints outside its article', () => {
  it("an e-paper's issue date above the article is the source's date, and the report says where it came from", async () => {
    const r = await ingest('issue-date.html', page('<span id="paperdate">2024年03月15日</span>'));
    expect(r.doc.meta.date).toBe('2024-03-15');
    expect(r.left.find((b) => b.text === '2024年03月15日')?.reason).toMatch(/印在文章之外的上方/);
  });

  it('two different dates above the article state no one date of the page', async () => {
    const r = await ingest('two-dates.html', page('<span>2024年03月15日</span><ul><li><a href="/b">往期</a></li></ul><span>2024年03月14日</span>'));
    expect(r.doc.meta.date).toBeUndefined();
  });

  it("a dated link above the article (a notice board's one item) is another page's date, not this page's", async () => {
    const r = await ingest('notice-link.html', page('<div class="notice"><a href="/n/1.html">2023-05-06 关于开展文明城市创建工作的通知</a></div>'));
    expect(r.doc.meta.date).toBeUndefined();
    expect(r.left.find((b) => b.text.startsWith('2023-05-06'))?.reason).not.toMatch(/source's date/);
  });
});

describe("fifteenth real-page set: a column's name before a bar in a headline", () => {
  it('parts a column from the headline after it', () => {
    expect(barredColumnOf('图说洛阳| 洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年')).toEqual({ column: '图说洛阳', headline: '洛阳职业技术学院：剪“廉洁窗花” 过廉洁之年' });
    expect(barredColumnOf('书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来')?.column).toBe('书记市长这一周');
  });

  it('leaves a byline, a row of menu items and a short pair alone', () => {
    expect(barredColumnOf('作者｜周建华')).toBeUndefined();
    expect(barredColumnOf('文丨周建华')).toBeUndefined();
    expect(barredColumnOf('首页 | 新闻动态 | 政务公开')).toBeUndefined();
    expect(barredColumnOf('网站首页 | 联系')).toBeUndefined();
  });
});

const bodyOf = (d: { raw: string[]; corrections: Parameters<typeof buildEdition>[1] }) => buildEdition(d.raw, d.corrections).map((b) => b.text);
const long = [
  '干部每月走访群众，登记困难，逐件办理，限期销号，做到件件有着落、事事有回音，群众满意度逐年提高。',
  '全年累计走访群众一万二千余户，收集意见建议三千多条，办结率百分之九十五以上，群众工作台账逐户建立。',
  '各乡镇建立便民服务站，代办事项一站办结，群众办事不出村，干部跑腿代替群众跑路，得到广泛好评。',
];
const picture = (n: number) => `<p style="text-align:center"><img src="${n}.jpg"></p>`;
const para = (t: string) => `<p style="text-align:justify">${t}</p>`;
const picturePage = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><div class="article">${body}</div></body></html>`;

describe('fifteenth real-page set: a short line under a picture', () => {
  it('heads the next section on a page whose other pictures are each followed by its text', async () => {
    const html = picturePage(`${para(long[0]!)}${picture(1)}${para('打造更好的服务环境')}${para(long[1]!)}${picture(2)}${para(long[2]!)}${picture(3)}${para(long[0]!.replace('干部', '党员'))}`);
    const r = await ingest('bare-pictures.html', html);
    expect(bodyOf(r.doc.drafts[0]!)).toContain('打造更好的服务环境');
    expect(r.left.map((b) => b.text)).not.toContain('打造更好的服务环境');
  });

  it('is a caption on a page that captions its other pictures', async () => {
    const html = picturePage(`${para(long[0]!)}${picture(1)}${para('打造更好的服务环境')}${para(long[1]!)}${picture(2)}${para('便民服务站一角')}${para(long[2]!)}${picture(3)}${para('干部走访群众')}${para(long[0]!.replace('干部', '党员'))}`);
    const r = await ingest('captioned-pictures.html', html);
    expect(r.left.find((b) => b.text === '打造更好的服务环境')?.role).toBe('caption');
  });
});
