/**
 * Where the article is on the sites this field publishes on, checked before
 * Readability because their structure is known: the element holding the body,
 * the one holding the headline, and the ones stating source, author and date.
 * A rule applies only when its body element is on the page.
 */
import type { DocumentMeta } from '../clean.ts';
import { dateTimeIn } from '../dates.ts';
import type { ChromeKind } from './chrome.ts';

export interface PlatformRule {
  name: string;
  /** The page is from this platform (by URL or a marker element). */
  matches(doc: Document, url: string | undefined): boolean;
  /** Candidates for the article body, first found wins. */
  body: string[];
  /** Candidates for the headline element. */
  title: string[];
  /** Elements whose text is a 来源/作者/时间 line (read into meta, never body). */
  metaLines: string[];
  /** Elements inside the body that are chrome (counted, then removed). */
  chrome?: Array<[kind: ChromeKind, selector: string]>;
  /** Anything else the platform states in its own markup or scripts. */
  extra?(doc: Document, meta: DocumentMeta & { title?: string }): void;
}

const host = (url: string | undefined, re: RegExp) => !!url && re.test(url.replace(/^https?:\/\//, '').split('/')[0] ?? '');

function scriptVar(doc: Document, name: string): string | undefined {
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const m = new RegExp(`(?:var\\s+|\\b)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(s.textContent ?? '');
    if (m) return (m[1] ?? m[2] ?? '').trim() || undefined;
  }
  return undefined;
}

/** WeChat escapes & as \x26 or \x26amp; inside its script strings. */
function unescapeScript(value: string): string {
  return value.replace(/\\x26(amp;)?/g, '&').replace(/&amp;/g, '&').replace(/\\\//g, '/');
}

function beijingDate(seconds: number): { date: string; time: string } {
  const d = new Date((seconds + 8 * 3600) * 1000);
  const iso = d.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export const PLATFORMS: PlatformRule[] = [
  {
    name: 'wechat',
    matches: (doc, url) => host(url, /(^|\.)mp\.weixin\.qq\.com$/) || !!doc.querySelector('#js_content, .rich_media_content'),
    body: ['#js_content', '.rich_media_content'],
    title: ['#activity-name', '.rich_media_title', 'h1'],
    metaLines: [],
    chrome: [
      // Author, account and date under the headline: read into meta by extra() first.
      ['metadata line', '#meta_content, .rich_media_meta_list'],
      ['QR prompt', '.qr_code_pc, #js_pc_qr_code, .qr_code_pc_outer, #js_profile_qrcode'],
      ['wechat prompt', '#js_tags_preview_toast, .rich_media_tool, #js_toobar3, .reward_area, #js_bottom_ad_area, .article-tag_list, #js_tags'],
      ['comments', '#js_cmt_area, .discuss_container, #js_friend_cmt_area'],
      ['related articles', '#js_related_area, .related_article, #js_read_area3'],
    ],
    extra(doc, meta) {
      const name = doc.querySelector('#js_name')?.textContent?.trim() ?? scriptVar(doc, 'nickname');
      if (name) meta.publication ??= name;
      // Accounts fill the author field with their own name: the account publishes, it is no author.
      const author = [doc.querySelector('#js_author_name')?.textContent, doc.querySelector('meta[name="author"]')?.getAttribute('content')].map((a) => a?.trim()).find((a) => a && a !== name);
      if (author) meta.author ??= author;
      const shown = doc.querySelector('#publish_time')?.textContent?.trim();
      const ct = Number(scriptVar(doc, 'ct'));
      const stated = (shown && dateTimeIn(shown)) || (Number.isFinite(ct) && ct > 1e9 ? beijingDate(ct) : dateTimeIn(scriptVar(doc, 'createTime') ?? ''));
      if (stated) {
        meta.date ??= stated.date;
        if (stated.time) meta.time ??= stated.time;
      }
      const link = scriptVar(doc, 'msg_link');
      if (link) meta.url ??= unescapeScript(link);
    },
  },
  {
    name: '12371',
    matches: (doc, url) => host(url, /(^|\.)12371\.cn$/) || /共产党员网/.test(doc.title),
    body: ['#font_area', '.word', '.main_content .content'],
    title: ['.big_title', 'h1'],
    metaLines: ['.big_time', '.time', '.laiyuan', '.source', '.title_sub'],
  },
  {
    name: 'people',
    matches: (doc, url) => host(url, /(^|\.)people\.com\.cn$/) || /人民网/.test(doc.title),
    body: ['.rm_txt_con', '#rwb_zw', '.box_con', '.show_text', '#p_content'],
    title: ['.rm_txt h1', '.text_title h1', '.clearfix h1', 'h1'],
    metaLines: ['.col-1-1', '.box01 .fl', '.sou', '.rm_txt .channel', '.edit', '.editor'],
  },
  {
    name: 'xinhua',
    matches: (doc, url) => host(url, /(^|\.)(xinhuanet\.com|news\.cn)$/) || /新华网/.test(doc.title),
    // #detailContent holds the text alone; its #detail also holds the pager and the tag list (2024 news.cn pages).
    body: ['#detailContent', '#detail', '#p-detail', '.main-aticle', '#content', '.article'],
    title: ['.head-line .title', '.h-title', 'h1'],
    metaLines: ['.header-time', '.h-time', '.source', '.h-info', '.editor', '.p-jc'],
  },
  {
    name: 'rednet',
    matches: (doc, url) => host(url, /(^|\.)rednet\.cn$/) || /红网/.test(doc.title),
    body: ['.ct_txt', '#articleContent', '.article-content', '.content-text', '#content'],
    title: ['.ct_tit h1', '.article-title', 'h1'],
    metaLines: ['.ct_info', '.article-info', '.info', '.source'],
  },
  {
    name: 'government portal',
    matches: (doc, url) =>
      host(url, /\.gov\.cn$/) || !!doc.querySelector('meta[name="ArticleTitle"], meta[name="SiteName"], .TRS_Editor, #zoom, #UCAP-CONTENT'),
    body: ['.TRS_Editor', '#UCAP-CONTENT', '#zoom', '.pages_content', '.article-content', '.article_con', '#content'],
    title: ['.article-title', '.pages-title', '.title', 'h1'],
    metaLines: ['.article-info', '.pages-date', '.info', '.source', '.fbsj', '.xxgk-info'],
    extra(doc, meta) {
      const m = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;
      const source = m('ContentSource');
      if (source) meta.publication ??= source;
      // <meta name="Author"> on these portals names whoever keyed the page in (网站编辑部, 管理员): the byline on the page names the author.
      const title = m('ArticleTitle');
      if (title) meta.title ??= title;
    },
  },
];
