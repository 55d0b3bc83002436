import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { caseRecord } from '../lib/library.ts';

export const GET: APIRoute = async () => {
  const library = await getLibrary();
  const body = {
    title: '联系服务群众经验案例库',
    count: library.cases.length,
    cases: library.cases.map(caseRecord),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
