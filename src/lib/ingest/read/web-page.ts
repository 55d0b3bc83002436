/**
 * A saved web page → the article it carries. The platform rules
 * (platforms.ts) find the body where the site's structure is known; anywhere
 * else Mozilla Readability (Firefox's reader view) finds it. The headline
 * comes from the article heading or og:title/ArticleTitle, never from a menu;
 * 来源/作者/编辑/发布时间 lines become metadata; share bars, comments,
 * related lists, QR prompts and footers are dropped and counted. The page is
 * parsed by linkedom, which runs no script.
 */
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { parse, serialize, serializeOuter } from 'parse5';
import { DATE, dateIn, partialDateOf, splitDateOf } from '../dates.ts';
import { decodeDocument, DecodeError } from '../decode.ts';
import { headlineStackBlock, isHeadlineShort, isKickerLine } from '../kicker.ts';
import { newsLeadOf } from '../news-lead.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { barredColumnOf, CLOSING_BYLINE, isBylineLine, isRoleOnlyByline, isSigningUnit, NOTE_LABEL, NOTICE_NUMBER, NOTICE_NUMBER_LINE, NOTICE_TITLE, parseAuthorLine, startsWithMarker } from '../case-start.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { CAPTION_MAX, CHROME_REASON, chromeKind, chromeRole, documentTableRows, dropChrome, isCaptionWorded, isIssuerLine, isLabelledMetaLine, isLinkLine, isMetaLine, issueDateOf, opensList, originalTitleOf, printedDateFields, readChromeLine, readDocumentFields, readMetaLine, splitGluedTail, type ChromeKind } from './chrome.ts';
import { blocksOf, collapseSpace, trimLine, type Block } from './dom-lines.ts';
import { PLATFORMS } from './platforms.ts';
import { cutQuoteLinks } from './quote-links.ts';
import { cutWordNotes } from './word-footnotes.ts';
import { joinBrokenLine, textKey } from '../../text.ts';
import { hanBigrams } from '../../node/bigram-vectors.ts';
import { isDashedSubtitle } from '../dashed-subtitle.ts';
import { checkMessage } from '../../check-messages.ts';

/** Fewer Han characters than this in the body, and the page has no article. */
const MIN_HAN = 50;

/** Bytes of a page → its HTML, honouring a declared legacy charset (GBK pages are common). */
export function decodeWebPage(bytes: Uint8Array, file: string): { html: string; encoding: string } {
  const decoded = decodeDocument(bytes, file);
  if (decoded.encoding === 'gb18030') {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    // Not UTF-8, and the page names a charset other than the GB family: trust the page.
    if (declared && !/^(gb2312|gbk|gb18030|x-gbk|utf-?8)$/.test(declared) && iconv.encodingExists(declared)) {
      return { html: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
    }
  }
  return { html: decoded.text, encoding: decoded.encoding };
}

function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * Open Graph's, the CMSs' and schema.org's names for the publication date, and Dublin Core's (dcterms.created, an old BBC
 * template's only machine-read date); never a modified date. Read as CMSs spell them, in any case and with any
 * separator (PubDate, _pubtime, publish-date), in this order of preference.
 */
const PUBLISHED_META = ['articlepublishedtime', 'pubdate', 'pubtime', 'publishdate', 'publishtime', 'datepublished', 'dctermscreated', 'dctermsissued', 'dcdateissued', 'dcdate'];

function publishedMeta(doc: Document): string | undefined {
  const found = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[property], meta[name], meta[itemprop]'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().replace(/[^a-z]/g, '');
    const value = el.getAttribute('content')?.trim();
    if (value && !found.has(key)) found.set(key, value);
  }
  return PUBLISHED_META.map((k) => found.get(k)).find(Boolean);
}

/**
 * The classes the page's own <style> elements hide (.ng-hide{display:none !important}): read from rules whose selector
 * list holds a bare class and whose declarations set display:none. Linked stylesheets are not in a saved page, and no
 * cascade is computed: a bare class the page itself declares hidden is hidden wherever it is used. A rule inside an
 * at-rule (@media print, @media (max-width:…), @supports) hides only in that medium or case: not on the page as read.
 */
function hiddenClasses(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    for (const [, selectors, declarations] of withoutAtRuleBlocks(style.textContent ?? '').matchAll(/([^{}@]+)\{([^{}]*)\}/gu)) {
      if (!/(?:^|;)\s*display\s*:\s*none\b/iu.test(declarations!)) continue;
      for (const selector of selectors!.split(',')) {
        const bare = /^\s*\.([A-Za-z_][\w-]*)\s*$/u.exec(selector)?.[1];
        if (bare) out.add(bare);
      }
    }
  }
  return out;
}

/** A stylesheet without its at-rules' blocks (@media …{…}), innermost first, so that only its rules for every medium are left. */
function withoutAtRuleBlocks(css: string): string {
  const AT_RULE_BLOCK = /@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/gu;
  let rest = css;
  for (let cut = rest.replace(AT_RULE_BLOCK, ''); cut !== rest; cut = rest.replace(AT_RULE_BLOCK, '')) rest = cut;
  return rest;
}

/** "标题_人民网", "标题 - 新华网", "标题--理论--人民网" → "标题". */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s*(?:_|｜|\||--|\s-\s|\s–\s)\s*/).map((p) => p.trim()).filter(Boolean);
  return parts[0] && Array.from(parts[0]).length >= 2 ? parts[0] : title.trim();
}

function plausibleTitle(text: string | undefined | null): string | undefined {
  const t = text ? trimLine(collapseSpace(text)) : '';
  const n = Array.from(t).length;
  // A headline may ask or exclaim (…怎么做？, 别笑！18人的…); a 。 makes it a sentence. A year and month alone (a date
  // block's 2024年02月 beside its day 21) states when, never what: no headline.
  if (n < 2 || n > 100 || !/\p{Script=Han}/u.test(t) || /。/.test(t) || chromeKind(t) || partialDateOf(t)) return undefined;
  return t;
}

/**
 * A headline element's lines (an e-paper's h1 table: 主题 cell over 副题 cell; a portal's h1 with its 副题 in a <div>
 * after its own words). Lines styled as the first (the same class, or none, or the element's own words parted by a
 * break) are one headline set on two lines, joined by a space as an editor types it; a line under them in another
 * class, or a block nested after the element's own words, is the 副题 (the lead's decision on set 17).
 */
function headlineLines(h1: Element): { title: string; subtitle?: string } | undefined {
  const line = (e: Element) => trimLine(collapseSpace(e.textContent ?? ''));
  const leaves = Array.from(h1.querySelectorAll('div, p, td, th')).filter((e) => !e.querySelector('div, p, td, th') && line(e));
  const loose = Array.from(h1.childNodes).filter((n) => n.nodeType === 3).map((n) => trimLine(collapseSpace(n.nodeValue ?? ''))).filter(Boolean);
  // The element's own words are styled as no block in it is: null is no class a block may carry.
  const lines = [...loose.map((text) => ({ text, style: null as string | null })), ...leaves.map((e) => ({ text: line(e), style: e.getAttribute('class') ?? '' }))];
  if (lines.length < 2) return undefined;
  let n = 1;
  while (lines[n] && lines[n]!.style === lines[0]!.style) n++;
  if (lines.length - n > 1) return undefined;
  const title = plausibleTitle(lines.slice(0, n).map((l) => l.text).join(' '));
  return title ? { title, ...(lines[n] ? { subtitle: lines[n]!.text } : {}) } : undefined;
}

/**
 * The line set right under the headline in the headline's own block (an e-paper's div.biaot: an <h3> 引题, the <h1>, a
 * centred <p>, the date in <h6>): a block holding the headline's stack and not the text, so the line is the 副题 whatever
 * its tag, unless it is the date, a 来源 line, a byline, a link or page furniture. `firstWords` open the text.
 */
function lineUnderHeadline(h1: Element, firstWords: string | undefined): string | undefined {
  const stack = h1.parentElement;
  if (!stack || !firstWords || collapseSpace(stack.textContent ?? '').includes(firstWords)) return undefined;
  let next = h1.nextElementSibling;
  while (next && !blocksOf(next).length) next = next.nextElementSibling;
  const lines = next ? blocksOf(next) : [];
  const text = lines.length === 1 && !lines[0]!.linkShare ? plausibleTitle(lines[0]!.text) : undefined;
  return text && isHeadlineShort(text) && !isMetaLine(text) && !dateIn(text) && !parseAuthorLine(text) && !BYLINE_LINE.test(text) ? text : undefined;
}

/** The site's name set as a heading (a logo's text, often hidden): what the <title> ends with after the headline. */
function isSiteName(doc: Document, text: string | undefined): boolean {
  const pageTitle = trimLine(collapseSpace(doc.title ?? ''));
  return !!text && pageTitle !== text && pageTitle.endsWith(text) && Array.from(text).length <= 12;
}

/** Page furniture (a menu, header bar, footer) by its tag, id or class. */
function isFurniture(e: Element): boolean {
  const tag = e.tagName.toLowerCase();
  const id = `${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`;
  return tag === 'nav' || tag === 'footer' || /(^|[\s_-])(nav|menu|footer|foot|breadcrumb|crumb|logo|topbar|top-bar|site-header)([\s_-]|$)/i.test(id);
}

