/**
 * The remark plugins every case body goes through, in order: the commentary
 * aside must exist before blocks are numbered, and collation notes are placed
 * by block number.
 */
import remarkCommentary from './remark-commentary.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';
import remarkCollation from './remark-collation.ts';

export const caseRemarkPlugins = [remarkCommentary, remarkParagraphIds, remarkCollation];
