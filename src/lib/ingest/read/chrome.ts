/**
 * Page chrome inside or beside an article (WeChat prompts, share and print
 * bars, comment sections, related-article lists, QR prompts, copyright
 * footers) told apart from article text, line by line; and the 来源/作者/编辑/
 * 发布时间 lines read into metadata. Only short lines are ever chrome: a line
 * with a sentence in it is article text, whatever words it contains.
 */
import type { DocumentMeta } from '../clean.ts';
import type { BlockRole, LeftBlock } from '../left-blocks.ts';

export type ChromeKind = 'wechat prompt' | 'share/print bar' | 'comments' | 'related articles' | 'QR prompt' | 'footer' | 'navigation' | 'metadata line' | 'credit line' | 'caption';

/** A photo caption's usual openings and endings (图为…, ▲…, …摄): in a PDF told by its smaller type too. */
export const CAPTION = /^(图为|图[:：]|图\d|[上下左右]图|▲|△|◀|▶)|(记者|通讯员)?\s*\S{2,4}\s*摄(影)?[)）]?$/;
/**
 * A credit line as WeChat posts and papers set them, a label and a bar or colon
 * before the name: 文丨周建华, 图片丨来源网络, 编辑丨, 审核丨, 记者｜. 文/作者/撰稿 name the author.
 */
const CREDIT = /^(文|作者|撰稿|执笔|记者|通讯员|图|图片|摄影|视频|编辑|责编|责任编辑|美编|排版|审核|审校|校对|终审|监制|统筹|出品|来源)\s*[丨|｜/]\s*\S/u;
const AUTHOR_CREDIT = /^(?:文|作者|撰稿|执笔)\s*[丨|｜/:：]\s*(\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4})*)$/u;

const SHORT = 60;

const RULES: Array<[ChromeKind, RegExp]> = [
  ['wechat prompt', /^(预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|阅读原文|知道了|取消\s*允许|在看|写留言|赞|赞赏|喜欢作者|听过|微信扫一扫可打开此内容.*|微信扫一扫关注该公众号|视频\s*小程序\s*赞.*|：，。视频.*|分析|关注|已关注|人划线|轻点两下取消.*|留言功能已关闭.*|前往看一看|看一看入口已关闭.*|Scan to Follow|Got It|Read more|阅读\s*\d+(\.\d+)?万?\+?)$/i],
  // A prompt to scan, not a sentence about scanning ("扫码办事" is a practice the cases describe).
  ['QR prompt', /^(微信)?扫(一扫|码|描)(下方|上方|图中|左侧|右侧)?(二维码)?.{0,8}(关注|阅读|分享|下载|打开|收听|观看|加入|添加|公众号|小程序|×)|长按(识别|扫描)?(图中|下方)?二维码|^(扫描|识别)(下方|图中)?二维码|^(使用)?微信.{0,4}扫一扫/],
  ['comments', /^(精选留言|全部留言|网友评论|全部评论|最新评论|热门评论|发表评论|我要评论|查看全部留言|评论\s*\d*|留言\s*\d*)$/],
  ['related articles', /^(喜欢此内容的人还喜欢|相关(新闻|阅读|文章|链接|专题|推荐)|推荐阅读|延伸阅读|热点推荐|热门推荐|猜你喜欢|往期(回顾|推荐|精选)|阅读下一篇|上一篇[:：]?.*|下一篇[:：]?.*|更多精彩.*)$/],
  ['share/print bar', /^([【\[]?(打印|纠错|分享|分享到[:：]?|收藏|关闭|关闭窗口|打印文章|打印本页|添加收藏|字号|大|中|小|转发|返回顶部|展开全文|阅读全文|点击展开|收起|—?分享—?|[·•|])[】\]]?\s*)+$|^(分享到|字号)[:：]|^收听本文|^\d\d:\d\d\/\d\d:\d\d$|^时刻新闻$/],
  ['footer', /(版权所有|copyright|©|ICP备|ICP证|公网安备|违法和不良信息举报|^本文为.{0,20}原创|^转载请|^(\s*[|｜·]?\s*(网站声明|关于我们|联系我们|网站地图|网站导航|帮助中心|招聘英才|广告服务|隐私政策|意见反馈|人民网|新华网|共产党员网|红网)\s*)+$)/i],
  ['navigation', /^(当前位置|您现在的位置|您的位置)[:：]?|^(首页|手机版|返回.{0,6}首页.*|加入收藏.*|设为首页.*)$/],
];

const LIST_HEADS = new Set<ChromeKind>(['comments', 'related articles']);

/** The kind of chrome a line is, or undefined when it is (or may be) article text. */
export function chromeKind(line: string): ChromeKind | undefined {
  if (Array.from(line).length > SHORT || /[。！？]./.test(line)) return undefined;
  if (isMetaLine(line)) return 'metadata line';
  if (CREDIT.test(line)) return 'credit line';
  if (Array.from(line).length <= 40 && CAPTION.test(line)) return 'caption';
  for (const [kind, re] of RULES) if (re.test(line)) return kind;
  return undefined;
}

