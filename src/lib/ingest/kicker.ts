/**
 * The kicker (引题): the short line a paper prints above a headline, in
 * smaller type, to lead into it (15家企业, 江苏南京市车管所争创“人民满意”单位).
 * The team's rule, one for every reader: a kicker is neither the title, nor
 * the subtitle (the 副题 printed below the headline is), nor body. It is
 * headline furniture, reported with role `headline` and this reason. The
 * reader gives the evidence for the line's place (smaller type above the
 * headline, or above the headline the text repeats at its top); the words of
 * the line are tested here.
 */

/** What the report calls the line, in every reader's reason. */
export const KICKER = 'a kicker (引题) printed above the headline';

/** The report's reason for a kicker, with the reader's evidence for it. */
export const kickerReason = (evidence: string) => `${KICKER} (${evidence}): headline furniture, neither title, subtitle nor body`;

/** A line no longer than a headline (50 characters) that is no sentence: what may stand in a headline's stack. */
export const isHeadlineShort = (text: string) => Array.from(text).length <= 50 && !/[。！？]$/u.test(text);

/** A ——subtitle is the headline's own, wherever it is printed: never a kicker. */
const DASHED = /^——/u;

/** Whether a line's words may be a kicker: headline-short, and no ——subtitle. */
export const isKickerLine = (text: string) => isHeadlineShort(text) && !DASHED.test(text);
