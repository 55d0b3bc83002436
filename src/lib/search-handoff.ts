/**
 * The words of a search, handed from a result to the case it opens so the
 * case page can mark them in the paragraph it opens at. Handed in the tab's
 * sessionStorage, not in the result's address: a result links to the case
 * as `/cases/<id>/#p<n>` (the search contract), and a shared or bookmarked
 * case address should not carry someone's query. Not in lib/search/: the
 * case page reads this on every visit, and lib/search/ stays out of the
 * pages' shared chunk (astro.config.mjs), which would cost the case page a
 * fourth script request.
 */
export const HIGHLIGHT_KEY = 'case-library:highlight';

/** What the search page stores when a result is followed. */
export const highlightHandoff = (path: string, words: readonly string[]): string => JSON.stringify({ path, words });

/** The words handed to the page at `path`, or none: another page's, absent or unreadable. */
export function handedWords(stored: string | null, path: string): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return [];
    const { path: to, words } = value as { path?: unknown; words?: unknown };
    if (to !== path || !Array.isArray(words)) return [];
    return words.filter((w): w is string => typeof w === 'string' && w.trim().length > 0);
  } catch {
    return [];
  }
}
