/**
 * Read-aloud's text pieces: a paragraph cut after sentence ends into
 * utterances short enough that speech engines do not cut them off
 * (Chromium's stops long utterances after about 15 s). Browser-safe.
 */
import { sentenceChunks } from '../sentence-chunks.ts';

/** Characters per utterance at most, unless one sentence is longer and has no comma to break at. */
export const CHUNK_MAX = 120;

export const speechChunks = (text: string): string[] => sentenceChunks(text, CHUNK_MAX);

export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;
