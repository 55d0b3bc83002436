import type { APIRoute } from 'astro';
import { casePaths } from '../../../content.ts';
import { libraryRef } from '../../../lib/citation/case-reference.ts';
import type { CaseView } from '../../../lib/library/types.ts';
import { toBibTeX } from '../../../lib/citation/formats.ts';

export const getStaticPaths = casePaths;

// A file made at build time cannot know when it will be read: no 引用日期 (urldate/Y2) in it.
export const GET: APIRoute<{ item: CaseView }> = ({ props, site }) =>
  new Response(toBibTeX(props.item.id, props.item.citation, libraryRef(props.item, site!)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
