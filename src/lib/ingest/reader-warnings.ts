/**
 * The readers' warnings as the ingest report gives them. mammoth says one line
 * per Word style it has no mapping for ("Unrecognised paragraph style: 'List
 * Paragraph' (Style ID: a7)"; eight in trial 16), and an editor could not tell
 * whether to act. What mammoth does with such a paragraph or run is its
 * default: a plain paragraph, the text kept (document-to-html.js,
 * defaultParagraphStyle), and ingest judges every paragraph's role from its
 * words and position whatever its style. So those lines are told once,
 * grouped, with what was done and what the editor needs to do (check-messages
 * word-styles); every other warning passes as the reader wrote it.
 */
import { checkMessage, readCheckMessage } from '../check-messages.ts';

const STYLE_KINDS = new Set(['word-paragraph-style', 'word-run-style']);

export function readerWarnings(warnings: readonly string[]): string[] {
  const styles: string[] = [];
  const rest: string[] = [];
  for (const w of warnings) {
    const read = readCheckMessage(w);
    if (read && STYLE_KINDS.has(read.kind)) styles.push(read.slots.style ?? '?');
    else rest.push(w);
  }
  const names = [...new Set(styles)];
  return names.length ? [checkMessage('word-styles', { count: names.length, styles: names.map((n) => `“${n}”`).join(', ') }), ...rest] : rest;
}
