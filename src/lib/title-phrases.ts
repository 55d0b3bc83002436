/**
 * A title cut into the words a line may not break inside (一切, 中心), for
 * balanced headings (text wrapping set to balance): Chinese lines may break between
 * any two characters, and balancing a short title chose 一|切 at 375 px.
 * `word-break: keep-all` would forbid every break in Chinese, so each word
 * of two or more characters is kept on one line instead, and lines break
 * between words. Every character is kept, in order. Browser-safe.
 */

/** A piece of a title: `keep` pieces are set unbreakable. */
export interface TitlePhrase {
  text: string;
  keep: boolean;
}

export function titlePhrases(title: string): TitlePhrase[] {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter === 'undefined') return [{ text: title, keep: false }];
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(title);
  const phrases: TitlePhrase[] = [];
  for (const { segment, isWordLike } of words) {
    const keep = Boolean(isWordLike) && Array.from(segment).length > 1;
    const last = phrases.at(-1);
    // Single characters and punctuation run together as breakable text.
    if (!keep && last && !last.keep) last.text += segment;
    else phrases.push({ text: segment, keep });
  }
  return phrases;
}
