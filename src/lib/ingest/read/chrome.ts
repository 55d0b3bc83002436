/**
 * Page chrome inside or beside an article (WeChat prompts, share and print
 * bars, comment sections, related-article lists, QR prompts, copyright
 * footers) told apart from article text, line by line; and the 来源/作者/编辑/
 * 发布时间 lines read into metadata. Only short lines are ever chrome: a line
 * with a sentence in it is article text, whatever words it contains.
 */
import { cutWords, tagWords } from '../words.ts';
import { loadRegionIndex } from '../../node/region-index.ts';
import { isPlaceName } from '../places.ts';
import { shortPlaceName } from '../../regions/divisions.ts';
import { BARS, parseAuthorLine, UNIT_LINE, WRITER_CREDIT } from '../case-start.ts';
import { UNIT_END } from '../unit-words.ts';
import { asciiDigits, DATE, DATE_SOURCE, dateTimeIn, partialDateOf } from '../dates.ts';
import { foldForMatching } from '../script-fold.ts';
import type { DocumentMeta } from '../meta.ts';

import type { BlockRole } from '../left-blocks.ts';

export type ChromeKind =
  | 'wechat prompt'
  | 'share/print bar'
  | 'comments'
  | 'related articles'
  | 'QR prompt'
  | 'footer'
  | 'navigation'
  | 'pagination'
  | 'video player'
  | 'page number'
  | 'masthead'
  | 'caption'
  | 'author note'
  | 'promotion'
  | 'paywall'
  | 'after paywall'
  | 'IP location'
  | 'credit line'
  | 'metadata line';

/** How a caption opens: 图为…, 图：…, 图注：…, 图1：…, 上图…, ▲…, 〔图〕, 图片来源：…, 资料图：…; a caption may also end as one (…的报道截图, …供图). */
const CAPTION_OPEN = '^(?:[上下左右]?图(?:为|注\\s*[:：]|[:：]|\\s*[\\d一二三四五六]+\\s*[:：、]?)|[上下左右]图|(?:图片|配图|照片)(?:来源|提供)?[:：]|资料(?:图片?|照片)(?:[:：]|$)|[▲△◀▶]|[〔【\\[（(]\\s*图(?:片)?\\s*[〕】\\]）)]|[〔【\\[（(]?\\s*图片说明\\s*\\d{0,2}\\s*[:：])';
/**
 * A photo credit ending a caption: …摄, 张立伟摄, 中新社记者 贾天勇 摄, 小花母亲供图, （记者 ×× 摄）, a reporter
 * credited for the pictures (…记者段彦超 图), and a picture's source in brackets that only pictures name (（视觉中国）,
 * （视频截图）, （资料图）) or after a slash (…。/图：123rf, as portals close a described picture's caption); a news agency in brackets may close a paragraph of text, and is none.
 */
const PHOTO_CREDIT = '(?:(?:[^\\s。！？，,：:]{0,8}(?:记者|通讯员))?\\s*\\S{2,4}\\s*(?:摄(?:影)?|供图)[)）]?$|(?:记者|通讯员)\\s*\\S{2,4}\\s+图$|[（(][^（）()]{0,16}(?:摄|供图)[)）]$|[/／]\\s*图\\s*[:：]\\s*[^\\s/／]{1,20}$|[（(](?:视觉中国|东方IC|IC\\s?photo|CFP|图虫创意|视频截图|网络截图|资料图片?|网络图片|图片来源[:：][^（）()]{1,16})[)）]$)';
/**
 * A photo caption states what a picture shows (图为…, 图：…, 图1：…, 上图…, ▲…) or who took it
 * (…摄, （记者 … 摄）); in a PDF it is told by its smaller type too.
 */
export const CAPTION = new RegExp(`${CAPTION_OPEN}|${PHOTO_CREDIT}`, 'u');
/**
 * A caption of a sentence or two (图为…走访。（张立伟摄）, 图为…。××摄): the sentence inside does not make it
 * article text, its opening or its credit makes it a caption; so does a screenshot's credit closing it, bracketed or
 * not (…“实在是承受不起”（英国广播公司网站截图）).
 */
// A caption may stand in brackets whole, its picture's source closing it inside them (（铁山港码头…增加。图片来源：生态环境部网站）).
const LONG_CAPTION = new RegExp(`${CAPTION_OPEN}[^。！？]*[。！？]?(?:[^。！？]*[。！？])?\\s*(?:${PHOTO_CREDIT.slice(3, -1)})?$|[。！？]\\s*${PHOTO_CREDIT}|^[^。！？]{4,80}(?:截图|供图|资料图片?)[)）]?[。]?$|^[（(][^（）()]{2,80}?[。！？，；]\\s*(?:图片|照片|图)(?:来源|来自|提供)[:：][^（）()]{1,20}[)）]$`, 'u');
/** The longest a caption runs (a sentence or two and a credit). */
export const CAPTION_MAX = 100;
/**
 * A credit line as WeChat posts and papers set them, a label and a bar before the name:
 * 文丨周建华, 图片丨来源网络, 编辑丨, 审核丨, 记者｜, and staff named after spaced labels (编辑 ×× ｜ 排版 ××).
 * A picture's or video's credit names a source or a person, words of a few characters (视觉中国, 受访者提供, 央视新闻客户端):
 * 视频丨 before a phrase of ten or more is a headline's column prefix (视频丨用机制保障党群干群关系互动交融), no credit.
 * 文/作者/撰稿 name the author (read by parseAuthorLine).
 * A contributor named in brackets after the text (（实习生×××对此文亦有贡献）) is credited, not the author; so is the
 * site's editor closing a reprint ((松花江网编辑 孙桂芳)). A line of two or more label|value runs (投稿|…@qq.com 合作|…(微信)) is
 * a credits block whatever its labels: a headline's column takes one bar.
 */
const CREDIT = new RegExp(String.raw`^(?:(?:图|图片|摄影|视频)\s*[/／${BARS}]\s*(?=\S)(?![^/／${BARS}\s]{10})|(文|作者|撰稿|执笔|记者|通讯员|编辑|责编|责任编辑|美编|排版|审核|审校|校对|终审|监制|统筹|出品|来源)\s*[/／${BARS}]\s*\S|(?:文\s*字|总\s*监\s*制|监\s*制|审\s*读|审\s*核|审\s*校|校\s*对|终\s*审|统\s*筹|出\s*品|选\s*稿)\s*[:：]\s*\S|\S{2,30}供稿(?:\s|$)|(?:(?:编辑|责编|美编|排版|审核|审校|校对|终审|监制|统筹|设计|视觉)\s+[^\s${BARS}]{2,6}\s*(?:[${BARS}]\s*|$))+$|(?:\p{Script=Han}{2,4}[${BARS}][^\s${BARS}]+\s*){2,}$|[（(][^（）()]{2,30}(?:亦有贡献|参与采写|参与采访)[)）]$|[（(][^（）()]{0,12}?(?:编辑|责编)\s*[:：]?\s*\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4})*[)）]$)`, 'u');
// 文字：赵雪梅, a WeChat post's credits block naming its writer (beside 编辑：, 审核：), takes a colon as 作者： does.
const AUTHOR_CREDIT = new RegExp(`^(?:文|作者|撰稿|执笔)\\s*[/／${BARS}]|^文字\\s*[:：/／${BARS}]`, 'u');

const SHORT = 60;

/**
 * A paywall's prompts where the page stops giving the text (本文共计1561字 订阅后继续阅读, 登录 后获取已订阅的阅读权限,
 * 会员可畅读全文, 订阅/会员升级, 本文为付费内容): the site's offer to sell the rest, never words of the text; what the
 * article's block holds after them is the site's too (dropChrome). Each is the prompt whole: a text's sentence about
 * logging in (登录后即可在线办理…。) or subscribing is none.
 */
