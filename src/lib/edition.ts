/**
 * Builds the published edition of a case from its raw source paragraphs and
 * the recorded corrections. The case MDX must equal this edition paragraph for
 * paragraph; the fidelity test and the ingest tool both rely on it.
 */
import { diffChars } from 'diff';
import type { Correction } from '../schemas/correction.ts';
import { COMMENTARY_MARKER, normalizePunctuation } from './text.ts';

export interface EditionBlock {
  /** Paragraph number (`p<n>` anchor); null for the 【点评】 label. */
  p: number | null;
  text: string;
}

export class EditionError extends Error {
  /** The field of the case file at fault, where one entry is (corrections[3]); else the corrections as a whole. */
  readonly field: string;
  constructor(message: string, field = 'corrections') {
    super(field === 'corrections' ? message : `${field}: ${message}`);
    this.field = field;
  }
}

type Omission = Extract<Correction, { type: 'omit' }>;

/** The number of edition paragraphs before an omitted block: the one it stood after, 0 at the head of the body. */
const anchoredAfter = (o: Omission) => (o.before ? o.p - 1 : o.p);

const SENTINEL = '\ue000';

/**
 * Which occurrence, in its edition paragraph, of a correction's marked words
 * (the corrected reading; for a join, the words before the break) is the one
 * the correction made. The collation plugin marks occurrence `mark ?? 1`; the
 * fidelity test checks the two agree.
 */
export function markerOccurrence(raw: readonly string[], corrections: readonly Correction[], c: Correction): number {
  if (c.type !== 'correct' && c.type !== 'join') throw new EditionError('only corrections and joins have markers');
  const block = buildEdition(raw, corrections, c).find((b) => b.text.includes(SENTINEL));
  if (!block) throw new EditionError(`p${c.p}: the ${c.type} left no trace in the edition`);
  const before = block.text.slice(0, block.text.indexOf(SENTINEL));
  const needle = normalizePunctuation(c.type === 'correct' ? c.corrected : c.after);
  let count = 0;
  for (let at = before.indexOf(needle); at !== -1; at = before.indexOf(needle, at + 1)) count++;
  return count;
}

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
 * The raw paragraphs with the recorded joins made (paragraphs broken by the
 * capture rejoined), before any text correction or punctuation rule: the text
 * a correction's `original` and `nth` are read in.
 */
export function mergeJoins(raw: readonly string[], corrections: readonly Correction[], sentinelFor?: Correction): string[] {
  const joins = corrections.filter((c) => c.type === 'join');
  const omissions = corrections.filter((c) => c.type === 'omit');
  const merged: string[] = [];
  const usedJoins = new Set<Correction>();
  const usedOmissions = new Set<Omission>();
  for (let i = 0; i < raw.length; i++) {
    const paragraph = raw[i]!;
    const previous = merged.at(-1);
    const pNumber = merged.filter((t) => !isCommentaryLabel(t)).length;
    // An omitted block is skipped where it stands: the paragraphs around it are numbered, and may be rejoined, as if it never stood there.
    const omission = omissions.find((o) => !usedOmissions.has(o) && anchoredAfter(o) === pNumber && o.text.every((t, k) => raw[i + k] === t));
    if (omission) {
      usedOmissions.add(omission);
      i += omission.text.length - 1;
      continue;
    }
    const join =
      previous === undefined
        ? undefined
        : joins.find((j) => !usedJoins.has(j) && j.p === pNumber && previous.endsWith(j.after));
    if (join && previous !== undefined) {
      usedJoins.add(join);
      merged[merged.length - 1] = previous + (join === sentinelFor ? SENTINEL : '') + paragraph;
    } else {
      merged.push(paragraph);
    }
  }
  for (const j of joins) {
    if (!usedJoins.has(j)) {
      throw new EditionError(`join at p${j.p}: no raw paragraph ending with "${j.after}" is followed by a break there`);
    }
  }
  for (const o of omissions) {
    if (o.before && o.p !== 1) throw new EditionError(`omission at p${o.p}: before: true is only for a block before the first paragraph (p1); anchor it after p${o.p - 1}`, `corrections[${corrections.indexOf(o)}]`);
    if (!usedOmissions.has(o)) {
      const where = o.before ? 'before p1' : `after p${o.p}`;
      throw new EditionError(
        `the omitted text “${o.text[0]}”${o.text.length > 1 ? ` (and ${o.text.length - 1} more paragraph(s))` : ''} is not the raw paragraph ${where}: ` +
          'only a whole raw block can be omitted, copied verbatim from the raw source and anchored where it stands',
        `corrections[${corrections.indexOf(o)}]`,
      );
    }
  }
  return merged.flatMap(setApartCommentaryLabel);
}

/**
 * The 【点评】 label at a paragraph's head, with the colon that may follow it (【点评】：): the colon is the label's
 * own punctuation and goes with it, as EDITION_RULES tells readers, whether the commentary runs on or not.
 */
const COMMENTARY_LABEL = new RegExp(`^${COMMENTARY_MARKER}[\\s\\u3000]*[:：]?[\\s\\u3000]*`, 'u');

