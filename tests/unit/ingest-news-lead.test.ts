/**
 * A news lead (电头) is part of the first paragraph as printed: it stays in the text, word for word, whatever the
 * reader (a web page, a plain text); ingest reads its reporters and outlet and says it read them, and the place it
 * was filed from is not the case's place.
 */
import { describe, expect, it } from 'vitest';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { newsLeadOf } from '../../src/lib/ingest/news-lead.ts';

const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const ingest = (name: string, text: string) => ingestInput(name, new TextEncoder().encode(text), vocab);
const p1 = '记者17日从国家有关部门获悉，相关部门持续依托会商联动机制，深入基层倾听群众呼声，全力解决群众最关心最直接最现实的利益问题。';
const p2 = '干部每月走访群众，登记困难，逐件办理，限期销号，做到件件有着落、事事有回音。';
const page = (lead: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>群众工作怎么做-新闻网</title></head><body><div class="nav"><a href="/">首页</a></div><h1>群众工作怎么做</h1><div class="info">2023-11-17 09:12 来源：新闻网</div>
<div class="article"><p>　　${lead}${p1}</p><p>　　${p2}</p></div><div class="footer">版权所有 © 2023 新闻网</div></body></html>`;

describe('a news lead stays in the first paragraph, read, not cut', () => {
  it("a wire dateline (新华社北京11月17日电) on a web page: in ¶1 as printed, its outlet read, its city no place of the case's", async () => {
    const { doc, left } = await ingest('wire.html', page('新华社北京11月17日电 '));
    const draft = doc.drafts[0]!;
    expect(draft.raw).toEqual([`新华社北京11月17日电 ${p1}`, p2]);
    expect(left.some((b) => b.text.includes('新华社北京'))).toBe(false);
    expect(draft.region).toBeUndefined();
    expect(draft.read).toEqual([expect.stringContaining('“新华社北京11月17日电”照原文留在正文中')]);
  });

  it('a lead naming its reporter (本报讯（记者 肖文杰）) on a web page: in ¶1 as printed, the reporter the author', async () => {
    const { doc, left } = await ingest('lead.html', page('本报讯（记者 肖文杰）'));
    const draft = doc.drafts[0]!;
    expect(draft.raw[0]).toBe(`本报讯（记者 肖文杰）${p1}`);
    expect(draft.authors.map((a) => a.name)).toEqual(['肖文杰']);
    expect(left.some((b) => b.role === 'byline')).toBe(false);
    expect(draft.read?.[0]).toContain('作者 肖文杰');
  });

  it('the same lead in a plain text is read the same way: one rule for every reader', async () => {
    const { doc } = await ingest('lead.txt', `群众工作怎么做\n\n（中央社記者溫貴香台北21日電）${p1}\n\n${p2}\n`);
    const draft = doc.drafts[0]!;
    expect(draft.raw[0]).toBe(`（中央社記者溫貴香台北21日電）${p1}`);
    expect(draft.authors.map((a) => a.name)).toEqual(['溫貴香']);
    expect(doc.meta.publication).toBe('中央社');
  });

  it('a standalone byline line above the text stays a byline, as before', async () => {
    const { doc, left } = await ingest('byline.txt', `群众工作怎么做\n\n本报记者 肖文杰\n\n${p1}\n\n${p2}\n`);
    expect(doc.drafts[0]!.authors.map((a) => a.name)).toEqual(['肖文杰']);
    expect(doc.drafts[0]!.raw[0]).toBe(p1);
    expect(left.find((b) => b.text === '本报记者 肖文杰')?.role).toBe('byline');
  });

  // review16: …讯 set off by a space was read as a lead wherever it stood in a sentence's words (传来喜讯 村民…).
  it("讯 set off by a space is a lead only after an outlet's name (…社/报/网/台, …财经, …客户端); a sentence's 喜讯 is text", () => {
    expect(newsLeadOf('传来喜讯 村民们奔走相告，合作社分红了。')).toBeUndefined();
    expect(newsLeadOf('合作社传来喜讯 村民们奔走相告。')).toBeUndefined();
    expect(newsLeadOf('新浪财经讯 5月25日上午消息，干部走访群众。')?.lead).toBe('新浪财经讯');
    expect(newsLeadOf('华龙网-新重庆客户端讯 今日，干部走访群众。')?.lead).toBe('华龙网-新重庆客户端讯');
    expect(newsLeadOf('1905电影网讯 以群众为中心的电影开拍。')?.lead).toBe('1905电影网讯');
  });
});
