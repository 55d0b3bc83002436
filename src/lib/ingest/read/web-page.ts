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
import { decodeDocument, DecodeError } from '../decode.ts';
import type { ExtractedDocument } from '../extracted.ts';
import type { LeftBlock } from '../left-blocks.ts';
import { chromeKind, chromeRole, dropChrome, isMetaLine, readMetaLine } from './chrome.ts';
import { blocksOf, collapseSpace, trimLine, type Block } from './dom-lines.ts';
import { PLATFORMS } from './platforms.ts';

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

/** "标题_人民网", "标题 - 新华网", "标题--理论--人民网" → "标题". */
export function stripSiteSuffix(title: string): string {
  const parts = title.split(/\s*(?:_|｜|\||--|\s-\s|\s–\s)\s*/).map((p) => p.trim()).filter(Boolean);
  return parts[0] && Array.from(parts[0]).length >= 2 ? parts[0] : title.trim();
}

function plausibleTitle(text: string | undefined | null): string | undefined {
  const t = text ? trimLine(collapseSpace(text)) : '';
  const n = Array.from(t).length;
  if (n < 2 || n > 100 || /[。！？]$/.test(t) || chromeKind(t)) return undefined;
  return t;
}

/** Inside page furniture (menus, header bar, footer): never the headline. */
function inFurniture(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    const id = `${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`;
    if (tag === 'nav' || tag === 'footer' || /(^|[\s_-])(nav|menu|footer|foot|breadcrumb|crumb|logo|topbar|top-bar|site-header)([\s_-]|$)/i.test(id)) return true;
  }
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

