import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { feedItems, jsonFeed } from '../lib/open-data/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  return new Response(JSON.stringify(jsonFeed(feedItems(library.cases, site!), site!), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