const PAYWALL = /^(?:本文(?:共计?|全文)?\s*[\d,，]+\s*字[，,\s]*)?(?:订阅|付费|购买|开通会员)(?:后|即可|可)\s*(?:继续|即可|可)?\s*(?:阅读|查看|畅读|收听)(?:全文|剩余(?:内容|全文)?|完整内容)?$|^请?登录\s*后\s*(?:获取|查看|阅读|继续阅读)[^。！？]{0,12}(?:阅读权限|全文|剩余内容)$|^[^。！？，,]{0,10}可畅读全文$|^订阅\s*[/／]\s*会员升级$|^本文为付费(?:内容|文章)/iu;

/**
 * A printed page number, in the forms Chinese documents set it (GB/T 9704's — 3 —, －3－, - 3 -, ·3·,
 * 第3页 共12页, Page 3 of 12): pagination in every reader, never body text.
 */
const PAGE_NUMBER = /^(?:[-—–－―‐·•・]\s*\d{1,4}\s*[-—–－―‐·•・]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;
/**
 * Also a page number where a page's edge or a text's pages make it one (a PDF's foot, a paged text
 * export): a bare number, 3/12, or a front matter's roman numeral. Alone in a text these are list items.
 */
const EDGE_PAGE_NUMBER = /^(?:\d{1,4}|\d{1,4}\s*[/／]\s*\d{1,4}|[-—–－―‐·•・\s]*[ivxlcIVXLC]{1,6}[-—–－―‐·•・\s]*)$/;

/** A page number by its marks wherever it stands (— 3 —, ·3·, 第3页 共12页): no body's line reads so. */
export const isMarkedPageNumber = (text: string) => PAGE_NUMBER.test(text.trim());

/** A page number at a page's edge or in a paged text (3, — 3 —, ·3·, 第3页 共12页, 3/12, iv). */
export const isPageNumber = (text: string) => PAGE_NUMBER.test(text.trim()) || EDGE_PAGE_NUMBER.test(text.trim());

/**
 * A line stating the article's original headline (（原标题：…）, 本文原标题：《…》, 原题为…): a note about the
 * headline, never body text, whatever sentences the headline holds.
 */
const ORIGINAL_TITLE = /^[（(]?(?:本文)?原(?:标)?题(?:为|[:：])/u;

/** The headline an original-title line states (本文原标题：《…》 → …), or undefined. */
export function originalTitleOf(line: string): string | undefined {
  const m = ORIGINAL_TITLE.exec(line);
  const t = m && line.slice(m[0].length).replace(/[)）]$/u, '').trim().replace(/^《(.*)》$/u, '$1').trim();
  return t || undefined;
}

/** A newspaper's name on a line of its own, or with its date and 版次. */
const PAPER = '[\\p{Script=Han}]{2,8}(?:日报|晚报|时报|商报|早报|晨报)';
const EDITION = '第\\s*[\\d一二三四五六七八九十]+\\s*版(?:\\s*[:：]?\\s*[\\p{Script=Han}]{0,8})?';

/** The channels a portal's menu lists (新闻 财经 体育…, 视频 直播 博客…): one list for every menu line. */
const CHANNELS = '新闻|视频|直播|图片|美图|博客|微博|看点|政务|搞笑|八卦|情感|旅游|佛学|众测|财经|股票|基金|科技|手机|数码|体育|娱乐|明星|电影|音乐|汽车|房产|家居|教育|健康|女性|时尚|育儿|星座|军事|历史|文化|读书|游戏|动漫|彩票|公益|国内|国际|社会|评论|专题|论坛|图集|互动';

/** A reprint ban (未经授权不得转载): a footer's line, and a rights notice where a line opens with it (RIGHTS_NOTICE). */
const REPRINT_BAN = String.raw`[未非]经(?:本网|本站|许可|同意)?授权[，,、]?\s*(?:不得|禁止|严禁)(?:转载|复制|使用)`;

const RULES: Array<[ChromeKind, RegExp]> = [
  ['credit line', CREDIT],
  // A picture copied out of a post leaves its stand-in word on a line of its own (图片, [图片]): the picture's, no text.
  ['wechat prompt', /^(\[?图片\]?|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|阅读原文|知道了|取消\s*允许|在看|写留言|赞|赞赏|喜欢作者|听过|微信扫一扫可打开此内容.*|微信扫一扫关注该公众号|视频\s*小程序\s*赞.*|：，。视频.*|分析|关注|已关注|人划线|轻点两下取消.*|留言功能已关闭.*|前往看一看|看一看入口已关闭.*|Scan to Follow|Got It|Read more|阅读\s*[(（]?\s*\d+(\.\d+)?万?\+?\s*[)）]?|在看\s*\d+|(?:.{0,8}[，,！!\s])?(?:点个[“"【\[]?在看|点[一下]?[“"【\[]在看)[”"】\]]?.*|(?:\d{1,2}[、.．]\s*)?回复(?:[【\[「“"][^】\]」”"]{1,12}[】\]」”"]|\d{1,4}|[A-Za-z]{1,8})\s*(?:即可)?(?:查看|查询|看看|获取|了解|解锁|领取).{0,20}|点击(?:底部)?菜单栏?.{0,24}|(分享|收藏|点赞|在看|转发)[、，,\s]*(分享|收藏|点赞|在看|转发)[^。]{0,16}|.{0,4}(点击|点)(上方|下方|标题下)?蓝字.{0,16}关注.{0,6})$/i],
  // A prompt to scan, not a sentence about scanning ("扫码办事" is a practice the cases describe).
  ['QR prompt', /^(微信)?扫(一扫|码|描)(下方|上方|图中|左侧|右侧)?(二维码)?.{0,8}(关注|阅读|分享|下载|打开|收听|观看|加入|添加|公众号|小程序|×)|长按(识别|扫描)?(图中|下方)?二维码|^(扫描|识别)(下方|图中)?二维码|^(使用)?微信.{0,4}扫一扫/],
  // 网易's comments are 跟贴: their heading (跟贴热词：) and the statement under the box are the comment section's.
  ['comments', /^(跟贴热词[:：]?|热门跟贴|最新跟贴|网友跟贴|网友评论仅供其?表达个人看法[^。！？]{0,20}。?|精选留言|全部留言|网友评论|全部评论|最新评论|热门评论|发表评论|我要评论|查看全部留言|评论\s*[(（]?\d*[)）]?|留言\s*[(（]?\d*[)）]?|\d+\s*条评论|已有\s*\d+\s*人(参与|评论).*|\d*\s*人参与\s*\d*\s*条?评论)$/],
  ['related articles', /^(喜欢此内容的人还喜欢|相关\s*[·・•]?\s*(新闻|阅读|文章|链接|专题|推荐)[:：]?|推荐阅读|延伸\s*[·・•]?\s*(?:阅读|推荐)|热点推荐|热门推荐|猜你喜欢|往期(回顾|推荐|精选)|阅读下一篇|上一篇[:：]?.*|下一篇[:：]?.*|(?:此前|相关|前期|往期)报道[:：].*|(?:关联|相关)稿件[:：]?|更多精彩.*|相关附件[:：]?|附件(?:信息|下载|列表)[:：]?)$/],
  // A page's reading switches are furniture with the share and font bars: accessibility and elder modes (无障碍 | 关怀版,
  // 长者模式, 适老化), script switches (简体 | 繁體).
  ['share/print bar', /^([【\[]?(无障碍(?:浏览|阅读|模式)?|关怀版|长者(?:版|模式)|长辈版|适老化?(?:版|模式)?|大字(?:版|模式)|老年(?:版|模式)|简体|繁体|繁體|打印|纠错|举报|分享|分享到[:：]?|收藏|关闭|关闭窗口|打印文章|打印本页|添加收藏|字号|字体|调整字体|超大|大|标准|默认|中|小|字大|字小|(?:字号|字体)?(?:放大|缩小|增大|减小|加大)|网摘|商城|推荐|转发|图集|(?:PDF|pdf|Word|word|WORD|WPS|wps|OFD|ofd)\s*版?下载|微信|微博|新浪微博|腾讯微博|QQ空间|Qzone|QQ|朋友圈|分享让更多人看到|返回顶部|展开全文|阅读全文|点击展开|收起|—?分享—?|[·•|｜])[】\]]?\s*)+$|^[【\[]?(分享到?|字号|字体)[:：]|^(?:阅读|查看|展开)剩余全文|^.{0,8}加载中(?:[，,]?\s*请稍候。?|\.{2,}|…+)?$|^若长时间无响应.{0,12}$|^收听本文|^\d\d:\d\d\/\d\d:\d\d$|^(?:Play Video|播放视频|\/?\d{1,2}:\d\d(?:\s*\/\s*\d{1,2}:\d\d)?)$|^时刻新闻$|^\+\d$/],
  // Page lists and next/previous links of a paged article or an e-paper (< 1 2 3 > 在本页阅读全文: its pages, and a link to
  // all of them; 第1页/共1页 << 上一页 | 下一页 >>).
  ['pagination', /^([【\[]\d{1,3}[】\]]\s*){2,}$|^(?=.*(上一页|下一页|上一版|下一版|尾页|末页))((上一页|下一页|首页|尾页|末页|上一版|下一版|\d{1,3}|第\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页|[<>«»‹›|｜/／]|…)\s*)+$|^[<‹«]?\s*(\d{1,3}\s+)+\d{1,3}\s*[>›»]?(?:\s*(?:在本页|单页)?阅读全文)?$/],
  // An embedded player's controls and states, saved with the page (speeds, qualities, 循环播放, its error and 时长 lines, a description box ending in its 收起 toggle).
  ['video player', /^((?:直播|点播|倍速|高清|超清|标清|流畅|蓝光|清晰度|循环播放|跳过片头|跳过片尾|画中画|全屏|退出全屏|静音|设置成功|展开|收起|重播|\d(?:\.\d{1,2})?\s*[xX倍]|\d{1,3}\s*%|\d{3,4}[pP])\s*)+$|^播放速度[:：]|^正在为您切换到.{0,24}请稍候|^很抱歉[，,]?\s*(?:当前)?视频(?:播放|加载)失败|^错误代码[:：]|^(?:视频)?时长[:：]\s*\d{1,2}:\d\d|^[^。！？]{2,58}收起$|^自动播放/u],
  ['page number', PAGE_NUMBER],
  // The author's notes a feature closes with (文中林影为化名, 感谢…为本文提供的帮助): the author's, not the story's text.
  ['author note', /^(?:文中|本文中?)[^。！？]{1,24}(?:均|皆)?(?:为|系)化名。?$|^感谢[^。！？]{2,40}(?:为|对)本文(?:提供|给予)[^。！？]{0,6}帮助。?$/u],
  ['caption', CAPTION],
  ['masthead', new RegExp(`^${PAPER}$|^(${PAPER}\\s*)?${DATE_SOURCE}\\s*(星期.)?\\s*(${EDITION})?$|^${EDITION}$|^《?${PAPER}》?\\s*[（(]\\s*${DATE_SOURCE}\\s*(?:第\\s*)?\\d{1,3}\\s*版\\s*[)）]$|^(投稿邮箱|投稿信箱|新闻热线|报料热线)[:：][^。！？]*$`, 'u')],
  // A contact line (举报电话：…, 投稿邮箱：…) gives an address and no sentence: one closed with 。 is the text's own (a notice's
  // last sentence, 举报电话：…。), as the masthead's contact lines above.
  ['footer', new RegExp(String.raw`(版权所有|copyright|©|${REPRINT_BAN}|ICP备|ICP证|公网安备|违法和不良信息举报|^本(?:文|作品)为.{0,30}原创|^[（(]?本文(?:来[自源][:：]?|首发(?:于|在))|^[（(]?本文(?:经|已获|获)[^。！？]{0,20}授权(?:转载|发布|刊发)[)）]?$|^(?:本文)?转(?:载)?自\s*《[^》]{2,20}》[。.]?$|^[（(]?(?:综合)?(?:整理|编译|摘编)自[^。！？]{2,40}[)）]?$|来源于网络|^(?:本文)?(?:图片|配图|照片)(?:均|皆|全部)?(?:来自|来源于|源自|取自)(?:网络|互联网)|重新编排|如有侵权|^转载请|^举报(?:邮箱|电话|热线)[:：][^。！？]*$|^(?:网站)?主办(?:单位)?\s*[:：][^。！？，,；;]*?\s(?:承办|协办|技术支持|运维|联系电话|网站标识码)(?:单位)?\s*[:：]|^(?:建议|推荐)[^。！？]{0,40}(?:分辨率|浏览器)[^。！？]{0,40}(?:浏览|访问)(?:本站|本网站?)。?$|^(\s*[|｜·]?\s*(网站声明|关于我们|联系我们|网站地图|网站导航|帮助中心|招聘英才|招聘信息|广告服务|广告营销|通行证注册|产品答疑|网站律师|隐私政策|意见反馈|[A-Z]{2,10} English|人民网|新华网|共产党员网|红网)\s*)+$)`, 'i')],
  ['paywall', PAYWALL],
  // An app's prompt at a mobile page's fold (打开APP阅读全文, 打开××APP，查看更多): the site's, though the text may go on under it.
  // The prompt whole, as a paywall's: a sentence saying what one does in an app (打开“云南办事通”APP，查看社保缴费记录只需一分钟，…)
  // is a 政务服务 case's own.
  ['promotion', /^打开[^。！？，,]{0,10}?APP\s*[，,]?\s*(?:阅读|查看|看)[^。！？，,；;]{0,8}$/iu],
  // A line of nothing but a platform's topic tags and account mentions (#大家健康超能团# @大家健康): the post's tags, no text.
  ['promotion', /^(?:#[^#\s]{1,30}#\s*|@[^\s@#]{1,20}\s*)+$/u],
  // A platform's label of where the poster's IP address was (发布于：北京市, IP属地：广东): the poster's, never the text's place.
  ['IP location', /^(?:发布于|IP属地|ip属地)\s*[:：]?\s*\p{Script=Han}{2,8}$/u],
  // A portal's channel menu printed as one run of channel names (视频直播美图博客看点政务…): four or more, nothing else.
  ['navigation', new RegExp(`^(?:${CHANNELS})(?:\\s*[|｜·]?\\s*(?:${CHANNELS})){3,}$`, 'u')],
  // A site's search box printed with its prompt (请输入关键词　搜索), and its menu opened by the home link (首页　政务公开　…).
  ['navigation', /^(?:请输入|输入)(?:关键[词字]|搜索(?:内容|关键词)?|检索词|查询内容)[^。！？]{0,8}$|^首页(?:[\s|｜·]+[^\s|｜·。，、！？：:]{2,8}){3,}$/u],
  // A breadcrumb trail of a site's sections, whatever it opens with (新华网 > > 正文, 评论 > 海外观察): names parted by >.
  ['navigation', /^\p{L}[\p{L}\p{N}]{0,11}(?:\s*[>＞»›]\s*(?:[\p{L}\p{N}]{1,12})?)+$/u],
  ['navigation', /^(当前位置|您现在的位置|现在位置|您的位置|位置)[:：]|^(当前位置|您现在的位置|您的位置)|^点击(进入|查看|阅读)[^。，]{0,16}(>>|》|＞＞)$|^首页\s*(?:>{1,2}|＞{1,2}|»|›|→)\s*[^。，！？]{1,40}$|^(首页|手机版|返回.{0,6}首页.*|返回.{0,8}[，,]?\s*查看更多.*|加入收藏.*|设为首页.*)$/],
];

/** The report's role for each kind of chrome (left-blocks.ts). */
export const CHROME_ROLE: Record<ChromeKind, BlockRole> = {
  'wechat prompt': 'chrome',
  'share/print bar': 'chrome',
  comments: 'chrome',
  'related articles': 'chrome',
  'QR prompt': 'chrome',
  footer: 'chrome',
  navigation: 'chrome',
  pagination: 'pagination',
  'video player': 'chrome',
  'page number': 'running-head',
  masthead: 'masthead',
  caption: 'caption',
  'author note': 'note',
  promotion: 'chrome',
  paywall: 'chrome',
  'after paywall': 'chrome',
  'IP location': 'chrome',
  'credit line': 'byline',
  'metadata line': 'dateline',
};

/** What the report says of a line of each kind of chrome, where the reader gives no reason of its own: the editors read it, in Chinese. */
export const CHROME_REASON: Record<ChromeKind, string> = {
  'wechat prompt': '微信公众号页面的提示语（阅读原文、在看、留言等），不是正文',
  'share/print bar': '分享、打印、字号等按钮栏，不是正文',
  comments: '评论区，不是正文',
  'related articles': '相关文章、推荐阅读列表，不是正文',
  'QR prompt': '扫描二维码的提示，不是正文',
  footer: '页脚（版权、备案、转载声明等），不是正文',
  navigation: '网站导航（菜单、当前位置、返回首页等），不是正文',
  pagination: '分页导航，不是正文',
  'video player': '视频播放器的按钮和提示，不是正文',
  'page number': '页码，不是正文',
  masthead: '报头、版次，不是正文',
  caption: '图片说明，不是正文',
  'author note': '作者所附的说明（化名、致谢），不是正文',
  promotion: '推广文字（话题标签、@账号、关注引导），不是正文',
  paywall: '付费阅读的提示（订阅后继续阅读、登录后获取阅读权限、会员可畅读全文），网站的，不是正文：网页在此不再给出正文',
  // What follows a paywall's prompt in its block is the site's on a page the paywall stopped, but a subscriber's saved
  // page may go on with the text: the reason says which it is taken for, and how to tell (as 推广文字 it said neither).
  'after paywall': '付费阅读提示之后的文字：网页在提示处不再给出正文，其后按网站的文字（数据库推广、栏目尾）处理；订户保存的页面若在此接着给出正文，请与原件核对后补回',
  'IP location': '发布者的 IP 属地，不是正文，也不是案例的地点',
  'credit line': '署名、编辑、审核等署名行，不是正文',
  'metadata line': '出处、作者、发布时间等信息行，所载信息记入来源条目，不是正文',
};

/** Page furniture glued to the end of a paragraph by the page's markup (a 返回…首页>> link, a （原题为《…》） note): the paragraph, and the tail. */
export function splitGluedTail(line: string): [string, string] | undefined {
  const m = /([。！？”’）)])\s*((?:返回.{0,10}(?:首页|查看更多)|查看更多|点击(?:进入|查看).{0,10}|【(?:打印|关闭|责任编辑)[^】]*】)[^。！？]{0,12}|[（(]原(?:标)?题(?:为|[:：])[^（）()]{2,60}[)）])$/u.exec(line);
  return m ? [line.slice(0, m.index + m[1]!.length), m[2]!] : undefined;
}

/**
 * Worded as a caption (its opening or its photo credit), whatever sentences it holds: a caption where it stands
 * under a picture (小花家发给小刚家的纸片。本文图片…均为澎湃新闻记者段彦超 图), though alone in a text it may be text.
 */
export const isCaptionWorded = (line: string) => Array.from(line).length <= CAPTION_MAX && CAPTION.test(foldForMatching(line));

const LIST_HEADS = new Set<ChromeKind>(['comments', 'related articles']);

/**
 * A platform's statement about the text (特别声明：以上内容…为自媒体平台…上传并发布, its English version Notice: The
 * content above…, a paper's 声明：…仅供参考，不构成实质性投资建议): the platform's, whatever sentences it holds.
 */
const STATEMENT = /^(?:平台声明|免责声明|特别声明|版权声明|声明|Notice|Disclaimer)\s*[:：]/i;
/**
 * A rights notice without its label (…无任何侵犯他人权益的意图。如有侵权，请联系我们…), or a clause of one where the site
 * speaks of its own works (1.凡本站及其子站注明…的所有作品，其版权属于…), or a line opening by forbidding a reprint
 * (39健康网原创内容，未经授权不得转载，违者必究。内容合作请联系：…): the publisher's, as a 声明 is.
 */
const RIGHTS_NOTICE = new RegExp(String.raw`如有侵权[，,]?\s*请(?:及时)?(?:与我们|与本号|与本站)?联系|^[^。！？]{0,60}${REPRINT_BAN}|^(?:\d{1,2}\s*[.、．]\s*)?凡(?:本站|本网|本网站)(?:及其子站)?[^。！？]{0,40}(?:作品|文章|稿件|信息)`, 'u');
/**
 * A follow prompt of a self-media account (关注我，带你…！点赞关注，让你…): it asks the reader to follow, whatever it
 * promises; no text of the article opens so.
 */
const FOLLOW_PROMPT = /^(?:关注我|点赞关注|点赞\s*[+＋]\s*关注|关注\s*[+＋]\s*点赞)[，,！!]/u;

/**
 * Whether the statement at `i` stands inside the article, not after its end: running text of the article (a sentence
 * no chrome kind claims) follows it before any list of comments or related articles. A page's statement closes the
 * article, in its footer; a 声明： the text quotes (a village's public pledge) is followed by more of the text and is
 * the text's. Told by position, not by the word, which both share.
 */
export function isStatementInText(lines: readonly string[], i: number): boolean {
  if (!STATEMENT.test(lines[i] ?? '')) return false;
  for (const line of lines.slice(i + 1)) {
    const kind = chromeKind(line);
    if (kind && LIST_HEADS.has(kind)) return false;
    if (!kind && Array.from(line).length >= 20 && /[。！？][”’」』）)]?$/u.test(line)) return true;
  }
  return false;
}
/**
 * A promotion set in or above the text (a vote, a campaign, an app): its call to action is a bracketed link to
 * click inside the line (…评选火热进行中！【点击投票】Pick你心目中的…); a paragraph that merely ends in a link
 * (…。【点击查看】) is text with a link glued to it (splitGluedTail).
 */
const PROMOTION = /[【\[]\s*点击\s*(?:投票|参与|报名|进入|查看|下载|领取|订阅|关注|观看|收听|阅读)[^】\]]{0,8}[】\]]|下载(?:客户端|APP|App|app)[^。！？]{0,16}(?:福利|红包|礼包|奖励|好礼)/u;
/**
 * A paragraph asking the reader to scan the code printed with it (扫描下方二维码关注…官方微信): the page's code, so
 * the page's promotion, whatever sentences it holds; a text about scanning (扫码办事) names no code on the page.
 */