/** Inside page furniture: never the headline. */
function inFurniture(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

/** At least n Han characters in the text (stops counting there: bodies can be megabytes). */
function hasHan(text: string, n: number): boolean {
  const re = /\p{Script=Han}/gu;
  let found = 0;
  while (found < n && re.exec(text)) found++;
  return found >= n;
}
const count = (dropped: Record<string, number>, kind: string, n = 1) => {
  if (n > 0) dropped[kind] = (dropped[kind] ?? 0) + n;
};

/** The parts of a `<title>`: "栏目 - 标题 - 站名", "标题_人民网". */
const titleParts = (title: string) => title.split(/\s*(?:_|｜|\||--|\s-\s|\s–\s|-(?=[^-]{2,12}$))\s*/).map((p) => p.trim()).filter(Boolean);
/** The names the page gives itself: its publisher, the site named in its head, the parts of its <title> after the headline (…_财新网). */
const pageOutlets = (r: PageReading) => [r.meta.publication, r.site, ...titleParts(r.doc.title ?? '').slice(1)];

/**
 * A line that is the headline with words added around it (2018年 before it): the headline's every word in order, a
 * headline's length (a few words more, no clause of a sentence), so the same headline, not a sentence that quotes it.
 */
function restatesHeadline(line: string, title: string): boolean {
  const [own, head] = [textKey(line), textKey(title)];
  return own !== head && Array.from(head).length >= 6 && own.includes(head) && Array.from(own).length - Array.from(head).length <= Array.from(head).length / 2 && !/[。，,；;：:]/u.test(line);
}

/** A line that is only a byline naming each person after a reporter's role (光明日报记者 王建宏 张文攀, 《财经》记者 白兆东/文). */
function isReportersByline(text: string): boolean {
  const reporters = parseAuthorLine(text);
  return !!reporters && reporters.every((a) => a.role && /(?:记者|通讯员)$/u.test(a.role));
}

/** A byline printed as the article's first line: 文/…, 作者：…, 记者 …, 本报记者 …. */
const BYLINE_LINE = /^(?:文|作者|撰文|撰稿|执笔|(?:本报|本刊|本台|本网)?(?:特约|见习|实习)?(?:记者|通讯员))\s*[/／:：\s]/u;
/**
 * The bracketed tag opening a headline (【澎湃新闻】) when it names the outlet the page names as its source or publisher
 * (来源：澎湃新闻, the site's name): whose the piece is. Its words elsewhere on the page (【视频】 beside a 视频 menu) say nothing.
 */
function sourceTagOf(title: string, outlets: ReadonlyArray<string | undefined>): string | undefined {
  const m = /^[【\[]([^】\]]{2,12})[】\]]\s*(?=\S)/u.exec(title);
  if (!m) return undefined;
  return outlets.some((o) => o?.includes(m[1]!)) ? m[0].trim() : undefined;
}

/** A link to a user's profile on a platform (头条 /c/user/…, 大风号 /mediaShare/home/2583/media, ?uid=…): the account that posted, not a byline. */
const PROFILE_LINK = /\/(?:c\/)?(?:user|u|profile|account)\/|\/home\/\d+(?:\/|$)|[?&](?:uid|user_?id)=/i;

/** The names the page shows as posting accounts: the text of links to a user's profile, and @name mentions of them. */
function accountNames(doc: Document): Set<string> {
  const names = Array.from(doc.querySelectorAll('a[href]'))
    .filter((a) => PROFILE_LINK.test(a.getAttribute('href') ?? ''))
    .map((a) => trimLine(collapseSpace(a.textContent ?? '')).replace(/^@/, ''));
  return new Set(names.filter((n) => n && Array.from(n).length <= 20));
}

