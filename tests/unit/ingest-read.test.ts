/**
 * The format readers of the ingest, on fixtures made from our own raw sources
 * (tests/fixtures/ingest/README.md): every sentence of the source is in the
 * extracted text, no page chrome is, titles and metadata are what the
 * document states, and every unreadable input is one line naming the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Document, Footer, Header, ImageRun, Packer, Paragraph, PageNumber, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecodeError } from '../../src/lib/ingest/decode.ts';
import type { ExtractedDocument } from '../../src/lib/ingest/extracted.ts';
import type { LeftBlock } from '../../src/lib/ingest/left-blocks.ts';
import { INPUT_EXTENSIONS, readInput } from '../../src/lib/ingest/read/index.ts';
import { closeJustifiedGaps, infoHints, pageLines } from '../../src/lib/ingest/read/pdf.ts';
import { dropFurniture, reflow, type PdfLine } from '../../src/lib/ingest/read/pdf-layout.ts';
import { isPageNumber } from '../../src/lib/ingest/read/chrome.ts';
import { fixture } from '../fixture-library.ts';
import { ingestFixture } from '../ingest-fixture-results.ts';
import { buildEdition } from '../../src/lib/edition.ts';

const FIXTURES = 'tests/fixtures/ingest';
const RAW: Record<string, string> = {
  '000': '000_33403e452648324b.txt',
  '001': '001_73a7e6d4b64e976d.txt',
  '002': '002_8128e1cef60075aa.txt',
  '003': '003_6a8234380931cddb.txt',
  '004': '004_f324da143b9ea31c.txt',
};

/** Non-empty lines from..to (1-based, inclusive) of a raw source, trimmed: the paragraphs the fixture carries. */
function source(n: string, from: number, to: number, except: number[] = []): string[] {
  return readFileSync(fixture(`sources/raw/${RAW[n]!}`), 'utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l, i) => (except.includes(i + 1) ? '' : l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')))
    .slice(from - 1, to)
    .filter(Boolean);
}

function sentences(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p) => p.split(/(?<=[。！？])/u).map((s) => s.trim()).filter(Boolean));
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The source sentences missing from the text (whitespace ignored). */
function missing(text: string, paragraphs: string[]): string[] {
  const hay = squash(text);
  return sentences(paragraphs).filter((s) => !hay.includes(squash(s)));
}

const lines = (doc: ExtractedDocument) => doc.text.split('\n');

async function read(name: string): Promise<ExtractedDocument> {
  const file = path.join(FIXTURES, name);
  return readInput(file, readFileSync(file));
}

async function failure(name: string, bytes?: Uint8Array): Promise<string> {
  const file = path.join(FIXTURES, name);
  try {
    await readInput(file, bytes ?? readFileSync(file));
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    const message = (error as Error).message;
    expect(message.startsWith(`${file}: `) || new RegExp(`^${file.replace(/[.]/g, '\\.')}:\\d+: `).test(message)).toBe(true);
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`${name} was read without an error`);
}

function expectNoChrome(doc: ExtractedDocument, strings: string[], wholeLines: string[] = []) {
  expect(strings.filter((s) => doc.text.includes(s))).toEqual([]);
  const ls = new Set(lines(doc).map((l) => l.trim()));
  expect(wholeLines.filter((s) => ls.has(s))).toEqual([]);
}

