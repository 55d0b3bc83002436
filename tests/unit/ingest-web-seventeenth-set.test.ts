/**
 * The seventeenth held-out set of real pages (#23), imitated with minimal inputs: a reporter's filing place glued
 * between his name and 报道; a subtitle set under the headline, inside the headline's element or just below it; a
 * line titling a video player beside it. The annotated fixtures (make-real-pages17.ts) hold the whole layouts; these
 * are the rules' edges.
 */
import { describe, expect, it } from 'vitest';
import { parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';

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
