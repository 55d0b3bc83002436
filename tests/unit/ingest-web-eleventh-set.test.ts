/**
 * The eleventh held-out set of real pages (#23), imitated with minimal pages and
 * plain bulletin-like text: a bulletin's own 资料来源 label and numbered heads under
 * table pictures, a heading opening a WeChat-style text, an issuing unit line under
 * a 公文's headline, a platform's IP location after the 来源, a 信息公开 table's
 * 发文日期 over a later crawl date, self-media promo lines and a related-items label.
 */
import { describe, expect, it } from 'vitest';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { buildEdition } from '../../src/lib/edition.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const ingest = (name: string, html: string) => ingestInput(name, new TextEncoder().encode(html), vocab);
/** A draft's body as the edition prints it: its raw paragraphs less what ingest omits. */
const bodyOf = (d: { raw: string[]; corrections: Parameters<typeof buildEdition>[1] }) => buildEdition(d.raw, d.corrections).map((b) => b.text);
const p1 = '为贯彻落实县委群众工作会议精神，2月19日下午，永善县召开干部职工大会。会议要求，全体干部要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。';
const p2 = '干部每月走访群众，登记困难，逐件办理，限期销号，做到件件有着落、事事有回音。';
const p3 = '全年累计走访群众一万二千余户，收集意见建议三千多条，办结率百分之九十五以上。';