describe('web pages', () => {
  const jiahe = source('003', 8, 20);

  it('WeChat: title, account, author, date from ct, msg_link; body only, prompts and comments dropped and counted', async () => {
    const doc = await read('wechat-jiahe.html');
    expect(doc.format).toBe('html');
    expect(doc.extracted).toBe(true);
    expect(lines(doc)[0]).toBe('用机制保障党群干群关系互动交融');
    expect(doc.headings[0]).toEqual({ line: 1, level: 1, cue: 'declared' });
    expect(doc.meta).toMatchObject({
      title: '用机制保障党群干群关系互动交融',
      publication: '嘉禾发布',
      author: '孙佑民',
      date: '2013-11-18',
      time: '14:56',
      staff: '编辑：闵美颖',
      url: 'http://mp.weixin.qq.com/s?__biz=MzA5NjQ0NTkzMw==&mid=2651&idx=1&sn=5d1c2f#rd',
    });
    expect(missing(doc.text, jiahe)).toEqual([]);
    // Every source paragraph is one paragraph of the extract.
    for (const p of jiahe) expect(lines(doc)).toContain(p);
    expectNoChrome(
      doc,
      ['预览时标签不可点', '微信扫一扫', '阅读原文', '继续滑动看下一个', '精选留言', '这个办法好', '点赞嘉禾', '喜欢此内容的人还喜欢', '嘉禾干部这样走村入户', '长按识别二维码', '阅读 1.2万', '编辑：', '嘉禾发布', 'not text', 'visibility'],
      ['在看', '孙佑民'],
    );
    expect(doc.dropped['comments']).toBeGreaterThanOrEqual(3);
    expect(doc.dropped['QR prompt']).toBeGreaterThanOrEqual(2);
    expect(doc.dropped['wechat prompt']).toBeGreaterThanOrEqual(4);
    expect(doc.dropped['related articles']).toBeGreaterThanOrEqual(3);
  });

  it('MHTML (Chromium, quoted-printable): the same article, the snapshot location as URL', async () => {
    const page = await read('wechat-jiahe.html');
    const doc = await read('wechat-jiahe.mhtml');
    expect(doc.format).toBe('mhtml');
    expect(doc.text).toBe(page.text);
    expect(doc.meta.url).toBe('https://mp.weixin.qq.com/s/Zq1vX3Jiahe4lian4bao');
    expect(doc.meta.date).toBe('2013-11-18');
  });

  it('共产党员网: headline, byline kept, 发布时间/来源/编辑 into meta, tool bar, related list and footer out', async () => {
    const doc = await read('12371-yongshan.html');
    const body = source('001', 12, 22);
    expect(lines(doc).slice(0, 3)).toEqual(['做群众工作的几点体会', '', '永善县政府办党总支书记 肖文杰']);
    expect(doc.meta).toEqual({
      title: '做群众工作的几点体会',
      date: '2013-05-23',
      time: '17:54',
      publication: '共产党员网',
      staff: '编辑：王鹏',
      url: 'https://www.12371.cn/2013/05/23/ARTI1369302896461583.shtml',
    });
    expect(missing(doc.text, body)).toEqual([]);
    for (const p of body) expect(lines(doc)).toContain(p);
    expectNoChrome(doc, ['手机版', '打印', '纠错', '微信扫一扫', '收听本文', '00:00', '当前位置', '分享到', '相关阅读', '如何做好新形势下的群众工作', '网站声明', '版权所有', 'ICP', '发布时间', '来源'], ['1 1 1', '首页']);
    expect(doc.dropped['footer']).toBeGreaterThanOrEqual(2);
    expect(doc.dropped['share/print bar']).toBeGreaterThanOrEqual(2);
  });

  it('人民网 in GBK: decoded, the article headline (not the logo or 人民网首页), 来源/时间/责编 into meta, menus and footer out', async () => {
    const doc = await read('people-xingshan-gbk.html');
    const body = source('002', 9, 35);
    expect(doc.encoding).toBe('gb18030');
    expect(lines(doc).slice(0, 3)).toEqual(['关于县级机关党员干部联系和服务群众的调查与思考', '', '湖北省兴山县委县直机关工委 徐 平 王书银']);
    expect(doc.meta).toMatchObject({ title: '关于县级机关党员干部联系和服务群众的调查与思考', date: '2013-09-18', time: '09:32', publication: '人民网-理论频道', staff: '编辑：赵娟、谢磊' });
    expect(missing(doc.text, body)).toEqual([]);
    for (const p of body) expect(lines(doc)).toContain(p);
    expectNoChrome(doc, ['人民网首页', '七一社区', '注册', '扫一扫', '学习路上', '相关专题', '工作交流', '最新评论', '热门评论', '查看全部留言', '点击排行', '习近平：群众路线', '网站声明', '版权所有', 'Copyright', '责编', '分享到']);
    // The bold section heads are heading hints.
    const heads = doc.headings.filter((h) => h.cue === 'emphasis').map((h) => lines(doc)[h.line - 1]);
    expect(heads).toEqual(body.filter((p) => /^[一二三]、/.test(p)));
  });

  it('government portal: ArticleTitle and the subtitle line, PubDate and ContentSource, portal chrome out', async () => {
    const doc = await read('gov-raoyang.html');
    const body = source('004', 49, 65);
    expect(lines(doc).slice(0, 3)).toEqual(['一名党员联十户你有困难我服务', '', '——河北饶阳县在村级建立“1+10”党员联系户制度']);
    expect(doc.meta).toMatchObject({ title: '一名党员联十户你有困难我服务', publication: '河北日报', date: '2013-10-15', time: '09:30' });
    expect(missing(doc.text, body)).toEqual([]);
    for (const p of body) expect(lines(doc)).toContain(p);
    expectNoChrome(doc, ['政务服务', '无障碍', '您的位置', '走进衡水', '打印本页', '关闭窗口', '浏览次数', 'ICP', '公网安备', '网站标识码', '主办', '衡水市人民政府']);
  });

  it('MHTML (IE .mht, base64, charset=gb2312 part): the same article as the page, Content-Location as URL', async () => {
    const page = await read('gov-raoyang.html');
    const doc = await read('gov-raoyang.mht');
    expect(doc.encoding).toBe('gb2312');
    expect(doc.text).toBe(page.text);
    expect(doc.meta.url).toBe('http://www.hengshui.gov.cn/art/2013/10/15/art_1_2013.html');
  });

  it('红网: the 来源/作者/编辑/time line and the trailing ones into meta, 本文链接 as URL, the reprint notice out', async () => {
    const doc = await read('rednet-jiahe.html');
    expect(doc.meta).toEqual({ title: '用机制保障党群干群关系互动交融', publication: '红网', author: '孙佑民', staff: '编辑：闵美颖', date: '2013-11-18', time: '14:56:58', url: 'https://xc.rednet.cn/content/2013/11/18/4553425.html' });
    expect(lines(doc)[0]).toBe('用机制保障党群干群关系互动交融');
    expect(missing(doc.text, jiahe)).toEqual([]);
    for (const p of jiahe) expect(lines(doc)).toContain(p);
    expectNoChrome(doc, ['红网首页', '湘潮网', '当前位置', '分享', '来源', '作者：', '编辑', '本文链接', '转载', '阅读下一篇', 'ICP', '版权所有'], ['时刻新闻', '登录']);
  });

  it('a site no rule knows: Readability finds the article, og:title is the title, the byline stays', async () => {
    const doc = await read('generic-shijingshan.html');
    const body = source('000', 19, 29);
    expect(lines(doc).slice(0, 3)).toEqual(['将群众路线贯穿基层组织工作始终', '', '崔章程']);
    expect(doc.meta).toMatchObject({ title: '将群众路线贯穿基层组织工作始终', date: '2013-08-02', url: 'http://www.sjsb.example.cn/html/2013-08/02/content_1.htm' });
    expect(missing(doc.text, body)).toEqual([]);
    for (const p of body) expect(lines(doc)).toContain(p);
    expectNoChrome(doc, ['电子版', '往期回顾', '登录', '第01版', '分享到', '版权所有', 'ICP', '石景山报']);
  });

  it('a page of navigation only is an error naming the file, never an empty draft', async () => {
    expect(await failure('nav-only.html')).toMatch(/no article found/);
  });

  it('with no headline element, the <title> without its site suffix is the title', async () => {
    const para = '<p>群众工作要讲方法，不能只讲道理，更要办实事、解难题、暖人心，让群众看得见、摸得着、得实惠。</p>';
    const html = `<html><head><title>干部走乡间田埂实事暖百姓心窝_人民网</title></head><body><div class="nav">首页 | 时政</div><div id="rwb_zw">${para.repeat(3)}</div></body></html>`;
    const doc = await readInput('title.htm', new TextEncoder().encode(html));
    expect(doc.meta.title).toBe('干部走乡间田埂实事暖百姓心窝');
    expect(lines(doc)[0]).toBe('干部走乡间田埂实事暖百姓心窝');
  });

  it('the rest of an article folded behind 展开全文 (display:none) is kept', async () => {
    const para = '<p>群众工作要讲方法，不能只讲道理，更要办实事、解难题、暖人心，让群众看得见、摸得着、得实惠。</p>';
    const html = `<html><head><title>折叠_人民网</title></head><body><h1>折叠</h1><div class="rm_txt_con">${para.repeat(2)}<div id="rest" style="display:none"><p>被折叠的后半篇也是原文，一句都不能丢。</p></div><a class="more">展开全文</a></div></body></html>`;
    const doc = await readInput('fold.html', new TextEncoder().encode(html));
    expect(doc.text).toContain('被折叠的后半篇也是原文，一句都不能丢。');
    expect(doc.text).not.toContain('展开全文');
  });

  it('a "时间：" line or "扫码办事" inside the article is text; 来源/编辑 lines anywhere are metadata', async () => {
    const para = '<p>群众工作要讲方法，不能只讲道理，更要办实事、解难题、暖人心，让群众看得见、摸得着、得实惠。</p>';
    const html = `<html><head><title>会议_人民网</title></head><body><h1>会议</h1><div class="rm_txt_con">${para.repeat(4)}<p>时间：每月15日</p><p>扫码办事</p>${para.repeat(6)}<p>来源：人民日报</p></div></body></html>`;
    const doc = await readInput('meeting.html', new TextEncoder().encode(html));
    expect(lines(doc)).toContain('时间：每月15日');
    expect(lines(doc)).toContain('扫码办事');
    expect(doc.text).not.toContain('来源');
    expect(doc.meta.publication).toBe('人民日报');
  });

  it('running text the page shows outside the found article is named in a warning, not dropped in silence', async () => {
    const p = '<p>群众工作要讲方法，不能只讲道理，更要办实事、解难题、暖人心，让群众看得见、摸得着、得实惠。</p>';
    const html = `<html><head><meta name="ArticleTitle" content="测试文章"></head><body><h1>测试文章</h1><div class="TRS_Editor">${p}${p}</div><div class="page2">${'<p>另一部分正文被放在文章框之外，读者看得到，读取时却可能漏掉，这必须提醒编辑核对。</p>'.repeat(2)}</div></body></html>`;
    const doc = await readInput('split.html', new TextEncoder().encode(html));
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings![0]).toMatch(/^2 paragraph\(s\) of running text outside the article were left out \(first: "另一部分正文被放在文章框之外/);
  });

  it('<br>: two split paragraphs; one splits after a sentence end or before an indent, and joins a line wrapped mid-sentence', async () => {
    const html = `<html><head><title>换行</title></head><body><div id="zoom"><h1>换行</h1><p>　　第一段写到这里，群众工作要讲方法。<br>　　第二段另起一行，不能只讲道理，<br>更要办实事、解难题。<br><br>第三段由空行分开，这样的写法在政府网站上很常见，也要能正确读取。</p></div></body></html>`;
    const doc = await readInput('br.html', new TextEncoder().encode(html));
    expect(lines(doc).filter(Boolean).slice(1)).toEqual(['第一段写到这里，群众工作要讲方法。', '第二段另起一行，不能只讲道理，更要办实事、解难题。', '第三段由空行分开，这样的写法在政府网站上很常见，也要能正确读取。']);
  });

  it('a platform page whose usual body holds too little text falls back to Readability', async () => {
    const para = '<p>群众工作要讲方法，不能只讲道理，更要办实事、解难题、暖人心，让群众看得见、摸得着、得实惠。</p>';
    const html = `<html><head><title>视频稿</title></head><body><h1 id="activity-name">视频稿</h1><div id="js_content"><p>视频</p></div><div class="video_desc"><div class="desc_body">${para.repeat(4)}</div></div></body></html>`;
    const doc = await readInput('video.html', new TextEncoder().encode(html));
    expect(doc.meta.title).toBe('视频稿');
    expect(doc.text).toContain('群众工作要讲方法，不能只讲道理，更要办实事、解难题、暖人心，让群众看得见、摸得着、得实惠。');
  });

  it('script text never reaches the text; "<script>" and {} written in the article stay', async () => {
    const html = `<html><head><title>测试_人民网</title></head><body><div class="nav">首页</div><h1>代码也是文字</h1><div class="article">${'<p>群众工作要讲方法，不能只讲道理，更要办实事、解难题、暖人心。</p>'.repeat(3)}<p>文中写着&lt;script&gt;alert(1)&lt;/script&gt;与{}两段字符。</p><script>document.write("注入的文字")</script></div></body></html>`;
    const doc = await readInput('inline.html', new TextEncoder().encode(html));
    expect(doc.text).toContain('文中写着<script>alert(1)</script>与{}两段字符。');
    expect(doc.text).not.toContain('注入的文字');
    expect(doc.meta.title).toBe('代码也是文字');
  });
});

describe('text and Markdown', () => {
  it('a text file is its own text: decoded (GBK, CRLF), not extracted, nothing else touched', async () => {
    const text = '做群众工作的几点体会\r\n\r\n永善县政府办党总支书记 肖文杰\r\n';
    const doc = await readInput('essay.txt', iconv.encode(text, 'gbk'));
    expect(doc).toMatchObject({ format: 'text', extracted: false, encoding: 'gb18030', headings: [], text: text.replace(/\r\n/g, '\n') });
  });

  it('Markdown: front matter into meta, the text read without its markers (extracted), # headings listed with their level', async () => {
    const doc = await read('yongshan.md');
    expect(doc.extracted).toBe(true);
    expect(doc.meta).toEqual({ title: '做群众工作的几点体会', author: '肖文杰', publication: '共产党员网', url: 'https://www.12371.cn/2013/05/23/ARTI1369302896461583.shtml', date: '2013-05-23' });
    const out = lines(doc);
    expect(doc.headings.map((h) => [out[h.line - 1], h.level])).toEqual([['做群众工作的几点体会', 1], ['四个方面', 2]]);
    expect(out.filter((l) => /^(#|---|title:)/.test(l))).toEqual([]);
    expect(doc.dropped).toEqual({ 'front matter lines': 7 });
    expect(missing(doc.text, source('001', 12, 22))).toEqual([]);
  });

  it('broken front matter is an error naming the file and line', async () => {
    const msg = await failure('bad.md', new TextEncoder().encode('---\ntitle: [unclosed\n---\n正文。\n'));
    expect(msg).toMatch(/^tests\/fixtures\/ingest\/bad\.md:\d+: the front matter is not valid YAML/);
  });
});

describe('Word', () => {
  // 004 lines 9–65: three cases; their "title——subtitle" lines become two lines in Word.
  const titles = [9, 27, 47];
  const body = source('004', 9, 65, titles);
  const titleLines = source('004', 9, 65).filter((l) => l.includes('——') && /^[^。]+——[^。]+$/.test(l)).flatMap((l) => {
    const [t, s] = l.split('——');
    return [t!, `——${s}`];
  });

  it('.docx: how each paragraph is set (indents, typefaces), so a note boxed in 楷体 is told from the text in 仿宋 after it', async () => {
    const doc = await read('docx-journal-note/boxed-note.docx');
    const lookOf = (start: string) => doc.looks?.find((l) => lines(doc)[l.line - 1]!.startsWith(start))?.look;
    const [note1, note2, text1, text2] = ['【编者按】群众工作', '这一做法简便易行', '湄潭县是茶叶大县', '茶话会不设议程'].map(lookOf);
    expect(note1).toBeDefined();
    expect(note2).toBe(note1);
    expect(text2).toBe(text1);
    expect(text1).not.toBe(note1);
  });

  it('.docx with heading styles: declared headings with Word\'s levels, 案例一： kept, table rows, footnote after the body', async () => {
    const doc = await read('compilation-styles.docx');
    expect(doc.format).toBe('docx');
    expect(missing(doc.text, body)).toEqual([]);
    const out = lines(doc);
    for (const p of body) expect(out.some((l) => l === p || l === `${p}[1]`)).toBe(true);
    const heads = doc.headings.map((h) => [out[h.line - 1], h.level, h.cue]);
    expect(heads).toEqual([
      ['各地联系服务群众经验做法选编摘录', 1, 'declared'],
      ['案例一：把政府的“好心”办成群众满意的“好事”', 1, 'declared'],
      ['——北京西城区广外街道把党支部建在民生项目上', 2, 'declared'],
      ['【点评】', 3, 'declared'],
      ['“一站三中心”一切以群众为中心', 1, 'declared'],
      ['——天津宝坻区推行乡镇“一站三中心”工作模式', 2, 'declared'],
      ['【点评】', 3, 'declared'],
      ['一名党员联十户你有困难我服务', 1, 'declared'],
      ['——河北饶阳县在村级建立“1+10”党员联系户制度', 2, 'declared'],
      ['【点评】', 3, 'declared'],
    ]);
    expect(out).toContain('服务中心 | 职能');
    expect(out).toContain('镇综合信访服务中心 | 接待群众来访，协调化解矛盾');
    expect(doc.notes?.map((n) => out[n - 1])).toEqual(['[1] 本案例摘自《人民日报》2013年。']);
    expect(doc.notes![0]).toBe(out.length - 1);
    // The reference mark stays where Word shows it.
    expect(doc.text).toContain('群众爪个性化需求多。[1]');
  });

  it('.docx without styles: bold centred short lines are heading hints, paragraphs unchanged', async () => {
    const doc = await read('compilation-bold.docx');
    expect(missing(doc.text, body)).toEqual([]);
    const out = lines(doc);
    const hints = doc.headings.filter((h) => h.cue === 'emphasis').map((h) => out[h.line - 1]);
    for (const t of ['各地联系服务群众经验做法选编摘录', '案例一：把政府的“好心”办成群众满意的“好事”', '“一站三中心”一切以群众为中心', '一名党员联十户你有困难我服务', '【点评】']) expect(hints).toContain(t);
    // Long body paragraphs are never hints, even when a reader might centre one.
    expect(hints.every((h) => Array.from(h!).length <= 40)).toBe(true);
    expect(doc.headings.some((h) => h.cue === 'declared')).toBe(false);
  });

  it('.doc: letter-spaced text is text (word-extractor 1.0.4 read sprmCDxaSpace as a deletion mark and dropped it)', async () => {
    // LibreOffice's Word 97 export of a red masthead spaced 0.2 cm and a phrase spaced 0.1 cm inside a sentence.
    const doc = await read('doc-letter-spacing/masthead.doc');
    expect(doc.text).toContain('组织工作简报');
    expect(doc.text).toContain('进村入户，与群众拉家常、听意见，把群众反映的问题');
  });

  it('a .docx named .doc is read as the .docx it is', async () => {
    const doc = await readInput('renamed.doc', readFileSync(path.join(FIXTURES, 'compilation-styles.docx')));
    expect(doc.format).toBe('docx');
    expect(missing(doc.text, body)).toEqual([]);
  });

  it('.docx: a break inside a title parts its halves with a space; a one-cell box is read as paragraphs, not glued into one row', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('编者按'), new Paragraph('今年6月份以来，区委整体统筹、组宣纪共同推进。')] })] })] }),
              new Paragraph({ style: 'Title', children: [new TextRun('始终坚持群众路线'), new TextRun({ text: '切实做好新形势下群众工作', break: 1 })] }),
              new Paragraph('群众路线是我们党的生命线和根本工作路线。'),
            ],
          },
        ],
      }),
    );
    const out = lines(await readInput('box.docx', bytes)).filter(Boolean);
    expect(out).toEqual(['编者按', '今年6月份以来，区委整体统筹、组宣纪共同推进。', '始终坚持群众路线 切实做好新形势下群众工作', '群众路线是我们党的生命线和根本工作路线。']);
  });

  it('.docx: a data table’s merged title row (one cell over many columns) stays a row, never a heading', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ columnSpan: 2, children: [new Paragraph({ children: [new TextRun({ text: '2013年群众诉求办理统计', bold: true })] })] })] }), new TableRow({ children: [cell('诉求'), cell('件数')] })] })] }] }),
    );
    const doc = await readInput('table.docx', bytes);
    expect(lines(doc).filter(Boolean)).toEqual(['2013年群众诉求办理统计', '诉求 | 件数']);
    expect(doc.headings).toEqual([]);
  });

  it('a .docx with a pasted image says its text is not read', async () => {
    const data = readFileSync(path.join(FIXTURES, 'scan-page.jpg'));
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('群众工作要讲方法，不能只讲道理。'), new Paragraph({ children: [new ImageRun({ type: 'jpg', data, transformation: { width: 200, height: 280 } })] })] }] }),
    );
    const doc = await readInput('pasted.docx', bytes);
    expect(doc.text).toBe('群众工作要讲方法，不能只讲道理。\n');
    expect(doc.warnings).toContain('1 image(s) in the document: text inside images (a pasted scan, a photographed notice) is not read');
  });

  it("a .docx's header and footer (running title, page number) are reported as page furniture, never lost without a word", async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            headers: { default: new Header({ children: [new Paragraph('基层联系服务群众经验做法选编')] }) },
            footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
            children: [new Paragraph('群众工作要讲方法，不能只讲道理。')],
          },
        ],
      }),
    );
    const doc = await readInput('margins.docx', bytes);
    expect(doc.text).toBe('群众工作要讲方法，不能只讲道理。\n');
    expect(doc.left?.map((b) => [b.role, b.text])).toEqual([
      ['running-head', '基层联系服务群众经验做法选编'],
      ['running-head', '— 〔页码〕 —'],
    ]);
  });

  it('a corrupt .docx is an error naming the file', async () => {
    expect(await failure('corrupt.docx')).toMatch(/not a readable \.docx .*save it again as \.docx/);
  });

  it('.doc (Word 97, made by LibreOffice): every sentence, quotes and dashes as written, a warning that structure needs a .docx copy, the .doc kept', async () => {
    const doc = await read('compilation.doc');
    expect(doc.format).toBe('doc');
    expect(missing(doc.text, body)).toEqual([]);
    for (const p of [...body, ...titleLines.filter((t) => !t.startsWith('把政府'))]) expect(lines(doc)).toContain(p);
    expect(lines(doc)).toContain('案例一：把政府的“好心”办成群众满意的“好事”');
    // Each row of the table is a line of its own, listed as a row, as the .docx reader lists it: no rejoin glues two rows.
    expect(doc.tables?.map((t) => lines(doc).slice(t.first - 1, t.last).join('\n'))).toEqual(['服务中心 | 职能', '镇综合信访服务中心 | 接待群众来访，协调化解矛盾', '镇社区服务中心 | 为群众代办各类事项']);
    expect(doc.notes?.map((n) => lines(doc)[n - 1])).toEqual(['[1] 本案例摘自《人民日报》2013年。']);
    expect(doc.headings).toEqual([]);
    expect(doc.warnings?.join(' ')).toMatch(/save a copy as \.docx.*the \.doc stays as received/);
  });

  it('a .doc’s table rows stay apart in the draft: no join of lines a capture broke takes a row into the next', async () => {
    const result = await ingestFixture(path.join(FIXTURES, 'compilation.doc'));
    if (result instanceof Error) throw result;
    const baodi = result.doc.drafts.find((d) => d.raw.some((p) => p.includes(' | ')))!;
    const rows = ['服务中心 | 职能', '镇综合信访服务中心 | 接待群众来访，协调化解矛盾', '镇社区服务中心 | 为群众代办各类事项'];
    expect(buildEdition(baodi.raw, baodi.corrections).map((b) => b.text).filter((t) => t.includes(' | '))).toEqual(rows);
  });

  it('a .doc that is RTF (Word saves RTF under .doc) is read as RTF: every sentence, the table, the footnote; a .doc that is a web page is read as one', async () => {
    const rtf = await read('rtf-saved-as.doc');
    expect(rtf.format).toBe('rtf');
    expect(missing(rtf.text, body)).toEqual([]);
    expect(lines(rtf)).toContain('镇综合信访服务中心 | 接待群众来访，协调化解矛盾');
    expect(rtf.notes?.map((n) => lines(rtf)[n - 1])).toEqual(['[1] 本案例摘自《人民日报》2013年。']);
    const doc = await read('web-page-saved-as.doc');
    expect(doc.format).toBe('html');
    expect(missing(doc.text, body)).toEqual([]);
  });
});

