/**
 * A working method's spellings: its name and the aliases the texts use. Search,
 * similarity, method links and method passages all look a method up by these,
 * so the rule of which spellings count lives here once. Browser-safe.
 */

/** Shortest spelling that counts as a mention: a one-character alias would match noise. */
export const MIN_SPELLING_LENGTH = 2;

/** Name first, then aliases in the taxonomy's order; duplicates and one-character spellings left out. */
export function methodSpellings(method: { name: string; aliases: readonly string[] }): string[] {
  return [...new Set([method.name, ...method.aliases])].filter((t) => Array.from(t).length >= MIN_SPELLING_LENGTH);
}