const QR_PARAGRAPH = /(?:扫描|扫码|扫一扫|长按识别|识别)(?:下方|上方|图中|文末|左侧|右侧)的?二维码/u;

/** The kind of chrome a line is, or undefined when it is (or may be) article text. */
/**
 * A row of bracketed page buttons under the text (【打印本页】【关闭窗口】) is the page's print bar, where one bracket holds
 * the editor's credit too (【责任编辑：邱丽华】【打印本页】): the credit is read as a metadata line's (readChromeLine).
 */
const BUTTON_ROW = /^(?:[【\[][^【】\[\]]{1,20}[】\]][\s\u3000]*){2,}$/u;
const BUTTON = /[【\[](?:打印本页|打印文章|打印|关闭窗口|关闭|收藏|添加收藏|分享|纠错)[】\]]/u;

export function chromeKind(printed: string): ChromeKind | undefined {
  // The list is written in simplified characters: a traditional page's furniture (圖為…攝, 不得轉載) is matched folded.
  const line = foldForMatching(printed);
  // A byline whose pictures' credit runs on after the writer's (记者马俊峰/文受访者供图) signs the text: no caption.
  if (WRITER_CREDIT.test(line) && parseAuthorLine(line)) return undefined;
  if (Array.from(line).length <= CAPTION_MAX && LONG_CAPTION.test(line)) return 'caption';
  if (Array.from(line).length <= 400 && STATEMENT.test(line)) return 'footer';
  if (Array.from(line).length <= 200 && RIGHTS_NOTICE.test(line)) return 'footer';
  if (Array.from(line).length <= 80 && FOLLOW_PROMPT.test(line)) return 'promotion';
  if (Array.from(line).length <= CAPTION_MAX && PROMOTION.test(line) && !splitGluedTail(line)) return 'promotion';
  if (Array.from(line).length <= CAPTION_MAX && QR_PARAGRAPH.test(line)) return 'QR prompt';
  if (Array.from(line).length <= CAPTION_MAX && ORIGINAL_TITLE.test(line)) return 'footer';
  // A sentence inside makes a line text; a ？ closing a quoted title (（原题为《…谈了啥？》）) does not.
  if (Array.from(line).length > SHORT || /[。！？][^”’」』》）)】\]]/.test(line)) return undefined;
  if (BUTTON_ROW.test(line) && BUTTON.test(line)) return 'share/print bar';
  if (isMetaLine(line)) return 'metadata line';
  if (CREDIT.test(line)) return 'credit line';
  if (Array.from(line).length <= 40 && CAPTION.test(line)) return 'caption';
  for (const [kind, re] of RULES) if (re.test(line)) return kind;
  return isChromeRow(line) ? 'share/print bar' : undefined;
}

