import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { getLibrary, getCaseTexts, getPractices } from '../content.ts';
import { buildSearchVocabulary } from '../lib/search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const vocabulary = buildSearchVocabulary(library, await getPractices(), await getCaseTexts(), toSimplified);
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
