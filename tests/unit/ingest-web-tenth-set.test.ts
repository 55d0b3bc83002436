/**
 * The tenth held-out set of real pages (#23), imitated with the library's own
 * text: a headline in a minor heading over a date split into blocks, a
 * traditional-character page whose furniture and byline are the simplified
 * ones written in traditional characters, a reposted article's source tag and
 * closing credits, a date stated only in the page's own date line.
 */
import { describe, expect, it } from 'vitest';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
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
<div class="nav"><a href="/">首页</a></div><h1>群众工作怎么做</h1><div class="datestamp"><span class="lastupdated">更新时间</span> 2012年12月10日, 格林尼治标准时间10:41</div>
<div class="story"><p>${p1}</p><p>${p2}</p></div><div class="footer">版权所有 © 2012</div></body></html>`;
    const { doc } = await ingest('dc.html', html);
    expect(doc.drafts.map((d) => d.title)).toEqual(['群众工作怎么做']);
    expect(doc.meta.date).toBe('2012-12-10');
  });
});