/** Where a page sets its buttons and prompts side by side: a spaced middle dot or bar between them. */
const ROW_SEPARATOR = /[\s\u3000]+[·・•|｜丨][\s\u3000]+/u;

/**
 * A row of the page's own items, each chrome, side by side on one line (喜欢此内容的人还喜欢 · 点个在看，你最好看, as a
 * browser prints a WeChat post's end): the row is chrome as each item alone is.
 */
function isChromeRow(line: string): boolean {
  const items = line.split(ROW_SEPARATOR);
  return items.length >= 2 && items.every((item) => chromeKind(item) !== undefined);
}

// 原创： labels a portal's origin line as 来源： does (原创：39健康网 2024-04-23 12:27:25): the site wrote the text, dated so.
const LABEL = '原创|本文来源|来源于|来源|作者|编辑|责编|责任编辑|发布时间|发表时间|发稿时间|更新时间|最后更新|发布日期|时间|日期|点击数|浏览次数|阅读次数|字号|文章来源|信息来源|供稿|撰稿';
// A field may stand in brackets, as a page sets its editor's credit (（责编：…）, 【责任编辑：…】).
const META_LINE = new RegExp(`(^|\\s|\\d)[（(【]?(${LABEL})\\s*[:：]`);

/**
 * A line naming organs only (永善县统计局 国家统计局永善调查队): the units that issue a 公文, as printed under its headline or
 * signing it. The first is an organ's name; each other one an organ's or its branch's (国家统计局's 调查队).
 */
