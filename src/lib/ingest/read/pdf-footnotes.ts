/**
 * A printed page's footnotes: a word processor sets a footnote's reference as a superscript in the line it
 * belongs to (龙秀英¹) and the note itself at the foot of that page, in smaller type, opening with the same
 * mark, between the page's last line of text and its footer. Read as lines, the note sits inside a paragraph
 * that runs over the page break and splits it. Here the reference is written as the .docx reader writes it
 * ([1]), and the notes are taken out of the running text, to follow the body as the document's notes.
 */
import type { PdfLine } from './pdf-layout.ts';

/** A superscript that is a footnote's reference: a number, a circled number, an asterisk. */
const REFERENCE = /^(?:\d{1,3}|[①-⑳]|\*)$/u;

/** The superscript's text as the reference reads in the running text: [1] for a number, as the .docx reader writes it. */
export const referenceText = (superscript: string): string | undefined => {
  const s = superscript.trim();
  if (!REFERENCE.test(s)) return undefined;
  return /^\d/.test(s) ? `[${s}]` : s;
};

/**
 * The reference a note line opens with, as the running text reads it, and the note's words: the note area sets
 * the whole line small, so its number (1作者系…) is no smaller than its words and was read into the line as a digit.
 */
function noteOpening(text: string): { reference: string; rest: string } | undefined {
  const m = /^(?:\[(\d{1,3})\]|(\d{1,3})(?=[^\d.．、,，%])|([①-⑳]))\s*(.+)$/u.exec(text);
  if (!m) return undefined;
  return { reference: m[3] ?? `[${m[1] ?? m[2]}]`, rest: m[4]! };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * The footnotes of each page (lines in reading order, furniture already out), cut from the lines: at a page's
 * foot, a run of lines in type smaller than the page's text whose first line opens with a reference that a line
 * above on the page carries. Each note is its lines joined, in page order; nothing else moves.
 */
export function cutFootnotes(lines: readonly PdfLine[]): { kept: PdfLine[]; notes: Array<{ page: number; text: string }> } {
  const notes: Array<{ page: number; text: string }> = [];
  const cut = new Set<PdfLine>();
  const pages = [...new Set(lines.map((l) => l.page))];
  for (const page of pages) {
    const on = lines.filter((l) => l.page === page && l.column === undefined);
    const body = median(on.map((l) => l.size));
    let from = on.length;
    while (from > 0 && on[from - 1]!.size < body * 0.85) from--;
    const foot = on.slice(from);
    const references = new Set(on.slice(0, from).flatMap((l) => [...l.text.matchAll(/\[\d{1,3}\]|[①-⑳]/gu)].map((m) => m[0])));
    const start = foot.findIndex((l) => references.has(noteOpening(l.text)?.reference ?? ''));
    if (start < 0) continue;
    // Each note opens with its reference; a line that opens with none continues the note above it.
    for (const l of foot.slice(start)) {
      cut.add(l);
      const opened = noteOpening(l.text);
      if (opened || !notes.length) notes.push({ page, text: opened ? `${opened.reference} ${opened.rest}` : l.text });
      else notes[notes.length - 1]!.text += l.text;
    }
  }
  return { kept: lines.filter((l) => !cut.has(l)), notes };
}
