/**
 * The kicker (引题): the short line a paper prints above a headline, in
 * smaller type, to lead into it (15家企业, 江苏南京市车管所争创“人民满意”单位).
 * The team's rule, one for every reader: a kicker is neither the title, nor
 * the subtitle (the 副题 printed below the headline is), nor body. It is
 * headline furniture, reported with role `headline` and this reason. The
 * reader gives the evidence for the line's place (smaller type above the
 * headline, or above the headline the text repeats at its top); the words of
 * the line are tested here, and so is what else may stand there: the issue
 * line (2013年第5期（总第128期）), the source's number, which the source entry
 * has no field for, and a column's name (基层党建·经验交流).
 */
import type { LeftBlock } from './left-blocks.ts';
import { isDashedSubtitle } from './dashed-subtitle.ts';

/** What the report calls the line, in every reader's reason. */
export const KICKER = '印在标题之上的引题';

/** The report's reason for a kicker, with the reader's evidence for it. */
const kickerReason = (evidence: string) => `${KICKER}（${evidence}）：标题的附属文字，不是标题、副标题，也不是正文`;

/** A line no longer than a headline (50 characters) that is no sentence: what may stand in a headline's stack. */
export const isHeadlineShort = (text: string) => Array.from(text).length <= 50 && !/[。！？]$/u.test(text);

/** Whether a line's words may be a kicker: headline-short, and no ——subtitle (the headline's own, wherever it is printed). */
export const isKickerLine = (text: string) => isHeadlineShort(text) && !isDashedSubtitle(text);

/** What a PDF or Word reader knows of the line right above a headline, from its type and what the analysis reads in it. */
export interface LineAboveHeadline {
  text: string;
  /** Set in smaller type than the headline (a lower heading level, and no larger size where sizes are known). */
  smallerType: boolean;
  /** Its words may stand in a headline's stack: a title's words, no section head, byline, marker, compiler line or note label. */
  headlineWords: boolean;
  /** It names people as a byline does. */
  names: boolean;
  /** The headline is the text's first, with nothing above this line. */
  opensText: boolean;
}

/**
 * What the line above a headline is on the PDF/Word side: a kicker (引题) in smaller type with a kicker's words; else,
 * over the text's first headline only, a byline some journals print there in smaller type (elsewhere a line of names
 * above a headline may sign the case before it). The type test is the kicker's, without its words' test: a byline is
 * no kicker, and its names are no headline's words.
 */
export function lineAboveHeadline(line: LineAboveHeadline): 'kicker' | 'byline' | undefined {
  if (line.smallerType && line.headlineWords && isKickerLine(line.text)) return 'kicker';
  if (line.opensText && line.smallerType && line.names) return 'byline';
  return undefined;
}

/**
 * Two lines that are the halves of one headline, not a kicker over it: a couplet (党建引领聚合力 / 服务群众解民忧), two
 * clauses of words alone, of one length. A paper may set the first half smaller; its parallel form says it is no lead-in.
 */
export function isHeadlineCouplet(upper: string, lower: string): boolean {
  const n = Array.from(upper).length;
  return n >= 4 && n <= 12 && n === Array.from(lower).length && /^\p{Script=Han}+$/u.test(upper) && /^\p{Script=Han}+$/u.test(lower);
}

/**
 * The issue line's one pattern (the PDF reader's masthead reads it too): the year's issue and the running number
 * (2013年第5期（总第128期）, 第15期, 总第128期), nothing else; spaces anywhere (第 15 期).
 */
const NUM = '[0-9０-９〇零一二三四五六七八九十百]+';
const ISSUE_NUMBER = `(?:第${NUM}期)?(?:[（(]?总第${NUM}期[）)]?)?`;
/** The year's issue as a title carries it among its words (…工作简报第8期), spaced as typed (第 8 期). */
export const ISSUE_IN_TITLE = new RegExp(`第\\s*${NUM}\\s*期`, 'u');
const ISSUE_LINE = new RegExp(`^(?:${NUM}年)?${ISSUE_NUMBER}$`, 'u');
const ISSUE_NUMBER_LINE = new RegExp(`^${ISSUE_NUMBER}$`, 'u');
export const isIssueLine = (text: string) => /期/u.test(text) && ISSUE_LINE.test(text.replace(/\s/gu, ''));
/**
 * The issue's number alone, no year before it (第15期, 第15期（总第120期）): as a bulletin prints it in its masthead,
 * where a journal's 2013年第5期 set over a headline is the headline's stack (headlineStackBlock).
 */
export const isIssueNumberLine = (text: string) => /期/u.test(text) && ISSUE_NUMBER_LINE.test(text.replace(/\s/gu, ''));

/** A column's name and its section, two short names joined by a middle dot (基层党建·经验交流). */
const COLUMN_NAME = /^\p{Script=Han}{2,8}[·•・･]\p{Script=Han}{2,8}$/u;

/**
 * A column's name without a section (书记访谈, 基层动态): a few Han characters, too short to lead into a headline as a
 * kicker does. Only where the reader shows it set smaller right over the headline is it the column's (document.ts).
 */
export const isColumnWords = (text: string) => /^\p{Script=Han}{2,6}$/u.test(text);

/** An issue line or a column's name: headline furniture wherever it stands over a headline, never a kicker (a volume only under a source's title). */
export const isIssueOrColumn = (text: string) => isIssueLine(text) || COLUMN_NAME.test(text);

/** How the report lists a line a reader found above a headline, with the reader's evidence for its place. */
export function headlineStackBlock(text: string, evidence: string): Pick<LeftBlock, 'role' | 'reason'> {
  if (isIssueLine(text)) return { role: 'issue-number', reason: `印在标题之上的期号（${evidence}）：是来源的期号，来源条目没有此字段` };
  if (COLUMN_NAME.test(text)) return { role: 'column', reason: `印在标题之上的栏目名（${evidence}）：不是标题的文字` };
  return { role: 'headline', reason: kickerReason(evidence) };
}