export function isIssuerLine(line: string): boolean {
  const [first, ...rest] = line.split(/[\s\u3000]+/u).filter(Boolean);
  const organ = new RegExp(`^\\p{Script=Han}{2,}${UNIT_END}\\p{Script=Han}{0,8}$`, 'u');
  return !!first && UNIT_LINE.test(first) && rest.every((w) => UNIT_LINE.test(w) || organ.test(w));
}

/** A line that is only a date, perhaps in brackets and to the month (（2023年4月12日）, （2023年5月）): a 公文's date line. The date, ISO. */
export function issueDateOf(line: string): string | undefined {
  const bare = line.trim().replace(/^[（(]\s*(.+?)\s*[)）]$/u, '$1');
  const full = DATE.exec(asciiDigits(bare));
  return full && full[0].trim() === bare ? dateTimeIn(bare)?.date : partialDateOf(bare);
}

/** Labels that only a page's byline or dateline uses. */
const SURE_META = /(来源于|来源|作者|编辑|责编|责任编辑|发布时间|发表时间|发稿时间|更新时间|最后更新|发布日期|点击数|浏览次数|阅读次数|字号|文章来源|信息来源|供稿|撰稿)\s*[:：]/;

/**
 * An info line of fields parted by bars (发表于… | 1164次阅读 | 来源CSDN | 0 条评论 | 作者魏星) may print its labels without
 * a colon: in a line of three fields or more, a field opening with a label is that label's, as if the colon were there.
 * The label must be the field's first word, not the head of a longer one (编辑部 names no 编辑 部).
 */
function withColons(line: string): string {
  const parts = line.split(/([|｜])/u);
  if (parts.length < 5) return line;
  const labelled = new RegExp(`^(\\s*)(${LABEL})(?=[^\\s:：|｜])`, 'u');
  return parts.map((p) => p.replace(labelled, (whole, space: string, label: string) => (cutWords(p.trim())[0] === label ? `${space}${label}：` : whole))).join('');
}

/** A 来源 label (来源, 素材来源, 图片来源) and its value after a space, no sentence and no field beside it. */
const SPACED_SOURCE = /^\p{Script=Han}{0,2}来源\s+[^\s:：，,；;]+$/u;

/**
 * A platform's account line over a post, as copying or printing the post keeps it (原创 阜平组工 阜平组工 2025年04月18日 17:30
 * 河北, 原创 储文静 王立群 岳西组工 2025年11月28日 17:32 安徽): its 原创 mark or the poster's IP location closing it, the
 * writers' names, the account's name, the date and time. The account publishes the post; the names before it are the
 * post's writers (the platform prints the account's name there when the post names none: 阜平组工 阜平组工). A printed page
 * loses the spaces between the account, the date and the place (岳西组工2025年11月28日17:32安徽). The line is the page's,
 * as the page's markup is where the post is read from HTML (#js_author_name, #js_name).
 */
const ACCOUNT_WORD = '[^\\s，,、；;：:“”《》]{2,16}';
const ACCOUNT_LINE = new RegExp(`^(原创\\s*)?((?:${ACCOUNT_WORD}\\s+){0,3}[^\\s，,、；;：:“”《》\\d]{2,16})\\s*${DATE.source}(?:\\s*(\\p{Script=Han}{2,8}))?$`, 'u');

export function accountLineOf(text: string): { writers: string[]; account: string } | undefined {
  const m = ACCOUNT_LINE.exec(text.trim());
  provinceWords ??= loadProvinceWords();
  // Groups: 原创, the names, the date's four (year, month, day, time), the IP location.
  if (!m?.[6] || !(m[1] || (m[7] && isIpLocation(m[7])))) return undefined;
  const names = m[2]!.split(/\s+/u);
  const account = names.at(-1)!;
  // A place the place list names where a writer's name stands (原创 石景山 石景山组工 …: the author field filled with
  // the district's name, whose 石 the byline grammar takes for a surname) names the account's place, not a writer.
  return { writers: names.slice(0, -1).filter((n) => n !== account && !isPlaceName(n, loadRegionIndex())), account };
}

