/**
 * The tenth held-out set of real pages (#23), imitated with the library's own
 * text: a headline in a minor heading over a date split into blocks, a
 * traditional-character page whose furniture and byline are the simplified
 * ones written in traditional characters, a reposted article's source tag and
 * closing credits, a date stated only in the page's own date line.
 */
import { describe, expect, it } from 'vitest';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { judge } from '../../src/lib/ingest/annotation.ts';
import { parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { foldForMatching } from '../../src/lib/ingest/script-fold.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const ingest = (name: string, html: string) => ingestInput(name, new TextEncoder().encode(html), vocab);
const p1 = '为贯彻落实县委群众工作会议精神，2月19日下午，永善县召开干部职工大会。会议要求，全体干部要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。';
const p2 = '干部每月走访群众，登记困难，逐件办理，限期销号，做到件件有着落、事事有回音。';

describe('tenth real-page set', () => {
  it('a headline in <h5> over a date split into a day block and a year-month block: the headline is the title, the date no title', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>永善县人民政府</title></head><body><div class="nav"><a href="/">首页</a><span>&gt;</span><a href="/zyxx">重要信息</a></div>
<div class="news-det-box"><div class="left"><h5>永善县召开干部职工大会暨群众工作大会</h5><div class="lcon"><div class="data"><div class="day">21</div><div class="year">2024年02月</div></div>
<div class="doc"><p style="text-align:center"><img alt="IMG_8429.JPG" src="a.jpg"></p><p>${p1}</p><p>${p2}</p><p>&nbsp;</p></div><div class="back-list"><a href="/zyxx">返回列表</a></div></div></div></div>
<div class="footer">版权所有 © 2024 永善县人民政府</div></body></html>`;
    const { doc } = await ingest('h5.html', html);
    expect(doc.drafts.map((d) => d.title)).toEqual(['永善县召开干部职工大会暨群众工作大会']);
    expect(doc.drafts[0]!.raw).toEqual([p1, p2]);
  });

  it("a page whose only date is its Dublin Core meta (dcterms.created) and an update stamp worded in prose: the meta date is the source date", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>BBC中文网 - 群众工作怎么做</title><meta name="dcterms.created" content="2012-12-10T09:24:01+00:00"><meta name="dcterms.modified" content="2012-12-10T10:41:47+00:00"></head><body>
<div id="blq-container" class="blq-int-nav"><div class="nav"><a href="/">首页</a></div><h1>群众工作怎么做</h1><ul class="share"><li class="print"><a href="?print=1" title="打印文稿">打印文稿</a></li></ul><div class="datestamp"><span class="lastupdated">更新时间</span> 2012年12月10日, 格林尼治标准时间10:41</div>
<div class="story"><p>${p1}</p><p>${p2}</p></div></div><div class="footer">版权所有 © 2012</div></body></html>`;
    // The whole page sits in a container whose class names nav (blq-int-nav): its <h1> is the headline all the same.
    const { doc } = await ingest('dc.html', html);
    expect(doc.drafts.map((d) => d.title)).toEqual(['群众工作怎么做']);
    expect(doc.meta.date).toBe('2012-12-10');
  });

  it('a page in traditional characters: its bracketed lead names the author as printed and stays in ¶1, its caption, update stamp and copyright line are furniture', async () => {
    const t1 = '行政院副院長表示，這一波是全球性的雞蛋減產的問題，目前採取多元方案緩解蛋供應不足的問題。';
    const t2 = '他說，包括種雞進口，包括換羽結束後可以增產，農委會預估3月初才能夠緩解，所以目前拜託各通路能夠分時段來供應。';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>多元方案解決蛋荒 | 綜合 | 中央社 CNA</title></head><body><div class="nav"><a href="/">首頁</a></div>
<div class="centralContent"><h1><span>多元方案解決蛋荒 預估3月初緩解</span></h1><div class="updatetime"><span>2023/2/21 21:20（2/21 22:08 更新）</span></div>
<div class="paragraph"><figure><img src="a.jpg"><figcaption>圖為民眾在台北市南港區一家全聯購買雞蛋。中央社記者張新偉攝 112年2月16日</figcaption></figure>
<p>（中央社記者溫貴香台北21日電）${t1}</p><p>${t2}（編輯：蘇龍麒）1120221</p></div><p>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p></div>
<div class="footer">版權所有 © 2023 中央通訊社</div></body></html>`;
    const r = await ingest('cna.html', html);
    const draft = r.doc.drafts[0]!;
    expect(draft.authors.map((a) => a.name)).toEqual(['溫貴香']);
    // The lead is part of ¶1 as printed (the library's rule for datelines): read for its reporter, never cut.
    expect(draft.raw).toEqual([`（中央社記者溫貴香台北21日電）${t1}`, t2]);
    expect(r.left.some((b) => b.text.startsWith('（中央社記者溫貴香'))).toBe(false);
    expect(r.left.find((b) => b.text.startsWith('圖為'))?.role).toBe('caption');
    expect(r.doc.meta.date).toBe('2023-02-21');
    // The editor's credit glued to the last paragraph, and the wire's date code after it (民國112年2月21日): no text, no author.
    expect(r.left.find((b) => b.text.startsWith('（編輯：蘇龍麒）'))?.text).toBe('（編輯：蘇龍麒）1120221');
  });

  it('the fold is for matching only: same length and offsets, simplified text unchanged, names given as printed', () => {
    const line = '（中央社記者溫貴香台北21日電）';
    expect(foldForMatching(line)).toBe('（中央社记者温贵香台北21日电）');
    expect(foldForMatching(line)).toHaveLength(line.length);
    expect(foldForMatching(p1)).toBe(p1);
    expect(parseAuthorLine(line)).toEqual([{ name: '溫貴香', role: '中央社記者' }]);
    // Where she filed from is no name, spaced or glued; a wire lead without a reporter names no one.
    expect(parseAuthorLine('（记者 温贵香 台北21日电）')?.map((a) => a.name)).toEqual(['温贵香']);
    expect(parseAuthorLine('新华社北京11月17日电')).toBeUndefined();
  });

  it('a content column named as furniture (div.nav) that holds the article: the headline above the text is found there; a reprint notice is furniture', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>群众工作怎么做-国学院</title></head><body><div id="nav">导航：返回首页</div><div class="menu"><a href="/">首页</a></div>
<div class="nav"><form><table><tr><td class="titlestyle193634">群众工作怎么做</td></tr><tr><td><span>2017-04-06 17:46</span> <span>国学院宣传部</span></td></tr>
<tr><td><div class="v_news_content"><p>${p1}</p><p>${p2}</p><p>来源：澎湃新闻 2017-02-26 15:18</p><p>（本文经澎湃新闻授权转载）</p></div></td></tr></table></form></div><div class="footer">版权所有 © 2017 国学院</div></body></html>`;
    const r = await ingest('nav.html', html);
    expect(r.doc.drafts.map((d) => d.title)).toEqual(['群众工作怎么做']);
    expect(r.doc.drafts[0]!.raw).toEqual([p1, p2]);
    expect(r.left.some((b) => b.text === '（本文经澎湃新闻授权转载）')).toBe(true);
    // The page's date under its headline, not the reprinted original's in the closing 来源 line (the guide's repost rule).
    expect(r.doc.meta.date).toBe('2017-04-06');
  });

  it("an annotated region padded to six digits (330000 for 浙江省, as GB/T 2260 prints it) is the library's code 33", async () => {
    const text = '为贯彻落实省农业农村厅干部职工大会精神，浙江省淡水水产研究所召开干部职工大会，全体干部要深入基层，倾听群众呼声，解决群众最关心的问题。';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>浙江省淡水水产研究所召开干部职工大会</title></head><body><h1>浙江省淡水水产研究所召开干部职工大会</h1><div class="doc"><p>${text}</p><p>${p2}</p></div></body></html>`;
    const r = await ingest('zj.html', html);
    expect(r.doc.drafts[0]!.region?.code).toBe('33');
    const want = (region: string) => ({ kind: 'web', drafts: [{ title: '浙江省淡水水产研究所召开干部职工大会', authors: [], region, body: [text, p2] }] });
    expect(judge(want('330000'), r).problems).toEqual([]);
    expect(judge(want('330100'), r).regionsRight).toBe(0);
  });
});

describe('tenth real-page set, second pass: a source tag on the headline, a unit glued before the author, a date split over two elements', () => {
  it('a headline opened by a bracketed tag naming the outlet the page names elsewhere (【××新闻】 over 来源：××新闻) is no title word: listed; a tag named nowhere else stays', async () => {
    const page = (title: string, end: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}-国学院</title></head><body><div class="menu"><a href="/">首页</a></div>
<div class="main"><h1>${title}</h1><div class="info">2017-04-06 17:46</div><div class="v_news_content"><p>${p1}</p><p>${p2}</p>${end}</div></div><div class="footer">版权所有 © 2017 国学院</div></body></html>`;
    const tagged = await ingest('tag.html', page('【边城新闻】群众工作怎么做', '<p>来源：边城新闻 2017-02-26 15:18</p><p>（本文经边城新闻授权转载）</p>'));
    expect(tagged.doc.drafts.map((d) => d.title)).toEqual(['群众工作怎么做']);
    expect(tagged.left.find((b) => b.text === '【边城新闻】')?.role).toBe('column');
    const untagged = await ingest('plain.html', page('【新春走基层】群众工作怎么做', ''));
    expect(untagged.doc.drafts.map((d) => d.title)).toEqual(['【新春走基层】群众工作怎么做']);
  });
  // review16: the tag's words anywhere on the page (a 视频 menu item) said nothing of whose the piece is.
  it('a bracketed tag whose words the page prints only elsewhere than as its source or publisher (【视频】 beside a 视频 menu) stays in the headline', async () => {
    const page = (title: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}-国学院</title></head><body><div class="menu"><a href="/">首页</a> <a href="/v">视频</a></div>
<div class="main"><h1>${title}</h1><div class="info">2017-04-06 17:46 来源：国学院</div><div class="v_news_content"><p>${p1}</p><p>${p2}</p><p>更多视频请关注本网。</p></div></div><div class="footer">版权所有 © 2017 国学院</div></body></html>`;
    const r = await ingest('video.html', page('【视频】群众工作怎么做'));
    expect(r.doc.drafts.map((d) => d.title)).toEqual(['【视频】群众工作怎么做']);
    expect(r.left.find((b) => b.text === '【视频】')).toBeUndefined();
  });

  it('a labelled author printed glued after the unit (作者：云南大学历史学院肖文杰) is the name after the unit word; a unit alone names no one', async () => {
    expect(parseAuthorLine('作者：云南大学历史学院肖文杰')).toEqual([{ name: '肖文杰', role: '云南大学历史学院' }]);
    expect(parseAuthorLine('作者：国家统计局办公室')).toBeUndefined();
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>群众工作怎么做</title></head><body><h1>群众工作怎么做</h1><div class="info">2017-04-06</div><div class="content"><p>${p1}</p><p>${p2}</p><p>来源：边城新闻 2017-02-26 15:18 作者：云南大学历史学院肖文杰</p></div></body></html>`;
    const { doc } = await ingest('unit.html', html);
    expect(doc.drafts[0]!.authors.map((a) => a.name)).toEqual(['肖文杰']);
    expect(doc.drafts[0]!.raw).toEqual([p1, p2]);
  });

  it('the page date printed split over a day element and a year-month element under the headline (21 / 2024年02月) is the source date', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>永善县人民政府</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="news-det-box"><div class="left"><h5>永善县召开干部职工大会暨群众工作大会</h5><div class="lcon"><div class="data"><div class="day">21</div><div class="year">2024年02月</div></div>
<div class="doc"><p>${p1}</p><p>${p2}</p></div><div class="back-list"><a href="/zyxx">返回列表</a></div></div></div></div><div class="footer">版权所有 © 2024 永善县人民政府</div></body></html>`;
    const { doc } = await ingest('split.html', html);
    expect(doc.meta.date).toBe('2024-02-21');
  });
});
