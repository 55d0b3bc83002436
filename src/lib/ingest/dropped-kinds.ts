/**
 * What a reader or the cleaner dropped and only counted (the report's
 * `dropped`: "page-chrome 1, contents 4") in the words of left-blocks.ts's
 * roles, so the desk says 删去 页面杂项 1，目录 4. Each kind belongs to one
 * role; the terminal report keeps the kinds as they are.
 */
import { BLOCK_ROLES, type BlockRole } from './left-blocks.ts';
import { CHROME_ROLE } from './read/chrome.ts';
import { FURNITURE_ROLE } from './read/pdf-layout.ts';

/** The kinds counted outside the chrome and PDF-furniture lists, by the module that counts them. */
const OTHER_KINDS: Record<string, BlockRole> = {
  // document.ts (clean.ts's junk lines, the contents lines of a compilation)
  'page-chrome': 'chrome',
  contents: 'contents',
  // layout.ts (the .doc reader's 'running heads' are PDF furniture's word)
  'page-number': 'running-head',
  'running-head': 'running-head',
  // markdown.ts: an export's front matter (title, author, date, source)
  'front matter lines': 'dateline',
  // web-page.ts
  'page text outside the article': 'chrome',
  // pdf-watermark.ts: text drawn rotated across a page (a watermark)
  'rotated text': 'running-head',
  // pdf-layout.ts's dropRepeatedHeaderRows: a table's header row printed again on the next page
  'repeated header rows': 'duplicate',
  byline: 'byline',
};

export const DROPPED_KIND_ROLES: Readonly<Record<string, BlockRole>> = { ...CHROME_ROLE, ...FURNITURE_ROLE, ...OTHER_KINDS };

/**
 * The counts by role, in the order first met, each with the role's words; a
 * kind no role claims keeps its own name, flagged 未归类, never dropped.
 */
export function droppedByRole(dropped: Readonly<Record<string, number>>): Array<{ label: string; count: number }> {
  const out = new Map<string, number>();
  for (const [kind, n] of Object.entries(dropped)) {
    const role = DROPPED_KIND_ROLES[kind];
    const label = role ? BLOCK_ROLES[role] : `${BLOCK_ROLES.unknown}（${kind}）`;
    out.set(label, (out.get(label) ?? 0) + n);
  }
  return [...out].map(([label, count]) => ({ label, count }));
}
