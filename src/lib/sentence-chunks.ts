/**
 * A paragraph cut after sentence ends (。！？；…, closing quotes kept with
 * their sentence) into pieces of at most `max` characters, a sentence longer
 * than that cut after its commas. Every character is kept, in order; only
 * runs of whitespace become one space. Read-aloud's utterances and
 * presentation's slides of a long paragraph are such pieces. Browser-safe.
 */
export function sentenceChunks(text: string, max: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const sentences = clean.match(/[^。！？；!?;…]+[。！？；!?;…]*[”’」』）)]*|[。！？；!?;…]+/gu) ?? [clean];
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