const LABEL = '来源|作者|编辑|责编|责任编辑|发布时间|发表时间|发布日期|时间|日期|点击数|浏览次数|阅读次数|字号|文章来源|信息来源|供稿|撰稿';
const META_LINE = new RegExp(`(^|\\s)[（(]?(${LABEL})\\s*[:：]`);
const DATE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*(\d{1,2}:\d{2}(?::\d{2})?)?/;

/** Labels that only a page's byline or dateline uses. */
const SURE_META = /(来源|作者|编辑|责编|责任编辑|发布时间|发表时间|发布日期|点击数|浏览次数|阅读次数|字号|文章来源|信息来源|供稿|撰稿)\s*[:：]/;

export function isMetaLine(line: string): boolean {
  if (Array.from(line).length > 100 || /[。！？]/.test(line)) return false;
  if (META_LINE.test(line)) return true;
  // A bare date line under a title: "2013-11-18 14:56:58" or "2013年05月23日 17:54".
  return DATE.test(line) && line.replace(DATE, '').replace(/[\s|｜丨]/g, '').length === 0;
}

/** What a 来源/作者/编辑/发布时间 line states; the first value found for each field wins. */
export function readMetaLine(line: string, meta: DocumentMeta): void {
  const date = DATE.exec(line);
  if (date) {
    meta.date ??= `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    if (date[4]) meta.time ??= date[4].padStart(date[4].length === 4 ? 5 : date[4].length, '0');
  }
  const field = (label: string) => {
    const m = new RegExp(`(?:${label})\\s*[:：]\\s*([^\\s:：|｜]+(?:\\s[^\\s:：|｜]+)*?)(?=\\s*(?:\\s(?:${LABEL})\\s*[:：]|\\s{2,}|[|｜]|\\d{4}[-年]|$))`).exec(line);
    const value = m?.[1]?.replace(/[)）]+$/, '').trim();
    return value && !new RegExp(`^(${LABEL})$`).test(value) ? value : undefined;
  };
  const source = field('文章来源|信息来源|来源');
  if (source) meta.publication ??= source;
  const author = field('作者|撰稿');
  if (author) meta.author ??= author;
  const editor = field('责任编辑|责编|编辑');
  if (editor) meta.staff ??= `编辑：${editor}`;
}

/** The report's role for a line of chrome inside an article: bylines and credits, datelines, captions, the rest chrome. */
export function chromeRole(kind: ChromeKind, line: string): BlockRole {
  if (kind === 'credit line' || (kind === 'metadata line' && /作者|撰稿|编辑|责编|供稿/.test(line))) return 'byline';
  if (kind === 'metadata line') return 'dateline';
  return kind === 'caption' ? 'caption' : 'chrome';
}

/**
 * Splits article blocks into kept text and dropped chrome (counted by kind,
 * and listed in `left` with its role when the caller reports blocks).
 * A comments or related-articles heading takes the short lines after it with
 * it (the list of comments or links), up to the next line of running text.
 */
export function dropChrome<T>(items: T[], textOf: (item: T) => string, meta: DocumentMeta, dropped: Record<string, number>, left?: LeftBlock[]): T[] {
  const kept: T[] = [];
  let list: ChromeKind | undefined;
  const count = (kind: string) => (dropped[kind] = (dropped[kind] ?? 0) + 1);
  items.forEach((item, i) => {
    const line = textOf(item);
    const link = /^(?:本文链接|原文链接|原文地址)[:：]\s*(https?:\/\/\S+)$/.exec(line);
    if (link) {
      meta.url ??= link[1]!;
      count('metadata line');
      return;
    }
    let kind = chromeKind(line);
    // "时间：…" or "日期：…" alone may be the article's own words (a meeting's time); only near
    // the top or the end of the article is it the page's dateline.
    const edge = i < 3 || i >= items.length - 5;
    if (kind === 'metadata line' && !edge && !SURE_META.test(line)) kind = undefined;
    if (kind) {
      if (kind === 'metadata line') readMetaLine(line, meta);
      const named = kind === 'credit line' ? AUTHOR_CREDIT.exec(line)?.[1] : undefined;
      if (named) meta.author ??= named;
      count(kind);
      left?.push({ role: chromeRole(kind, line), text: line, reason: `in the article: ${kind}${kind === 'metadata line' || kind === 'credit line' ? ' (what it states is read into the source entry)' : ''}, not article text` });
      list = LIST_HEADS.has(kind) ? kind : list;
      return;
    }
    if (list && Array.from(line).length <= 40 && !/[。！？]$/.test(line)) {
      count(list);
      left?.push({ role: 'chrome', text: line, reason: `in the article: an item of the ${list} list, not article text` });
      return;
    }
    list = undefined;
    kept.push(item);
  });
  return kept;
}
