/**
 * The seventeenth held-out set of real pages (#23), imitated with minimal inputs: a reporter's filing place glued
 * between his name and 报道; a subtitle set under the headline, inside the headline's element or just below it; a
 * line titling a video player beside it. The annotated fixtures (make-real-pages17.ts) hold the whole layouts; these
 * are the rules' edges.
 */
import { describe, expect, it } from 'vitest';
import { parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const names = (line: string) => parseAuthorLine(line)?.map((a) => a.name);

describe('seventeenth real-page set: a filing place glued to the reporter’s name before 报道', () => {
  it('is cut when the division data names it a place', () => {
    expect(names('本报记者覃剑长沙报道')).toEqual(['覃剑']);
    expect(names('记者彭冲山东冠县报道')).toEqual(['彭冲']);
    expect(names('（记者陈静湖南衡阳报道）')).toEqual(['陈静']);
  });
  it('never cuts a name that no place follows, nor leaves less than a name before a place', () => {
    expect(names('本报记者王五报道')).toEqual(['王五']);
    expect(names('本报记者 肖文杰报道')).toEqual(['肖文杰']);
    // 海南 is a province's short name, but 张 alone is no name: the whole is the name.
    expect(names('记者张海南报道')).toEqual(['张海南']);
    expect(names('记者李长沙报道')).toEqual(['李长沙']);
  });
});

const p1 = '三是要抓住突破点。作为基层干部，首先要弄清群众真实的想法、情绪、愿望、诉求，这就要求要细心体察民情，耐心倾听群众呼声，随时掌握群众动态。';
const p2 = '这说明，掌握好群众想法，解决好群众的合理诉求，争取广大群众的支持和参与，是做好群众工作的重要途径。';
const title = '做群众工作的几点体会';
const sub = '掌握好群众想法是做好群众工作的重要途径';
const page = (head: string, body = `<div class="content"><p>${p1}</p><p>${p2}</p></div>`) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a> <a href="/x">要闻</a></div>${head}${body}<div class="footer">版权所有 © 2022</div></body></html>`;
const read = async (html: string) => readInput('page.html', new TextEncoder().encode(html));
const lines = (text: string) => text.split('\n').filter(Boolean);

describe('seventeenth real-page set: a line under the headline in the headline’s own block', () => {
  it('is the subtitle when the block holds the headline’s stack and not the text', async () => {
    const x = await read(page(`<div class="biaot"><h3></h3><h1>${title}</h1><p style="text-align:center;color:#666"> ${sub} </p><h6>2014年5月21日</h6></div>`));
    expect(lines(x.text).slice(0, 3)).toEqual([title, sub, p1]);
    expect(x.headings.find((h) => h.line === 3)?.level).toBe(2);
    expect(x.meta.date).toBe('2014-05-21');
  });
  it('is the draft’s subtitle though a semicolon parts its clauses, as papers set a 副题; the byline under it names the author', async () => {
    const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
    const twoClauses = '掌握群众想法是重要途径；干部每月走访群众';
    const html = page(`<div class="biaot"><h1>${title}</h1><p style="text-align:center"> ${twoClauses} </p><h6>2014年5月21日</h6></div>`, `<div id="neir"><p>本报记者肖文杰昭通报道</p><p>${p1}</p><p>${p2}</p></div>`);
    const { doc } = await ingestInput('page.html', new TextEncoder().encode(html), vocab);
    expect(doc.drafts.map((d) => [d.title, d.subtitle, d.authors.map((a) => a.name)])).toEqual([[title, twoClauses, ['肖文杰']]]);
  });
  it('is no subtitle when the block holds the text too', async () => {
    const x = await read(page('', `<div class="article"><h1>${title}</h1><p>${sub}</p><p>${p1}</p><p>${p2}</p></div>`));
    expect(x.headings.some((h) => h.line === 3)).toBe(false);
    const y = await read(page('', `<div class="article"><h1>${title}</h1><p>${sub}</p><div class="content"><p>${p1}</p><p>${p2}</p></div></div>`));
    expect(y.headings.some((h) => h.line === 3)).toBe(false);
  });
  it('is no subtitle when it is the date, a 来源 line or a byline', async () => {
    for (const line of ['2014年5月21日', '来源：某某日报', '本报记者 肖文杰']) {
      const x = await read(page(`<div class="biaot"><h1>${title}</h1><p>${line}</p></div>`));
      expect(x.headings.some((h) => h.line === 3 && lines(x.text)[1] === line)).toBe(false);
    }
  });
});

describe('seventeenth real-page set: a block nested in the headline element after its own words', () => {
  it('is the subtitle', async () => {
    const x = await read(page(`<h1 class="ql_title">${title}<div>${sub}</div></h1>`));
    expect(x.meta.title).toBe(title);
    expect(lines(x.text).slice(0, 2)).toEqual([title, sub]);
    expect(x.headings.find((h) => h.line === 3)?.level).toBe(2);
  });
  it('lines set alike, in blocks or parted by a break, are one headline on two lines', async () => {
    expect((await read(page(`<h1><div>${title}</div><div>抓住突破点</div></h1>`))).meta.title).toBe(`${title} 抓住突破点`);
    expect((await read(page(`<h1>${title}<br>抓住突破点</h1>`))).meta.title).toBe(`${title} 抓住突破点`);
  });
});

describe('seventeenth real-page set: a line titling a video player beside it', () => {
  const videoTitle = '“老李服务热线”的一天：重返热线值班室';
  const article = (player: string) => page(`<h1>${title}</h1><div class="info">2020-11-26 08:04</div>`, `<article class="article">${player}<p class="video-title"><span class="video-ionc"></span> ${videoTitle} </p><p>${p1}</p><p>${p2}</p></article>`);
  it('is a caption under a player slot the saved page left empty, or under a <video>', async () => {
    for (const player of ['<div id="sohuplayer"></div>', '<div class="media"><video src="a.mp4" controls></video></div>']) {
      const x = await read(article(player));
      expect(lines(x.text)).not.toContain(videoTitle);
      expect(x.left?.find((b) => b.text === videoTitle)?.role).toBe('caption');
    }
  });
  it('is text under an empty block that names no player', async () => {
    const x = await read(article('<div id="sohubox"></div>'));
    expect(lines(x.text)).toContain(videoTitle);
  });
});
