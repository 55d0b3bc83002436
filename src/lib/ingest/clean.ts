/**
 * Capture junk out, metadata in: lines that are page chrome (menus, share and
 * print widgets, comment sections, "next article", copyright and ICP footers,
 * related-article lists) are dropped, and what they state about the document
 * (publication, date, URL, author, editor) is kept.
 */

import { COLOPHON, isSigningUnit, parseAuthorLine } from './case-start.ts';
import { chromeKind, dropChrome, isAuthorCredit, isProse, issueDateOf, readChromeLine, type ChromeKind } from './read/chrome.ts';
import { asciiDigits, DATE, isoDate, partialDateOf, timeOf } from './dates.ts';
import type { DocumentMeta } from './meta.ts';

export type { DocumentMeta } from './meta.ts';

export interface Line {
  /** 1-based line number in the raw document. */
  n: number;
  text: string;
}

/** Whole lines that are page chrome, whatever site they come from. */
const JUNK_LINE = [
  /^(手机版|注册|登录|首页|当前位置[:：]?|您现在的位置[:：]?.*|返回.*首页.*|加入收藏.*|设为首页.*)$/,
  /^(打印|纠错|分享|收藏|关闭|字号|大|中|小|\s|[·•|])+$/,
  /^.{0,20}(打印\s*纠错|微信扫一扫|扫一扫|收听本文|\d\d:\d\d\/\d\d:\d\d|时刻新闻).{0,10}$/,
  // A share bar's label (分享到：, 分享至 微信, —分享—), not a line that opens with the verb (分享一些近期的想法, a heading).
  /^—?分享(?:到|至)?(?:[:：—].{0,20}|(?<=[到至]).{0,20})?$/,
  /^(阅读下一篇|上一篇|下一篇|相关专题|相关文章|相关阅读|推荐阅读|延伸阅读|热点关键词|最新评论|热门评论|查看全部留言|我要评论|网友评论|点击排行).*$/,
  /^[·•]\s*[^。，]{1,10}$/,
  /^[^。，]{0,40}(版权所有|copyright|©|ICP备|公网安备)[^。]{0,40}$/i,
  // A reprint notice, also where it says what the text is first (本文为内部学习资料，转载请注明出处。).
  /^(本文为.*原创|本文为[^。！？]{0,20}[，,；;]\s*转载请|转载请).{0,60}$/,
  /^\[(打印文章|添加收藏|关闭窗口)\]/,
  /^(责编|责任编辑|编辑)[:：]/,
  /^\(责编[:：].*\)$/,
  /^来源[:：]\S+$/,
  /^作者[:：]\S+$/,
  /^本文链接[:：]/,
  /^使用微信.*扫一扫/,
  /欢迎光临|点击数[:：]/,
  /^(\d+\s+){1,}\d+$/,
  /^[\p{L}\p{N}]{1,6}\s{2,}(注册|登录)$/u,
  // A site menu: short items separated by |, one of them a menu word (a table row "服务中心 | 职能" is text).
  /^(?=.*(?:首页|新闻|登录|注册|关于我们|联系我们|网站地图|English|无障碍|客户端|订阅))(?:[\p{L}\p{N}]{1,8}\s*[|｜]\s*)+[\p{L}\p{N}]{1,8}$/u,
];

/**
 * The page's 来源 field (来源：, 文章来源：, 本文来源：): the label is a word of its own. A longer word ending in 来源
 * (资料来源：, 数据来源：) is the document's own label over its paragraph, as a bulletin heads its data's sources.
 */
const SOURCE_FIELD = /(?<!\p{Script=Han})(?:本文|文章|信息|稿件|新闻)?来源[:：]/u;

const URL = /https?:\/\/[^\s"'<>，。]+/;

/** Reads what a chrome line says about the document; true when the line is chrome. */
function readMeta(text: string, meta: DocumentMeta): boolean {
  let isMeta = false;
  const date = DATE.exec(asciiDigits(text));
  const labelled = (label: string) => {
    const value = new RegExp(`${label}[:：]\\s*([^\\s:：]+)`).exec(text)?.[1]?.replace(/[)）】\]]+$/, '');
    // "作者: 来源: …" — an empty field followed by the next label.
    return value && !/^(来源|作者|编辑|责编|发布时间|点击数|字号)$/.test(value) ? value : undefined;
  };
  const short = Array.from(text).length <= 80 && !/[。！？]/.test(text);
  if ((short && (/发布时间|发表时间|作者[:：]|编辑[:：]/.test(text) || SOURCE_FIELD.test(text))) || (date && text.length < 60 && /来源|编辑|作者/.test(text))) {
    isMeta = true;
    if (date) {
      meta.date ??= isoDate(date);
      if (date[4]) meta.time ??= timeOf(date)!;
    }
    const source = labelled('来源');
    if (source) meta.publication ??= source;
    const author = labelled('作者');
    // The field as the byline grammar reads it (…研究员徐占忱 → 徐占忱); a value it does not read stays as printed.
    const named = author && parseAuthorLine(`作者：${author}`);
    if (author) meta.author ??= named ? named.map((a) => a.name).join('、') : author;
    const editor = labelled('(?:责编|编辑)');
    if (editor) meta.staff ??= `编辑：${editor}`;
  } else if (date && text.length < 40 && !/[。，,、；;：:！？]/.test(text.slice(date.index + date[0].length)) && /^(?:(?:发布|发表|更新)?(?:时间|日期)[:：]?\s*)?$/.test(text.slice(0, date.index).trim())) {
    // A line that is a date (and perhaps the publication after it), not a sentence starting with one.
    isMeta = true;
    meta.date ??= isoDate(date);
    if (date[4]) meta.time ??= timeOf(date)!;
    const after = text.slice(date.index + date[0].length).replace(/来源[:：]/, '').trim();
    if (after) meta.publication ??= after;
  }
  const partial = partialDateOf(text);
  if (partial) {
    isMeta = true;
    meta.date ??= partial;
  }
  const url = URL.exec(text);
  if (url && (/本文链接|原文链接|网址/.test(text) || text.trim() === url[0])) {
    meta.url ??= url[0];
    isMeta = true;
  }
  return isMeta;
}

