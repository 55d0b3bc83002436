/** Reading the untouched raw captures kept under content/sources/raw/. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitParagraphs } from '../text.ts';

/** Root of the content tree; `CONTENT_DIR` points a build at another corpus. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Lines of a raw source file (1-based access through `lines[n - 1]`). */
export function readRawLines(file: string, root = contentDir()): string[] {
  return rawLinesOf(readFileSync(path.join(root, 'sources', 'raw', file), 'utf8'));
}

/** Lines of a raw text, counted as a case's `source.lines` count them (a BOM is no character). */
export function rawLinesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** Raw paragraphs between two 1-based line numbers, inclusive. */
export function rawParagraphs(lines: readonly string[], [first, last]: readonly [number, number]): string[] {
  if (last > lines.length) {
    throw new RangeError(`line range ${first}-${last} runs past the end of the file (${lines.length} lines)`);
  }
  return splitParagraphs(lines.slice(first - 1, last));
}
