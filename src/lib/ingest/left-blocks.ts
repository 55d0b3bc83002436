/**
 * A block of an input that is in no draft body, with the role it was given:
 * the ingest report lists every one, so nothing leaves a document without a
 * word ("nothing lost": text not in a body is either in the report or in the
 * source entry). Readers list what they leave out of the extracted text
 * (comments, page chrome, captions…); the analysis lists what of that text
 * went to no body (header, byline, editor's note, colophon, notes…).
 */

/** Why a block is not body text. One list: the report and the desk show these words. */
export const BLOCK_ROLES = {
  headline: '标题',
  subtitle: '副标题',
  byline: '署名',
  dateline: '日期与出处',
  'editor-note': '编者按',
  'compilation-header': '汇编标题与编者',
  notice: '公文（发文机关、文号、主送、正文、落款）',
  contents: '目录',
  chrome: '页面杂项（菜单、分享、版权等）',
  masthead: '报头、版次',
  caption: '图片说明',
  colophon: '版记（抄送、印发）',
  apparatus: '汇编者所附思考题、参考文献等',
  'compilers-addition': '汇编者所加（表格、编者注）',
  column: '栏目名',
  'issue-number': '期号',
  note: '脚注、尾注',
  comment: '批注',
  revision: '修订（删除的文字）',
  textbox: '文本框',
  pagination: '分页导航',
  'running-head': '页眉页脚、页码',
  duplicate: '重复文字',
  unknown: '未归类',
} as const;

export type BlockRole = keyof typeof BLOCK_ROLES;

export interface LeftBlock {
  role: BlockRole;
  /** The block's text as the input has it (shortened only for display, never here). */
  text: string;
  /** Line in the extracted text (1-based) when the block is in it; absent for what a reader left out of the text. */
  line?: number;
  /** First and last line when the block runs over several lines of the text (a paragraph the capture broke and ingest rejoined). */
  lines?: [number, number];
  /** Why it was left out or where it went, in Chinese where it is made: editors read it in the report and at the desk (e.g. "→ 来源条目的编者按 editorNote", "第3页：页码，不是正文"). */
  reason: string;
}

/** Consecutive blocks a reader left out, of one role or all page furniture (a menu's items and its page list, every page's number): one line of the report. */
export interface LeftGroup {
  /** The group's roles, each once, in order of first appearance. */
  roles: BlockRole[];
  /** Every block of the group, in order: nothing is dropped from the report, only listed together. */
  blocks: LeftBlock[];
  /** Each distinct reason of the group's blocks with how many blocks give it, page and line numbers aside ("第#页：页码，不是正文"). */
  reasons: Array<{ reason: string; count: number }>;
}

/**
 * Roles of page furniture, listed together when they follow each other (a menu and its page list). A
 * dateline is not among them: the article's own date and source line must stay in sight.
 */
const FURNITURE: ReadonlySet<BlockRole> = new Set(['chrome', 'pagination', 'running-head']);

/**
 * The report's blocks, consecutive ones that a reader left out taken together when they have one role or
 * are all page furniture: a portal page's hundreds of menu items read as one line per region of the page
 * (its navigation, its footer), with their count, their reasons and all their texts, instead of hundreds
 * of lines. A byline, caption or note stands alone, and blocks that are lines of the text (a byline, an
 * editor's note) keep a line each, with their line numbers.
 */
export function groupLeftBlocks(blocks: readonly LeftBlock[]): LeftGroup[] {
  const groups: LeftGroup[] = [];
  for (const b of blocks) {
    const last = groups.at(-1);
    const reason = b.reason.replace(/\d+/g, '#');
    const first = last?.blocks[0];
    const together = last && first && b.line === undefined && first.line === undefined && (first.role === b.role || (FURNITURE.has(b.role) && last.roles.every((r) => FURNITURE.has(r))));
    if (!last || !together) {
      groups.push({ roles: [b.role], blocks: [b], reasons: [{ reason, count: 1 }] });
      continue;
    }
    last.blocks.push(b);
    if (!last.roles.includes(b.role)) last.roles.push(b.role);
    const known = last.reasons.find((r) => r.reason === reason);
    if (known) known.count++;
    else last.reasons.push({ reason, count: 1 });
  }
  return groups;
}
