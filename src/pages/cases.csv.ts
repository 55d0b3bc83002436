import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { casesCsv } from '../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const library = await getLibrary();
  return new Response(casesCsv(library.cases, site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
