/**
 * The wording of the collation notes (校勘记): what a reader is told about each
 * recorded correction, join, doubt, lacuna and omission, and the marks placed in the
 * text. remark-collation places the marks; CollationNotes.astro lists the
 * notes. Browser-safe.
 */
import type { Correction } from '../schemas/correction.ts';
import { normalizePunctuation, quote } from './text.ts';
import { sentenceEndAfter } from './sentence-chunks.ts';

/** Shown in the text where the source has lost words; never filled in. */
export const LACUNA_MARK = '〔原文此处有脱文〕';

/** The bracketed number of the nth note, as printed in the text and the list: 〔3〕. */
export const noteNumber = (n: number) => `〔${n}〕`;

/** What each kind of note did to the text, in a word. */
const NOTE_KIND_WORDS: Record<Correction['type'], string> = { correct: '校改', doubt: '存疑', lacuna: '脱文', join: '接排', omit: '非正文' };

/** Paragraphs of an omitted block as one quotation: “/” stands where the raw text starts a new paragraph (a table's row). */
const omittedText = (text: readonly string[]) => text.join(' / ');

/**
 * Accessible name of the marker in the text that links to the nth note. It
 * says what the note is about, since a screen reader does not convey the
 * dotted (校改) or wavy (存疑) underline of the words just before it.
 */
export const noteRefLabel = (n: number, type: Correction['type']) => `校勘记${n}：${NOTE_KIND_WORDS[type]}`;

/** Accessible name of the list number that leads back to the text. */
export const noteBackLabel = (n: number, p: number) => `${noteNumber(n)}回到正文第${p}段`;

/** The paragraph a note is about, as its list entry names it: an omitted block stood after it (before it, at the head). */
export const notePlace = (c: Correction) => `第${c.p}段${c.type === 'omit' ? (c.before ? '前' : '后') : ''}`;

/**
 * A recorded reading in one line, for lists an editor reads (the desk): where it stands, what kind it is, the
 * words it is about — 第3段后 非正文：图片说明“图为…”, 第5段 原文之误：“l—5日”.
 */
export function readingSummary(c: Correction): string {
  const kind = c.type === 'doubt' && c.kind === 'original-error' ? '原文之误' : NOTE_KIND_WORDS[c.type];
  const words = c.type === 'correct' ? `${quote(c.original)}→${quote(c.corrected)}` : c.type === 'omit' ? `${c.role}${quote(omittedText(c.text))}` : quote(c.type === 'doubt' ? c.text : c.after);
  return `${notePlace(c)} ${kind}：${words}`;
}

/** What the note says about one correction, in the editors' words. */
export function describeCorrection(c: Correction): string {
  switch (c.type) {
    case 'correct':
      return `原作${quote(c.original)}，今作${quote(normalizePunctuation(c.corrected))}。${c.note ?? ''}`;
    case 'doubt':
      // The page says 原文如此 for an original's slip; a note that says it too is not made to say it twice.
      return c.kind === 'original-error' && !c.note.includes('原文如此') ? `${quote(c.text)}：原文如此。${c.note}` : `${quote(c.text)}：${c.note}`;
    case 'lacuna':
      return `${quote(c.after)}下有脱文。${c.note}`;
    case 'join':
      return `原文在${quote(normalizePunctuation(c.after))}后断行另起，系网页抓取所致，今接排。${c.note ?? ''}`;
    case 'omit':
      // The block verbatim, as the raw source has it: the reader sees all that the edition left out.
      return `此处原有${c.role}${quote(omittedText(c.text))}${c.text.length > 1 ? '（“/”示原文分段）' : ''}，不是作者的正文，不录入正文，照录于此。${c.note ?? ''}`;
  }
}

/**
 * The words a note's marker follows in its paragraph, and which occurrence of
 * them: the corrected reading, the doubted words, the words before a lacuna or
 * a former line break. Corrections and joins mark the occurrence the edition
 * made (checked by the fidelity test); a doubt names its occurrence directly.
 */
export function markedText(c: Correction): { needle: string; nth: number } {
  switch (c.type) {
    case 'correct':
      return { needle: normalizePunctuation(c.corrected), nth: c.mark ?? 1 };
    case 'doubt':
      return { needle: c.text, nth: c.nth ?? 1 };
    case 'lacuna':
      return { needle: c.after, nth: 1 };
    case 'join':
      return { needle: normalizePunctuation(c.after), nth: c.mark ?? 1 };
    case 'omit':
      // No words: an omission's marker stands at an end of its paragraph (omissionPosition).
      return { needle: '', nth: 1 };
  }
}

/** Where an omission's marker stands in its paragraph's text: at its end, or at its head for a block that stood before p1. */
const omissionPosition = (c: Extract<Correction, { type: 'omit' }>, text: string) => (c.before ? 0 : text.length);

