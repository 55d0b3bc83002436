/**
 * Web pages beyond what the annotated fixtures judge: the byline grammar and
 * the chrome kinds on their own, and "nothing lost" on every web fixture —
 * each block the page shows is in the extracted text or listed in `left`
 * with its role.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseAuthorLine } from '../../src/lib/ingest/case-start.ts';
import { ingestInput } from '../../src/lib/ingest/pipeline.ts';
import { newsLeadOf } from '../../src/lib/ingest/news-lead.ts';
import type { DocumentMeta } from '../../src/lib/ingest/clean.ts';
import { CHROME_REASON, chromeKind, chromeRole, dropChrome, documentTableRows, metaAuthors, readDocumentFields, readMetaLine, splitGluedTail } from '../../src/lib/ingest/read/chrome.ts';
import { blocksOf } from '../../src/lib/ingest/read/dom-lines.ts';
import { cutQuoteLinks } from '../../src/lib/ingest/read/quote-links.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { decodeWebPage } from '../../src/lib/ingest/read/web-page.ts';
import type { Vocabulary } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

const ROOT = path.resolve('tests/fixtures/ingest');
const vocab: Vocabulary = { methods: [], themes: [], regions: loadRegionIndex() };
const names = (line: string) => parseAuthorLine(line)?.map((a) => a.name);

describe('bylines', () => {
  it('role words are never names; the names after them are', () => {
    expect(parseAuthorLine('本报记者 徐平 通讯员 王书银')).toEqual([
      { name: '徐平', role: '本报记者' },
      { name: '王书银', role: '通讯员' },
    ]);
    expect(names('记者肖文杰')).toEqual(['肖文杰']);
    expect(names('本报讯（记者 肖文杰 通讯员 王书银）')).toEqual(['肖文杰', '王书银']);
    expect(names('新华社北京5月23日电（记者 肖文杰）')).toEqual(['肖文杰']);
  });
  it('the outlet before the role and the place the reporter filed from are no names (eighth real-page set)', () => {
    expect(names('新华网黑龙江频道  记者  伊琳  李清芬')).toEqual(['伊琳', '李清芬']);
    expect(names('（崔章程 上海报道）')).toEqual(['崔章程']);
    // A role before the name: the name before 报道 is the reporter's, not a place.
    expect(names('本报记者 肖文杰报道')).toEqual(['肖文杰']);
    expect(names('东方网记者曹磊5月13日报道：')).toEqual(['曹磊']);
  });
  it('作者：, 文/ and a bare name line', () => {
    expect(names('作者：崔章程')).toEqual(['崔章程']);
    expect(names('文/崔章程')).toEqual(['崔章程']);
    expect(names('文／崔章程')).toEqual(['崔章程']);
    expect(names('崔章程')).toEqual(['崔章程']);
    expect(parseAuthorLine('永善县政府办党总支书记 肖文杰')).toEqual([{ name: '肖文杰', role: '永善县政府办党总支书记' }]);
  });
  it('a 作者： value that is a unit or runs into furniture gives no author', () => {
    const meta: DocumentMeta = {};
    readMetaLine('来源：本站原创 作者：医技药剂党支部', meta);
    readMetaLine('作者：余毅菁 向雪妮返回富达，查看更多', meta);
    expect(meta.author).toBeUndefined();
    readMetaLine('来源：红网 作者：孙佑民 编辑：闵美颖', meta);
    expect(meta.author).toBe('孙佑民');
  });
  it('a 来源 that is a personal name alone names the author, not a publication; a medium alone names no author', () => {
    const meta: DocumentMeta = {};
    readMetaLine('来源: 尹娟', meta);
    expect(meta).toEqual({ author: '尹娟' });
    expect(metaAuthors('来源：中国新闻网 王帆')).toEqual(['王帆']);
    for (const medium of ['来源：新浪', '来源：人民网', '来源：本站', '来源：新华社', '来源：红网', '来源：互联网']) {
      const m: DocumentMeta = {};
      readMetaLine(medium, m);
      expect(m.author, medium).toBeUndefined();
      expect(m.publication, medium).toBe(medium.slice(3));
    }
  });
  it('作者： naming no one (网络整理, 佚名) gives no author; a labelled name may end in a unit character (杨仕省), a unit may not', () => {
    for (const none of ['作者：网络整理', '作者：佚名', '作者：本站整理', '作者：湖南省', '作者：张家村']) expect(names(none), none).toBeUndefined();
    expect(names('作者：杨仕省')).toEqual(['杨仕省']);
    expect(metaAuthors('本文来源：华夏时报 作者：杨仕省责任编辑：NF055')).toEqual(['杨仕省']);
    // Without a label, a name-like token ending in 省 may be a place: no author is made up.
    expect(names('杨仕省')).toBeUndefined();
  });
  it('furniture, dates, section names and media are never authors', () => {
    for (const junk of ['调整字体', '昨天', '新闻动态', '打印 网摘 纠错 商城 分享 推荐', '本报记者', '通讯员', '返回 查看更多', '工作动态', '2013-07-10 北方网', '石景山报', '新华社']) expect(parseAuthorLine(junk), junk).toBeUndefined();
  });
  it('bylines as news and government sites print them: 【文/…】, 文/图, a spokesman, a name before its post', () => {
    expect(names('【文/观察者网专栏作者 王文】')).toEqual(['王文']);
    expect(names('(文/图 刘玺东 易赛楠)')).toEqual(['刘玺东', '易赛楠']);
    expect(names('中国载人航天工程新闻发言人 武平')).toEqual(['武平']);
    expect(names('（作者：方敏，北京大学经济学院教授）')).toEqual(['方敏']);
    expect(names('（张巨峰）')).toEqual(['张巨峰']);
    expect(parseAuthorLine('标准')).toBeUndefined();
  });
  it('a name run into its affiliation ends where the affiliation surely begins; where it cannot be told, no name is made up', () => {
    expect(parseAuthorLine('（作者：方敏北京大学经济学院教授）')).toEqual([{ name: '方敏', role: '北京大学经济学院教授' }]);
    expect(parseAuthorLine('作者：王书银北京大学经济学院教授')).toEqual([{ name: '王书银', role: '北京大学经济学院教授' }]);
    expect(parseAuthorLine('孙佑民中共嘉禾县委常委宣传部长')).toEqual([{ name: '孙佑民', role: '中共嘉禾县委常委宣传部长' }]);
    expect(names('方敏清华大学经济管理学院教授')).toEqual(['方敏']);
    // 王书 + 银清华大学… or 王书银 + 清华大学…: both leave a unit's name before the post.
    expect(parseAuthorLine('王书银清华大学经济管理学院教授')).toBeUndefined();
    for (const none of ['陈海峰责任编辑', '医技药剂党支部', '中国人民大学重阳金融研究院']) expect(parseAuthorLine(none), none).toBeUndefined();
  });
  it("an outlet's name before 记者 (bracketed in 《》 or not), several names after one role, and an editor's credit after them (twelfth real-page set)", () => {
    expect(parseAuthorLine('每经记者 吴林静 何强 每经编辑 陈星')).toEqual([
      { name: '吴林静', role: '每经记者' },
      { name: '何强', role: '每经记者' },
    ]);
    expect(parseAuthorLine('《中国经济周刊》 记者 王红茹|北京报道')).toEqual([{ name: '王红茹', role: '《中国经济周刊》记者' }]);
    // A writer's credit and an editor's credit as a pair (name/文 name/编辑): the writer signs the text.
    expect(parseAuthorLine('《财经》记者 白兆东/文 李恩树/编辑')).toEqual([{ name: '白兆东', role: '《财经》记者' }]);
    expect(names('本报记者 徐平 编辑 王书银')).toEqual(['徐平']);
    // The editor is never an author: a credit of editors alone names none.
    for (const none of ['每经编辑 陈星', '李恩树/编辑', '编辑 王书银', '《财经》']) expect(parseAuthorLine(none), none).toBeUndefined();
  });
  it('a byline that carries its date, or its role with a colon, still names the author', () => {
    expect(parseAuthorLine('记者 苏晓梅 2013-07-10 08:35')).toEqual([{ name: '苏晓梅', role: '记者' }]);
    expect(parseAuthorLine('记者：苏晓梅')).toEqual([{ name: '苏晓梅', role: '记者' }]);
  });
  it('an info line that names the author is a byline, whatever else it carries; one that names none is a dateline', () => {
    expect(metaAuthors('作者：孙佑民　来源：红网　时间：2013-11-18 09:30')).toEqual(['孙佑民']);
    expect(metaAuthors('崔章程 2013-08-06 09:00 来源：石景山报')).toEqual(['崔章程']);
    expect(metaAuthors('2013-07-10 08:35 来源：天津日报 记者 苏晓梅')).toEqual(['苏晓梅']);
    expect(chromeRole('作者：孙佑民　来源：红网　时间：2013-11-18 09:30', 'metadata line')).toBe('byline');
    expect(chromeRole('2013-07-10 北方网', 'metadata line')).toBe('dateline');
    expect(chromeRole('发布时间：2013-11-18 来源：红网 编辑：闵美颖', 'metadata line')).toBe('dateline');
  });
  it('an info line of fields parted by bars may print its labels without a colon (作者魏星)', () => {
    const line = '发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星';
    expect(metaAuthors(line)).toEqual(['魏星']);
    expect(chromeRole(line, 'metadata line')).toBe('byline');
    const meta: DocumentMeta = {};
    readMetaLine(line, meta);
    expect(meta).toMatchObject({ date: '2014-08-24', publication: 'CSDN', author: '魏星' });
    // Without the bars of an info line, 作者 before a name is a sentence's word.
    expect(metaAuthors('作者魏星说')).toBeUndefined();
    // A field whose first word only begins with a label (编辑部, 编辑部推荐) is no labelled field: no one is made its editor.
    const office: DocumentMeta = {};
    readMetaLine('发表于2013-05-23 | 编辑部推荐 | 1164次阅读', office);
    expect(office).toEqual({ date: '2013-05-23' });
    // 作者不详 says no one is known: no author, with a colon or without.
    expect(metaAuthors('作者：不详')).toBeUndefined();
    expect(metaAuthors('2013-05-23 | 作者不详 | 来源新华网 | 阅读100')).toBeUndefined();
  });
});

describe('stock-quote links', () => {
  const paragraph = (html: string) => parseHTML(`<html><body><p>${html}</p></body></html>`).document.querySelector('p')!;
  it("cuts a bracket of links after a linked name, the first a quote page's six-digit code, and nothing else", () => {
    const p = paragraph("市委书记来到<a href='http://q.example/000931.shtml'>中关村</a>(<a href='http://q.example/000931.shtml'>000931</a>,<a href='http://f.example/000931,guba.html'>股吧</a>)走访调研。");
    expect(cutQuoteLinks(p)).toEqual(['(000931,股吧)']);
    expect(p.textContent).toBe('市委书记来到中关村走访调研。');
    // Printed words in the bracket, a code that is no link, or a bracket after unlinked words: the text's own.
    for (const kept of [
      "来到<a href='/000931'>中关村</a>(<a href='/000931'>000931</a>,下同)走访。",
      '来到中关村(000931)走访。',
      "来到中关村(<a href='/000931'>000931</a>)走访。",
      "来到<a href='/x'>中关村</a>(<a href='/x'>000931</a>)走访。",
    ]) {
      const q = paragraph(kept);
      expect(cutQuoteLinks(q), kept).toEqual([]);
    }
  });
});

describe('a class the page\'s stylesheet hides', () => {
  // The set-12 notice page, its stylesheet replaced: a rule hiding the info line's class only for print or a narrow
  // screen hides nothing on the page as saved, so its date is read; a rule for every medium hides the line.
  const page = readFileSync(path.join(ROOT, 'web-real-notice/spa-hidden-number-rights-clauses.html'), 'utf8');
  const withStyle = (css: string) => new TextEncoder().encode(page.replace(/<style[^>]*>.*?<\/style>/su, `<style>${css}</style>`));
  it.each([['@media print{.pages-date{display:none}}'], ['@media (max-width:768px){.nav{float:none}.pages-date{display:none}}'], ['@supports (display:grid){@media print{.pages-date{display:none}}}']])(
    'inside %s hides nothing',
    async (css) => {
      expect((await readInput('page.html', withStyle(css))).meta?.date).toBe('2013-08-12');
    },
  );
  it('outside any at-rule hides the line (listed, not read)', async () => {
    const x = await readInput('page.html', withStyle('@media print{.nav{display:none}}.pages-date{display:none}'));
    expect(x.meta?.date).toBeUndefined();
    expect(x.left?.some((b) => b.text.includes('发布时间') && b.reason.includes('隐藏'))).toBe(true);
  });
});

describe('an info line\'s fields', () => {
  it('an icon or an &nbsp; parts the fields of an info line, and the IP location and buttons after the account are not its source', () => {
    const { document } = parseHTML('<div class="post_info">\n 2024-05-22 07:16:06　来源: <a href="#">鞭牛士</a>\n<img src="ipLocation.svg">北京\n  \n   &nbsp;<a href="#">举报</a>\n</div>');
    const [line] = blocksOf(document.querySelector('.post_info')!);
    expect(line?.text).toBe('2024-05-22 07:16:06 来源: 鞭牛士 北京 举报');
    const meta: DocumentMeta = {};
    readMetaLine(line!.text, meta);
    expect(meta.publication).toBe('鞭牛士');
    const other: DocumentMeta = {};
    readMetaLine('来源：北青网-北京青年报 发布于广东', other);
    expect(other.publication).toBe('北青网-北京青年报');
    // A row's align is its cells' (<tr align=center>): a headline cell centred so is centred.
    const { document: cell } = parseHTML("<table><tr align='center'><td class=bt_title>做群众工作的几点体会</td></tr><tr><td><p>大家好今天我们走访群众。</p></td></tr></table>");
    expect(blocksOf(cell.querySelector('table')!).map((b) => !!b.centred)).toEqual([true, false]);
    // An inline picture inside running text (an emoji) adds no space to the sentence.
    const { document: post } = parseHTML('<p>大家好<img src="emoji.png">今天我们走访群众。</p>');
    expect(blocksOf(post.querySelector('p')!)[0]?.text).toBe('大家好今天我们走访群众。');
  });
});

describe('a WeChat account line', () => {
  // One rule for the post copied as text and printed by a browser: the names before the account are its writers, the
  // account its publisher, the date the source's; the IP place closing the line is the poster's, read as no place.
  it('names the writers before the account, printed with or without its spaces', () => {
    expect(metaAuthors('原创 储文静 王立群 岳西组工 2025年11月28日 17:32 安徽')).toEqual(['储文静', '王立群']);
    expect(metaAuthors('原创　储文静 王立群 岳西组工2025年11月28日17:32安徽')).toEqual(['储文静', '王立群']);
  });
  it('names no writer where the platform prints the account twice, or units', () => {
    expect(metaAuthors('原创 阜平组工 阜平组工 2025年04月18日 17:30 河北')).toBeUndefined();
    expect(metaAuthors('原创 新华社 人民日报 2025年04月18日 17:30 河北')).toBeUndefined();
    // 小编 is the account's editor by trade, no one's name.
    expect(metaAuthors('原创 小编 遵义组工 2024年03月05日 10:20 贵州')).toBeUndefined();
  });
  // Red-team review: an author field filled with the district's name; 石 is a surname to the byline grammar.
  it('names no writer where a place the place list names stands among the names, and keeps the writers beside it', () => {
    expect(metaAuthors('原创 石景山 石景山组工 2013年08月06日 09:00 北京')).toBeUndefined();
    expect(metaAuthors('原创 陈婷婷 石景山 石景山组工 2013年08月06日 09:00 北京')).toEqual(['陈婷婷']);
  });
  it('gives the account as the publication and the date and time as the source\'s', () => {
    const meta: DocumentMeta = {};
    readMetaLine('原创　储文静 王立群 岳西组工2025年11月28日17:32安徽', meta);
    expect(meta).toMatchObject({ date: '2025-11-28', time: '17:32', publication: '岳西组工', author: '储文静、王立群' });
  });
});

describe('chrome kinds', () => {
  it.each([
    ['字体：小中大', 'share/print bar'],
    ['【字体：大 中 小】', 'share/print bar'],
    ['打印网摘纠错商城分享推荐', 'share/print bar'],
    ['微信 微博 QQ空间', 'share/print bar'],
    ['超大 大 中 小', 'share/print bar'],
    ['【1】【2】【3】', 'pagination'],
    ['上一页 1 2 下一页', 'pagination'],
    ['点个“在看”，你最好看', 'wechat prompt'],
    ['分享、点赞、在看，支持一下吧', 'wechat prompt'],
    ['点击上方蓝字“石景山组工”关注我们', 'wechat prompt'],
    ['评论(12)', 'comments'],
    ['扫一扫，分享到微信朋友圈', 'QR prompt'],
    ['濮阳日报', 'masthead'],
    ['2013年11月5日 第04版：党建', 'masthead'],
    ['第04版：党建', 'masthead'],
    ['投稿邮箱：pyrbdj@163.com', 'masthead'],
    ['图为永善县干部深入村组走访群众。', 'caption'],
    ['图为饶阳县党员（右）到联系户家中走访。（张立伟摄）', 'caption'],
    ['图为工作队员入户走访，登记群众反映的困难。××摄', 'caption'],
    ['〔图〕', 'caption'],
    ['英国泰晤士报网站题为《蓬勃发展的武汉》的报道截图', 'caption'],
    ['（原标题：国务院联防联控机制印发通知）', 'footer'],
    ['（原题为《新年伊始，习近平的重要文章谈了啥？》）', 'footer'],
    ['(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)', 'footer'],
    ['本文信息来源于网络，经过文刃重新编排', 'footer'],
    ['人参与 评论', 'comments'],
    ['默认 大 超大', 'share/print bar'],
    ['标准', 'share/print bar'],
    ['医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳', 'credit line'],
    ['图片来源：荆楚新闻网', 'caption'],
    ['— 2 —', 'page number'],
    ['·3·', 'page number'],
    ['第2页 共5页', 'page number'],
    ['本文来自：濮阳日报数字报', 'footer'],
    ['返回搜狐，查看更多', 'navigation'],
    ['资料图', 'caption'],
    ['资料图：干部走乡间田埂。××社记者 ××× 摄', 'caption'],
    ['“老李服务热线”是一个在濮阳市家喻户晓的热线电话。 ××供图', 'caption'],
    ['1、回复【公租房】查看最新消息', 'wechat prompt'],
    ['回复1查看往期精彩', 'wechat prompt'],
    ['点击菜单栏【便民服务】解锁更多服务！', 'wechat prompt'],
    ['看都看完了，点【在看】试试', 'wechat prompt'],
    ['图片均来自网络', 'footer'],
    ['此前报道：擦亮为民服务的窗口', 'related articles'],
    ['（实习生××对此文亦有贡献）', 'credit line'],
    ['2013年8月6日，石景山，在社区服务站办事的居民。（视觉中国）', 'caption'],
    ['群众办事大厅（资料图）', 'caption'],
    ['首页>>人物聚焦>>2005人物', 'navigation'],
    ['首页 > 工作交流', 'navigation'],
    ['第1页/共1页 << 上一页 | 下一页 >>', 'pagination'],
    ['转自《××日报》', 'footer'],
    ['举报邮箱：jubao@example.com', 'footer'],
    ['投稿邮箱：tougao@example.com', 'masthead'],
    ['[图片说明1：漫画/××]', 'caption'],
    ['#××超能团# @××健康', 'promotion'],
    ['无障碍关怀版', 'share/print bar'],
    ['视频丨张三', 'credit line'],
    ['跟贴热词：', 'comments'],
    ['网友评论仅供其表达个人看法，并不表明网易立场。', 'comments'],
    ['声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。', 'footer'],
    ['(综合整理自澎湃新闻、智东西、雷锋网等)', 'footer'],
    ['图/张三 文/李四', 'credit line'],
    ['图片丨央视新闻客户端', 'credit line'],
    ['无障碍 | 长者模式 | 繁體', 'share/print bar'],
    ['【责任编辑：张三】', 'metadata line'],
    // Twelfth real-page set: an info line of the source's name and the time, a caption in brackets closed by its
    // picture's source, a site's rights notice of numbered clauses, the label of an empty attachments box.
    ['每日经济新闻 2018-05-22 21:27:12', 'metadata line'],
    ['光明网 2017-04-26 18:41:00', 'metadata line'],
    ['（铁山港码头冶炼废渣堆存，填海面积增加。图片来源：生态环境部网站）', 'caption'],
    ['1.凡本站及其子站注明“文章类型：原创”的所有作品，其版权属于国家金融监督管理总局网站及其子站所有。其他媒体、网站或个人转载使用时必须注明：“文章来源：国家金融监督管理总局网站”。', 'footer'],
    ['附件信息:', 'related articles'],
    // A WeChat post pasted as text: its account line (原创 or the IP location marks it), a picture's stand-in, the
    // credits block's writer, the button row.
    ['原创 ××组工 ××组工 2025年04月18日 17:30 河北', 'metadata line'],
    ['××组工 2025年04月18日 17:30 河北', 'metadata line'],
    ['图片', 'wechat prompt'],
    ['文字：张三', 'credit line'],
    ['分享 收藏 点赞 在看', 'wechat prompt'],
    // The same post printed by a browser (docs19 09): the meta line loses its spaces by the date and place, and the
    // end's prompts stand side by side on one line.
    ['原创　储文静 王立群 岳西组工2025年11月28日17:32安徽', 'metadata line'],
    ['喜欢此内容的人还喜欢 · 点个在看，你最好看', 'share/print bar'],
    // A portal page printed to PDF (docs17 01): its search box, its menu opened by 首页, its button row with the
    // editor's credit in a bracket, its sponsor line and its browser advice, as lines of text.
    ['请输入关键词　搜索', 'navigation'],
    ['首页　政务公开　政务服务　互动交流　走进长汀', 'navigation'],
    ['【责任编辑：赖晓燕】　【打印本页】【关闭窗口】', 'share/print bar'],
    ['主办单位：长汀县人民政府办公室　承办单位：长汀县融媒体中心　联系电话：0597-6822xxx', 'footer'],
    ['建议使用1366×768分辨率，IE10以上版本浏览器浏览本站', 'footer'],
  ])('%s is %s', (line, kind) => expect(chromeKind(line)).toBe(kind));
  it('a row of text parted by a middle dot is chrome only when every item is', () => {
    expect(chromeKind('党建引领 · 群众路线')).toBeUndefined();
    expect(chromeKind('阅读原文 · 村里的事大家议')).toBeUndefined();
  });
  it('article text is none of them', () => {
    for (const text of ['扫码办事让群众少跑腿。', '首页', '1、以群众工作为中心常态化。', '图书室每天开放，群众可以借阅。', '干部下乡，第一版方案由群众定。', '工作重点在看实效', '2、回复群众诉求了解情况', '群众的意见来自网络和热线', '干部走访群众，登记困难。（新华社）']) {
      expect(chromeKind(text) === 'navigation' || chromeKind(text) === undefined, text).toBe(true);
    }
    expect(chromeKind('图书室每天开放，群众可以借阅。')).toBeUndefined();
    // A paragraph of several sentences is text, however it opens; a bare number may be a list item's.
    expect(chromeKind('图为民服务办实事，是干部的本分。干部走访群众，登记困难。回来后逐件办理，限期销号。')).toBeUndefined();
    expect(chromeKind('2')).toBeUndefined();
    // A column prefix before a headline (视频丨…) is no picture credit: a credit names a source or person in a few words.
    expect(chromeKind('视频丨李克强同志遗体在京火化 习近平等到八宝山革命公墓送别')).toBeUndefined();
    expect(chromeKind('视频丨用机制保障党群干群关系互动交融')).toBeUndefined();
    // A sentence about statements or compiling is text; only a line labelled 声明： or naming its sources is the site's.
    expect(chromeKind('村委会发表声明，公开承诺整改。')).toBeUndefined();
    // A unit and the date closing a text sign it (its 落款), and a notice's attachment label opens an attachment: no info line, no box.
    expect(chromeKind('中共北京市石景山区委组织部 2013年7月10日')).toBeUndefined();
    expect(chromeKind('会议时间 2013年7月10日 9:00')).toBeUndefined();
    // Names and a date and time with neither 原创 nor an IP location are a byline's, no account line.
    expect(chromeKind('张三 李四 2025年04月18日 17:30')).toBeUndefined();
    expect(chromeKind('张三 李四 2025年04月18日 17:30 会议室')).toBeUndefined();
    expect(chromeKind('附件1：')).toBeUndefined();
    // An event's credits in a text are a sentence's clauses, no site's footer; a text's 首页 is no menu.
    expect(chromeKind('主办单位：县委组织部，承办单位：县文旅局。')).toBeUndefined();
    expect(chromeKind('首页设置了办事指南、政策问答两个栏目')).toBeUndefined();
    // A contact closed with 。 is a sentence: a notice's own last line (举报电话：…。), no footer's contact line.
    expect(chromeKind('举报电话：0000-0000000。')).toBeUndefined();
    expect(chromeKind('投稿邮箱：tougao@example.com。')).toBeUndefined();
    expect(chromeKind('（干部走访群众，登记困难。）')).toBeUndefined();
    expect(chromeKind('这些经验整理自群众来信，汇编成册。')).toBeUndefined();
  });
  it('a statement labelled 声明： is the page’s only after the article’s end: one inside the text stays', () => {
    const body = ['广外街道干部每月走访群众，听取意见，解决问题，群众满意。', '声明：本村“两委”公开承诺，一月内修好村道，请群众监督。', '西城区干部每周接待群众，现场办理，限期答复。'];
    const footer = '声明：本文仅代表作者个人观点，不代表本站立场。';
    const dropped: Array<[string, string]> = [];
    const kept = dropChrome([...body, footer, '网站地图 | 联系我们'], (l) => l, {}, (l, kind) => dropped.push([l, kind]));
    expect(kept).toEqual(body);
    expect(dropped).toEqual([[footer, 'footer'], ['网站地图 | 联系我们', 'footer']]);
  });
  // review17: 「开幕式 2013年7月10日 9:00」 in a short article's text was taken for the page's info line (outlet + date + time).
  it("a schedule's lines inside the text stay text; an outlet's date-and-time line stands apart from it, above or below", () => {
    const p1 = '为贯彻落实县委群众工作会议精神，永善县将举办群众工作培训班，全体干部要深入基层，倾听群众呼声。';
    const p3 = '培训结束后，各乡镇要把学习成果转化为联系服务群众的实际行动，做到件件有着落、事事有回音。';
    const schedule = ['开幕式 2013年7月10日 9:00', '专题讲座 2013年7月10日 14:30'];
    const body = [p1, '培训班安排如下：', ...schedule, p3];
    const [above, below] = ['永善县融媒体中心 2013-07-05 10:20', '永善县人民政府网 2013-07-05 18:00'];
    const dropped: Array<[string, string]> = [];
    const kept = dropChrome([above, ...body, below], (l) => l, {}, (l, kind) => dropped.push([l, kind]));
    expect(kept).toEqual(body);
    expect(dropped).toEqual([[above, 'metadata line'], [below, 'metadata line']]);
  });
  // A related list's dates are other articles' (县委组织部召开…推进会 / 2019-09-07): the text's own dateline is never one of its items.
  it("a date under a link in a list closing the text is that item's, not the page's", () => {
    const body = ['入夏以来，镇里的干部每周都要到村里走一走，把群众的难事记在本子上，能当场解决的当场解决。'];
    const item = '县委组织部召开基层党建工作推进会';
    const read: DocumentMeta = {};
    const dropped: Array<[string, string]> = [];
    const lines = [...body, '相关新闻', item, '2019-09-07'];
    const kept = dropChrome(lines, (l) => l, read, (l, kind) => dropped.push([l, kind]), (l) => (l === item ? 1 : 0));
    expect(kept).toEqual(body);
    expect(read.date).toBeUndefined();
    expect(dropped).toContainEqual(['2019-09-07', 'related articles']);
    // With no head over the list, the link line above the date makes it an item all the same.
    const unheaded: DocumentMeta = {};
    dropChrome([...body, item, '2019-09-07'], (l) => l, unheaded, () => {}, (l) => (l === item ? 1 : 0));
    expect(unheaded.date).toBeUndefined();
    // The text's own dateline there is still read.
    const own: DocumentMeta = {};
    dropChrome([...body, '发布时间：2019-09-10'], (l) => l, own, () => {});
    expect(own.date).toBe('2019-09-10');
  });
  it('a link glued to the last paragraph is cut off at the sentence end', () => {
    expect(splitGluedTail('真正做到全心全意为人民服务。返回南方网首页>>')).toEqual(['真正做到全心全意为人民服务。', '返回南方网首页>>']);
    expect(splitGluedTail('群众满意是我们的标准，返回原点再出发。')).toBeUndefined();
  });
});

describe('web pages', () => {
  it('a lead box that prints the text\'s sentences again is a duplicate; one that sums them up is body', async () => {
    const text = '<p>十八大报告指出：坚持以人为本、执政为民，始终保持党同人民群众的血肉联系。</p><p>要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。</p><p>干部每月走访群众，登记困难，逐件办理，限期销号。</p>';
    const page = (lead: string) => `<html><head><meta charset="utf-8"><title>群众工作怎么做？_××网</title></head><body><div class="main"><h1>群众工作怎么做？</h1><div class="introduction">${lead}</div><div class="con">${text}</div></div></body></html>`;
    const again = '要深入基层，倾听群众呼声，解决群众最关心最直接最现实的问题。干部每月走访群众，登记困难，逐件办理，限期销号。';
    const twice = await ingestInput('again.html', new TextEncoder().encode(page(again)), vocab);
    expect(twice.doc.drafts[0]!.raw).toHaveLength(3);
    expect(twice.left.filter((b) => b.role === 'duplicate').map((b) => b.text)).toEqual([again]);
    // The same words with other figures say something else: the lead stays text.
    const figures = '要深入基层，倾听群众呼声，解决群众最关心最直接最现实的问题。干部每3月走访群众，登记困难，逐件办理，限期销号。';
    const other = await ingestInput('figures.html', new TextEncoder().encode(page(figures)), vocab);
    expect(other.doc.drafts[0]!.raw[0]).toBe(figures);
    expect(other.left.some((b) => b.role === 'duplicate')).toBe(false);
    // Every word of it is the text's, but each sentence joins clauses of several: a summary, no sentence printed twice.
    const summary = '坚持以人为本、执政为民，解决群众最关心最直接最现实的利益问题，逐件办理，限期销号。倾听群众呼声，始终保持党同人民群众的血肉联系。';
    const own = await ingestInput('own.html', new TextEncoder().encode(page(summary)), vocab);
    expect(own.doc.drafts[0]!.raw[0]).toBe(summary);
  });
  it("an outlet's 讯 set off by a comma is the dateline, read and left in the paragraph as printed; a sentence's 喜讯， is text", async () => {
    const page = (first: string) =>
      `<html><head><meta charset="utf-8"><title>群众工作怎么做？_××网</title></head><body><div class="main"><h2>群众工作怎么做？</h2><div class="con"><p>${first}十八大报告指出：坚持以人为本、执政为民，始终保持党同人民群众的血肉联系。</p><p>要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。</p></div></div></body></html>`;
    const wire = await ingestInput('wire.html', new TextEncoder().encode(page('证券时报e公司讯，')), vocab);
    expect(wire.doc.drafts[0]!.raw[0]).toMatch(/^证券时报e公司讯，十八大报告指出/u);
    expect(wire.doc.drafts[0]!.read?.[0]).toContain('“证券时报e公司讯”');
    const news = await ingestInput('news.html', new TextEncoder().encode(page('合作社传来喜讯，')), vocab);
    expect(news.doc.drafts[0]!.raw[0]).toMatch(/^合作社传来喜讯，十八大/u);
    expect(news.doc.drafts[0]!.read).toBeUndefined();
  });
  it('a page: the 声明 the article quotes stays in its draft, the site’s 声明 after the article is listed as page furniture', async () => {
    const quoted = '声明：本村“两委”公开承诺，一月内修好村道，请群众监督。';
    const site = '声明：本网站所载文章仅代表作者观点，转载请注明出处。';
    const ps = ['十八大报告指出：坚持以人为本、执政为民，始终保持党同人民群众的血肉联系。', '村里在公示栏贴出一份声明，全文如下：', quoted, '一个月后村道修好了，群众说干部说话算话。'];
    const html = `<html><head><meta charset="utf-8"><title>群众工作怎么做？_永善县人民政府</title></head><body><div class="main"><h1>群众工作怎么做？</h1><div class="info">发布时间：2013-05-23</div><div class="con">${ps.map((p) => `<p>${p}</p>`).join('')}<p>${site}</p><p>【责任编辑：张三】</p></div></div><div class="footer"><p>版权所有：永善县人民政府</p></div></body></html>`;
    const { doc, left } = await ingestInput('statement.html', new TextEncoder().encode(html), vocab);
    expect(doc.drafts[0]!.raw).toEqual(ps);
    expect(left.find((b) => b.text === site)?.role).toBe('chrome');
    // The editor's credit in 【】 is a labelled line of the page, listed as its 责任编辑： field: no author, no column.
    expect(left.find((b) => b.text === '【责任编辑：张三】')?.role).toBe('dateline');
    expect(doc.drafts[0]!.authors).toEqual([]);
  });

  it('a question headline in <h1> over a short article in plain <div>s gives a draft', async () => {
    const body = '<p>十八大报告指出：坚持以人为本、执政为民，始终保持党同人民群众的血肉联系。</p><p>要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。</p>';
    const html = `<html><head><meta charset="utf-8"><title>群众工作怎么做？_永善县人民政府</title></head><body><div class="nav"><a href="/">首页</a></div><div class="main"><h1>群众工作怎么做？</h1><div class="info">发布时间：2013-05-23</div><div class="con">${body}</div></div></body></html>`;
    const { doc } = await ingestInput('q.html', new TextEncoder().encode(html), vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['群众工作怎么做？']);
    expect(doc.drafts[0]!.raw).toHaveLength(2);
  });

  it('a plain centred line between paragraphs is a caption only in an article with pictures; a bold line after a picture is a subhead', async () => {
    const ps = ['<p>十八大报告指出：坚持以人为本、执政为民，始终保持党同人民群众的血肉联系。</p>', '<p>要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。</p>', '<p>干部每月走访群众，登记困难，逐件办理，限期销号。</p>'];
    const page = (inner: string) => `<html><head><meta charset="utf-8"><title>群众工作怎么做？_永善县人民政府</title></head><body><div class="main"><h1>群众工作怎么做？</h1><div class="con">${inner}</div></div></body></html>`;
    const subhead = '<p style="text-align:center">坚持群众路线</p>';
    const plain = await ingestInput('plain.html', new TextEncoder().encode(page(ps[0] + subhead + ps[1] + ps[2])), vocab);
    expect(plain.doc.drafts[0]!.raw).toContain('坚持群众路线');
    const pictured = await ingestInput('pictured.html', new TextEncoder().encode(page(ps[0] + subhead + ps[1] + '<p><img src="a.jpg"></p><p><strong>走访登记</strong></p>' + ps[2])), vocab);
    expect(pictured.doc.drafts[0]!.raw).not.toContain('坚持群众路线');
    expect(pictured.left.filter((b) => b.role === 'caption').map((b) => b.text)).toEqual(['坚持群众路线']);
    expect(pictured.doc.drafts[0]!.raw).toContain('走访登记');
  });

  it('bold centred lines in a row amid the text are captions; centred verse in a row stays text; dated teasers are a list, not text', async () => {
    const ps = ['<p>十八大报告指出：坚持以人为本、执政为民，始终保持党同人民群众的血肉联系。</p>', '<p>要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。</p>', '<p>干部每月走访群众，登记困难，逐件办理，限期销号。</p>'];
    const page = (inner: string) => `<html><head><meta charset="utf-8"><title>群众工作怎么做？_永善县人民政府</title></head><body><div class="main"><h1>群众工作怎么做？</h1><div class="con">${inner}</div></div></body></html>`;
    const read = async (inner: string) => ingestInput('p.html', new TextEncoder().encode(page(inner)), vocab);
    const captions = await read(`${ps[0]}<p><img src="a.jpg"></p><center><strong>走访现场</strong></center><center><strong>干部登记群众困难</strong></center>${ps[1]}${ps[2]}`);
    expect(captions.doc.drafts[0]!.raw.join('')).not.toMatch(/走访现场|干部登记群众困难/);
    expect(captions.left.filter((b) => b.role === 'caption').map((b) => b.text)).toEqual(['走访现场', '干部登记群众困难']);
    const verse = await read(`${ps[0]}<p style="text-align:center">一枝一叶总关情</p><p style="text-align:center">些小吾曹州县吏</p>${ps[1]}<p><img src="a.jpg"></p>${ps[2]}`);
    expect(verse.doc.drafts[0]!.raw).toEqual(expect.arrayContaining(['一枝一叶总关情', '些小吾曹州县吏']));
    const teasers = ['擦亮为民服务的窗口，江苏南京市车管所争创人民满意单位', '群众动嘴干部跑腿，广西百色市创新农事村办服务群众机制'].map((t) => `<p>${t}</p><p>2013-07-10</p>`).join('');
    const listed = await read(`${ps.join('')}<h4>智库专享</h4>${teasers}`);
    expect(listed.doc.drafts[0]!.raw).toHaveLength(3);
    expect(listed.left.filter((b) => b.reason === CHROME_REASON['related articles']).map((b) => b.text)).toEqual(['智库专享', expect.stringMatching(/^擦亮/), '2013-07-10', expect.stringMatching(/^群众动嘴/), '2013-07-10']);
  });

  it('a poem quoted inside an article (its 《title》 and ——poet) does not start a draft: the introduction stays in the body', async () => {
    const intro = '<p>今年的6月16日是父亲节。每当诵读那些关于父亲的古诗词，许多人的心中都会涌起一股暖流。</p><p>古人写给子女的诗，字里行间都是对儿女的爱与期望。</p>';
    const poem = '<p style="text-align:center"><strong>《冬夜读书示子聿》</strong></p><p style="text-align:center">——（宋）陆游</p><p>古人学问无遗力，少壮工夫老始成。</p><p>纸上得来终觉浅，绝知此事要躬行。</p><p>这首诗是陆游写给自己小儿子陆聿的，强调直接经验与间接经验都很重要。</p>';
    const html = `<html><head><meta charset="utf-8"><title>古诗词里的父爱--文化--人民网</title></head><body><div class="rm_txt"><h1>古诗词里的父爱</h1><div class="rm_txt_con">${intro}${poem}</div></div></body></html>`;
    const { doc } = await ingestInput('poem.html', new TextEncoder().encode(html), vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['古诗词里的父爱']);
    expect(doc.drafts[0]!.raw[0]).toMatch(/^今年的6月16日是父亲节/);
  });

  it("a section name (新闻动态 in <h1>, echoed by the breadcrumb) is no headline: the body's opening line that <title> names is", async () => {
    const html = `<html><head><meta charset="utf-8"><title>我院党支部举办中药技能大赛 湖南某医院</title></head><body><div class="side"><h1>新闻动态</h1></div><div class="main"><div class="content"><p>位置：首页 &gt; 新闻动态</p><p>我院党支部举办中药技能大赛</p><p>本站讯（职工通讯员 李琴雯 刘会）为深入推进党建与业务工作紧密结合，弘扬我院中药特色，培养优秀的药学技能型人才，我院举办了中药、药学理论知识与专业技能大赛。</p><p>比赛伊始，副院长作了赛前动员，全体中药、药学专业人员参赛，比赛取得了圆满成功。</p></div></div></body></html>`;
    const { doc } = await ingestInput('section.html', new TextEncoder().encode(html), vocab);
    expect(doc.drafts.map((d) => [d.title, d.authors.map((a) => a.name)])).toEqual([['我院党支部举办中药技能大赛', ['李琴雯', '刘会']]]);
    expect(doc.drafts[0]!.raw[0]).toMatch(/^本站讯（职工通讯员 李琴雯 刘会）为深入推进党建/);
  });

  it("a portal page that states no date of its own takes none from the 相关新闻 list under its text: the date stays unknown and is flagged", async () => {
    const file = path.join(ROOT, 'web-related-dates/portal-related-news.html');
    const { extracted, doc, left } = await ingestInput(file, readFileSync(file), vocab);
    expect(extracted.meta?.date).toBeUndefined();
    expect(doc.meta.date).toBeUndefined();
    expect(left.filter((b) => /^2019-09-0\d$/.test(b.text)).map((b) => b.role)).toEqual(['chrome', 'chrome', 'chrome']);
    expect(doc.drafts.map((d) => d.raw.join('\n')).join('\n')).not.toContain('2019');
  });
  it("the editor's credit under a list of other articles is the page's own by its label: read, while the item's date is not", async () => {
    const file = path.join(ROOT, 'web-related-dates/portal-related-editor.html');
    const { meta } = await readInput(file, readFileSync(file));
    expect(meta).toMatchObject({ staff: '编辑：某某' });
    expect(meta?.date).toBeUndefined();
  });
  it('page 1 of a paged article: the report and the draft say it continues, and where', async () => {
    const file = path.join(ROOT, 'web-multipage/portal-page1.html');
    const { extracted, doc, left } = await ingestInput(file, readFileSync(file), vocab);
    expect(extracted.continues).toBe('http://beijing.qianlong.com/2013/1105/3079_2.shtml');
    expect(left.some((b) => b.role === 'pagination' && b.text.includes('3079_2.shtml'))).toBe(true);
    expect(doc.drafts[0]!.flags.some((f) => f.includes('3079_2.shtml'))).toBe(true);
  });

  const pages = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((f) => /\.html?$/.test(f) && !/print|scanned|nav-only/.test(f));
  it.each(pages)('%s: every block the page shows is in the text or listed with its role', async (name) => {
    const bytes = readFileSync(path.join(ROOT, name));
    const extracted = await readInput(name, bytes);
    const { document } = parseHTML(decodeWebPage(bytes, name).html) as unknown as { document: Document };
    const pool = new Set([...extracted.text.split('\n').filter(Boolean), ...(extracted.left ?? []).map((b) => b.text)]);
    // A block split in two (本报讯（记者…） opening a paragraph, a link glued to its end) is both pieces; one a listed piece
    // was cut from the inside of (a stock-quote link in a sentence) is the text and the piece.
    const listed = (extracted.left ?? []).map((b) => b.text);
    const covered = (t: string) => pool.has(t) || [...pool].some((p) => t.startsWith(p) && pool.has(t.slice(p.length).trim())) || listed.some((q) => t.includes(q) && pool.has(t.replace(q, '')));
    const lost = blocksOf(document.body).map((b) => b.text).filter((t) => !covered(t));
    expect(lost).toEqual([]);
  });
});

describe('seventh real-page set: headline element, subtitle mark, site-name h1, 消息 lead, □ byline', () => {
  const p1 = '三是要抓住突破点。作为基层干部，首先要弄清群众真实的想法、情绪、愿望、诉求，这就要求要细心体察民情，耐心倾听群众呼声，随时掌握群众动态。';
  const p2 = '这说明，掌握好群众想法，解决好群众的合理诉求，争取广大群众的支持和参与，是做好群众工作的重要途径。';
  const page = (title: string, head: string, body: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a> <a href="/x">要闻</a></div>${head}<div class="content"><p>${body}</p><p>${p2}</p></div><div class="footer">版权所有 © 2022</div></body></html>`;
  const read = async (html: string) => readInput('page.html', new TextEncoder().encode(html));
  const lines = (text: string) => text.split('\n').filter(Boolean);

  it("parts an e-paper h1's 主题 cell from its 副题 cell in another class", async () => {
    const x = await read(page('做群众工作的几点体会--某网', '<h1><table><tr><td class="font02"></td></tr><tr><td class="font01">做群众工作的几点体会</td></tr><tr><td class="font02">掌握好群众想法是做好群众工作的重要途径</td></tr></table></h1>', p1));
    expect(lines(x.text).slice(0, 2)).toEqual(['做群众工作的几点体会', '掌握好群众想法是做好群众工作的重要途径']);
    expect(x.headings.find((h) => h.line === 3)?.level).toBe(2);
  });

  // A block after the h1's own words is its 副题 (the lead's decision on set 17): two blocks styled alike are one headline.
  it('joins a headline set on two lines in one h1 with a space', async () => {
    const x = await read(page('做群众工作的几点体会抓住突破点', '<h1 class="title"><div>做群众工作的几点体会</div><div>抓住突破点</div></h1>', p1));
    expect(x.meta.title).toBe('做群众工作的几点体会 抓住突破点');
  });

  it('takes a line marked p.subtitle under the headline as its subtitle, and no site-name h1 as the headline', async () => {
    const x = await read(page('做群众工作的几点体会 某某网', '<h1 class="none">某某网</h1><h2>做群众工作的几点体会</h2><p class="subtitle" id="SubTitle">掌握好群众想法是重要途径</p>', p1));
    expect(lines(x.text).slice(0, 2)).toEqual(['做群众工作的几点体会', '掌握好群众想法是重要途径']);
    expect(x.left?.some((b) => b.text === '掌握好群众想法是重要途径')).toBe(false);
  });

  it("leaves a broadcaster's 消息 lead in the paragraph as printed, read as a dateline", async () => {
    const x = await read(page('做群众工作的几点体会', '<h1>做群众工作的几点体会</h1>', `央广网北京2月13日消息 ${p1}`));
    expect(lines(x.text)[1]).toBe(`央广网北京2月13日消息 ${p1}`);
    expect(x.left?.find((b) => b.text.startsWith('央广网'))).toBeUndefined();
    expect(newsLeadOf(lines(x.text)[1]!)?.lead).toBe('央广网北京2月13日消息');
  });

  it('reads a byline set after a box mark', () => {
    expect(parseAuthorLine('□ 本报记者 葛灵丹')?.map((a) => a.name)).toEqual(['葛灵丹']);
  });

  it("takes a run of label–value rows for a document's metadata only where a label is a document's", () => {
    const rows = (...texts: string[]) => texts.map((text) => ({ text, row: true }));
    const table = rows('索 引 号： | 11220000013544357T/2022-00426 | 分 类： | 通告', '标 题： | 关于××的通告', '主 题 词：');
    expect([...documentTableRows(table).values()]).toEqual([[['索引号', '11220000013544357T/2022-00426'], ['分类', '通告']], [['标题', '关于××的通告']], [['主题词', '']]]);
    // A table of a case's own (名称 and 分类 any list may use), or rows that are not all labelled, are the text's.
    expect(documentTableRows(rows('名称： | 老李服务热线', '分类： | 便民服务')).size).toBe(0);
    expect(documentTableRows(rows('发文机关： | 吉林省人民政府 | 2022年')).size).toBe(0);
    const meta: DocumentMeta & { title?: string } = { date: '2022-01-28', time: '09:00:00' };
    readDocumentFields([['发布日期', '2022年01月28日'], ['成文日期', '2022年01月27日'], ['标题', '关于××的通告']], meta);
    expect(meta).toEqual({ date: '2022-01-27', title: '关于××的通告' });
  });

  it("reads a writer's credit with the pictures' credit run on, and no such line is a caption", () => {
    expect(parseAuthorLine('顶端新闻·河南商报记者马俊峰/文受访者供图')).toEqual([{ name: '马俊峰', role: '顶端新闻·河南商报记者' }]);
    expect(parseAuthorLine('马俊峰/文')?.map((a) => a.name)).toEqual(['马俊峰']);
    expect(chromeKind('顶端新闻·河南商报记者马俊峰/文受访者供图')).toBeUndefined();
    // A photo credit alone credits a picture, not the text.
    expect(chromeKind('受访者供图')).toBe('caption');
  });
});