export function readWebPage(
  file: string,
  html: string,
  options: { format?: 'html' | 'mhtml'; encoding?: string; url?: string | undefined } = {},
): ExtractedDocument {
  const { document: doc } = parseHTML(html) as unknown as { document: Document };
  const meta: ExtractedDocument['meta'] = {};
  const dropped: Record<string, number> = {};

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical || metaContent(doc, 'og:url') || undefined;
  const rule = PLATFORMS.find((p) => p.matches(doc, url ?? options.url) && p.body.some((s) => doc.querySelector(s)));

  let body: Element | null = null;
  let title: string | undefined;
  let titleEl: Element | null = null;
  if (rule) {
    rule.extra?.(doc, meta);
    for (const [kind, selector] of rule.chrome ?? []) {
      for (const el of Array.from(doc.querySelectorAll(selector))) {
        count(dropped, kind, blocksOf(el).length);
        el.remove();
      }
    }
    // Too little text where the platform keeps its articles (a video post, a changed layout): Readability looks instead.
    body = rule.body.map((s) => doc.querySelector(s)).find((e): e is Element => !!e && hasHan(e.textContent ?? '', MIN_HAN)) ?? null;
    for (const selector of rule.title) {
      titleEl = Array.from(doc.querySelectorAll(selector)).find((e) => !inFurniture(e) && !body?.contains(e) && plausibleTitle(e.textContent)) ?? null;
      if (titleEl) break;
    }
    title = plausibleTitle(titleEl?.textContent);
    for (const selector of rule.metaLines) {
      for (const el of Array.from(doc.querySelectorAll(selector))) {
        if (body && (body.contains(el) || el.contains(body))) continue;
        const line = trimLine(collapseSpace(el.textContent ?? ''));
        if (line && isMetaLine(line)) readMetaLine(line, meta);
      }
    }
  }

  let readerTitle: string | undefined;
  if (!body) {
    // Readability rewrites the DOM it reads: give it its own copy of the page.
    const { document: copy } = parseHTML(html) as unknown as { document: Document };
    const article = new Readability<Element>(copy, { charThreshold: 100, serializer: (el) => el as Element }).parse();
    if (article?.content) {
      body = article.content;
      readerTitle = article.title ?? undefined;
      if (article.publishedTime) {
        const d = /(\d{4})-(\d{2})-(\d{2})/.exec(article.publishedTime);
        if (d) meta.date ??= `${d[1]}-${d[2]}-${d[3]}`;
      }
    }
  }
  if (!body || !hasHan(body.textContent ?? '', MIN_HAN)) {
    throw new DecodeError(`${file}: no article found in this web page (under ${MIN_HAN} Chinese characters of body text outside menus and footers); save the article page itself, or copy its text into a .txt file`);
  }

  // The page's own headline: the one <h1> outside menus, header bars and footers.
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((e) => !inFurniture(e) && plausibleTitle(e.textContent));
  title ??=
    plausibleTitle(meta.title) ??
    plausibleTitle(metaContent(doc, 'ArticleTitle', 'og:title', 'twitter:title')) ??
    (h1s.length === 1 ? plausibleTitle(h1s[0]!.textContent) : undefined) ??
    plausibleTitle(readerTitle && stripSiteSuffix(readerTitle)) ??
    plausibleTitle(stripSiteSuffix(doc.title ?? ''));
  if (title) meta.title = title;

  // Metadata the head states; the page's own lines (above) win.
  if (url) meta.url ??= url;
  const published = metaContent(doc, 'article:published_time', 'PubDate', 'pubdate', 'publishdate', 'datePublished');
  const pd = published && /(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})/.exec(published);
  if (pd) meta.date ??= `${pd[1]}-${pd[2]!.padStart(2, '0')}-${pd[3]!.padStart(2, '0')}`;
  const site = metaContent(doc, 'ContentSource', 'og:site_name', 'SiteName');
  if (site) meta.publication ??= site;

  // The article's own blocks, chrome out.
  const blocks = blocksOf(body);
  const left: LeftBlock[] = [];
  let kept = dropChrome(blocks, (b) => b.text, meta, dropped, left);
  while (kept.length && title && kept[0]!.text === title) kept = kept.slice(1);

  // Lines the page shows between the headline and the body (a byline such as
  // "永善县政府办党总支书记 肖文杰") belong to the article; 来源/时间 lines there,
  // and right after the body, are metadata.
  const page = doc.body ? blocksOf(doc.body) : [];
  const bylines: Block[] = [];
  const first = kept[0]?.text;
  const last = kept.at(-1)?.text;
  const titleAt = title ? page.findIndex((b) => b.text === title) : -1;
  const startAt = first ? page.findIndex((b, i) => i > titleAt && b.text === first) : -1;
  const endAt = last ? page.findIndex((b, i) => i >= Math.max(startAt, 0) && b.text === last) : -1;
  const between = new Set<number>();
  if (titleAt >= 0 && startAt > titleAt && startAt - titleAt <= 8) {
    for (let i = titleAt + 1; i < startAt; i++) {
      const b = page[i]!;
      between.add(i);
      const kind = chromeKind(b.text);
      if (kind === 'metadata line') readMetaLine(b.text, meta);
      if (!kind && Array.from(b.text).length <= 50 && !/[。！？]$/.test(b.text) && b.text !== title) bylines.push(b);
      else count(dropped, kind ?? 'page text outside the article');
      if (kind === 'metadata line' || kind === 'credit line') left.push({ role: chromeRole(kind, b.text), text: b.text, reason: `between the headline and the article: a ${kind}, read into the source entry` });
    }
  }
  if (startAt >= 0 && endAt >= startAt) {
    for (const b of page.slice(endAt + 1, endAt + 6)) if (isMetaLine(b.text)) readMetaLine(b.text, meta);
    // Everything else the page shows (menus, footers, comment lists…), by kind.
    page.forEach((b, i) => {
      if ((i >= startAt && i <= endAt) || i === titleAt || between.has(i)) return;
      count(dropped, chromeKind(b.text) ?? 'page text outside the article');
    });
  } else {
    count(dropped, 'page text outside the article', Math.max(0, page.length - blocks.length - (title ? 1 : 0)));
  }

  // The safety net under the article finder: running text the page shows outside the article is
  // named in a warning, never dropped in silence.
  const inArticle = new Set([title, ...bylines.map((b) => b.text), ...blocks.map((b) => b.text)]);
  const outside = page.filter((b) => !inArticle.has(b.text) && !chromeKind(b.text) && Array.from(b.text).length >= 30 && /[。！？]/.test(b.text));
  const warnings = outside.length
    ? [`${outside.length} paragraph(s) of running text outside the article were left out (first: "${Array.from(outside[0]!.text).slice(0, 24).join('')}…"): check that the page holds one article`]
    : [];

  const lines: string[] = [];
  const headings: ExtractedDocument['headings'] = [];
  const push = (text: string, level?: number, cue: 'declared' | 'emphasis' = 'declared') => {
    if (lines.length) lines.push('');
    lines.push(text);
    if (level) headings.push({ line: lines.length, level, cue });
  };
  if (title) push(title, 1);
  for (const b of bylines) push(b.text);
  for (const b of kept) {
    const short = Array.from(b.text).length <= 40 && !/[。！？；]$/.test(b.text);
    if (b.heading) push(b.text, Math.max(2, b.heading));
    else if (short && (b.bold || b.centred) && !b.row) push(b.text, 2, 'emphasis');
    else push(b.text);
  }
  return {
    format: options.format ?? 'html',
    text: lines.join('\n') + '\n',
    extracted: true,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    meta,
    headings,
    dropped,
    ...(left.length ? { left } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
}
