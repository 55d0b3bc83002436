/**
 * Where a case describes a method, for the method pages: the paragraph naming
 * it most, else the one closest in words to the method's definition (jieba
 * words, hence Node-only), quoted around the spelling found.
 */
import type { Method } from '../../schemas/taxonomy.ts';
import type { MethodPassage } from '../library/types.ts';
import { methodSpellings } from '../methods.ts';
import { contentWords } from './similarity.ts';

const SENTENCE = /[^。！？]*[。！？]?/gu;

/** The sentence around `term` (or the paragraph's first), cut to `max` characters around it. */
export function quoteAround(text: string, term: string | null, max = 120): string {
  const sentences = (text.match(SENTENCE) ?? [text]).filter((x) => x.length > 0);
  const sentence = (term ? sentences.find((x) => x.includes(term)) : sentences[0]) ?? text;
  const chars = Array.from(sentence);
  if (chars.length <= max) return sentence;
  const at = term ? Array.from(sentence.slice(0, sentence.indexOf(term))).length : 0;
  const start = Math.max(0, Math.min(at - 30, chars.length - max));
  return `${start > 0 ? '…' : ''}${chars.slice(start, start + max).join('')}…`;
}

/**
 * The paragraph where a case describes a method: the editors' evidence (case
 * `evidence`: paragraph and words) where given; else the paragraph naming it
 * (name or alias) most, else the one whose words overlap the method's
 * definition most.
 */
export function methodPassage(
  method: Method,
  paragraphs: ReadonlyArray<{ p: number; text: string }>,
  evidence?: { p: number; quote: string },
): Omit<MethodPassage, 'case' | 'proposed'> | undefined {
  const terms = methodSpellings(method).sort((a, b) => b.length - a.length);
  const cited = evidence && paragraphs.find((para) => para.p === evidence.p && para.text.includes(evidence.quote));
  if (evidence && cited) {
    const inSentence = quoteAround(cited.text, evidence.quote);
    return {
      p: cited.p,
      quote: inSentence.includes(evidence.quote) ? inSentence : evidence.quote,
      term: terms.find((t) => evidence.quote.includes(t)) ?? terms.find((t) => cited.text.includes(t)) ?? null,
    };
  }
  let best: { p: number; text: string; hits: number; term: string } | undefined;
  for (const para of paragraphs) {
    const found = terms.filter((t) => para.text.includes(t));
    if (found.length > 0 && (!best || found.length > best.hits)) best = { ...para, hits: found.length, term: found[0]! };
  }
  if (best) return { p: best.p, quote: quoteAround(best.text, best.term), term: best.term };
  const definitionWords = new Set(contentWords(method.definition));
  let byMeaning: { p: number; text: string; overlap: number } | undefined;
  for (const para of paragraphs) {
    const overlap = new Set(contentWords(para.text).filter((w) => definitionWords.has(w))).size;
    if (overlap > 0 && (!byMeaning || overlap > byMeaning.overlap)) byMeaning = { ...para, overlap };
  }
  return byMeaning ? { p: byMeaning.p, quote: quoteAround(byMeaning.text, null), term: null } : undefined;
}
