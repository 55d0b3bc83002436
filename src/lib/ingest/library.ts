/**
 * Drafts already in the library: every draft's body is compared with the
 * published cases' bodies (content/cases/), so an article pasted again under
 * a retyped title is named as the case it repeats. The comparison keeps only
 * the characters that carry the text (no punctuation, spaces or width
 * differences) and compares their 5-character shingles (Jaccard), which a
 * retyped title, a few OCR slips or the editors' corrections barely move.
 */
import path from 'node:path';
import { listCaseFiles, readCaseFile } from '../node/case-files.ts';
import { textKey } from '../text.ts';

export interface PublishedCase {
  id: string;
  title: string;
  key: string;
  shingles: Set<string>;
}

export interface PublishedTwin {
  id: string;
  title: string;
  /** Jaccard similarity of the bodies' shingles, 0–1. */
  similarity: number;
  /** The bodies' characters are the same. */
  same: boolean;
}

/** Shared shingles over all: at or above this, the draft is the published case again. */
export const TWIN_SIMILARITY = 0.8;
const SHINGLE = 5;

function shinglesOf(key: string): Set<string> {
  const chars = Array.from(key);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= chars.length; i++) out.add(chars.slice(i, i + SHINGLE).join(''));
  return out;
}

/** A text as the comparison holds it: a published case's body, or any other text a draft is compared with (a withdrawn case's lines, stored-texts.ts). */
export function comparedText(id: string, title: string, text: string): PublishedCase {
  const key = textKey(text);
  return { id, title, key, shingles: shinglesOf(key) };
}

/** The published cases of a content folder (its cases/ folder); none when it has none. */
export function loadLibrary(contentDir: string): PublishedCase[] {
  const base = path.join(contentDir, 'cases');
  return listCaseFiles(base).map((rel) => {
    const file = readCaseFile(path.join(base, rel));
    return comparedText(path.basename(rel, '.mdx'), String(file.frontmatter.title ?? ''), file.blocks.join(''));
  });
}

/** The published case a body repeats (the most similar at or above TWIN_SIMILARITY), if any. */
export function publishedTwin(body: string, library: readonly PublishedCase[]): PublishedTwin | undefined {
  const key = textKey(body);
  const mine = shinglesOf(key);
  if (mine.size === 0) return undefined;
  let best: PublishedTwin | undefined;
  for (const c of library) {
    let shared = 0;
    for (const s of mine) if (c.shingles.has(s)) shared++;
    const similarity = shared / (mine.size + c.shingles.size - shared);
    if (similarity >= TWIN_SIMILARITY && (!best || similarity > best.similarity)) best = { id: c.id, title: c.title, similarity, same: key === c.key };
  }
  return best;
}
