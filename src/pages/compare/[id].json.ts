import type { APIRoute } from 'astro';
import { casePaths } from '../../content.ts';
import { compareItem } from '../../lib/compare/compare.ts';
import type { CaseView } from '../../lib/library/types.ts';

export const getStaticPaths = casePaths;

export const GET: APIRoute<{ item: CaseView }> = ({ props }) =>
  new Response(JSON.stringify(compareItem(props.item)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
