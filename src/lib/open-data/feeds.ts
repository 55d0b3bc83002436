/**
 * Feeds of every case: RSS 2.0 (`/rss.xml`) and JSON Feed 1.1 (`/feed.json`).
 * A case's date is its source's publication date; when the source gives none
 * the item has no date rather than an invented one.
 */
import type { CaseView } from '../library/types.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site.ts';
import { isFullDay } from '../source-date.ts';

/** One case as a feed entry, with absolute URLs. */
export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Source publication date (YYYY-MM-DD), absent when the source gives none or only a year or month (feeds need a day; none is invented). */
  date: string | undefined;
  authors: string[];
  tags: string[];
}

export function feedItems(cases: readonly CaseView[], site: URL): FeedItem[] {
  return cases.map((c) => ({
    id: c.id,
    url: new URL(c.url, site).href,
    title: c.subtitle ? `${c.title}——${c.subtitle}` : c.title,
    summary: c.data.summary,
    date: c.source.date && isFullDay(c.source.date) ? c.source.date : undefined,
    authors: c.data.authors.map((a) => a.name),
    tags: [...c.methods.map((m) => m.name), ...c.themes.map((t) => t.name)],
  }));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** RFC 822 date (RSS 2.0 pubDate) of a calendar day, at midnight China time. */
export function rfc822Date(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${days[weekday]}, ${String(d).padStart(2, '0')} ${months[m - 1]} ${y} 00:00:00 +0800`;
}

export function rssFeed(items: readonly FeedItem[], site: URL): string {
  const feedUrl = new URL('/rss.xml', site).href;
  const entries = items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      `      <description>${escapeXml(item.summary)}</description>`,
      ...(item.date ? [`      <pubDate>${rfc822Date(item.date)}</pubDate>`] : []),
      ...item.authors.map((a) => `      <dc:creator>${escapeXml(a)}</dc:creator>`),
      ...item.tags.map((t) => `      <category>${escapeXml(t)}</category>`),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(SITE_NAME)}</title>`,
    `    <link>${escapeXml(new URL('/', site).href)}</link>`,
    `    <description>${escapeXml(SITE_DESCRIPTION)}</description>`,
    '    <language>zh-cn</language>',
    `    <atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(items: readonly FeedItem[], site: URL) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: SITE_NAME,
    home_page_url: new URL('/', site).href,
    feed_url: new URL('/feed.json', site).href,
    description: SITE_DESCRIPTION,
    language: 'zh-CN',
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      ...(item.date ? { date_published: `${item.date}T00:00:00+08:00` } : {}),
      ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
      tags: item.tags,
      language: 'zh-CN',
    })),
  };
}