/** "第2页"/"2" links, and hrefs such as xxx_2.html, index_1.html or ?page=2: the next page of a paged article. */
function nextPage(doc: Document, base: string | undefined): string | undefined {
  const links = Array.from(doc.querySelectorAll('a[href]'));
  const next = links.find((a) => /^(下一页|下页|后一页)\s*[>›»]*$/.test(trimLine(a.textContent ?? ''))) ?? links.find((a) => /^(2|第2页|\[2\]|【2】)$/.test(trimLine(a.textContent ?? '')));
  const href = next?.getAttribute('href')?.trim();
  if (!href || /^(javascript:|#)/i.test(href) || !/(_|-|index_?)2\.\w+$|[?&](page|p|pn)=2\b/i.test(href)) return undefined;
  try {
    return base ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/**
 * The page as a browser builds it. parse5 implements the HTML standard's tree construction: a page saved
 * without its `<html>` root, or with a browser extension's `<img>` between `</head>` and `<body>`, is one
 * document with one body, as a reader saw it. linkedom alone took `<head>` for the root (no `<title>`)
 * or opened an empty second body, and the article's headline and blocks went unseen. linkedom then gives
 * the DOM the readers query; neither runs a script.
 */
export function parsePage(html: string): Document {
  const tree = parse(html);
  // Only the root element: a comment before it (<!--<![endif]-->) hides the <title> from linkedom.
  const root = tree.childNodes.find((n) => n.nodeName === 'html');
  const { document: doc } = parseHTML(`<!DOCTYPE html>${root ? serializeOuter(root) : serialize(tree)}`) as unknown as { document: Document };
  // document.title is the first <title> anywhere (a tag saved before it in <head> starts the body early);
  // linkedom looks in <head> only.
  const title = doc.querySelector('title');
  if (title && doc.head && title.parentElement !== doc.head) doc.head.append(title);
  return doc;
}

/** Letters and digits only: a headline and a sentence compared whatever their punctuation and quotes. */
const wordsOf = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** Whether every character of `line` occurs in `sentence`, in the same order, and the sentence says more. */
function restates(line: string, sentence: string): boolean {
  const [l, s] = [Array.from(wordsOf(line)), Array.from(wordsOf(sentence))];
  let at = 0;
  for (const c of s) if (at < l.length && c === l[at]) at++;
  return at === l.length && s.length > l.length;
}

/**
 * How many lines opening the text are its own headline: up to three short lines without sentence
 * punctuation or a section number whose words, joined (ten or more), the first sentence after them says
 * in the same order — a headline is its lead's summary (绥德县举行 / 庆“八一”…表彰大会 over 「…绥德县在县消防
 * 救援大队成功举行了庆“八一”…表彰大会。」; 2024年4月份居民消费价格同比上涨0.3% over 「2024年4月份，全国居民
 * 消费价格同比上涨0.3%。」). A subhead heads a section and is not said again by its first sentence.
 */
function ownHeadlineLines(kept: readonly Block[]): number {
  if (reprintedNoticeHead(kept)) return 1;
  for (let n = 1; n <= 3 && n < kept.length; n++) {
    const line = kept[n - 1]!.text;
    if (Array.from(line).length > 40 || /[。！？；，,;!?]/u.test(line) || startsWithMarker(line)) return 0;
    const joined = kept.slice(0, n).map((b) => b.text).join('');
    const next = kept[n]!.text;
    const first = /^[^。！？]*[。！？]/u.exec(newsLeadOf(next)?.rest ?? next)?.[0];
    if (Array.from(wordsOf(joined)).length >= 10 && first && restates(joined, first)) return n;
  }
  return 0;
}

/** A summary box's label (摘要：, 内容摘要：, 导语：, 核心提示：). */
const SUMMARY_LABEL = /^(?:内容)?(?:摘要|提要|导语|核心提示)\s*[:：]\s*/u;
/** How alike two sentences are for one to be the other again, a word changed at most (Dice of their Han bigrams). */
const SAME_SENTENCE = 0.85;

const sentencesOf = (text: string) => text.match(/[^。！？]+[。！？]?/gu) ?? [];

/** Dice's coefficient of two texts' Han bigrams: 1 for the same words, about 0.9 for one word changed in a sentence. */
function dice(a: readonly string[], b: readonly string[]): number {
  const inB = new Set(b);
  return a.length + b.length ? (2 * a.filter((x) => inB.has(x)).length) / (a.length + b.length) : 0;
}

/**
 * A lead box above the text (a 摘要： box, a site's art-lead) each of whose sentences the text prints again, word for
 * word or with a word changed (并称 for 并表示): the same sentences twice, so not body. A lead that sums up or rewords
 * (中新网's 内容摘要, 腾讯's introduction quoting a speaker in other words, 网易's one-line lede) is text of its own, as
 * the real-page sets 1, 2 and 5 annotate it.
 */
function restatedLead(lead: string, rest: readonly string[]): boolean {
  const read = (text: string) => ({ words: hanBigrams(text), figures: figuresOf(text) });
  const own = sentencesOf(lead.replace(SUMMARY_LABEL, '')).map(read);
  if (own.flatMap((s) => s.words).length < 20) return false;
  const later = rest.flatMap(sentencesOf).map(read);
  return own.every((s) => later.some((l) => dice(s.words, l.words) >= SAME_SENTENCE && s.figures === l.figures));
}

/** A sentence's figures in order (500万元, 3个): Han bigrams do not see them, and a lead giving other figures says something else. */
const figuresOf = (text: string) => (text.normalize('NFKC').match(/\d+(?:\.\d+)?/gu) ?? []).join(' ');

/**
 * The date of a 落款 closing the text: a bare date right under an organ's name (isSigningUnit), no running text after
 * them (a download link's words may follow).
 */
function signOffDate(blocks: readonly Block[]): Block | undefined {
  const at = blocks.findLastIndex((b) => isSigningUnit(b.text));
  const date = blocks[at + 1];
  const bare = date && DATE.test(date.text) && date.text.replace(DATE, '').trim() === '';
  return at >= 0 && bare && blocks.slice(at + 2).every((b) => Array.from(b.text).length <= 30 && !/[。！？]/u.test(b.text)) ? date : undefined;
}

/**
 * A headline set over several short lines at the top of the text (a 公文's title printed as three or four bold centred
 * lines): the lines that, joined as a broken line is (joinBrokenLine), are the title the page states or its <title>.
 */
function headlineRun(kept: readonly Block[], titles: ReadonlyArray<string | undefined>): { at: number; n: number; title: string } | undefined {
  const lineOfHeadline = (b: Block) => (b.bold || b.centred || !!b.heading) && Array.from(b.text).length <= 40 && !/[。！？；]$/u.test(b.text);
  for (let at = 0; at < Math.min(kept.length, 16); at++) {
    for (let n = 2; n <= 6 && at + n <= kept.length && lineOfHeadline(kept[at + n - 1]!); n++) {
      if (!lineOfHeadline(kept[at]!)) break;
      const joined = joinBrokenLine(kept.slice(at, at + n).map((b) => b.text));
      const title = titles.find((t) => t === joined);
      if (title) return { at, n, title };
    }
  }
  return undefined;
}

/**
 * An official notice reprinted as a page's text opens with its own title (国务院关于…的指导意见, the issuer before
 * 关于) and its 文号 line: the document's heading under the page's headline, as a release's title is.
 */
function reprintedNoticeHead(kept: readonly Block[]): boolean {
  const title = kept[0]?.text.replace(/^\S{2,24}?(?=关于)/u, '');
  return !!title && NOTICE_TITLE.test(title) && NOTICE_NUMBER_LINE.test(kept[1]?.text ?? '');
}

/** The issuer a 公文's title opens with (平潭综合实验区管委会关于…的通知): its name before 关于. */
const withoutIssuer = (title: string) => title.replace(/^\S{2,24}?(?=关于)/u, '');
/** A red head's mark over a 公文 (中共××县委组织部文件) or its 文号 (×组通〔2024〕7号): the notice's head, no text. */
const isRedHeadMark = (line: string) => NOTICE_NUMBER_LINE.test(line) || /^\S{2,30}文件$/u.test(line);

/**
 * A 公文's red head pasted at the top of the text under the page's own headline (a Word copy of the document): its
 * 文号 (and 文件 mark), then its title broken over short lines, perhaps the issuer first (中共××县委组织部 / 关于印发… /
 * …的通知), perhaps the 文号 under it. The title joined is the page's headline, issuer aside: the head the page already
 * prints above the text, which starts at the addressees. Its mark lines and title lines, or undefined.
 */
function pastedRedHead(kept: readonly Block[], title: string | undefined): { marks: Block[]; lines: Block[] } | undefined {
  if (!title || !NOTICE_TITLE.test(withoutIssuer(title))) return undefined;
  let at = 0;
  while (kept[at] && isRedHeadMark(kept[at]!.text)) at++;
  for (let n = 1; n <= 6 && at + n <= kept.length; n++) {
    const line = kept[at + n - 1]!.text;
    if (Array.from(line).length > 40 || /[。！？；，,;!?：:]/u.test(line)) return undefined;
    const joined = joinBrokenLine(kept.slice(at, at + n).map((b) => b.text));
    if (joined !== title && withoutIssuer(joined) !== withoutIssuer(title)) continue;
    const after = kept[at + n] && isRedHeadMark(kept[at + n]!.text) ? 1 : 0;
    const marks = [...kept.slice(0, at), ...kept.slice(at + n, at + n + after)];
    return marks.length ? { marks, lines: kept.slice(at, at + n) } : undefined;
  }
  return undefined;
}

interface WebPageOptions {
  format?: 'html' | 'mhtml';
  encoding?: string;
  url?: string | undefined;
}

/** Counts a block that goes to no draft by its kind and lists it with its role. */
type Leave = (text: string, kind: ChromeKind | 'page text outside the article' | 'byline', reason?: string) => void;

/** The page as parsed, and what every step adds to: its metadata and the blocks it leaves out. */
interface OpenPage {
  readonly file: string;
  readonly html: string;
  readonly options: WebPageOptions;
  readonly doc: Document;
  /** The address the page states (canonical link, og:url). */
  readonly url: string | undefined;
  readonly meta: ExtractedDocument['meta'];
  readonly dropped: Record<string, number>;
  readonly left: LeftBlock[];
  readonly leave: Leave;
  /** Notes Word saved at the page's end ("[N] text", word-footnotes.ts), out of the page: they follow the body. */
  readonly wordNotes: string[];
}

/** How a block looks on the page as saved (the article finder drops styles and classes): what captions and headlines are told by. */
interface Look {
  centred: (b: Block | undefined) => boolean;
  headingOf: (b: Block) => number | undefined;
  bold: (b: Block) => boolean;
  afterImage: (b: Block) => boolean;
  /** Right under thin banners only (dom-lines.ts): a decoration, which takes no caption. */
  afterBanner: (b: Block) => boolean;
  inCaptionSlot: (b: Block) => boolean;
}

/** What reading the page has found so far: each step of readWebPage reads it and adds to it. */
interface PageReading extends OpenPage {
  /** The article's element: the platform's body, or the one Readability found. */
  readonly body: Element;
  /** The title Readability read, where it found the article. */
  readonly readerTitle: string | undefined;
  /** The article's blocks, its metadata table's rows out. */
  readonly blocks: Block[];
  /** Every block of the page, in order, and the first of each text. */
  readonly page: Block[];
  readonly onPage: Map<string, Block>;
  readonly look: Look;
  /** The article's text still to place: each step takes what is no body from its ends. */
  kept: Block[];
  /** The headline, once chosen. */
  title: string | undefined;
  /** A document's own date (成文日期) was read from its metadata: no date line by the headline overrides it. */
  madeOn: boolean;
  /** The texts of the page's links. */
  linkTexts: Set<string>;
  /** The headline as the text prints it over several lines at its top, where it does. */
  run: { at: number; n: number; title: string } | undefined;
  printedHeadline: boolean;
  /** Where the text repeats the headline among its first blocks (-1: it does not). */
  titleInBody: number;
  /** Lines that go with the headline: a subtitle, a byline between headline and body. */
  heading: Block[];
  bylines: Block[];
  /** A news lead opening the first paragraph names the reporters: no byline line is taken for them. */
  leadNames: boolean;
  /** An editor's note printed between the headline and the body. */
  notes: Block[];
  /** Where the text starts on the page, read before the bylines are taken. */
  startAt: number;
  byAccount: (line: string) => boolean;
  /** The last paragraph as it was before page furniture glued to it was cut off. */
  lastKept: Block | undefined;
  glued: [string, string] | undefined;
  /** The page's blocks between the headline and the body, read as the article's. */
  between: Set<number>;
  /** Where the text ends on the page (-1: not found). */
  endAt: number;
  /** The site's name the head states. */
  site: string | undefined;
}

/**
 * A saved web page → its article's text, metadata and every block left out with its role. Each step takes what it
 * knows from the page or the text's ends: the article, its captions, its headline and what repeats it at the text's
 * top, the document's dates, bylines, an editor's note, closing furniture, the lines by the headline, and the rest of
 * the page, listed.
 */
export function readWebPage(file: string, html: string, options: WebPageOptions = {}): ExtractedDocument {
  const r = readArticle(openPage(file, html, options));
  dropCaptions(r);
  chooseHeadline(r);
  cutPrintedHeadline(r);
  cutHeadlineRepeated(r);
  cutRedHead(r);
  cutOwnHeadline(r);
  readDocumentDates(r);
  takeOpeningByline(r);
  cutRestatedHeadline(r);
  takeEditorNote(r);
  cutRestatedLead(r);
  cutClosingFurniture(r);
  readBetweenHeadlineAndBody(r);
  dropFurnitureByHeadline(r);
  return assemble(r, listOutside(r));
}

function openPage(file: string, saved: string, options: WebPageOptions): OpenPage {
  const doc = parsePage(saved);
  // Every reading of the page, Readability's copy too, starts from the page without Word's note list.
  const wordNotes = cutWordNotes(doc);
  const html = wordNotes.length ? doc.toString() : saved;
  const dropped: Record<string, number> = {};
  const left: LeftBlock[] = [];
  /** Every block that goes to no draft is counted by kind and listed with its role. */
  const leave: Leave = (text, kind, reason) => {
    count(dropped, kind);
    const role = kind === 'page text outside the article' ? 'chrome' : kind === 'byline' ? 'byline' : chromeRole(text, kind);
    left.push({ role, text, reason: reason ?? (kind === 'page text outside the article' ? '文章之外的页面文字（菜单、列表、页脚等），不是正文' : kind === 'byline' ? '署名，不是正文' : CHROME_REASON[kind]) });
  };
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical || metaContent(doc, 'og:url') || undefined;
  return { file, html, options, doc, url, meta: {}, dropped, left, leave, wordNotes };
}

/** The article found on the page, its blocks with the metadata table and page chrome out, and how they look. */
function readArticle(p: OpenPage): PageReading {
  const found = findArticle(p);
  const { body } = found;
  const { doc, meta, leave } = p;
  // In the article and in the page it is read against (the reader may have given the article as a copy of it).
  const quotes = new Set([...cutQuoteLinks(body), ...(doc.body ? cutQuoteLinks(doc.body) : [])]);
  for (const quote of quotes) leave(quote, 'promotion', '网站在所链接的名称后插入的股票行情链接（代码、股吧，每个字都是链接），不是文章的文字');
  dropHidden(p, body);
  // A key–value table of the document's metadata (a portal's 索引号 / 发文机关 / 成文日期 … over a 公文) is metadata, read and listed.
  const bodyBlocks = blocksOf(body);
  const documentRows = documentTableRows(bodyBlocks);
  // A document's own date (成文日期) read from its metadata: no date line the page prints by its headline overrides it.
  let madeOn = false;
  for (const [b, fields] of documentRows) {
    madeOn = readDocumentFields(fields, meta) || madeOn;
    leave(b.text, 'metadata line', '文件信息表的一行（索引号、发文机关、成文日期等），不是正文');
  }
  const blocks = bodyBlocks.filter((b) => !documentRows.has(b));
  // A 落款's date (吉林省人民政府 / 2022年1月27日 closing the text) stays under the organ's name, where the analysis reads the 落款.
  const signDate = signOffDate(blocks);
  const page = doc.body ? blocksOf(doc.body) : [];
  const onPage = new Map<string, Block>();
  for (const b of page) if (!onPage.has(b.text)) onPage.set(b.text, b);
  // Readability turns a javascript: link into plain text: how much of a block is links is read on the page as saved.
  const kept = ruleCarried(blocks, dropChrome(blocks.filter((b) => b !== signDate), (b) => b.text, meta, (b, kind) => leave(b.text, kind), (b) => b.linkShare ?? onPage.get(b.text)?.linkShare ?? 0));
  const signedAt = signDate ? kept.indexOf(blocks[blocks.indexOf(signDate) - 1]!) : -1;
  if (signDate && signedAt >= 0) kept.splice(signedAt + 1, 0, signDate);
  else if (signDate) leave(signDate.text, 'metadata line');
  return {
    ...p,
    ...found,
    blocks,
    page,
    onPage,
    look: lookOf(page, onPage),
    kept,
    madeOn,
    linkTexts: new Set(),
    run: undefined,
    printedHeadline: false,
    titleInBody: -1,
    heading: [],
    bylines: [],
    leadNames: false,
    notes: [],
    startAt: -1,
    byAccount: () => false,
    lastKept: undefined,
    glued: undefined,
    between: new Set(),
    endAt: -1,
    site: undefined,
  };
}

/**
 * The article's element and the headline the platform's rules give: the platform rules (platforms.ts) where the
 * site's structure is known, Mozilla Readability anywhere else. No article: an error saying what to save instead.
 */
function findArticle(p: OpenPage): { body: Element; title: string | undefined; readerTitle: string | undefined } {
  const { doc, meta, leave, file, html, url, options } = p;
  const rule = PLATFORMS.find((x) => x.matches(doc, url ?? options.url) && x.body.some((s) => doc.querySelector(s)));
  let body: Element | null = null;
  let title: string | undefined;
  let titleEl: Element | null = null;
  if (rule) {
    rule.extra?.(doc, meta);
    for (const [kind, selector] of rule.chrome ?? []) {
      for (const el of Array.from(doc.querySelectorAll(selector))) {
        for (const b of blocksOf(el)) {
          readChromeLine(b.text, kind, meta);
          leave(b.text, kind);
        }
        el.remove();
      }
    }
    // Too little text where the platform keeps its articles (a video post, a changed layout): Readability looks instead.
    body = rule.body.map((s) => doc.querySelector(s)).find((e): e is Element => !!e && hasHan(e.textContent ?? '', MIN_HAN)) ?? null;
    for (const selector of rule.title) {
      titleEl = Array.from(doc.querySelectorAll(selector)).find((e) => !inFurniture(e) && !body?.contains(e) && plausibleTitle(e.textContent) && !isSiteName(doc, plausibleTitle(e.textContent))) ?? null;
      if (titleEl) break;
    }
    title = plausibleTitle(titleEl?.textContent);
    for (const selector of rule.metaLines) {
      for (const el of Array.from(doc.querySelectorAll(selector))) {
        if (body && (body.contains(el) || el.contains(body))) continue;
        // Read as its lines are shown (an icon or an &nbsp; parts its fields), not as its bare text content.
        for (const b of blocksOf(el)) if (isMetaLine(b.text)) readMetaLine(b.text, meta);
      }
    }
  }

  let readerTitle: string | undefined;
  if (!body) {
    // Readability rewrites the DOM it reads: give it its own copy of the page.
    const copy = parsePage(html);
    const article = new Readability<Element>(copy, { charThreshold: 100, serializer: (el) => el as Element }).parse();
    if (article?.content) {
      body = article.content;
      readerTitle = article.title ?? undefined;
      const d = article.publishedTime && dateIn(article.publishedTime);
      if (d) meta.date ??= d;
    }
  }
  if (!body || !hasHan(body.textContent ?? '', MIN_HAN)) {
    throw new DecodeError(`${file}: no article found in this web page (under ${MIN_HAN} Chinese characters of body text outside menus and footers); save the article page itself, or copy its text into a .txt file`);
  }
  return { body, title, readerTitle };
}

/**
 * The kept blocks, each marked as after a drawn rule where one stood above it with only left-out blocks between
 * (<hr>, then 来源|… and 编辑|… credits, then 投稿|…): the rule still parts it from the text above.
 */
function ruleCarried(blocks: readonly Block[], kept: Block[]): Block[] {
  const keptSet = new Set(kept);
  let pending = false;
  const carried = new Map<Block, Block>();
  for (const b of blocks) {
    if (!keptSet.has(b)) pending ||= !!b.afterRule;
    else if (pending && !b.afterRule) carried.set(b, { ...b, afterRule: true });
    if (keptSet.has(b)) pending = false;
  }
  return kept.map((b) => carried.get(b) ?? b);
}

/**
 * A small block the page hides (display:none) outside the article is for search engines or scripts (作者：… of a
 * spider's copy, a user menu): never read for the byline or the dateline, listed and taken off the page. A class the
 * page's own stylesheet hides (AngularJS's .ng-hide{display:none}) hides as an inline style does.
 */
function dropHidden({ doc, leave }: OpenPage, body: Element): void {
  const hiddenByClass = hiddenClasses(doc);
  const hidden = (el: Element) => /display\s*:\s*none/i.test(el.getAttribute('style') ?? '') || Array.from(el.classList ?? []).some((c) => hiddenByClass.has(c));
  for (const el of Array.from(doc.querySelectorAll(hiddenByClass.size ? '[style], [class]' : '[style]'))) {
    if (!hidden(el) || el.contains(body) || body.contains(el) || hasHan(el.textContent ?? '', MIN_HAN)) continue;
    for (const b of blocksOf(el)) leave(b.text, 'page text outside the article', '页面上隐藏、不显示的文字，在文章之外');
    el.remove();
  }
}

/**
 * Readability drops the style and class attributes and empty caption slots: whether a block is centred, a heading by
 * its class, bold by a style (font-weight, a 黑体 face) or right under a picture is read on the page as saved.
 */
function lookOf(page: readonly Block[], onPage: ReadonlyMap<string, Block>): Look {
  const centredOnPage = new Set(page.filter((b) => b.centred).map((b) => b.text));
  return {
    centred: (b) => !!b && (b.centred || centredOnPage.has(b.text)),
    headingOf: (b) => b.heading ?? onPage.get(b.text)?.heading,
    bold: (b) => !!b.bold || !!onPage.get(b.text)?.bold,
    afterImage: (b) => (onPage.has(b.text) ? !!onPage.get(b.text)!.afterImage : !!b.afterImage),
    afterBanner: (b) => (onPage.has(b.text) ? !!onPage.get(b.text)!.afterBanner : !!b.afterBanner),
    inCaptionSlot: (b) => (onPage.has(b.text) ? !!onPage.get(b.text)!.inCaptionSlot : !!b.inCaptionSlot),
  };
}

const short = (b: Block) => Array.from(b.text).length <= 30 && !/[。！？；]$/.test(b.text);
// One short statement, no second sentence and no speech: what a picture's description is (小花家。 小刚的作业本。).
const statement = (b: Block) => Array.from(b.text).length <= 30 && /^[^。！？；!?;]+。?$/u.test(b.text) && !/^[“"「『‘]/u.test(b.text);
// A description has words and no number: a section number (1, 2) or a numbered subhead (一、…) under a picture opens the next section.
const worded = (b: Block) => (b.text.match(/\p{L}/gu)?.length ?? 0) >= 2 && !startsWithMarker(b.text);

/** The article's captions out of its text, listed: a short line right under a picture, a centred line amid running text. */
function dropCaptions(r: PageReading): void {
  const { body, doc, blocks, leave } = r;
  const { centred, headingOf, bold, afterImage, afterBanner, inCaptionSlot } = r.look;
  const pictured = !!body.querySelector('img') || !!doc.querySelector('figure, figcaption') || blocks.some((b) => b.afterSlot);
  // A page keeps one caption style: a sentence closed by a full stop under a picture is its caption only on a page that
  // writes its captions as sentences, under at least half of its pictures (two or more: 小花家。 小刚的作业本。). A page
  // whose captions are credits or labels (故宫博物院供图, 灯光版《清明上河图》), or that leaves its pictures bare, has its
  // sentences under a picture as text: a caption is bound to its picture by its form, not by following one.
  const underPictures = blocks.filter((b) => afterImage(b) && !headingOf(b));
  const sentenceCaption = (b: Block) => statement(b) && b.text.endsWith('。') && !isCaptionWorded(b.text);
  const describedPictures = underPictures.length >= 2 && underPictures.filter(sentenceCaption).length * 2 >= underPictures.length;
  // A page with one picture shows no caption style: one clause under it (捷途汽车直播出现不雅画面。), no comma and no
  // speech, says what it shows; a paragraph of text of that length is rarer than such a caption.
  const soleCaption = (b: Block) => underPictures.length === 1 && statement(b) && /^[^，,、；;：:]{2,20}。$/u.test(b.text);
  const isRunningText = (b: Block | undefined) => !!b && /[。！？”]$/.test(b.text) && !centred(b);
  // A page that leaves its pictures bare, two or more others each followed by a paragraph of its text, sets no caption
  // style: a short plain line under one of them, with running text after it, heads the next section (打造…营商环境).
  const prose = (b: Block | undefined) => !!b && Array.from(b.text).length > 30 && /[。！？]/u.test(b.text) && !centred(b);
  const bareHead = (b: Block, next: Block | undefined) => {
    const others = underPictures.filter((x) => x !== b);
    return short(b) && !centred(b) && !isCaptionWorded(b.text) && prose(next) && others.length >= 2 && others.every(prose);
  };
  // A short centred line that is no heading element, numbered line or ——subtitle, and does not break off mid-sentence
  // (a poem's or couplet's line ends in ，or ；): what a caption looks like.
  const captionLike = (b: Block | undefined) => !!b && centred(b) && !b.heading && short(b) && !startsWithMarker(b.text) && !isDashedSubtitle(b.text) && !/[，、：,:]$/u.test(b.text);
  // Two or more bold ones in a row amid running text: a subhead heads the text after it, so a run of them is captions
  // (plain centred lines in a row may be verse, and stay text).
  const inCaptionRun = new Set<number>();
  for (let i = 0; i < r.kept.length; i++) {
    let end = i;
    while (captionLike(r.kept[end]) && r.kept[end]!.bold) end++;
    if (end - i >= 2 && isRunningText(r.kept[i - 1]) && (end === r.kept.length || isRunningText(r.kept[end]))) for (let k = i; k < end; k++) inCaptionRun.add(k);
    i = Math.max(i, end);
  }
  // Plain centred lines between running text and a picture (a table's title and its unit line, 表9… / 单位：万人, over
  // the table's picture): the picture's caption, set above it. A table the page gives as text is a table, not a picture.
  const overPicture = new Set<number>();
  for (let i = 0; i < r.kept.length; i++) {
    let end = i;
    while (captionLike(r.kept[end]) && !r.kept[end]!.bold && !headingOf(r.kept[end]!)) end++;
    if (end > i && isRunningText(r.kept[i - 1]) && end < r.kept.length && afterImage(r.kept[end]!)) for (let k = i; k < end; k++) overPicture.add(k);
    i = Math.max(i, end);
  }
  r.kept = r.kept.filter((b, i, all) => {
    // A bold line at the margin after a picture, or one the page marks as a heading, is the next section's
    // subhead; a caption is centred or plain.
    // A statement under a picture is its caption when the page centres it or describes all its pictures so; a line
    // worded as a caption (资料图：…摄) is one under a picture whatever its type; the text of a caption element is one.
    // A thin banner is decoration: a plain line under it opens or goes on with the text (the lead's decision on set 19).
    const plainUnder = afterImage(b) && !(afterBanner(b) && !centred(b)) && worded(b) && !headingOf(b) && !(bold(b) && !centred(b)) && !bareHead(b, all[i + 1]) && (short(b) || (statement(b) && (centred(b) || describedPictures || soleCaption(b))));
    const underPicture =
      plainUnder || (afterImage(b) && isCaptionWorded(b.text)) || (inCaptionSlot(b) && afterImage(b) && Array.from(b.text).length <= CAPTION_MAX) || (!!b.afterSlot && captionLike(b));
    // A plain centred line between two paragraphs of running text of an article with pictures: a caption
    // (its own picture may be gone from the saved page); a subhead is bold, a heading or numbered, and a
    // signature closes the text. An article without pictures has no captions.
    const centredAmid =
      pictured && captionLike(b) && !headingOf(b) && ((!b.bold && !isBylineLine(b.text) && isRunningText(all[i - 1]) && isRunningText(all[i + 1])) || inCaptionRun.has(i));
    const abovePicture = pictured && overPicture.has(i);
    const why = inCaptionSlot(b) ? '网页中图片说明元素的文字' : underPicture ? '图片下的短行' : abovePicture ? '图片上方居中的短行' : '两段正文之间居中的短行';
    if (underPicture || centredAmid || abovePicture) leave(b.text, 'caption', `图片说明：${why}`);
    return !(underPicture || centredAmid || abovePicture);
  });
}

/**
 * A page block outside the text, listed by its kind; a short line right under a picture the body finder left out (an
 * e-paper's photo above the text) is that picture's caption, unless it is a link's text.
 */
function leaveOutside(r: PageReading, b: Block): void {
  const kind = chromeKind(b.text);
  // A link's text (another article's headline under its thumbnail) is the page's list, and a thin banner takes no caption.
  const underPicture = !kind && r.look.afterImage(b) && !r.look.afterBanner(b) && short(b) && worded(b) && !r.look.headingOf(b);
  if (underPicture && isLinkLine(b.text, b.linkShare ?? r.onPage.get(b.text)?.linkShare ?? 0)) r.leave(b.text, 'page text outside the article', '图片下的链接（别的文章的标题、栏目名等），不是图片说明，不属正文');
  else if (underPicture) r.leave(b.text, 'caption', '图片说明：图片下的短行，在识别出的正文之外');
  else r.leave(b.text, kind ?? 'page text outside the article');
}

/**
 * The page's own date where nothing in the article or the page's head states one: an e-paper prints its issue's date
 * (2022年02月13日) in its masthead or search bar, above the article, not by the headline. Dates of other articles stand in
 * lists, mostly below the text, and are several: only a page whose lines above the article state one date, each a
 * dateline by its form (chrome.ts's metadata line or masthead), has its date there. The date is read into the source
 * entry and the line returned, to be listed as where it came from.
 */
function dateAboveText(r: PageReading): Block | undefined {
  const { meta, page, title, startAt } = r;
  if (meta.date || startAt < 0) return undefined;
  // The headline nearest above the text (an e-paper lists the page's headlines in its navigation, above it too).
  const titleAt = title ? page.slice(0, startAt).map((b) => b.text).lastIndexOf(title) : -1;
  // A dated link (a notice board's item, 2023-05-06 关于…的通知) is another page's date, however few the lists above.
  const datelines = page.slice(0, titleAt >= 0 ? titleAt : startAt).filter((b) => ['metadata line', 'masthead'].includes(chromeKind(b.text) ?? '') && dateIn(b.text) && !isLinkLine(b.text, b.linkShare ?? 0));
  const [date, ...others] = new Set(datelines.map((b) => dateIn(b.text)));
  if (!date || others.length) return undefined;
  meta.date = date;
  return datelines[0];
}

/**
 * The page's block holding the body's first text: the article finder may cut a paragraph at an inline element
 * (澎湃's <u>), so the page's block may run on after it.
 */
function bodyAt({ kept, page }: PageReading): number {
  const [first, second] = [kept[0]?.text, kept[1]?.text];
  // A summary box under the headline may print the first paragraph too (51CTO's 导语 over its 作者/来源 line): the body
  // begins where the page goes on with the next paragraph, not at the box.
  const exacts = first ? page.flatMap((b, i) => (b.text === first ? [i] : [])) : [];
  const exact = exacts.find((i) => !!second && page.slice(i + 1, i + 4).some((b) => b.text === second)) ?? exacts[0] ?? -1;
  // A short first piece must be followed on the page by the next one, so that no other block merely opening alike is taken.
  const holds = (b: Block) => !!first && b.text.startsWith(first) && (Array.from(first).length >= 10 || (!!second && b.text.includes(second.slice(0, 10))));
  return exact >= 0 ? exact : page.findIndex(holds);
}

/**
 * The headline by its role in the page: the platform's headline element; a stated title (ArticleTitle, og:title) shown
 * on the page, or the page's block it is the cut-off start of (an unescaped quote ends og:title early); the one <h1>
 * outside furniture; a heading opening the body; the block nearest above the body that the <title> names, or that
 * reads as a headline. Menus, share bars, section names and site names are none of these.
 */
function chooseHeadline(r: PageReading): void {
  const { doc, meta, page, kept, blocks } = r;
  const { centred, headingOf } = r.look;
  // The page's section names (the crumbs of 位置：首页 > 新闻动态) are never its headline.
  const sections = new Set(page.filter((b) => chromeKind(b.text) === 'navigation').flatMap((b) => b.text.replace(/^[^:：]*[:：]/, '').split(/\s*[>＞»›/]\s*/).map((t) => t.trim())));
  const notSection = (t: string | undefined) => (t && !sections.has(t) ? t : undefined);
  // A container named as furniture (div.nav) that holds the article's text is the page's content column, not a menu.
  const firstWords = kept[0]?.text.slice(0, 20);
  const furniture = (e: Element) => isFurniture(e) && !(firstWords && collapseSpace(e.textContent ?? '').includes(firstWords));
  const withinFurniture = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (furniture(e)) return true;
    return false;
  };
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((e) => !withinFurniture(e) && notSection(plausibleTitle(e.textContent)) && !isSiteName(doc, plausibleTitle(e.textContent)));
  const headline = h1s.length === 1 ? headlineLines(h1s[0]!) : undefined;
  // The headline element's 副题 line is the subtitle wherever the page's blocks show it; so is the line set under it in its stack.
  const subtitle = headline?.subtitle ?? (h1s.length === 1 ? lineUnderHeadline(h1s[0]!, firstWords) : undefined);
  if (subtitle) for (const b of page) if (b.text === subtitle) b.subtitle = true;
  const stated = plausibleTitle(meta.title) ?? plausibleTitle(metaContent(doc, 'ArticleTitle', 'og:title', 'twitter:title'));
  const unfurnished = doc.body ? blocksOf(doc.body, { skip: furniture }) : [];
  const articleAt = kept[0] ? unfurnished.findIndex((b) => b.text === kept[0]!.text) : -1;
  const before = unfurnished.slice(Math.max(0, articleAt - 8), Math.max(0, articleAt)).reverse();
  const headlineLike = (t: string) => !!notSection(plausibleTitle(t)) && !isDashedSubtitle(t) && !/[|｜]/.test(t) && !isMetaLine(t) && !parseAuthorLine(t) && !BYLINE_LINE.test(t);
  const parts = titleParts(doc.title ?? '');
  const headOf = (t: string) => barredColumnOf(t)?.headline ?? t;
  const opening = kept[0] && (headingOf(kept[0]) || kept[0].bold || centred(kept[0])) && headlineLike(kept[0].text) ? kept[0].text : undefined;
  const statedOk = notSection(stated);
  r.run = headlineRun(kept, [statedOk, ...parts]);
  r.linkTexts = new Set(Array.from(doc.querySelectorAll('a[href]')).map((a) => collapseSpace(a.textContent ?? '').trim()));
  const { linkTexts } = r;
  // A stated title that is the headline with the document's 文号 added in brackets (…公开表(金罚决字〔2024〕36号)), which the
  // page prints only as links to it in its lists: the headline is the one the page prints as text, without the number.
  const unnumbered = statedOk?.replace(new RegExp(`\\s*[（(][^（）()]{0,12}${NOTICE_NUMBER.source}[)）]$`, 'u'), '');
  const printedUnnumbered = unnumbered && unnumbered !== statedOk && !page.some((b) => b.text === statedOk && !linkTexts.has(b.text)) ? page.find((b) => b.text === unnumbered && !linkTexts.has(b.text))?.text : undefined;
  r.title ??=
    printedUnnumbered ??
    (statedOk && (page.find((b) => b.text === statedOk)?.text ?? page.find((b) => b.text.startsWith(statedOk) && headlineLike(b.text))?.text)) ??
    r.run?.title ??
    (h1s.length === 1 ? (headline?.title ?? plausibleTitle(h1s[0]!.textContent)) : undefined) ??
    // A block the <title> names, at the body's top or above it, before a bold line opening the body: that line
    // may be an agency's 引题 the page repeats at the top of the text (…座谈会强调).
    // A column's name before a bar (书记市长这一周 | …) is the headline's furniture, the <title> naming it as a part of its own.
    [...kept.slice(0, 1), ...before].find((b) => headlineLike(headOf(b.text)) && parts.some((p) => p === headOf(b.text) || (Array.from(b.text).length >= 4 && p.startsWith(b.text))))?.text ??
    opening ??
    before.find((b) => headlineLike(b.text) && !b.row)?.text ??
    statedOk ??
    plausibleTitle(r.readerTitle && stripSiteSuffix(r.readerTitle)) ??
    plausibleTitle(stripSiteSuffix(doc.title ?? ''));
  // A headline the platform cut short (…地铁直达+无敌免...) is the whole one the page states as its original title.
  const cut = r.title ? /(?:\.{3,}|…+)$/u.exec(r.title) : null;
  if (r.title && cut && cut.index >= 4) {
    const shown = r.title.slice(0, cut.index);
    const whole = blocks.map((b) => originalTitleOf(b.text)).find((t) => t && t.length > shown.length && t.startsWith(shown));
    if (whole) r.title = whole;
  }
  if (r.title) meta.title = r.title;
}

/**
 * The headline printed over several lines at the text's top: the text starts under it, and what the body finder took
 * above it (a breadcrumb, a share bar's words) is page furniture, listed. Running text above it is no furniture: left as is.
 */
function cutPrintedHeadline(r: PageReading): void {
  const { run } = r;
  r.printedHeadline = !!run && run.title === r.title && r.kept.slice(0, run.at).every((b) => !/[。！？]/u.test(b.text));
  if (!run || !r.printedHeadline) return;
  for (const b of r.kept.slice(0, run.at)) r.leave(b.text, chromeKind(b.text) ?? 'page text outside the article', '在正文开头分几行重印的标题之上，不是正文');
  for (const b of r.kept.slice(run.at, run.at + run.n)) {
    count(r.dropped, 'headline');
    r.left.push({ role: 'headline', text: b.text, reason: `正文开头分 ${run.n} 行重印的标题中的一行，不收入正文` });
  }
  r.kept = r.kept.slice(run.at + run.n);
}

/**
 * The body finder may take the headline with the body, and a ——subtitle or kicker printed above it; an agency's
 * headline stack may stand at the text's top. The subtitle goes with the headline; the rest is listed.
 */
function cutHeadlineRepeated(r: PageReading): void {
  const { title, dropped, left } = r;
  const { centred } = r.look;
  r.titleInBody = title ? r.kept.slice(0, 4).findIndex((b) => b.text === title) : -1;
  const { titleInBody } = r;
  // A lead box the text says again (简介：…) may stand above them: it is a duplicate, whatever its length.
  const leadBox = (b: Block) => restatedLead(b.text, r.kept.slice(titleInBody + 1).map((x) => x.text));
  if (titleInBody >= 0 && r.kept.slice(0, titleInBody).every((b) => isHeadlineShort(b.text) || leadBox(b))) {
    // A ——subtitle there is the headline's; a kicker (引题 15家企业) above the repeated headline is neither subtitle nor body.
    // A line the byline grammar reads (中共永善县委书记 肖文杰) is the text's byline, above the headline as below it: it goes
    // where the analysis reads bylines, or the draft would lose its authors to a kicker.
    for (const b of r.kept.slice(0, titleInBody)) {
      if (isDashedSubtitle(b.text)) r.heading.push(b);
      else if (isBylineLine(b.text)) r.bylines.push(b);
      else if (!isKickerLine(b.text)) {
        count(dropped, 'duplicate');
        left.push({ role: 'duplicate', text: b.text, reason: '正文之上的摘要框，其中的句子正文里又有，不重复收入' });
      }
      else {
        count(dropped, 'headline');
        left.push({ text: b.text, ...headlineStackBlock(b.text, '正文开头重印了标题') });
      }
    }
    r.kept = r.kept.slice(titleInBody + 1);
  }
  while (r.kept.length && title && r.kept[0]!.text === title) r.kept = r.kept.slice(1);
  // An agency's headline stack repeated at the top of the text (引题 …座谈会强调 / 主题 / 副题 / 李强蔡奇出席): short bold
  // or centred lines, the first the headline with a word added, up to the dateline. Neither body nor subtitle.
  const kept = r.kept;
  if (title && kept[0] && kept[0].text !== title && kept[0].text.startsWith(title) && (kept[0].bold || centred(kept[0]))) {
    let end = 0;
    while (kept[end] && (kept[end]!.bold || centred(kept[end])) && Array.from(kept[end]!.text).length <= 40 && !/[。！？]$/.test(kept[end]!.text)) end++;
    if (kept[end] && newsLeadOf(kept[end]!.text)) {
      for (const b of kept.slice(0, end)) {
        count(dropped, 'headline');
        left.push({ role: 'headline', text: b.text, reason: '页面在正文开头重印的通讯社标题组（引题、主题、副题），不收入正文' });
      }
      r.kept = kept.slice(end);
    }
  }
}

/** A 公文's red head pasted over the text (文号, the title over several lines): the notice's and the headline's, listed. */
function cutRedHead(r: PageReading): void {
  const redHead = pastedRedHead(r.kept, r.title);
  if (!redHead) return;
  for (const b of redHead.marks) {
    count(r.dropped, 'notice');
    r.left.push({ role: 'notice', text: b.text, reason: '公文红头中的文号或“文件”字样，贴在正文开头，不是正文' });
  }
  for (const b of redHead.lines) {
    count(r.dropped, 'headline');
    r.left.push({ role: 'headline', text: b.text, reason: `公文红头中分 ${redHead.lines.length} 行的标题中的一行，贴在正文开头，不收入正文` });
  }
  r.kept = r.kept.slice(redHead.marks.length + redHead.lines.length);
}

/**
 * The text's own headline printed at its top (a release's title over it, a WeChat post's 绥德县举行 / 庆“八一”…表彰大会):
 * neither body nor the page's headline, listed; and a reprinted notice's 文号 under its own title (国发〔2015〕40号).
 */
function cutOwnHeadline(r: PageReading): void {
  const own = ownHeadlineLines(r.kept);
  for (const b of r.kept.slice(0, own)) {
    count(r.dropped, 'headline');
    r.left.push({ role: 'headline', text: b.text, reason: '正文开头印的本文标题，第一句又复述了它，不收入正文' });
  }
  r.kept = r.kept.slice(own);
  // A reprinted notice's 文号 under its own title (国发〔2015〕40号): the document's number, not its text.
  if ((own || r.printedHeadline) && NOTICE_NUMBER_LINE.test(r.kept[0]?.text ?? '')) {
    count(r.dropped, 'notice');
    r.left.push({ role: 'notice', text: r.kept.shift()!.text, reason: '转载的公文标题下的文号，不是正文' });
  }
}

/**
 * The document's dates and issuer: the date fields the page prints above its text, the issuing units and date under a
 * 公文's headline, then what the head's meta tags state (the page's own lines win).
 */
function readDocumentDates(r: PageReading): void {
  const { meta, page, doc, url } = r;
  // The date fields the page prints above its text (发布日期, 发文日期…) win over the head's meta tags.
  const textAt = bodyAt(r);
  r.madeOn = readDocumentFields(printedDateFields(textAt > 0 ? page.slice(0, textAt) : []), meta) || r.madeOn;
  // The units that issue a 公文 and its date, printed under its headline (宜春市统计局 国家统计局宜春调查队 / （2023年4月12日）):
  // the document's metadata, neither subtitle nor text. A unit alone there may sign an essay (a byline): a date must go with it.
  const kept = r.kept;
  const issuedAt = kept[1] && isIssuerLine(kept[0]!.text) ? issueDateOf(kept[1].text) : undefined;
  if (issuedAt) {
    meta.publication ??= kept[0]!.text.split(/[\s\u3000]+/u).join(' ');
    meta.date ??= issuedAt; // the page's own date fields (above) win
    for (const b of kept.splice(0, 2)) r.leave(b.text, 'metadata line', '文件标题下所印的发文单位和日期，不是正文');
  }
  // Metadata the head states; the page's own lines (above) win.
  if (url) meta.url ??= url;
  const published = publishedMeta(doc);
  const pd = published && dateIn(published);
  if (pd) meta.date ??= pd;
  r.site = metaContent(doc, 'ContentSource', 'og:site_name', 'SiteName');
  if (r.site) meta.publication ??= r.site;
}

/**
 * A byline printed as the body's first line (文/…) or opening its first paragraph (本报讯（记者 …）) goes with the
 * headline, where the analysis reads bylines; so does a line of reporters' names alone further down.
 */
function takeOpeningByline(r: PageReading): void {
  r.startAt = bodyAt(r);
  const accounts = accountNames(r.doc);
  r.byAccount = (line: string) => !!parseAuthorLine(line)?.every((a) => accounts.has(a.name));
  const { bylines, dropped, left } = r;
  // A news lead opening the first paragraph (本报讯（记者 …）, 新华社北京11月17日电) is part of it: it stays in the text as
  // printed, and the analysis reads its reporters (news-lead.ts).
  for (let k = 0; k < 2 && r.kept[k]; k++) {
    const b = r.kept[k]!;
    const lead = newsLeadOf(b.text);
    if (lead?.reporters.length) {
      r.leadNames = true;
      break;
    }
    // A byline line: labelled (文/, 记者：), or names each after a reporter's role (（记者 胡晓蓉）, 光明日报记者 王建宏 张文攀).
    if ((BYLINE_LINE.test(b.text) && parseAuthorLine(b.text)) || isReportersByline(b.text)) {
      bylines.push(b);
      r.kept = [...r.kept.slice(0, k), ...r.kept.slice(k + 1)];
      // A short line over the byline, no sentence (a column's label 【新春走基层】, a paper's 引题 15家企业), heads the text:
      // not body. It is no clause of the text either (one with a comma starts a paragraph).
      if (k === 1 && isKickerLine(r.kept[0]!.text) && !/[，,；;]/u.test(r.kept[0]!.text)) {
        count(dropped, 'headline');
        const text = r.kept.shift()!.text;
        left.push({ text, ...headlineStackBlock(text, '位于标题与署名之间') });
      }
      break;
    }
    // 新华社北京5月9日电 题：…: the dateline restating the headline opens the text as printed and stays in it (a lead is
    // the text's, news-lead.ts); the byline may follow on the next line. Only a line that merely restates the headline
    // is a duplicate (cutRestatedHeadline).
    if (lead && /^题[:：]/u.test(lead.rest) && r.kept[k + 1]) {
      // Its byline may name only the role (新华社记者), the reporters' names closing the text in brackets.
      const roleOnly = r.kept[k + 1]!;
      if (isRoleOnlyByline(roleOnly.text)) {
        r.kept = [...r.kept.slice(0, k + 1), ...r.kept.slice(k + 2)];
        r.leave(roleOnly.text, 'byline', '电头之下只署职务、未署姓名的署名行：不作作者');
        break;
      }
      continue;
    }
    if (lead) break;
  }
  // A line of reporters' names alone stands under a lead box the site prints above the text (每经记者 吴林静 何强 每经编辑
  // 陈星 under an 文章摘要 box): no sentence of the text is only names after their roles, wherever it stands.
  const laterByline = !bylines.length && !r.leadNames ? r.kept.findIndex((b, k) => k >= 2 && k < r.kept.length - 1 && isReportersByline(b.text)) : -1;
  if (laterByline >= 0) {
    bylines.push(r.kept[laterByline]!);
    r.kept = [...r.kept.slice(0, laterByline), ...r.kept.slice(laterByline + 1)];
  }
}

/**
 * The headline printed again at the text's top with words added (2018年你所在的省份… under …调整了吗？): the same headline
 * in the page's fuller version, neither body nor a second title.
 */
function cutRestatedHeadline(r: PageReading): void {
  if (r.title && r.kept.length > 1 && restatesHeadline(r.kept[0]!.text, r.title)) {
    count(r.dropped, 'duplicate');
    r.left.push({ role: 'duplicate', text: r.kept.shift()!.text, reason: '正文开头重印的标题（另加了字），不收入正文' });
  }
}

/**
 * An editor's note (编者按, 【编前语】) printed between the headline and the body belongs to the source entry: it goes
 * before the headline, where the analysis reads a note.
 */
function takeEditorNote(r: PageReading): void {
  const { kept, notes } = r;
  // A column's label in brackets above the note (【短视频文化现象观察】) goes with it.
  // The analysis would take it for a headline: it is listed here, as the note's.
  if (kept[1] && /^[【\[][^】\]]{2,20}[】\]]$/u.test(kept[0]?.text ?? '') && NOTE_LABEL.test(kept[1].text)) {
    count(r.dropped, 'editor-note');
    r.left.push({ role: 'editor-note', text: kept.shift()!.text, reason: '编者按（开栏的话）上方的栏目标签，不是正文' });
  }
  while (kept[0] && NOTE_LABEL.test(kept[0].text) && kept.length > 1) {
    const label = kept.shift()!;
    notes.push(label);
    // A label alone on its line (开栏的话) heads the note set apart in bold below it; the plain text after is the article.
    if (NOTE_LABEL.exec(label.text)![0] === label.text && kept[0]?.bold) while (kept.length > 1 && kept[0]!.bold) notes.push(kept.shift()!);
  }
}

/** A lead box the text says again (摘要：…, an art-lead box) opens the text; listed as the duplicate it is. */
function cutRestatedLead(r: PageReading): void {
  if (r.kept.length > 1 && restatedLead(r.kept[0]!.text, r.kept.slice(1).map((b) => b.text))) {
    count(r.dropped, 'duplicate');
    r.left.push({ role: 'duplicate', text: r.kept.shift()!.text, reason: '正文之上的摘要框，其中的句子正文里又有，不重复收入' });
  }
}

/** Replaces the last block's text (a tail cut off it). */
const withLastText = (kept: Block[], text: string): Block[] => [...kept.slice(0, -1), { ...kept.at(-1)!, text }];

/**
 * What closes the text and is not its words: page furniture a link glued to the last paragraph, an editor's credit,
 * a byline closing the last paragraph or on a line of its own. A byline goes with the headline, where the analysis
 * reads bylines, when the text has none yet; otherwise it is listed.
 */
function cutClosingFurniture(r: PageReading): void {
  const { bylines, leave } = r;
  // Page furniture a link glued to the last paragraph (…。返回南方网首页>>).
  r.lastKept = r.kept.at(-1);
  r.glued = r.lastKept && splitGluedTail(r.lastKept.text);
  if (r.lastKept && r.glued) {
    r.kept = [...r.kept.slice(0, -1), { ...r.lastKept, text: r.glued[0] }];
    leave(r.glued[1], 'navigation', '粘在末段之后的链接，不是正文');
  }
  // An editor's credit closing the last paragraph (…緩解。（編輯：蘇龍麒）), with the wire's date code a number alone
  // prints after it (1120221, 民國112年2月21日): the staff's line, no text and no author.
  const credit = r.kept.at(-1) && /([。！？”])\s*([（(][^（）()]{2,30}[)）]\s*\d{0,8})$/u.exec(r.kept.at(-1)!.text);
  const creditKind = credit ? chromeKind(credit[2]!.replace(/\s*\d+$/u, '')) : undefined;
  if (credit && (creditKind === 'credit line' || creditKind === 'metadata line')) {
    r.kept = withLastText(r.kept, r.kept.at(-1)!.text.slice(0, credit.index + credit[1]!.length));
    leave(credit[2]!, creditKind, '末段末尾的编辑署名，不是正文');
  }
  // A byline closing the last paragraph goes with the headline, where the analysis reads bylines.
  const closing = r.kept.at(-1) && CLOSING_BYLINE.exec(r.kept.at(-1)!.text);
  if (closing && parseAuthorLine(closing[2]!)) {
    r.kept = withLastText(r.kept, r.kept.at(-1)!.text.slice(0, closing.index + closing[1]!.length));
    if (!bylines.length && !r.leadNames) bylines.push({ text: closing[2]! });
    else leave(closing[2]!, 'byline', '末段末尾的署名，不是正文');
  } else if (closing && isRoleOnlyByline(closing[2]!)) {
    r.kept = withLastText(r.kept, r.kept.at(-1)!.text.slice(0, closing.index + closing[1]!.length));
    leave(closing[2]!, 'byline', '末段末尾的署名只写身份、没有人名，不作作者');
  }
  // A byline on a line of its own closing the text (扬子晚报记者 张楠): names after their role, as the grammar reads
  // them; a bare name-like last line (谢谢大家) is no byline.
  const signed = r.kept.length > 1 ? parseAuthorLine(r.kept.at(-1)!.text) : undefined;
  if (signed?.every((a) => a.role)) {
    const b = r.kept.pop()!;
    if (!bylines.length && !r.leadNames) bylines.push(b);
    else leave(b.text, 'byline', '文末的署名，不是正文');
  }
}

/**
 * Lines the page shows between the headline and the body (a byline such as "永善县政府办党总支书记 肖文杰", a
 * ——subtitle) belong to the article; 来源/时间 lines there, and right after the body, are metadata. A ——subtitle
 * printed above the headline is its subtitle too.
 */
function readBetweenHeadlineAndBody(r: PageReading): void {
  const { title, page, startAt, heading, bylines, left, meta, between } = r;
  const last = r.kept.at(-1)?.text;
  // The headline nearest above the body, or where the text repeats it at its top (a kicker, the headline again), the
  // headline element over that repeat: the page's lines under it (the date line) are then between the two.
  const nearest = !title ? -1 : startAt >= 0 ? page.slice(0, startAt).map((b) => b.text).lastIndexOf(title) : page.findIndex((b) => b.text === title);
  const above = title && r.titleInBody >= 0 && nearest > 0 ? page.slice(0, nearest).map((b) => b.text).lastIndexOf(title) : -1;
  const titleAt = above >= 0 && startAt - above <= 8 ? above : nearest;
  const endAt = last ? page.findIndex((b, i) => i >= Math.max(startAt, 0) && b.text === last) : -1;
  if (titleAt > 0 && isDashedSubtitle(page[titleAt - 1]!.text) && plausibleTitle(page[titleAt - 1]!.text) && !heading.some((b) => b.text === page[titleAt - 1]!.text)) {
    between.add(titleAt - 1);
    heading.push(page[titleAt - 1]!);
  }
  if (titleAt >= 0 && startAt > titleAt && startAt - titleAt <= 8) {
    // The page's date printed split over two elements under the headline (21 / 2024年02月) is its own date, as a whole one there is.
    for (let i = titleAt + 1; i + 1 < startAt; i++) {
      const split = splitDateOf(page[i]!.text, page[i + 1]!.text);
      if (split) meta.date = split;
    }
    for (let i = titleAt + 1; i < startAt; i++) {
      const b = page[i]!;
      between.add(i);
      // The repeated headline and the kicker over it are listed already.
      if (bylines.some((x) => x.text === b.text) || b.text === title || left.some((l) => l.text === b.text)) continue;
      const kind = chromeKind(b.text);
      // The date under the headline is the page's own; a 来源 line in the text may date the original a reprint copies
      // (来源：澎湃新闻 2017-02-26 … under a page dated 2017-04-06): the page's date wins (the guide's repost rule: a
      // reposting page is cited with its own name and date), but for a document's 成文日期.
      const under: ExtractedDocument['meta'] = {};
      const outlets = pageOutlets(r);
      if (kind) readChromeLine(b.text, kind, under, outlets);
      if (under.date && !r.madeOn) {
        meta.date = under.date;
        if (under.time) meta.time = under.time;
        else delete meta.time;
      }
      if (kind) readChromeLine(b.text, kind, meta, outlets);
      // Only a subtitle (——…, or a heading element) and a byline sit between a headline and its body;
      // anything else there (图集, 关注新华网, a share button's text) is furniture, listed.
      const part = !kind && b.text !== title && (isDashedSubtitle(b.text) || (b.heading && b.heading > 1) || b.subtitle || (parseAuthorLine(b.text) && !r.byAccount(b.text)) || !!newsLeadOf(`${b.text}x`)?.reporters.length);
      if (part && Array.from(b.text).length <= 50 && !/[。]$/.test(b.text)) {
        heading.push(b);
        // A byline's date (记者 苏晓梅 2013-07-10) is the source's.
        readMetaLine(b.text, meta);
      }
      else leaveOutside(r, b);
    }
  }
  r.endAt = endAt;
}

/**
 * A line by the headline that is the whole text of a link (a channel's name linking to its front page, 新浪财经) is the
 * site's, and one the page's meta names as its author, no person's (上海证券报网络版), is its source: neither kicker nor
 * subtitle. Then the metadata lines right after the body, and a posting account's name taken for the author.
 */
function dropFurnitureByHeadline(r: PageReading): void {
  const { doc, meta, heading, linkTexts, page, startAt, endAt } = r;
  const statedAuthor = metaContent(doc, 'article:author', 'author');
  // A byline stays one, linked or not (记者 张三, the name linking to the reporter's page). The article finder may take such
  // a line as the text's first (a heading element over the text): it is the same line.
  const furnitureByHeadline = (b: Block) => {
    if (parseAuthorLine(b.text) || (b.text !== statedAuthor && !linkTexts.has(b.text))) return false;
    if (b.text === statedAuthor) meta.publication ??= b.text;
    r.leave(b.text, b.text === statedAuthor ? 'metadata line' : 'navigation', b.text === statedAuthor ? '页面元数据作为作者的出处，印在标题旁，不是正文' : '标题旁的链接文字（频道名），不是文章的文字');
    return true;
  };
  for (const b of [...heading]) if (furnitureByHeadline(b)) heading.splice(heading.indexOf(b), 1);
  while (r.kept.length > 1 && Array.from(r.kept[0]!.text).length <= 30 && !/[。！？]$/u.test(r.kept[0]!.text) && furnitureByHeadline(r.kept[0]!)) r.kept = r.kept.slice(1);
  if (startAt >= 0 && endAt >= startAt) {
    // The text's own lines: those before any list of other articles (相关新闻 and its items' dates) opens, and after it
    // only a line the page's by its label (责编：××).
    const after = page.slice(endAt + 1, endAt + 6);
    const listAt = after.findIndex((b) => opensList(b.text, b.linkShare ?? 0));
    const own = (b: Block, k: number) => listAt < 0 || k < listAt || isLabelledMetaLine(b.text);
    after.forEach((b, k) => {
      if (isMetaLine(b.text) && own(b, k)) readMetaLine(b.text, meta);
    });
  }
  // The posting account's name on a dateline (华夏人文 2020-03-09 18:14) is the platform's, never the author.
  if (meta.author && r.byAccount(meta.author)) {
    r.left.push({ role: 'chrome', text: meta.author, reason: '发布此页的平台账号（链接到其主页），不是署名' });
    delete meta.author;
  }
}

/**
 * Everything else the page shows (menus, footers, comment lists…), by kind: the page's blocks that are not the
 * article's, nor already listed. The warnings: running text among them (the safety net under the article finder:
 * named, never dropped in silence), and an article that continues on another page.
 */
function listOutside(r: PageReading): { warnings: string[]; continues: string | undefined } {
  const { title, heading, bylines, blocks, left, page, between, glued, lastKept, doc, url, options } = r;
  const inArticle = new Set([title, ...heading.map((b) => b.text), ...bylines.map((b) => b.text), ...blocks.map((b) => b.text), ...left.map((b) => b.text)]);
  const outside = page.filter((b, i) => !between.has(i) && !inArticle.has(b.text) && !(glued && b.text === lastKept?.text));
  const dated = dateAboveText(r);
  for (const b of outside) {
    if (b === dated) r.leave(b.text, 'metadata line', '页面的日期，印在文章之外的上方（电子报的出版日期）：页面别无日期，作为来源的日期');
    else leaveOutside(r, b);
  }
  const running = outside.filter((b) => !chromeKind(b.text) && Array.from(b.text).length >= 30 && /[。！？]/.test(b.text));
  const warnings = running.length
    ? [checkMessage('web-running-text-outside', { count: running.length, first: Array.from(running[0]!.text).slice(0, 24).join('') })]
    : [];
  // A paged article: this page is not the whole of it.
  const continues = nextPage(doc, url ?? options.url);
  if (continues) {
    left.push({ role: 'pagination', text: `下一页：${continues}`, reason: '文章在下一页还有下文：把每一页都存下来一起收件' });
    warnings.push(checkMessage('web-continues', { next: continues }));
  }
  return { warnings, continues };
}

/** The extracted text: the editor's note, the headline, the lines that go with it, the bylines, then the body, as the analysis reads them. */
function assemble(r: PageReading, { warnings, continues }: { warnings: string[]; continues: string | undefined }): ExtractedDocument {
  const { meta, left, dropped, options } = r;
  const lines: string[] = [];
  const headings: ExtractedDocument['headings'] = [];
  const tables: NonNullable<ExtractedDocument['tables']> = [];
  const rules: number[] = [];
  const push = (text: string, level?: number, cue: 'declared' | 'emphasis' = 'declared') => {
    if (lines.length) lines.push('');
    lines.push(text);
    if (level) headings.push({ line: lines.length, level, cue });
  };
  for (const b of r.notes) push(b.text);
  // A bracketed lead-in naming the outlet the page names as its source or publisher (【澎湃新闻】… over 来源：澎湃新闻)
  // says whose the piece is: no words of the headline, listed.
  let title = r.title;
  const tag = title ? sourceTagOf(title, [meta.publication, r.site]) : undefined;
  if (title && tag) {
    title = title.slice(tag.length).trim();
    meta.title = title;
    count(dropped, 'column');
    left.push({ role: 'column', text: tag, reason: '标题前括注的媒体名，页面也以之为来源或发布者，不是标题的文字' });
  }
  // A column's name before a bar (图说洛阳| …) is headline furniture, as a kicker is: the headline is the words after it.
  const column = title ? barredColumnOf(title) : undefined;
  if (title && column) {
    // Listed as printed, its bar with it: the page's headline block is the column and the headline.
    const printed = title.slice(0, title.lastIndexOf(column.headline)).trim();
    title = column.headline;
    meta.title = title;
    count(dropped, 'column');
    left.push({ role: 'column', text: printed, reason: '标题开头竖线之前的栏目名，不是标题的文字' });
  }
  if (title) push(title, 1);
  // A heading element under the headline (an <h3> subtitle without a dash), or a line the page marks as its subtitle, is one level down.
  for (const b of r.heading) push(b.text, (b.heading && b.heading > 1) || b.subtitle ? 2 : undefined);
  for (const b of r.bylines) push(b.text);
  for (const b of r.kept) {
    const shortHead = Array.from(b.text).length <= 40 && !/[。！？；]$/.test(b.text);
    const level = r.look.headingOf(b);
    if (level) push(b.text, Math.max(2, level));
    else if (shortHead && (b.bold || b.centred) && !b.row) push(b.text, 2, 'emphasis');
    else push(b.text);
    // A data table's row is a table line; a layout table's cells are the page's text, so only rows are listed.
    if (b.row) tables.push({ first: lines.length, last: lines.length });
    if (b.afterRule) rules.push(lines.length);
  }
  // Word's notes follow the body as a .docx's do: the analysis reports them as notes.
  const notes: number[] = [];
  for (const note of r.wordNotes) {
    push(note);
    notes.push(lines.length);
  }
  return {
    format: options.format ?? 'html',
    text: lines.join('\n') + '\n',
    extracted: true,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    meta,
    headings,
    dropped,
    ...(tables.length ? { tables } : {}),
    ...(rules.length ? { rules } : {}),
    ...(notes.length ? { notes } : {}),
    ...(left.length ? { left } : {}),
    ...(continues ? { continues } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
}
