/**
 * The remark plugins every case body goes through, in order: the commentary
 * aside must exist before blocks are numbered, collation notes are placed by
 * block number, method links are added to what text remains plain, and a
 * head's plain text is set in unbreakable words last.
 */
import remarkCommentary from './remark-commentary.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';
import remarkCollation from './remark-collation.ts';
import remarkMethodLinks, { type MethodTerm } from './remark-method-links.ts';
import remarkMdx from 'remark-mdx';
import remarkTextOnly from './remark-text-only.ts';
import remarkHeadingWords from './remark-heading-words.ts';
import type { Plugin } from 'unified';

/** The case pipeline; method links come last so they never split a marked reading. */
// Astro's option type: a plugin or a [plugin, options] pair.
type RemarkEntry = Plugin<any[], any, any> | [Plugin<any[], any, any>, unknown];

/** How a case file is read: MDX's syntax, with JSX, expressions and ESM refused. */
export const caseSyntaxPlugins: RemarkEntry[] = [remarkMdx, remarkTextOnly];

export function caseRemarkPlugins(methods: MethodTerm[] = []): RemarkEntry[] {
  return [remarkCommentary, remarkParagraphIds, remarkCollation, [remarkMethodLinks, { methods }], remarkHeadingWords];
}
