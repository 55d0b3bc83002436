import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { getLibrary, getCaseTexts, getPractices } from '../content.ts';
import { buildSearchVocabulary, coreVocabulary } from '../lib/search/vocabulary.ts';

/** What the search page loads as it starts: all but the places (/search-places.json), with the bit set that says when to load them. */
export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const vocabulary = buildSearchVocabulary(library, await getPractices(), await getCaseTexts(), toSimplified);
  return new Response(JSON.stringify(coreVocabulary(vocabulary)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