/** A writer's name on an account line: one personal name as the byline grammar reads it, no unit or role. */
function isWriterName(word: string): boolean {
  const named = /^\p{Script=Han}{2,4}$/u.test(word) ? parseAuthorLine(word) : undefined;
  return named?.length === 1 && !named[0]!.role && named[0]!.name === word;
}

export function isMetaLine(text: string): boolean {
  const line = withColons(asciiDigits(text));
  if (Array.from(line).length > 100 || /[。！？]/.test(line)) return false;
  if (META_LINE.test(line)) return true;
  // The field as a page may set it with a space for its colon (素材来源 江苏13个设区市党报及官方发布): a credit of the text's sources.
  if (SPACED_SOURCE.test(line)) return true;
  // A bare date line under a title: "2013-11-18 14:56:58" or "2013年05月23日 17:54".
  if (DATE.test(line) && line.replace(DATE, '').replace(/[\s|｜丨]/g, '').length === 0) return true;
  // An info line opening with the date: "2013-08-06 09:00 石景山报 调整字体", "2023/2/21 21:20（2/21 22:08 更新）" (an
  // update's time is no clause: its colon is the clock's).
  const rest = new RegExp(`^${DATE.source}`).test(line) ? line.replace(DATE, '').replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, '') : undefined;
  if (rest !== undefined) return Array.from(rest).length <= 24 && !/[，,、；;：:“”]/.test(rest);
  // …or closing with the date and the time, the source's name before them (每日经济新闻 2018-05-22 21:27:12): the time
  // makes it the page's, where a unit and a date closing a text (中共××县委组织部 2013年7月10日) sign it.
  // A when-word before the date (会议时间, 截至, 定于) makes it the text's own statement of a time, not a source's name.
  if (accountLineOf(line)) return true;
  const source = new RegExp(`^([^\\s，,、；;：:“”《》]{2,16})\\s*${DATE.source}$`, 'u').exec(line.trim());
  return !!source?.[5] && !/(?:时间|日期|时|截至|截止|定于|于|自|从|到|至)$/u.test(source[1]!);
}

const SOURCE_LABEL = '文章来源|信息来源|来源于|来源';

/** The value of a labelled field of a 来源/作者/时间 line (来源：石景山报 → 石景山报), up to the next field, spaced or not (作者：李慧敏责任编辑：…). */
function metaField(line: string, label: string): string | undefined {
  const m = new RegExp(`(?:${label})\\s*[:：]\\s*([^\\s:：|｜]+?(?:\\s[^\\s:：|｜]+)*?)(?=\\s*(?:\\s?(?:${LABEL})\\s*[:：]|\\s{2,}|\\s*[【\\[|｜]|\\d{4}[-年]|$))`).exec(line);
  const value = m?.[1]?.replace(/[)）】\]]+$/, '').trim();
  // An empty field before the next (作者：责任编辑：…): the next label's first characters are no value.
  const opensLabel = m && new RegExp(`^(?:${LABEL})\\s*[:：]`).test(line.slice(m.index + m[0].length - m[1]!.length));
  return value && !opensLabel && !new RegExp(`^(${LABEL})$`).test(value) ? value : undefined;
}

/** Where a line's labelled fields or its date begin. */
const FIELD_OR_DATE = new RegExp(`(?:${LABEL})\\s*[:：]|${DATE_SOURCE}`, 'u');
/** 记者 …, 本报通讯员 … among a line's fields. */
const REPORTER = /(?:^|\s)((?:本报|本网|本刊|本台)?(?:特约|见习|实习)?(?:记者|通讯员)[\s:：]*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4})*)(?=\s|$)/u;

/**
 * The names a 来源/作者/时间 line gives as its author, as the byline grammar reads them: its 作者/撰稿
 * field, a 记者/通讯员 among its fields, or a name opening the line before its date and fields (崔章程
 * 2013-08-06 来源：…). A unit (作者：医技药剂党支部), a site's name or page furniture (余毅菁 向雪妮返回富达，
 * 查看更多) is no author.
 */
/**
 * 来源：中国新闻网 王帆 (the space may be lost between two spans): a medium, then a personal name as the last
 * word of the field, is the source and its author; 来源: 尹娟, a personal name alone, names no medium but the one
 * who wrote it (a magazine's 本刊记者 signing so). The name must open with a surname as jieba's dictionary tags
 * it (nr), so that 新华网客户端, 人民网 人民日报 or 新浪 gives no author.
 */
function sourceAndName(value: string | undefined): { source?: string; name: string } | undefined {
  const m = value ? /^(?:(\S+?[网报社台刊])\s*)?(\p{Script=Han}{2,3})$/u.exec(value) : null;
  // Alone, a value ending as a medium's name does (新浪网, 本站) is no person's.
  const mediumAlone = m && !m[1] && /[网报社台刊站]$/u.test(m[2]!);
  const named = m && !mediumAlone ? parseAuthorLine(m[2]!) : undefined;
  const surname = m && tagWords(m[2]!)[0];
  return m && named?.length === 1 && !named[0]!.role && surname?.tag === 'nr' && surname.word.length === 1 ? { ...(m[1] ? { source: m[1] } : {}), name: named[0]!.name } : undefined;
}

export function metaAuthors(line: string): string[] | undefined {
  const text = withColons(asciiDigits(line));
  const account = accountLineOf(text);
  if (account) {
    const writers = account.writers.filter(isWriterName);
    return writers.length ? writers : undefined;
  }
  const fields = FIELD_OR_DATE.exec(text);
  const opening = fields && fields.index > 0 ? text.slice(0, fields.index).trim() : undefined;
  const stated = metaField(text, '作者|撰稿');
  // The field's value is read as the labelled byline it is (作者：…研究员徐占忱).
  const read = [stated && `作者：${stated}`, REPORTER.exec(text)?.[1], opening, sourceAndName(metaField(text, SOURCE_LABEL))?.name].map((t) => (t ? parseAuthorLine(t) : undefined)).find(Boolean);
  return read?.map((a) => a.name);
}

let provinceWords: Set<string> | undefined;
const loadProvinceWords = () => new Set(loadRegionIndex().all().filter((r) => r.level === 'province').flatMap((r) => [r.name, shortPlaceName(r.name) ?? r.name]));

/**
 * A 来源 field's source, without what a platform prints after the account: its IP location (来源: 鞭牛士 北京,
 * 发布于北京, 来自北京市: a province-level name alone, where the poster was) and its buttons (举报). Neither names
 * the source, and the IP location is not the text's place.
 */
function sourceOfField(value: string | undefined): string | undefined {
  provinceWords ??= loadProvinceWords();
  const words = value?.split(/\s+/u) ?? [];
  const end = words.findIndex((w, i) => i > 0 && (isIpLocation(w) || chromeKind(w) === 'share/print bar'));
  return (end > 0 ? words.slice(0, end).join(' ') : value) || undefined;
}

/** A province's name the platform prints where the poster was, perhaps run together with its button (北京举报, the two spans unspaced). */
function isIpLocation(word: string): boolean {
  const w = word.replace(/^(?:发布于|来自|IP属地[:：]?)/u, '');
  return provinceWords!.has(w) || Array.from(w).some((_, k) => k > 1 && provinceWords!.has(w.slice(0, k)) && chromeKind(w.slice(k)) === 'share/print bar');
}

/** What a 来源/作者/编辑/发布时间 line states; the first value found for each field wins. */
/**
 * The labels only an official document's metadata uses, which government portals (政府信息公开) set in a key–value table
 * over the text (索引号, 发文机关, 成文日期, 发文字号…), beside labels any table may use (分类, 标题, 发布日期).
 */
