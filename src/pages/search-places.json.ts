import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { buildSearchPlaces } from '../lib/search/vocabulary.ts';

/** The search vocabulary's places, loaded only for a query that may name one (src/lib/search/place-codec.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(buildSearchPlaces(await getLibrary())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
