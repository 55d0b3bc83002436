import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { caseRecord } from '../lib/open-data/records.ts';
import { SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const body = {
    title: SITE_NAME,
    count: library.cases.length,
    cases: library.cases.map(caseRecord),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