const DOCUMENT_FIELD = /^(?:索引号|信息索引号|主题分类|信息分类|组配分类|发文机关|发布机构|发文单位|成文日期|发文日期|印发日期|生效日期|废止日期|文号|发文字号|主题词|有效性|公开方式|公开范围)$/u;
/** The dates a document's metadata gives as the day it was made (成文日期, 发文日期): the source's date, before the day it was posted. */
const MADE_ON_LABELS = '成文日期|发文日期|印发日期';
const MADE_ON = new RegExp(`^(?:${MADE_ON_LABELS})$`, 'u');

/**
 * The rows of a document's metadata table among a page's blocks: a run of table rows each of labels and their values
 * (索 引 号： | 11220000…/2022-00426 | 分 类： | 环境监测…), one label of the run at least a document's. Each row's fields.
 */
export function documentTableRows<T extends { text: string; row?: boolean }>(blocks: readonly T[]): Map<T, Array<[string, string]>> {
  const rows = new Map<T, Array<[string, string]>>();
  let run: Array<[T, Array<[string, string]>]> = [];
  const close = () => {
    if (run.some(([, fields]) => fields.some(([label]) => DOCUMENT_FIELD.test(label)))) for (const [b, fields] of run) rows.set(b, fields);
    run = [];
  };
  for (const b of blocks) {
    const fields = b.row ? labelledCells(b.text) : undefined;
    if (fields) run.push([b, fields]);
    else close();
  }
  close();
  return rows;
}

/** A table row of labels each with its value (发文机关： | 吉林省人民政府 | 成文日期： | 2022年01月27日), or undefined. */
function labelledCells(row: string): Array<[string, string]> | undefined {
  const fields: Array<[string, string]> = [];
  for (const cell of row.split(' | ')) {
    const label = /^([\p{Script=Han}\s\u3000]{2,16})[:：]$/u.exec(cell)?.[1]?.replace(/[\s\u3000]/gu, '');
    if (label) fields.push([label, '']);
    else if (fields.length && fields.at(-1)![1] === '') fields.at(-1)![1] = cell;
    else return undefined;
  }
  return fields;
}

/**
 * What a document's metadata row states: its title, and its date (the day it was made wins over the day it was posted).
 * True when it read the day the document was made.
 */
export function readDocumentFields(fields: ReadonlyArray<[string, string]>, meta: DocumentMeta & { title?: string }): boolean {
  let madeOn = false;
  for (const [label, value] of fields) {
    if (label === '标题' || label === '名称') meta.title ??= value;
    const date = dateTimeIn(value)?.date;
    if (!date) continue;
    if (MADE_ON.test(label)) {
      meta.date = date;
      delete meta.time;
      madeOn = true;
    } else if (POSTED_ON.test(label)) meta.date ??= date;
  }
  return madeOn;
}

/** The labels a page prints its article's date under (发布日期, a 信息公开 record's 生成日期), beside the day it was made (MADE_ON). */
const POSTED_ON_LABELS = '发布日期|生成日期';
const POSTED_ON = new RegExp(`^(?:${POSTED_ON_LABELS})$`, 'u');

/**
 * The date fields a page prints above its text, as label and value: in one line among other fields (来源： 访问量：199
 * 发布日期：2017-05-15 10:49:00), or a label alone over its value (a 信息公开 list's 发文日期： / 2023-03-31). They are
 * the page's own statement of the article's date, which a meta tag the CMS rewrote on a later regeneration is not.
 */
export function printedDateFields(blocks: ReadonlyArray<{ text: string }>): Array<[string, string]> {
  const labels = `${MADE_ON_LABELS}|${POSTED_ON_LABELS}`;
  const inLine = new RegExp(`(${labels})\\s*[:：]\\s*(${DATE_SOURCE})`, 'u');
  const alone = new RegExp(`^(${labels})\\s*[:：]$`, 'u');
  const fields: Array<[string, string]> = [];
  blocks.forEach((b, i) => {
    const text = asciiDigits(b.text);
    const m = inLine.exec(text) ?? (alone.test(text) && blocks[i + 1] && new RegExp(`^${DATE_SOURCE}`, 'u').test(asciiDigits(blocks[i + 1]!.text)) ? [text, alone.exec(text)![1]!, asciiDigits(blocks[i + 1]!.text)] : null);
    if (m) fields.push([m[1]!, m[2]!]);
  });
  return fields;
}

export function readMetaLine(printed: string, meta: DocumentMeta): void {
  const line = withColons(printed);
  const date = dateTimeIn(line);
  if (date) {
    meta.date ??= date.date;
    // A time is its own day's: under a document's 成文日期 the page's posting time (时间：…08:00) states no time of it.
    if (date.time && meta.date === date.date) meta.time ??= date.time;
  }
  const source = sourceOfField(metaField(line, SOURCE_LABEL));
  const named = sourceAndName(source);
  // A 来源 that is a person alone names no publication.
  const medium = named ? named.source : source;
  if (medium) meta.publication ??= medium;
  const account = accountLineOf(asciiDigits(line));
  if (account) meta.publication ??= account.account;
  const authors = metaAuthors(line);
  if (authors) meta.author ??= authors.join('、');
  const editor = metaField(line, '责任编辑|责编|编辑');
  if (editor) meta.staff ??= `编辑：${editor}`;
}

/**
 * The report's role for a line of chrome: a line that names the author is a byline, whatever else it
 * carries (来源, 时间, 编辑…); one that states the original headline is a headline; otherwise its kind's role.
 */
export function chromeRole(line: string, kind: ChromeKind): BlockRole {
  if (kind === 'footer' && ORIGINAL_TITLE.test(line)) return 'headline';
  return kind === 'metadata line' && metaAuthors(line) ? 'byline' : CHROME_ROLE[kind];
}

/**
 * What a line of chrome states, read into the source entry: a dateline's or masthead's date and
 * source, a 文丨/作者/ credit's author (as the byline grammar reads it, `outlets` the names the page gives itself).
 */
export function readChromeLine(line: string, kind: ChromeKind, meta: DocumentMeta, outlets: ReadonlyArray<string | undefined> = []): void {
  if (kind === 'metadata line' || kind === 'masthead' || (kind === 'share/print bar' && BUTTON_ROW.test(line))) readMetaLine(line, meta);
  // The credit may name the page's outlet before the writer (文｜财新 余聪): the outlets the page names tell it apart.
  const authors = kind === 'credit line' && AUTHOR_CREDIT.test(line) ? parseAuthorLine(line, [meta.publication, ...outlets]) : undefined;
  if (authors) meta.author ??= authors.map((a) => a.name).join('、');
}

/** A credit that names the text's author (文丨周建华, 作者/…): a byline. */
export const isAuthorCredit = (line: string) => AUTHOR_CREDIT.test(line) && !!parseAuthorLine(line);

/** A line that is a date, and at most a short tag beside it (2019-09-07, 2019-09-07 08:20 中国外交): a list item's date. */
const isDateOnly = (line: string) => {
  const rest = asciiDigits(line).replace(DATE, '');
  return rest !== asciiDigits(line) && Array.from(rest.trim()).length <= 12 && !/[，,。；;：:！？]/.test(rest);
};

/**
 * The lines of lists of other articles by their shape, whatever the list's heading says (观察员, 作者最近文章,
 * 相关新闻): two or more short titles each followed by its date line. Articles do not print a date under
 * each of their lines; lists of links do. The short heading right above such a list is the list's.
 */
/** Most of a line's words the text of links: a link list's line. */
const LINKED = 0.75;

/** A line that is the text of links, no sentence (a related article's headline under 延伸阅读：, a row of them): the page's list, never the text. */
export const isLinkLine = (line: string, share: number) => share >= LINKED && !/。/u.test(line);

/**
 * A line that opens a list of other articles (相关新闻, 延伸阅读：, or a first item, a link line): the dates from here on
 * are its items' (县委组织部召开…推进会 / 2019-09-07), never the text's own dateline, which stands before any list.
 */
