/**
 * Read-aloud's text pieces: a paragraph split after sentence ends (。！？；…)
 * into utterances short enough that speech engines do not cut them off
 * (Chromium's stops long utterances after about 15 s). Browser-safe.
 */

/** Characters per utterance at most, unless one sentence is longer and has no comma to break at. */
export const CHUNK_MAX = 120;

export function speechChunks(text: string, max = CHUNK_MAX): string[] {
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
    else for (const part of sentence.match(/[^，、,：:]+[，、,：:]*/gu) ?? [sentence]) push(part);
  }
  if (current) chunks.push(current);
  return chunks.map((c) => c.trim()).filter(Boolean);
}

export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;