/**
 * The date of a 落款 closing the text: a line that is only a date, right under the unit that signs the text (中共××县委组织部 /
 * 2024年1月24日), nothing after them but page chrome or a notice's 版记. Unit and date sign the text and stay in it (the
 * team's rule 2); the date is still the source's. A 落款 with text after it (a notice's, over its 附件) is not the text's end.
 */
function closingSignDate(texts: readonly string[], lines: readonly Line[], dropped: readonly Line[]): Line | undefined {
  const text = lines.filter((l) => l.text !== '');
  let end = text.length;
  while (end > 0 && COLOPHON.test(text[end - 1]!.text)) end--;
  const unit = text[end - 1];
  if (!unit || !isSigningUnit(unit.text)) return undefined;
  const date = dropped.find((d) => d.n > unit.n && texts.slice(unit.n, d.n - 1).every((t) => t === ''));
  return date && issueDateOf(date.text) ? date : undefined;
}

/**
 * The lines the web reader's chrome treatment drops (dropChrome: each line's kind, a list's head taking its items, a
 * dateline only at the text's edge), with their kinds: one treatment for a page and for its text pasted into a file.
 */
function chromeOfLines(lines: readonly Line[]): Map<Line, ChromeKind> {
  const kinds = new Map<Line, ChromeKind>();
  dropChrome([...lines], (l) => l.text, {}, (l, kind) => kinds.set(l, kind));
  return kinds;
}

/** `keep`: lines the document's structure says are its text (footnotes), never taken for chrome. */
export function cleanLines(raw: string, keep: ReadonlySet<number> = new Set()): { lines: Line[]; meta: DocumentMeta; dropped: Line[] } {
  const meta: DocumentMeta = {};
  const lines: Line[] = [];
  const dropped: Line[] = [];
  const texts = raw.split('\n').map((text) => text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''));
  const all = texts.map((text, i) => ({ n: i + 1, text }));
  const candidates = all.filter((l) => l.text && !keep.has(l.n));
  const isCandidate = new Set(candidates);
  const isMeta = new Set(candidates.filter((l) => readMeta(l.text, meta)));
  const kinds = chromeOfLines(candidates);
  const firstProse = candidates.findIndex((l) => isProse(l.text));
  for (const line of all) {
    if (!isCandidate.has(line)) {
      lines.push(line);
      continue;
    }
    // A 文/… or 作者丨… credit over the text is the byline the analysis reads under a title, not chrome to drop; one
    // closing the text (a post's credits block) is the page's, read into the source entry as the web reader reads it.
    const byline = isAuthorCredit(line.text) && (firstProse < 0 || line.n < candidates[firstProse]!.n);
    const kind = isMeta.has(line) || byline ? undefined : kinds.get(line);
    if (kind) readChromeLine(line.text, kind, meta);
    if (isMeta.has(line) || JUNK_LINE.some((re) => re.test(line.text)) || kind) dropped.push(line);
    else lines.push(line);
  }
  const signDate = closingSignDate(texts, lines, dropped);
  if (signDate) {
    dropped.splice(dropped.indexOf(signDate), 1);
    const at = lines.findIndex((l) => l.n > signDate.n);
    lines.splice(at < 0 ? lines.length : at, 0, signDate);
  }
  return { lines, meta, dropped };
}

/** What metadata lines state (publication, date, author, address…), the first of each kept; a chrome line read as cleanLines reads it. */
export function metaOfLines(lines: readonly Line[]): DocumentMeta {
  const meta: DocumentMeta = {};
  for (const line of lines) {
    const kind = readMeta(line.text, meta) ? undefined : chromeKind(line.text);
    if (kind) readChromeLine(line.text, kind, meta);
  }
  return meta;
}

/** Strips a trailing "发布时间…来源…编辑…打印" tail glued to a paragraph, keeping its metadata. */
export function stripTrailingChrome(text: string, meta: DocumentMeta): string {
  const at = text.search(/发布时间[:：]/);
  if (at > 0) {
    readMeta(text.slice(at), meta);
    return text.slice(0, at).trim();
  }
  return text;
}
