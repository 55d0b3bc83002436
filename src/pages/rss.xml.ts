import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { feedItems, rssFeed } from '../lib/open-data/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  return new Response(rssFeed(feedItems(library.cases, site!), site!), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