const page = (title: string, text: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">新闻</a> <a href="/b">政务公开</a></div>
<div class="article"><h1>${title}</h1>${text}</div>
<div class="footer">版权所有 © 2023 ××县人民政府 ICP备00000000号</div></body></html>`;

describe('eleventh real-page set', () => {
  it("a bulletin's own 资料来源： label over its paragraph is text, not the page's 来源 field", async () => {
    const html = page('永善县群众工作统计公报', `<p>${p1}</p><p>${p2}</p><p><b>资料来源：</b></p><p>本公报数据来源于县统计局和各乡镇群众工作台账。</p>`);
    const r = await ingest('sources.html', html);
    expect(bodyOf(r.doc.drafts[0]!).slice(-2)).toEqual(['资料来源：', '本公报数据来源于县统计局和各乡镇群众工作台账。']);
  });

  // Whether a heading right under the headline, at the rank of the text's section heads, is body or subtitle is
  // case-start.ts's (ingest20's); here it must not be dropped as a share bar.
  it('a heading that opens the text with the word 分享 is no share bar: it stays the article’s, never dropped', async () => {
    const html = page('群众工作的几点体会', `<h2>分享一些近期的想法</h2><p>${p1}</p><p>${p2}</p><h2>第二点想法</h2><p>${p3}</p>`);
    const r = await ingest('share-head.html', html);
    const d = r.doc.drafts[0]!;
    expect([d.subtitle, ...bodyOf(d)]).toContain('分享一些近期的想法');
    expect(r.left.filter((b) => b.role === 'chrome').map((b) => b.text)).not.toContain('分享一些近期的想法');
  });

  it("a bulletin's numbered head set in 黑体 right under a table's picture heads the next section: no caption", async () => {
    const head = (t: string) => `<p style="text-align: justify; text-indent: 32pt;"><span style="font-family: CESI黑体-GB2312; font-size: 16pt;">${t}</span></p>`;
    const text = (t: string) => `<p style="text-align: justify; text-indent: 32pt;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">${t}</span></p>`;
    const html = page(
      '永善县群众工作统计公报',
      `${head('01走访')}${text(p1)}<p align="center" style="text-align: center;"><img src="t0.png"></p><p align="center" style="text-align: center;"><span style="font-family: 仿宋_GB2312;">表1 走访群众户数</span></p><p align="center" style="text-align: center;"><img src="t1.png"></p>${head('02办理')}${text(p2)}${text(p3)}`,
    );
    const r = await ingest('heads-under-tables.html', html);
    expect(bodyOf(r.doc.drafts[0]!)).toContain('02办理');
    expect(r.left.find((b) => b.text === '表1 走访群众户数')?.role).toBe('caption');
  });

  // jiangxi-tongjigongbao-2022-yichun: 表9's title and its unit line stand between a paragraph and the table's picture.
  // The table is only a picture, so they are its caption, as 表1–8 (a title alone) already were; a real table keeps
  // its title and unit line as text (rule 4, ExtractedDocument.tables).
  it("a table's title with its unit line right over the table's picture is the picture's caption, both lines", async () => {
    const centred = (t: string) => `<p align="center" style="text-align: center;"><span style="font-family: 仿宋_GB2312;">${t}</span></p>`;
    const text = (t: string) => `<p style="text-align: justify; text-indent: 32pt;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">${t}</span></p>`;
    const head = (t: string) => `<p style="text-align: justify; text-indent: 32pt;"><span style="font-family: CESI黑体-GB2312; font-size: 16pt;">${t}</span></p>`;
    const html = page(
      '永善县群众工作统计公报',
      `${head('01走访')}${text(p1)}${text(p2)}${centred('表2 各乡镇走访群众户数')}${centred('单位：户')}<p align="center" style="text-align: center;"><img src="t2.png"></p>${head('02办理')}${text(p3)}`,
    );
    const r = await ingest('unit-line-over-table.html', html);
    const body = bodyOf(r.doc.drafts[0]!);
    expect(body).toEqual(['01走访', p1, p2, '02办理', p3]);
    expect(r.left.filter((b) => b.role === 'caption').map((b) => b.text)).toEqual(['表2 各乡镇走访群众户数', '单位：户']);
  });

  it("a portal's IP location glued to its 举报 button after the 来源 (总台×× 北京举报) is neither the source's name nor the text's place", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>群众工作怎么做_网易订阅</title></head><body>
<div class="N-nav-channel"><a href="/">首页</a> | <a href="/">新闻</a></div>
<div class="post_main"><h1 class="post_title">群众工作怎么做</h1>
<div class="post_info">2025-10-16 20:02:18　来源: <a href="#">总台××广播</a><img src="ip.svg">北京<a class="post_jubao" href="#">举报</a></div>
<div class="post_body"><p>${p2}</p><p>${p3}</p></div></div>
<div class="footer">网易公司版权所有</div></body></html>`;
    const r = await ingest('ip-location.html', html);
    expect(r.doc.meta.publication).toBe('总台××广播');
    expect(r.doc.drafts[0]!.region).toBeUndefined();
  });

  it("a portal's 信息公开 fields (生成日期：, its value in the next block) and its 发布日期 line give the page's date, not a later PubDate meta the CMS regenerated", async () => {
    const head = '<meta name="ArticleTitle" content="永善县群众工作统计公报"><meta name="PubDate" content="2023-08-16 09:28:11"><meta name="ContentSource" content="永善县统计局">';
    const xxgk = `<dl class="xxgk-info"><dd><label>索引号：</label><div>014742224A/2023-0043406</div></dd><dd><label>生成日期：</label><div>2023-05-11</div></dd><dd><label>公开方式：</label><div>主动公开</div></dd></dl>`;
    // The record's fields over the headline, as the 信息公开 template sets them.
    const r1 = await ingest('xxgk.html', page('永善县群众工作统计公报', `<div class="article-content"><p>${p1}</p><p>${p2}</p><p>${p3}</p></div>`, head).replace('<div class="article">', `<div class="xxgk">${xxgk}</div><div class="article">`));
    expect(r1.doc.meta.date).toBe('2023-05-11');
    const attr = '<div class="article-attr"><span>来源：<b></b></span><span>访问量：<b>199</b></span><span>发布日期：<b>2017-05-15 10:49:00</b></span></div>';
    const r2 = await ingest('article-attr.html', page('永善县群众工作统计公报', `${attr}<div class="article-content"><p>${p1}</p><p>${p2}</p><p>${p3}</p></div>`, head.replace('2023-08-16 09:28:11', '2022-04-24 10:00:43')));
    expect(r2.doc.meta.date).toBe('2017-05-15');
  });

  it("the issuing units and date printed under a 公文's headline are its metadata, neither subtitle nor text; a 关联稿件： label is the page's", async () => {
    const title = '永善县群众工作统计公报';
    const top = `<p style="text-align: center;">${title}</p><p style="text-align: center;">永善县统计局 国家统计局永善调查队</p><p style="text-align: center;">（2023年4月12日）</p>`;
    const r1 = await ingest('units.html', page(title, `<div class="article-content">${top}<p>${p1}</p><p>${p2}</p><p>${p3}</p></div>`));
    const d1 = r1.doc.drafts[0]!;
    expect(d1.subtitle).toBeUndefined();
    expect(bodyOf(d1)).toEqual([p1, p2, p3]);
    expect(r1.left.find((b) => b.text === '永善县统计局 国家统计局永善调查队')?.role).toBe('dateline');
    const units = `<p>关联稿件：</p><p style="text-align: center;">永善县统计局　国家统计局永善调查队</p><p style="text-align: center;">（2023年5月）</p>`;
    const r2 = await ingest('related-label.html', page(title, `<div class="article-content">${units}<p>${p1}</p><p>${p2}</p><p>${p3}</p></div>`));
    expect(bodyOf(r2.doc.drafts[0]!)).toEqual([p1, p2, p3]);
    expect(r2.left.find((b) => b.text === '关联稿件：')?.role).toBe('chrome');
  });

  it("a self-media account's follow prompt over the text and its rights notice under it are the account's, not the text", async () => {
    const html = page('群众工作的几点体会', `<article><p class="pgc-end-literature">关注我，带你解锁财富密码，开启好运buff！点赞关注，让你财运一路飙升，好运挡都挡不住！</p><p>${p1}</p><p>${p2}</p><p>${p3}</p><p><strong>本文创作初衷在于传播正能量，无任何侵犯他人权益的意图。如有侵权，请联系我们，我们将积极配合处理。</strong></p></article>`);
    const r = await ingest('follow-prompt.html', html);
    expect(bodyOf(r.doc.drafts[0]!)).toEqual([p1, p2, p3]);
  });

  it("a sentence under a picture closed by the screenshot's credit in brackets is the picture's caption", async () => {
    const cap = '干部在村口接待来访群众，群众说这是他们“第三次把问题反映到村里”，“这次终于有人管了”（××网站截图）';
    const html = page('群众工作的几点体会', `<article><p>${p1}</p><p class="f_center"><img src="a.png"></p><p>${cap}</p><p>${p2}</p><p>${p3}</p></article>`);
    const r = await ingest('screenshot-credit.html', html);
    expect(bodyOf(r.doc.drafts[0]!)).toEqual([p1, p2, p3]);
    expect(r.left.find((b) => b.text === cap)?.role).toBe('caption');
  });
});
