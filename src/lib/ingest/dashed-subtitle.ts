/**
 * The ——subtitle (副题): the line Chinese papers, compilations and pages print
 * under a headline, opened by a double dash (——广东东莞市探索建立…), or run on
 * after the headline on its line (主题——副题). Its dash marks it as the
 * headline's own, wherever it stands: every reader and the analysis ask here.
 * A —— that means something else (the editors' signature ——编者, a run-in
 * heading 下访“寻问题”——…, a dash inside a sentence) is not this.
 */

/** A line that is a ——subtitle: it opens with the dash. */
export const isDashedSubtitle = (text: string): boolean => /^——/u.test(text);

/** A ——subtitle's words, without its dash (and the space a typist put after it). */
export const withoutSubtitleDash = (text: string): string => text.replace(/^——\s*/u, '');

/** A line holding a headline and its subtitle run on (主题——副题): a dash with words on both sides. */
export const holdsDashedSubtitle = (text: string): boolean => /.——./u.test(text);

/**
 * A heading parted at its first —— into the headline and the subtitle run on after it (主题——副题), each trimmed; a
 * later —— is the subtitle's own. No dash: the heading is the headline, with no subtitle.
 */
export function splitDashedTitle(heading: string): { title: string; subtitle?: string } {
  const [title, ...rest] = heading.split('——');
  return rest.length ? { title: title!.trim(), subtitle: rest.join('——').trim() } : { title: title!.trim() };
}
