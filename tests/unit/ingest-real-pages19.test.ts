/**
 * The nineteenth held-out set of real pages (#23), by the rules its failures
 * lacked: captions and credit lines told by their markers (never joined to the
 * text), a thin decorative banner that takes no caption, a place inside a
 * name made precise, a link under a thumbnail that is no caption, a site's
 * rights line. The annotated pages of make-real-pages19.ts assert the whole.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { namedWithinInNames } from '../../src/lib/ingest/places.ts';
import { chromeKind } from '../../src/lib/ingest/read/chrome.ts';
import { blocksOf } from '../../src/lib/ingest/read/dom-lines.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const regions = loadRegionIndex();
const vocab: Vocabulary = { methods: [], themes: [], regions };
const ingest = (name: string, html: string) => ingestInput(name, new TextEncoder().encode(html), vocab);
const p1 = '为贯彻落实县委群众工作会议精神，2月19日下午，永善县召开干部职工大会。会议要求，全体干部要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。';
const p2 = '干部每月走访群众，登记困难，逐件办理，限期销号，做到件件有着落、事事有回音。';

describe('nineteenth real-page set: furniture by its words', () => {
  it('a caption closed by a slash and its picture\'s source (…。/图：123rf) is a caption, whatever its length', () => {
    expect(chromeKind('◎ 专家认为，减肥应该运动和健康饮食相结合，不能一味求快。/图：123rf')).toBe('caption');
    expect(chromeKind('◎ 贾玲说想让观众看到一个人积极的样子、开始爱自己的样子。/图：@贾玲微博截图')).toBe('caption');
  });

  it('a line of label|value runs set tight is a credit line; a table row spacing its bars is not', () => {
    expect(chromeKind('投稿|cjrb027@qq.com 合作|whcjrb027(微信)')).toBe('credit line');
    expect(chromeKind('实施单位 | 百色市委')).toBeUndefined();
    expect(chromeKind('视频丨用机制保障党群干群关系互动交融')).toBeUndefined();
  });

  it('an origin line (原创：site date), a 本文首发于… note and a rights line opening by forbidding reprints are furniture', () => {
    expect(chromeKind('原创：39健康网2024-04-23 12:27:25')).toBe('metadata line');
    expect(chromeKind('本文首发于39深呼吸公众号（shenhuxi39）')).toBe('footer');
    expect(chromeKind('39健康网（www.39.net）原创内容，未经授权不得转载，违者必究。内容合作请联系：020-85501999-8819或39media@mail.39.net')).toBe('footer');
  });

  it('a breadcrumb trail of section names is navigation, whatever it opens with', () => {
    expect(chromeKind('新华网 > > 正文')).toBe('navigation');
    expect(chromeKind('评论 > 海外观察')).toBe('navigation');
  });
});

describe('nineteenth real-page set: the join of marked paragraphs', () => {
  const raw = async (paragraphs: string[]) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>群众工作怎么做</title></head><body><h1>群众工作怎么做</h1><div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const { doc } = await ingest('join.html', html);
    return { raw: doc.drafts[0]!.raw, joins: doc.drafts[0]!.corrections.filter((c) => c.type === 'join') };
  };
  it('a text signed after a dash ends at the name: the paragraph after it is its own, no join recorded', async () => {
    const signed = '人对他人的需求越少，就会活得越自如越安详。 ——××';
    const next = '今日天气晴，最高气温十八度。';
    expect(await raw([p1, p2, signed, next])).toEqual({ raw: [p1, p2, signed, next], joins: [] });
  });
  it('a caption by its words (…。/图：source) is never joined to the paragraph under it', async () => {
    const caption = '◎ 干部入户走访，听取群众意见。/图：××';
    const { raw: paragraphs, joins } = await raw([p1, p2, caption, '事事有回音，件件有着落。']);
    expect(joins).toEqual([]);
    expect(paragraphs).not.toContain(`${caption}事事有回音，件件有着落。`);
  });
  it('a paragraph set after a drawn rule (<hr>) opens a part of its own: no join crosses the rule, even over furniture left out', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>群众工作怎么做</title></head><body><h1>群众工作怎么做</h1><div class="content"><p>${p1}</p><p>${p2}</p><p>干部每月走访群众，登记困难，逐件办理。做到件件有着落</p><hr><p>编辑|××</p><p>事事有回音，群众都满意。</p></div></body></html>`;
    const { doc } = await ingest('rule.html', html);
    expect(doc.drafts[0]!.corrections.filter((c) => c.type === 'join')).toEqual([]);
  });
  it('a sentence broken off before a paragraph is still joined to it (a join recorded, the captured paragraphs kept)', async () => {
    const { raw: paragraphs, joins } = await raw([p1, '干部每月走访群众，登记困难，逐件办理，限期销号。做到件件有着落', '事事有回音。']);
    expect(paragraphs).toHaveLength(3);
    expect(joins).toEqual([expect.objectContaining({ type: 'join', p: 2 })]);
  });
});

describe('nineteenth real-page set: pictures', () => {
  const img = (attrs: string) => parseHTML(`<html><body><div><p style="text-align:center"><img ${attrs}></p><p>“上次说的事，办好了？”</p></div></body></html>`).document.querySelector('div')!;
  it('a picture a fifth as high as it is wide or thinner (data-ratio, width/height, a style\'s sizes) is a banner', () => {
    expect(blocksOf(img('data-ratio="0.125" src="a.gif"'))[0]!.afterBanner).toBe(true);
    expect(blocksOf(img('width="600" height="60" src="a.gif"'))[0]!.afterBanner).toBe(true);
    expect(blocksOf(img('style="width: 578px; height: 72px" src="a.gif"'))[0]!.afterBanner).toBe(true);
    expect(blocksOf(img('data-ratio="0.75" src="a.jpg"'))[0]!.afterBanner).toBeUndefined();
    expect(blocksOf(img('src="a.jpg"'))[0]!.afterBanner).toBeUndefined();
  });

  it('a link under a thumbnail outside the text is listed as page furniture, not as a caption', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>群众工作怎么做</title></head><body><h1>群众工作怎么做</h1>
<div class="content"><p>${p1}</p><p>${p2}</p></div>
<div class="related"><div><img src="t.jpg"></div><div><a href="/a.html">县委召开群众工作推进会</a></div></div></body></html>`;
    const r = await ingest('related.html', html);
    const item = r.left.find((b) => b.text === '县委召开群众工作推进会');
    expect(item?.role).toBe('chrome');
  });
});

describe('nineteenth real-page set: a place inside a name', () => {
  it('a place inside an institution\'s name within the place the text names makes it precise; one elsewhere does not', () => {
    const hubei = regions.get('42')!;
    expect(namedWithinInNames('武汉大学历史学院的××教授做客湖北××大讲堂', hubei, regions)?.code).toBe('4201');
    expect(namedWithinInNames('北京大学的××教授做客湖北××大讲堂', hubei, regions)).toBeUndefined();
  });
});
