/**
 * Builds the published edition of a case from its raw source paragraphs and
 * the recorded corrections. The case MDX must equal this edition paragraph for
 * paragraph; the fidelity test and the ingest tool both rely on it.
 */
import type { Correction } from '../schemas/correction.ts';
import { COMMENTARY_MARKER, normalizePunctuation } from './text.ts';

export interface EditionBlock {
  /** Paragraph number (`p<n>` anchor); null for the 【点评】 label. */
  p: number | null;
  text: string;
}

export class EditionError extends Error {}

function nthIndex(haystack: string, needle: string, nth: number): number {
  let from = 0;
  for (let i = 1; ; i++) {
    const at = haystack.indexOf(needle, from);
    if (at === -1 || i === nth) return at;
    from = at + needle.length;
  }
}

/** Assigns paragraph numbers in order; the commentary label is not numbered. */
export function numberBlocks(texts: readonly string[]): EditionBlock[] {
  let p = 0;
  return texts.map((text) => ({ p: text === COMMENTARY_MARKER ? null : ++p, text }));
}

/**
 * Applies joins (paragraphs broken by the capture) and text corrections to raw
 * paragraphs, then the edition-wide punctuation rules.
 */
export function buildEdition(raw: readonly string[], corrections: readonly Correction[]): EditionBlock[] {
  const joins = corrections.filter((c) => c.type === 'join');
  const merged: string[] = [];
  const usedJoins = new Set<Correction>();
  for (const paragraph of raw) {
    const previous = merged.at(-1);
    const pNumber = merged.filter((t) => t !== COMMENTARY_MARKER).length;
    const join =
      previous === undefined
        ? undefined
        : joins.find((j) => !usedJoins.has(j) && j.p === pNumber && previous.endsWith(j.after));
    if (join && previous !== undefined) {
      usedJoins.add(join);
      merged[merged.length - 1] = previous + paragraph;
    } else {
      merged.push(paragraph);
    }
  }
  for (const j of joins) {
    if (!usedJoins.has(j)) {
      throw new EditionError(`join at p${j.p}: no raw paragraph ending with "${j.after}" is followed by a break there`);
    }
  }
  const blocks = numberBlocks(merged);
  return blocks.map((block) => {
    let text = block.text;
    for (const c of corrections) {
      if (c.type !== 'correct' || c.p !== block.p) continue;
      const at = nthIndex(text, c.original, c.nth ?? 1);
      if (at === -1) {
        throw new EditionError(`correction at p${c.p}: original reading "${c.original}" not found in the raw paragraph`);
      }
      text = text.slice(0, at) + c.corrected + text.slice(at + c.original.length);
    }
    return { p: block.p, text: normalizePunctuation(text) };
  });
}
