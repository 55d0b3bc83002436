/**
 * Names that tell the items of one list apart, for the controls that act on
 * them (the desk's 接受 and 拒绝): an item is named by its short form (its
 * field, paragraphs and first words); where two share it — two questions on
 * one paragraph that open with the same quotation (trial 21) — by their last
 * words too, and by their number if even those agree. Browser-safe.
 */

/** At most `max` characters of the end of `text`, marked as cut. */
function tail(text: string, max: number): string {
  const chars = Array.from(text.trim());
  return chars.length > max ? `…${chars.slice(-max).join('')}` : chars.join('');
}

/** One name per item, each distinct: `short` where it is alone, else widened by `words`' ending, else by the item's number (1-based). */
export function distinctNames(items: ReadonlyArray<{ short: string; words: string }>, max = 12): string[] {
  const count = (names: readonly string[], name: string) => names.filter((n) => n === name).length;
  const shorts = items.map((x) => x.short);
  const widened = items.map((x, i) => (count(shorts, x.short) > 1 ? `${x.short}（末尾：${tail(x.words, max)}）` : shorts[i]!));
  return widened.map((name, i) => (count(widened, name) > 1 ? `${name}（第 ${i + 1} 条）` : name));
}
