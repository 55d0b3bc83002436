/**
 * Where sentences end in a paragraph (。！？；…, closing quotes kept with
 * their sentence): the one rule read-aloud, presentation and the collation
 * markers share. Browser-safe.
 */

/** What ends a sentence, and the closing quotes or brackets kept with it. */
const ENDS = '。！？；!?;…';
const CLOSERS = '”’」』）)';
const SENTENCE_END = new RegExp(`[${ENDS}]+[${CLOSERS}]*`, 'u');
const SENTENCES = new RegExp(`[^${ENDS}]+[${ENDS}]*[${CLOSERS}]*|[${ENDS}]+`, 'gu');

/**
 * Where the sentence that is under way at `from` in `text` ends (just after
 * its closing punctuation and quotes), or -1 when it runs to the end of the
 * text. A collation marker that belongs to no word is set there.
 */
export function sentenceEndAfter(text: string, from: number): number {
  const found = SENTENCE_END.exec(text.slice(from));
  return found ? from + found.index + found[0].length : -1;
}

/**
 * A paragraph cut after sentence ends into pieces of at most `max`
 * characters, a sentence longer than that cut after its commas. Every
 * character is kept, in order; only runs of whitespace become one space.
 * Read-aloud's utterances and presentation's slides of a long paragraph are
 * such pieces.
 */
export function sentenceChunks(text: string, max: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const sentences = clean.match(SENTENCES) ?? [clean];
  const chunks: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current && [...current].length + [...piece].length > max) {
      chunks.push(current);
      current = '';
    }
    current += piece;
  };
  for (const sentence of sentences) {
    if ([...sentence].length <= max) push(sentence);
    // Every character in some part, a comma opening the sentence (after “……，”) included.
    else for (const part of sentence.match(/[，、,：:]*[^，、,：:]+[，、,：:]*|[，、,：:]+/gu) ?? [sentence]) push(part);
  }
  if (current) chunks.push(current);
  // The text was trimmed; a space at a boundary between two pieces stays with the one it ends.
  return chunks;
}
