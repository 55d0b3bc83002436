/**
 * What a search result shows of a case: its best-matching paragraphs and an
 * excerpt with the matched words marked. Plain data; the page turns it into
 * DOM nodes with textContent, never HTML strings.
 */

export interface Anchor {
  element: string;
  id: string;
  text: string;
}

export interface ParagraphHit {
  id: string;
  /** Paragraph number (the n of #p<n>). */
  n: number;
  text: string;
  score: number;
}

const PARAGRAPH_ID = /^p(\d+)$/;

/**
 * The paragraphs' anchors with their text. The index marks each paragraph
 * with an empty element at its start (id p<n>) and one at its end (p<n>-end)
 * rather than storing its text twice (src/lib/node/search-index.ts), so the
 * text is cut out of the page's words between the two: Pagefind's
 * `raw_content` keeps a zero-width space after each word it counted, and an
 * anchor's location is the number of words before it (`<`, `>` escaped).
 * Anchors that carry their text already are kept as they are.
 */
export function paragraphAnchors(anchors: ReadonlyArray<Anchor & { location: number }>, rawContent: string | undefined): Anchor[] {
  const ends = new Map(anchors.filter((a) => a.id.endsWith('-end')).map((a) => [a.id.slice(0, -'-end'.length), a.location]));
  const words = rawContent?.split('\u200B');
  return anchors
    .filter((a) => !a.id.endsWith('-end'))
    .map((a) => {
      const end = ends.get(a.id);
      if (a.text || end === undefined || !words) return a;
      const text = words.slice(a.location, end).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();
      return { ...a, text };
    });
}

/** Paragraphs holding the whole query first, then those holding most words; at most `limit`. */
export function bestParagraphs(anchors: readonly Anchor[], query: string, words: readonly string[], limit = 3): ParagraphHit[] {
  const compactQuery = query.replace(/\s+/g, '');
  return anchors
    .map((a) => {
      const m = PARAGRAPH_ID.exec(a.id);
      if (!m) return undefined;
      const wordHits = words.filter((w) => a.text.includes(w)).length;
      const score = (compactQuery && a.text.includes(compactQuery) ? 100 : 0) + wordHits;
      return { id: a.id, n: Number(m[1]), text: a.text, score };
    })
    .filter((h): h is ParagraphHit => h !== undefined && h.score > 0)
    .sort((a, b) => b.score - a.score || a.n - b.n)
    .slice(0, limit);
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** `text` cut into plain and marked pieces: every occurrence of a word, the longest word first where two start at one place. */
export function markSegments(text: string, words: readonly string[]): Segment[] {
  const terms = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    const term = terms.find((t) => text.startsWith(t, i));
    if (term) {
      if (plain) segments.push({ text: plain, mark: false });
      plain = '';
      segments.push({ text: term, mark: true });
      i += term.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) segments.push({ text: plain, mark: false });
  return segments;
}

/**
 * `markSegments` of several runs of text read as one (a block's text nodes: a
 * heading's words each stand in a span, remark-heading-words), cut back at
 * each run's end, so a word across two runs is marked in both pieces.
 * `count` is the words marked, not the pieces.
 */
export function markRuns(runs: readonly string[], words: readonly string[]): { runs: Segment[][]; count: number } {
  const whole = markSegments(runs.join(''), words);
  const out: Segment[][] = runs.map(() => []);
  let run = 0;
  let left = runs[0]?.length ?? 0;
  for (const segment of whole) {
    for (let text = segment.text; text; ) {
      while (left === 0) left = runs[++run]!.length;
      const piece = text.slice(0, left);
      out[run]!.push({ text: piece, mark: segment.mark });
      text = text.slice(piece.length);
      left -= piece.length;
    }
  }
  return { runs: out, count: whole.filter((s) => s.mark).length };
}

/** An excerpt of about `width` characters around the first match, with every match marked. */
export function excerptSegments(text: string, words: readonly string[], width = 80): Segment[] {
  const terms = words.filter((w) => w.length > 0);
  const chars = Array.from(text);
  let first = -1;
  for (const t of terms) {
    const at = text.indexOf(t);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  // Work in code points so the window never splits a character.
  const firstCp = first === -1 ? 0 : Array.from(text.slice(0, first)).length;
  const start = Math.max(0, Math.min(firstCp - Math.floor(width / 3), chars.length - width));
  const end = Math.min(chars.length, start + width);
  return [
    ...(start > 0 ? [{ text: '…', mark: false }] : []),
    ...markSegments(chars.slice(start, end).join(''), words),
    ...(end < chars.length ? [{ text: '…', mark: false }] : []),
  ];
}
