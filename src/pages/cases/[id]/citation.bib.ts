import type { APIRoute } from 'astro';
import { casePaths } from '../../../content.ts';
import { libraryRef, type CaseView } from '../../../lib/library.ts';
import { chinaDate, toBibTeX } from '../../../lib/citation.ts';

export const getStaticPaths = casePaths;

export const GET: APIRoute<{ item: CaseView }> = ({ props, site }) =>
  new Response(toBibTeX(props.item.id, props.item.citation, libraryRef(props.item, site!, chinaDate())), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