/**
 * A 【点评】 label run in at the head of its paragraph (【点评】把服务群众工作…,
 * as a Word file sets it in bold) stands apart, as a label on its own line
 * does: what follows it is the compilers' commentary, never the case's own
 * numbered text. Its number is the one the run-in paragraph had.
 */
function setApartCommentaryLabel(paragraph: string): string[] {
  const label = COMMENTARY_LABEL.exec(paragraph);
  if (!label) return [paragraph];
  const rest = paragraph.slice(label[0].length);
  return rest ? [COMMENTARY_MARKER, rest] : [COMMENTARY_MARKER];
}

/** A raw paragraph that is the 【点评】 label alone (【点评】：): unnumbered, as the edition sets it. */
export function isCommentaryLabel(paragraph: string): boolean {
  return COMMENTARY_LABEL.exec(paragraph)?.[0] === paragraph;
}

/**
 * Applies joins (paragraphs broken by the capture) and text corrections to raw
 * paragraphs, then the edition-wide punctuation rules.
 */
export function buildEdition(raw: readonly string[], corrections: readonly Correction[], sentinelFor?: Correction): EditionBlock[] {
  const blocks = numberBlocks(mergeJoins(raw, corrections, sentinelFor));
  return blocks.map((block, i) => {
    if (block.p === null) return { p: null, text: normalizePunctuation(block.text) };
    try {
      return { p: block.p, text: normalizePunctuation(applyCorrections(block.text, block.p, corrections, sentinelFor)) };
    } catch (error) {
      throw blocks[i - 1]?.p === null ? withLabelColonFix(error, block.text) : error;
    }
  });
}

/**
 * A correction recorded before the edition gave the 【点评】 label its colon (凡例, rule 4) may read its original from
 * that colon (：服务下况 for 服务下况): the colon is the label's now, not the text's, so the correction no longer finds
 * its words. Its words after the colon still stand at the paragraph's head; the message says the record that reads them.
 */
function withLabelColonFix(error: unknown, text: string): unknown {
  const c = error instanceof CorrectionNotFound ? error.correction : undefined;
  if (!c || c.type !== 'correct' || !LABEL_COLON.test(c.original)) return error;
  const original = c.original.replace(LABEL_COLON, '');
  if (!text.startsWith(original)) return error;
  const corrected = c.corrected.replace(LABEL_COLON, '');
  const fix = original === corrected ? 'remove the correction: the edition already leaves the colon out' : `record original "${original}", corrected "${corrected}"`;
  return new EditionError(`correction at p${c.p}: original reading "${c.original}" starts with the colon of the ${COMMENTARY_MARKER} label, which the edition sets with the label (凡例, rule 4); ${fix}`);
}
const LABEL_COLON = /^[\s\u3000]*[:：][\s\u3000]*/u;

/** A text correction whose original reading is not in its paragraph. */
class CorrectionNotFound extends EditionError {
  readonly correction: Correction;
  constructor(correction: Correction) {
    super(`correction at p${correction.p}: original reading "${correction.type === 'correct' ? correction.original : ''}" not found in the raw paragraph`);
    this.correction = correction;
  }
}

/**
 * The text corrections of paragraph `p`, in the order recorded, applied to its
 * joined raw text (each finds its `original` in the text the earlier ones left);
 * no punctuation rule yet.
 */
export function applyCorrections(text: string, p: number, corrections: readonly Correction[], sentinelFor?: Correction): string {
  for (const c of corrections) {
    if (c.type !== 'correct' || c.p !== p) continue;
    const at = nthIndex(text, c.original, c.nth ?? 1);
    if (at === -1) {
      throw new CorrectionNotFound(c);
    }
    text = text.slice(0, at) + c.corrected + (c === sentinelFor ? SENTINEL : '') + text.slice(at + c.original.length);
  }
  return text;
}

/** How many times `needle` stands in `text`, counted as corrections count them (no overlaps). */
export function countOccurrences(text: string, needle: string): number {
  let n = 0;
  while (nthIndex(text, needle, n + 1) !== -1) n++;
  return n;
}

/**
 * Where each UTF-16 unit of a paragraph's raw reading (its joined raw text,
 * before corrections and punctuation rules) stands in its edition text, as
 * [start, end): an unchanged character at its place, each character of a
 * changed run (a correction, a mark made full-width, a space dropped) over the
 * whole run it became. The desk counts a keyboard pick in the reading, which
 * no recorded correction shifts, and selects what it became in the edition.
 * A character diff (the `diff` package, as collate uses) finds the runs.
 */
export function readingSpans(reading: string, edition: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let e = 0;
  // A changed run: what was removed from the reading and what was added in its place, in either order.
  let removed = 0;
  let runStart = 0;
  const close = () => {
    for (let i = 0; i < removed; i++) spans.push([runStart, e]);
    removed = 0;
    runStart = e;
  };
  for (const part of diffChars(reading, edition)) {
    if (part.added) e += part.value.length;
    else if (part.removed) removed += part.value.length;
    else {
      close();
      for (let i = 0; i < part.value.length; i++) spans.push([e + i, e + i + 1]);
      e += part.value.length;
      runStart = e;
    }
  }
  close();
  return spans;
}