export const opensList = (line: string, linkShare: number): boolean => LIST_HEADS.has(chromeKind(line) ?? ('' as ChromeKind)) || isLinkLine(line, linkShare);

/** A metadata line the page's own by its label (责编：, 发布时间：…), wherever it stands: a list's items print none. */
export const isLabelledMetaLine = (line: string): boolean => SURE_META.test(line);
/** A list's label (幻灯欣赏：, 消费热点): a few words, no sentence; a unit signing the text above the list (中共××市委组织部) is the text's. */
const isListLabel = (line: string) => Array.from(line).length <= 12 && !/[。，,；;！？]/u.test(line) && !UNIT_LINE.test(line);

/**
 * Where the lines closing an article stop being text and become the page's lists (related headlines, teasers with their
 * summaries, channel boxes): from a link line on, most of what is left is the text of links. A block of links is
 * furniture by its link density, whatever its words; a paragraph with a link in it stays text. items.length if none.
 */
function linkTail(lines: readonly string[], shares: readonly number[]): number {
  const letters = lines.map((l) => l.match(/[\p{L}\p{N}]/gu)?.length ?? 0);
  let [all, linked, start] = [0, 0, lines.length];
  for (let i = lines.length - 1; i >= 0; i--) {
    all += letters[i]!;
    linked += letters[i]! * shares[i]!;
    if (isLinkLine(lines[i]!, shares[i]!) && linked * 2 >= all) start = i;
  }
  // The list's label above it goes with it.
  while (start < lines.length && start > 0 && isListLabel(lines[start - 1]!)) start--;
  // A pager closes a page's text: the boxes' labels after it (热点专题, 精彩回顾, their links gone with the saved page) are the page's.
  const pager = lines.findLastIndex((l) => chromeKind(l) === 'pagination');
  const furniture = (k: number) => isListLabel(lines[k]!) || !!chromeKind(lines[k]!) || isLinkLine(lines[k]!, shares[k]!);
  if (pager >= 0 && pager + 1 < start && lines.slice(pager + 1, start).every((_, k) => furniture(pager + 1 + k))) start = pager + 1;
  return start;
}

function teaserLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const teaser = (i: number) => i + 1 < lines.length && Array.from(lines[i]!).length <= SHORT && !/[。！？]$/.test(lines[i]!) && !isDateOnly(lines[i]!) && isDateOnly(lines[i + 1]!);
  for (let i = 0; i < lines.length; i++) {
    let end = i;
    while (teaser(end)) end += 2;
    if (end - i < 4) continue;
    const heading = lines[i - 1];
    // A unit signing the text just above the list (永善县委组织部) is the text's, not the list's heading.
    if (heading !== undefined && !out.has(i - 1) && Array.from(heading).length <= 12 && !/[\p{P}]/u.test(heading) && !UNIT_LINE.test(heading)) out.add(i - 1);
    for (let k = i; k < end; k++) out.add(k);
    i = end - 1;
  }
  return out;
}

/** A paragraph of the text's prose: sentences closed with a stop, and no furniture. */
export const isProse = (line: string) => Array.from(line).length >= 20 && /[。！？][”’」』）)]?$/u.test(line) && !chromeKind(line);

/** For each line, whether a paragraph of prose stands somewhere before it, and somewhere after it. */
function proseAround(lines: readonly string[]): { before: boolean[]; after: boolean[] } {
  const prose = lines.map(isProse);
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  return { before: prose.map((_, i) => first >= 0 && first < i), after: prose.map((_, i) => last > i) };
}

/**
 * Splits article blocks into kept text and dropped chrome (each handed to `drop` with its kind,
 * which counts and lists it).
 * A comments or related-articles heading takes the short lines after it with
 * it (the list of comments or links), up to the next line of running text.
 */
export function dropChrome<T>(
  items: T[],
  textOf: (item: T) => string,
  meta: DocumentMeta,
  drop: (item: T, kind: ChromeKind) => void,
  linkShareOf: (item: T) => number = () => 0,
): T[] {
  const kept: T[] = [];
  let list: ChromeKind | undefined;
  // A player's description box (…播出收起) names its video; the player states the same title again over the picture.
  const videoTitles = new Set<string>();
  const lines = items.map(textOf);
  const teasers = teaserLines(lines);
  // The items under a list's head are headlines or comments: short, and never a sentence closed with 。 (a
  // headline may end in ！ or ？: 特朗普的这场美国“独立日”庆典，太可怕了！).
  const itemLike = (line: string) => Array.from(line).length <= 40 && !/。$/.test(line);
  // A related item may print its summary under its title (…被停机 / 近日，四川江油…。): a list closing the text, where
  // every line from here on is an item's title or the one line under a title, takes the summaries with it.
  const closesText = (from: number) => lines.slice(from).every((l, k) => itemLike(l) || itemLike(lines[from + k - 1] ?? ''));
  let listItems = 0;
  const linkList = linkTail(lines, items.map(linkShareOf));
  const { before: proseBefore, after: proseAfter } = proseAround(lines);
  // The line above was a list's head or one of its items.
  let inList = false;
  // A paywall's prompt stood above: the page gives no more of the text, and the rest of the block (a promotion of the
  // site's database, its column's closing line) is the site's.
  let paywalled = false;
  items.forEach((item, i) => {
    const line = textOf(item);
    const count = (kind: ChromeKind) => drop(item, kind);
    if (teasers.has(i) || (i >= linkList && !chromeKind(line))) {
      count('related articles');
      inList = true;
      return;
    }
    // A pager or a share bar made of links is still told by its kind; a link line under a list's head is one of its items.
    if (!chromeKind(line) && isLinkLine(line, linkShareOf(item))) {
      count(list ?? 'related articles');
      if (list) listItems++;
      inList = true;
      return;
    }
    const link = /^(?:本文链接|原文链接|原文地址)[:：]\s*(https?:\/\/\S+)$/.exec(line);
    if (link) {
      meta.url ??= link[1]!;
      count('metadata line');
      return;
    }
    let kind = isStatementInText(lines, i) ? undefined : (chromeKind(line) ?? (videoTitles.has(line.trim()) ? 'video player' : undefined));
    if (kind === 'video player' && /收起$/u.test(line)) videoTitles.add(line.replace(/收起$/u, '').trim());
    // "时间：…", "日期：…" or a name with a date and time may be the article's own words (a meeting's time, a
    // schedule's line): only standing apart from the text, near its top or end with none of its prose on that side,
    // is it the page's dateline.
    const edge = (i < 3 && !proseBefore[i]) || (i >= items.length - 5 && !proseAfter[i]);
    if (kind === 'metadata line' && !edge && !SURE_META.test(line)) kind = undefined;
    // A date under a list's head or an item's link is that item's (a related article's date), not the text's.
    if (kind === 'metadata line' && inList && !isLabelledMetaLine(line)) {
      count(list ?? 'related articles');
      return;
    }
    inList = false;
    if (PAYWALL.test(foldForMatching(line))) paywalled = true;
    if (!kind && paywalled) kind = 'after paywall';
    if (kind) {
      readChromeLine(line, kind, meta);
      count(kind);
      list = LIST_HEADS.has(kind) ? kind : list;
      inList = LIST_HEADS.has(kind);
      listItems = 0;
      return;
    }
    // An organ's name alone (永善县统计局 国家统计局永善调查队, a 公文's issuers) or a date line is no headline of a list's item.
    if (list && !isIssuerLine(line) && !issueDateOf(line) && (itemLike(line) || (list === 'related articles' && listItems > 0 && itemLike(lines[i - 1]!) && closesText(i)))) {
      count(list);
      listItems++;
      inList = true;
      return;
    }
    list = undefined;
    kept.push(item);
  });
  return kept;
}