describe('PDF', () => {
  const titles = [9, 27, 47];
  const body = source('004', 9, 65, titles);
  afterEach(() => vi.restoreAllMocks());

  it('text layer: every paragraph rebuilt whole, running heads, page numbers and contents lines dropped and counted, quietly', async () => {
    const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => vi.spyOn(console, m));
    const doc = await read('compilation.pdf');
    expect(spies.every((s) => s.mock.calls.length === 0)).toBe(true);
    expect(doc.format).toBe('pdf');
    expect(missing(doc.text, body)).toEqual([]);
    // Reflow: each source paragraph is exactly one paragraph, broken neither inside nor glued to the next.
    const out = lines(doc);
    expect(body.filter((p) => !out.includes(p))).toEqual([]);
    expect(out.filter((l) => l).length).toBe(body.length + titleLinesOf(body).length + 1);
    expect(doc.dropped).toEqual({ 'running heads': 8, 'page numbers': 8, 'contents lines': 4 });
    expectNoChrome(doc, ['………', '— 1 —', '— 2 —', '目 录'], ['各地联系服务群众经验做法选编']);
    expect(doc.meta.title).toBe('各地联系服务群众经验做法选编');
    const hints = doc.headings.map((h) => out[h.line - 1]);
    expect(hints).toContain('各地联系服务群众经验做法选编摘录');
    expect(hints).toContain('一名党员联十户你有困难我服务');
  });

  it('a two-column page is read column by column: every paragraph whole, none interleaved with its neighbour', async () => {
    const doc = await read('two-column.pdf');
    const body = source('001', 12, 22);
    expect(missing(doc.text, body)).toEqual([]);
    expect(lines(doc).filter(Boolean)).toEqual(['做群众工作的几点体会', '永善县政府办党总支书记　肖文杰', ...body]);
    expect(doc.dropped).toEqual({ 'page numbers': 2 });
  });

  it('two columns of unequal width, set line for line, are read left then right: a paragraph runs on across the column break', async () => {
    const doc = await read('pdf-two-column-section/two-column.pdf');
    expect(lines(doc).filter(Boolean)).toEqual([
      '“红色代办”跑出服务加速度',
      '群众点单　代办员跑腿',
      '岳阳县荣家湾镇在全镇村（社区）选聘党员代办员112名，公布姓名、电话和代办事项，群众需要办理社保、医保、户籍等事项时，打一个电话，代办员就上门收取材料，跑到镇便民服务中心和县政务服务中心代为办理，办好后送件上门。',
      '为了让代办员懂政策、会办事，镇党委每季度组织一次业务培训，请县直部门的业务骨干讲解办事流程和材料要求，编印《代办事项明白卡》，做到一次告知、一次办好。代办员每办一件事都登记在册，办理进度群众随时可以查询。',
      '一年来，全镇代办员共为群众代办各类事项3600余件，群众少跑路8000多次。荣家湾镇新华村的老党员李国华说：“以前办个证要跑好几趟，现在一个电话就有人帮着办，真是方便。”镇里还把代办服务延伸到在外务工的群众，通过视频核验、邮寄材料等方式办理异地事项，让在外的群众也能享受到家门口的服务。',
      '群众评议　服务有温度',
      '代办服务好不好，群众说了算。镇里每半年组织一次群众评议，评议结果与代办员的补贴挂钩，连续两次评议靠后的予以调整。今年上半年，群众对代办服务的满意率达到98%。',
    ]);
    expect(doc.left).toBeUndefined();
  });

  it('a text frame beside a paragraph (a 【点评】 box) is read as its own block, never into the paragraph\'s lines, and listed out of the text', async () => {
    const doc = await read('pdf-sidebar/sidebar.pdf');
    expect(lines(doc).filter(Boolean)).toEqual([
      '“板凳会”坐出邻里一家亲',
      '安化县梅城镇是山区大镇，村民居住分散，过去村里议事常常凑不齐人，小矛盾拖成了大问题。2023年以来，镇党委在各村推行“板凳会”，村干部带着板凳走到院落里，和群众围坐在一起商量事情。',
      '“板凳会”议什么由群众定。每次开会前，网格员提前三天上门征集议题，把修路、用水、邻里纠纷等群众最关心的事列入清单。会上先由群众说，再由干部答，能当场解决的当场解决，不能当场解决的明确责任人和办理时限，下次会上通报结果。一年来，全镇共召开“板凳会”430多场，解决问题290余件。',
      '“以前有事要跑到镇上去说，现在坐在自家门口就把事情办了。”梅城镇启安村村民刘桂英说。群众的笑脸多了，干群关系更近了，全镇信访件数同比下降四成。',
    ]);
    expect(doc.left?.filter((b) => b.role === 'compilers-addition')).toEqual([
      expect.objectContaining({ text: '【点评】议事不在会议室里，而在群众家门口。梅城镇把板凳搬到院落，干部放下架子，群众打开话匣子，很多难事在拉家常中就有了办法，值得学习借鉴。', reason: expect.stringMatching(/^第1页：排在正文旁的方框/) }),
    ]);
    expect(doc.warnings).toEqual(['1 box(es) set beside the running text left out of it (listed below with their pages)']);
  });

  it('a scan without a text layer, an encrypted and a corrupt PDF are errors saying what to do', async () => {
    expect(await failure('scanned.pdf')).toBe(`${FIXTURES}/scanned.pdf: scanned PDF: no text layer; run OCR first and ingest the text export`);
    expect(await failure('encrypted.pdf')).toMatch(/password-protected/);
    expect(await failure('corrupt.pdf')).toMatch(/not a readable PDF/);
  });

  it('a PDF that is mostly a scan is refused; one scanned page among text pages is a warning naming the page', async () => {
    expect(await failure('mostly-scanned.pdf')).toBe(`${FIXTURES}/mostly-scanned.pdf: scanned PDF: 2 of 3 pages have no text layer; run OCR first and ingest the text export`);
    const doc = await read('part-scanned.pdf');
    expect(doc.warnings).toEqual(['page(s) 3 of 3 have no text layer (scanned or images only): their text is not in the draft; OCR them and add the text']);
    expect(missing(doc.text, source('001', 12, 22))).toEqual([]);
  });

  it('info-dict title and author only when they are real', () => {
    expect(infoHints({ Title: '各地联系服务群众经验做法选编', Author: '编辑部' })).toEqual({ title: '各地联系服务群众经验做法选编', author: '编辑部' });
    for (const Title of ['Microsoft Word - 选编.docx', '选编.doc', 'untitled', '20130518', '无标题文档']) expect(infoHints({ Title })).toEqual({});
    expect(infoHints({ Author: 'Administrator' })).toEqual({});
  });

  it('page numbers in the forms Chinese documents use', () => {
    for (const n of ['3', '—3—', '— 3 —', '- 3 -', '－3－', '·3·', '· 3 ·', '第3页', '第 3 页 共 12 页', '3/12', 'Page 3', 'iv']) expect(isPageNumber(n)).toBe(true);
    for (const t of ['2013年', '三是要抓住突破点。', '第3条', '1+10']) expect(isPageNumber(t)).toBe(false);
  });

  it('furniture: a head repeated on most pages and page numbers at either end go; the same words inside the body stay', () => {
    const page = (p: number, body: string[]): PdfLine[] => [
      { page: p, y: 800, x0: 200, x1: 400, size: 9, text: '某某县委办公室文件' },
      ...body.map((text, i) => ({ page: p, y: 700 - i * 20, x0: 72, x1: 72 + Array.from(text).length * 12, size: 12, text })),
      { page: p, y: 40, x0: 280, x1: 320, size: 9, text: `第${p}页` },
    ];
    const dropped: Record<string, number> = {};
    const kept = dropFurniture([...page(1, ['某某县委办公室文件', '正文第一行。']), ...page(2, ['正文第二行。']), ...page(3, ['正文第三行。'])], 3, dropped);
    expect(kept.map((l) => l.text)).toEqual(['某某县委办公室文件', '正文第一行。', '正文第二行。', '正文第三行。']);
    expect(dropped).toEqual({ 'running heads': 3, 'page numbers': 3 });
  });

  it('furniture: mirrored running heads, each on every other page only, go; so a paragraph cut by the page break is whole again', () => {
    // A bound compilation: a cover, then right-hand (odd) pages headed by its name, left-hand (even) pages by its compiler.
    const head = (p: number) => (p % 2 ? '某某市联系服务群众案例选编' : '中共某某市委组织部');
    const page = (p: number, body: string[]): PdfLine[] => [
      ...(p > 1 ? [{ page: p, y: 800, x0: p % 2 ? 380 : 72, x1: p % 2 ? 520 : 200, size: 9, text: head(p) }] : []),
      ...body.map((text, i) => ({ page: p, y: 700 - i * 20, x0: 72, x1: 520, size: 12, text })),
    ];
    const left: LeftBlock[] = [];
    const dropped: Record<string, number> = {};
    const kept = dropFurniture([...page(1, ['某某市联系服务群众案例选编']), ...page(2, ['正文第一行，由包村干部在下']), ...page(3, ['一次会上向群众通报办理结果。']), ...page(4, ['正文第三行，群众当场评议。']), ...page(5, ['中共某某市委组织部在会上说。'])], 5, dropped, left);
    expect(kept.map((l) => l.text)).toEqual(['某某市联系服务群众案例选编', '正文第一行，由包村干部在下', '一次会上向群众通报办理结果。', '正文第三行，群众当场评议。', '中共某某市委组织部在会上说。']);
    expect(dropped).toEqual({ 'running heads': 4 });
    expect(left.map((b) => [b.role, b.text, b.reason.slice(0, 4)])).toEqual([2, 3, 4, 5].map((p) => ['running-head', head(p), `第${p}页：`]));
    expect(left[0]!.reason).toContain('隔页重复');
    // The same words at the top of two pages facing each other (2 and 3 of 5) repeat on neither side: they stay.
    const top = (p: number): PdfLine => ({ page: p, y: 800, x0: 72, x1: 300, size: 12, text: '一、把群众的事放在心上' });
    const facing = [1, 2, 3, 4, 5].flatMap((p) => [...(p === 2 || p === 3 ? [top(p)] : []), ...page(p, ['正文。']).filter((l) => l.size === 12)]);
    expect(dropFurniture(facing, 5, {}).filter((l) => l.text === top(2).text)).toHaveLength(2);
    // Nor is a line in the text's own type that opens every other page: 附件1, 附件2 each opening a right-hand page.
    const label = (p: number): PdfLine => ({ page: p, y: 800, x0: 72, x1: 130, size: 12, text: `附件${(p - 1) / 2}` });
    const attachments = [1, 2, 3, 4, 5].flatMap((p) => [...(p === 3 || p === 5 ? [label(p)] : []), ...page(p, [`第${'一二三四五'[p - 1]}页的第一行。`, `第${'一二三四五'[p - 1]}页的第二行。`]).filter((l) => l.size === 12)]);
    expect(dropFurniture(attachments, 5, {}).map((l) => l.text)).toContain('附件2');
  });

  it('furniture: a one-page document\'s running head is told by its type and place, with no page to repeat it', () => {
    // The page header of a compilation's one page: 9 pt over 12 pt text, alone above it, with the headline below.
    const page = (top: Partial<PdfLine>): PdfLine[] => [
      { page: 1, y: 760, x0: 240, x1: 360, size: 9, text: '某某市基层党建工作案例选编', ...top },
      { page: 1, y: 725, x0: 170, x1: 430, size: 18, text: '“屋场恳谈会”谈出干群一条心' },
      ...['正文第一行，干部进村入户听取意见。', '正文第二行，问题逐一登记限期办结。', '正文第三行，办理结果向群众公开。'].map((text, i) => ({ page: 1, y: 680 - i * 26, x0: 72, x1: 520, size: 12, text })),
    ];
    const left: LeftBlock[] = [];
    const dropped: Record<string, number> = {};
    expect(dropFurniture(page({}), 1, dropped, left).map((l) => l.text)).not.toContain('某某市基层党建工作案例选编');
    expect(dropped).toEqual({ 'running heads': 1 });
    expect(left).toEqual([{ role: 'running-head', text: '某某市基层党建工作案例选编', reason: expect.stringContaining('第1页：页眉') }]);
    // A line above the headline in the text's own type or larger (an issue line, a column's name, a kicker) is no head.
    expect(dropFurniture(page({ size: 12, text: '2013年第5期（总第128期）' }), 1, {}).map((l) => l.text)).toContain('2013年第5期（总第128期）');
    // Nor is a sentence, nor a line set close over the next (a caption's or a note's lines run on).
    expect(dropFurniture(page({ text: '本文原载于某某日报，有删节。' }), 1, {}).map((l) => l.text)).toContain('本文原载于某某日报，有删节。');
    expect(dropFurniture(page({ y: 740 }), 1, {}).map((l) => l.text)).toContain('某某市基层党建工作案例选编');
    // With pages to compare, only repetition tells a head: one page's small top line (a cover's 内部资料) stays for the analysis.
    const second = page({}).slice(1).map((l) => ({ ...l, page: 2 }));
    expect(dropFurniture([...page({ text: '内部资料　注意保存' }), ...second], 2, {}).map((l) => l.text)).toContain('内部资料　注意保存');
  });

  it('reflow: facing pages with mirrored margins are each read against their own margin', () => {
    const page = (p: number, L: number): PdfLine[] => {
      const R = L + 240;
      const at = (y: number, x0: number, x1: number, text: string): PdfLine => ({ page: p, y, x0, x1, size: 12, text });
      return [at(700, L + 24, R, `第${p}页第一段开头，群众工作要讲方`), at(682, L, R, '法，不能只讲道理，更要办实事、解'), at(664, L, L + 60, '难题。'), at(646, L + 24, R, `第${p}页第二段开头，干部要深入基层`), at(628, L, L + 120, '，倾听群众呼声。')];
    };
    const ps = reflow([...page(1, 90), ...page(2, 60)]).map((p) => p.text);
    expect(ps).toEqual([
      '第1页第一段开头，群众工作要讲方法，不能只讲道理，更要办实事、解难题。',
      '第1页第二段开头，干部要深入基层，倾听群众呼声。',
      '第2页第一段开头，群众工作要讲方法，不能只讲道理，更要办实事、解难题。',
      '第2页第二段开头，干部要深入基层，倾听群众呼声。',
    ]);
  });

  it('lines from text items: a superscript note mark joins its line as a reference, [1] as the .docx reader writes it; Word\'s spacing between Chinese and digits is not text', () => {
    const item = (str: string, x: number, y: number, size: number, width: number) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL: false });
    const ls = pageLines(
      [item('难就难在工程复杂、涉及面广、需求多。', 72, 700, 10, 180), item('1', 252, 704, 6, 3), item('从 2009 年开始实行', 72, 685, 10, 110), item('Page', 72, 670, 10, 22), item('three', 100, 670, 10, 25)],
      1,
      595,
    );
    expect(ls.map((l) => l.text)).toEqual(['难就难在工程复杂、涉及面广、需求多。[1]', '从2009年开始实行', 'Page three']);
  });

  it('lines from text items: a justified run of spread characters is layout; a name\'s two spaced characters stay; a space beside a mark is left to the measure', () => {
    const item = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: Array.from(str).length * 10, height: 10, hasEOL: false });
    const ls = pageLines([item('户 “ 扑 空 ” 的 问 题 ， 在 全 县', 72, 700), item('干群关系更近了 ，全镇', 72, 685), item('签名：徐 平，', 72, 670)], 1, 595);
    expect(ls.map((l) => l.text)).toEqual(['户“扑空”的问题，在全县', '干群关系更近了 ，全镇', '签名：徐 平，']);
  });

  it('a space beside full-width punctuation is justification\'s only in a line that fills the measure: elsewhere it was typed (#23)', () => {
    const L = 72;
    const R = 72 + 30 * 12;
    const line = (y: number, x0: number, x1: number, text: string): PdfLine => ({ page: 1, y, x0, x1, size: 12, text });
    const lines = [
      line(760, L + 60, R - 60, '建好“民生台账” 让群众诉求件件有着落'),
      line(720, L + 24, R, '党员干部每月走访联系户，群众的笑脸多了，干群关系'),
      line(702, L, R + 12, '更近了，村里大事小情都拿到屋场上商量，干部心里有了底 ，'),
      line(684, L, R, '群众说：“有事大家商量着办，心里踏实。” 镇党委把恳谈'),
      line(666, L, L + 150, '会开得好不好 “挂” 在心上。'),
    ];
    closeJustifiedGaps(lines);
    expect(lines.map((l) => l.text)).toEqual([
      '建好“民生台账” 让群众诉求件件有着落',
      '党员干部每月走访联系户，群众的笑脸多了，干群关系',
      '更近了，村里大事小情都拿到屋场上商量，干部心里有了底，',
      '群众说：“有事大家商量着办，心里踏实。”镇党委把恳谈',
      '会开得好不好 “挂” 在心上。',
    ]);
  });

  it('reflow: an indent or a short line starts a paragraph; full lines join without a space between Chinese characters', () => {
    const L = 72;
    const R = 72 + 20 * 12;
    const line = (y: number, x0: number, x1: number, text: string, page = 1): PdfLine => ({ page, y, x0, x1, size: 12, text });
    const ps = reflow([
      line(700, L + 24, R, '群众工作要讲方法，不能只讲道理'),
      line(682, L, R, '更要办实事、解难题、暖人心，把'),
      line(664, L, L + 60, '事办好。'),
      line(646, L, R, '第二段不缩进，但上一行未满，所'),
      line(628, L, R, '以另起一段，跨页继续'),
      line(700, L, L + 100, '仍是第二段。', 2),
      line(682, L + 24, R, 'English words are joined by a', 2),
      line(664, L, L + 80, 'space here.', 2),
    ]);
    expect(ps.map((p) => p.text)).toEqual(['群众工作要讲方法，不能只讲道理更要办实事、解难题、暖人心，把事办好。', '第二段不缩进，但上一行未满，所以另起一段，跨页继续仍是第二段。', 'English words are joined by a space here.']);
  });
});

