import type { APIRoute } from 'astro';
import { casePaths } from '../../content.ts';
import { handoutItem } from '../../lib/trainer/handout.ts';
import type { CaseView } from '../../lib/library/types.ts';

export const getStaticPaths = casePaths;

export const GET: APIRoute<{ item: CaseView }> = ({ props }) =>
  new Response(JSON.stringify(handoutItem(props.item)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
