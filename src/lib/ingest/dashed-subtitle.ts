/**
 * The ——subtitle (副题): the line Chinese papers, compilations and pages print
 * under a headline, opened by a double dash (——广东东莞市探索建立…), or run on
 * after the headline on its line (主题——副题). Its dash marks it as the
 * headline's own, wherever it stands: every reader and the analysis ask here.
 * A —— that means something else (the editors' signature ——编者, a run-in
 * heading 下访“寻问题”——…, a dash inside a sentence) is not this.
 */

/**
 * The dash pair as the text may carry it: typed as two U+2014, or as the one character a PDF's text layer gives for
 * the pair's glyph (Chromium prints —— in Noto CJK as U+2E3A ⸺, a longer rule as U+2E3B ⸻), or as two U+2015 (――),
 * the horizontal bar a GB2312/GBK table maps the dash's code to on pages saved in those encodings.
 */
export const SUBTITLE_DASH = '(?:——|――|⸺|⸻)';
const OPENING = new RegExp(`^${SUBTITLE_DASH}`, 'u');
const OPENING_SPACED = new RegExp(`^${SUBTITLE_DASH}\\s*`, 'u');
const RUN_ON = new RegExp(`.${SUBTITLE_DASH}.`, 'u');
const FIRST = new RegExp(SUBTITLE_DASH, 'u');

/** A line that is a ——subtitle: it opens with the dash. */
export const isDashedSubtitle = (text: string): boolean => OPENING.test(text);

/** A ——subtitle's words, without its dash (and the space a typist put after it). */
export const withoutSubtitleDash = (text: string): string => text.replace(OPENING_SPACED, '');

/** A line holding a headline and its subtitle run on (主题——副题): a dash with words on both sides. */
export const holdsDashedSubtitle = (text: string): boolean => RUN_ON.test(text);

/**
 * A heading parted at its first —— into the headline and the subtitle run on after it (主题——副题), each trimmed; a
 * later —— is the subtitle's own. No dash: the heading is the headline, with no subtitle.
 */
export function splitDashedTitle(heading: string): { title: string; subtitle?: string } {
  const m = FIRST.exec(heading);
  return m ? { title: heading.slice(0, m.index).trim(), subtitle: heading.slice(m.index + m[0].length).trim() } : { title: heading.trim() };
}

const ONE_CHARACTER_DASH = /[⸺⸻]/gu;
/** A text with a text layer's one-character dash written as the pair the typist typed (a title as the draft states it). */
export const asDashPair = (text: string): string => text.replace(ONE_CHARACTER_DASH, '——');