/** The title and subtitle lines of the compilation's cases as the PDF prints them. */
function titleLinesOf(body: string[]): string[] {
  void body;
  return ['把政府的“好心”办成群众满意的“好事”', '——北京西城区广外街道把党支部建在民生项目上', '“一站三中心”一切以群众为中心', '——天津宝坻区推行乡镇“一站三中心”工作模式', '一名党员联十户你有困难我服务', '——河北饶阳县在村级建立“1+10”党员联系户制度'];
}

describe('damaged and empty containers', () => {
  it('a .docx without text, a damaged .doc, an MHTML without boundary or without a page: one line each', async () => {
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    expect(await failure('empty.docx', empty)).toMatch(/holds no text/);
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await failure('damaged.doc', ole)).toMatch(/not a readable Word \.doc/);
    expect(await failure('page.mhtml', new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html></html>'))).toMatch(/no multipart boundary/);
    const onlyCss = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/css\r\n\r\nbody{}\r\n--b--\r\n';
    expect(await failure('page.mht', new TextEncoder().encode(onlyCss))).toMatch(/holds no HTML page/);
  });

  it('a Big5 page that says so is decoded as Big5', async () => {
    const para = '<p>群眾工作要講方法，不能只講道理，更要辦實事、解難題、暖人心，讓群眾看得見、摸得著、得實惠。</p>';
    const html = `<html><head><meta charset="big5"><title>繁體頁面</title></head><body><h1>繁體頁面</h1><div class="article">${para.repeat(3)}</div></body></html>`;
    const doc = await readInput('big5.html', iconv.encode(html, 'big5'));
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toContain('群眾工作要講方法，不能只講道理，更要辦實事、解難題、暖人心，讓群眾看得見、摸得著、得實惠。');
  });
});

describe('any input', () => {
  it('takes invisible format characters out at read time (1\u00ad\u00ad—4月 is 1—4月), says how many, and keeps emoji joiners', async () => {
    const [para] = source('004', 13, 13);
    const soft = para!.replace(/[，,]/u, '\u00ad\u00ad$&').replace(/。/u, '\u200b。');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>把政府的“好心”办成群众满意的“好事”</title></head><body><h1>把政府的“好心”办成群众满意的“好事”</h1><div class="content"><p>${soft}</p><p>👨\u200d👩\u200d👧</p></div></body></html>`;
    const doc = await readInput('page.html', new TextEncoder().encode(html));
    expect(doc.text).toContain(para);
    expect(doc.text).not.toMatch(/[\u00ad\u200b]/u);
    expect(doc.text).toContain('👨\u200d👩\u200d👧');
    expect(doc.warnings).toContainEqual(expect.stringMatching(/^不可见字符 3 处已删去（(?=[^）]*U\+00AD 软连字符)(?=[^）]*U\+200B 零宽空格)/));
    const text = await readInput('x.txt', new TextEncoder().encode(`标题\n\n${soft}\n`));
    expect(text.text).toBe(`标题\n\n${para}\n`);
    expect(text.extracted).toBe(true);
  });

  it('names the formats it reads', () => {
    for (const e of ['.txt', '.md', '.markdown', '.html', '.htm', '.mhtml', '.mht', '.docx', '.doc', '.pdf']) expect(INPUT_EXTENSIONS).toContain(e);
  });

  it('an unsupported type, an empty file, binary junk posing as text, a misnamed PDF: one line naming the file and what to do', async () => {
    expect(await failure('slides.key', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe(
      `${FIXTURES}/slides.key: .key is not a supported document type (use .txt, .text, .md, .markdown, .html, .htm, .xhtml, .mhtml, .mht, .eml, .docx, .doc, .odt, .ott, .rtf, .pdf, .ofd, .xlsx)`,
    );
    expect(await failure('empty.txt', new Uint8Array())).toMatch(/empty file/);
    const junk = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    expect(await failure('junk.txt', junk)).toMatch(/binary/);
    expect(await failure('essay.txt', readFileSync(path.join(FIXTURES, 'compilation.pdf')))).toMatch(/a PDF file named \.txt; rename it to \.pdf/);
    expect(await failure('essay.pdf', new TextEncoder().encode('这不是PDF文件。'))).toMatch(/not a PDF/);
  });
});
