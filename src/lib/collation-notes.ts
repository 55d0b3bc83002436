/**
 * The wording of the collation notes (校勘记): what a reader is told about each
 * recorded correction, join, doubt and lacuna, and the marks placed in the
 * text. remark-collation places the marks; CollationNotes.astro lists the
 * notes. Browser-safe.
 */
import type { Correction } from '../schemas/correction.ts';
import { normalizePunctuation } from './text.ts';

/** Shown in the text where the source has lost words; never filled in. */
export const LACUNA_MARK = '〔原文此处有脱文〕';

/** The bracketed number of the nth note, as printed in the text and the list: 〔3〕. */
export const noteNumber = (n: number) => `〔${n}〕`;

/** Accessible name of the marker in the text that links to the nth note. */
export const noteRefLabel = (n: number) => `校勘记${n}`;

/** Accessible name of the list number that leads back to the text. */
export const noteBackLabel = (n: number, p: number) => `${noteNumber(n)}回到正文第${p}段`;

/** What the note says about one correction, in the editors' words. */
export function describeCorrection(c: Correction): string {
  switch (c.type) {
    case 'correct':
      return `原作“${c.original}”，今作“${normalizePunctuation(c.corrected)}”。${c.note ?? ''}`;
    case 'doubt':
      return c.kind === 'original-error' ? `“${c.text}”：原文如此。${c.note}` : `“${c.text}”：${c.note}`;
    case 'lacuna':
      return `“${c.after}”下有脱文。${c.note}`;
    case 'join':
      return `原文在“${normalizePunctuation(c.after)}”后断行另起，系网页抓取所致，今接排。${c.note ?? ''}`;
  }
}