/** Where the nth occurrence of `needle` ends in `text`, or -1. */
function endOfOccurrence(text: string, needle: string, nth: number): number {
  let from = 0;
  for (let seen = 1; ; seen++) {
    const at = text.indexOf(needle, from);
    if (at === -1) return -1;
    if (seen === nth) return at + needle.length;
    from = at + needle.length;
  }
}

/**
 * Where a note stands in its edition paragraph `text`: the marked words of a
 * correction or doubt, or the point (start = end) after the words a lacuna or
 * a former line break follows, or at the end (head) of the paragraph an
 * omitted block stood after (before); undefined when the words are not there. Two
 * notes may not claim the same words (record-reading.ts refuses an overlap).
 */
export function markedSpan(c: Correction, text: string): { start: number; end: number } | undefined {
  if (c.type === 'omit') {
    const at = omissionPosition(c, text);
    return { start: at, end: at };
  }
  const { needle, nth } = markedText(c);
  const end = endOfOccurrence(text, needle, nth);
  if (end === -1) return undefined;
  return c.type === 'correct' || c.type === 'doubt' ? { start: end - needle.length, end } : { start: end, end };
}

/**
 * Where a note's marker stands in its edition paragraph `text`, or -1 when its
 * words are not there: after the marked words, but a join's at the end of the
 * sentence it rejoined, since a former line break is no reading a reader needs
 * at the spot, and a marker there splits a word (每年全部〔3〕入户). The
 * collation plugin places the markers so.
 */
export function markerPosition(c: Correction, text: string): number {
  if (c.type === 'omit') return omissionPosition(c, text);
  const { needle, nth } = markedText(c);
  const end = endOfOccurrence(text, needle, nth);
  if (end === -1 || c.type !== 'join') return end;
  const sentenceEnd = sentenceEndAfter(text, end);
  return sentenceEnd === -1 ? text.length : sentenceEnd;
}

/**
 * The notes in the order a reader meets their markers: by paragraph, then by
 * where the marker stands in it (markerPosition). Notes are numbered
 * in this order, in the text and in the list; `textOf` gives a paragraph's
 * text. A marker that cannot be placed keeps its recorded position among its
 * paragraph's notes (the collation plugin reports it).
 */
export function inReadingOrder<T extends Correction>(corrections: readonly T[], textOf: (p: number) => string | undefined): T[] {
  const at = corrections.map((c) => {
    const text = textOf(c.p);
    return text === undefined ? -1 : markerPosition(c, text);
  });
  return corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.p - b.c.p || (at[a.i] === -1 || at[b.i] === -1 ? 0 : at[a.i]! - at[b.i]!) || a.i - b.i)
    .map(({ c }) => c);
}

/** A run of quoted words as the page shows it: plain, or a reading a 校勘记 marks (or a lacuna's gap mark) with the note's number. */
export interface QuotedPart {
  text: string;
  note?: { n: number; type: Exclude<Correction['type'], 'join' | 'omit'> };
}

/**
 * Words the editors quote from the body (a key figure), marked as the body
 * marks them: a corrected or doubtful reading inside them (or the part of it
 * they hold) and a lacuna between them, each with the number of its note, so
 * a figure quoting a slip shows its 校勘记 as the paragraph does. `paragraphs`
 * are the edition's numbered paragraphs, `corrections` the notes in reading
 * order (their numbers). The first paragraph holding the words is the one
 * quoted; a former line break (join) and an omitted block are not marked.
 */
export function quotedWithNotes(words: string, paragraphs: ReadonlyArray<{ p: number; text: string }>, corrections: readonly Correction[]): QuotedPart[] {
  const para = paragraphs.find((x) => x.text.includes(words));
  if (!para) return [{ text: words }];
  const from = para.text.indexOf(words);
  const to = from + words.length;
  const marks = corrections.flatMap((c, i) => {
    // A former line break is no reading, and an omitted block stood between paragraphs, not inside quoted words.
    if (c.p !== para.p || c.type === 'join' || c.type === 'omit') return [];
    const span = markedSpan(c, para.text);
    if (!span) return [];
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    // A reading marks the words it shares with the quote; a lacuna stands between two of its words.
    const inside = c.type === 'lacuna' ? span.start > from && span.start < to : start < end;
    return inside ? [{ start, end, note: { n: i + 1, type: c.type } }] : [];
  });
  const parts: QuotedPart[] = [];
  let at = from;
  for (const m of marks.sort((a, b) => a.start - b.start)) {
    if (m.start > at) parts.push({ text: para.text.slice(at, m.start) });
    parts.push({ text: m.note.type === 'lacuna' ? LACUNA_MARK : para.text.slice(m.start, m.end), note: m.note });
    at = m.end;
  }
  if (at < to) parts.push({ text: para.text.slice(at, to) });
  return parts;
}

/** What the page says of a case with no note, in place of the list (CollationNotes.astro; the desk's preview). */
export const NO_NOTES = '本文无逐条校改。';
