/**
 * A document's draft status printed after its title — （征求意见稿）, （讨论稿）, （送审稿）, （草案）… — says how far
 * the document had come when it was circulated, not what it is called: the same compilation is later printed
 * without it. The source entry's title is the name; the status is the document's condition, which the source
 * entry states in `about` (the editors' account of provenance and condition), so a reader citing a case knows
 * its text may differ from the final edition.
 */
const STATUS = '征求意见稿|意见征求稿|讨论稿|送审稿|审议稿|审定稿|修改稿|修订稿|初稿|草稿|草案|试行稿';

/** A status alone, bracketed or not (a line of its own under the title). */
export const DRAFT_STATUS_LINE = new RegExp(`^[（(]?(?:${STATUS})[)）]?$`, 'u');
const TRAILING = new RegExp(`\\s*[（(](${STATUS})[)）]\\s*$`, 'u');

/** The title without a bracketed status at its end, and the status when there was one. */
export function withoutDraftStatus(title: string): { title: string; status?: string } {
  const m = TRAILING.exec(title);
  if (!m || m.index === 0) return { title };
  return { title: title.slice(0, m.index), status: m[1]! };
}
