/**
 * Collating two witnesses of one text (content/README.md §11): the same case
 * as a draft, a published case or lines of a raw source. The two are compared
 * character by character (the `diff` package's diffChars, a Myers diff, rather
 * than a hand-written LCS) with line breaks, spaces and half-/full-width
 * punctuation set aside, so a web capture's mid-sentence breaks are no
 * difference; each difference keeps both readings and where each stands (the
 * site's paragraph number, or the raw line). A difference the first witness's
 * recorded corrections account for (it reads 入户 where it corrected 人户 and
 * the other still has 人户: a slip both print) is told apart from a real variant, and each real
 * variant is proposed as a correction or a doubt. Browser-safe.
 */
import { diffChars } from 'diff';
import { COMMENTARY_MARKER, foldPunctuationWidth, normalizePunctuation } from '../text.ts';
import type { Correction } from '../../schemas/correction.ts';
import { suspectReading } from './document.ts';

/** One paragraph (p) or raw line (line) of a witness. */
export interface WitnessUnit {
  /** The site's paragraph number, for a draft or a case. */
  p?: number;
  /** The 1-based line of a raw text, for a source. */
  line?: number;
  text: string;
}

export interface Witness {
  /** How the editor named it: a draft file, a case id, source:lines. */
  label: string;
  units: readonly WitnessUnit[];
  /** The witness's recorded corrections (a draft's or case's `corrections`). */
  corrections?: readonly Correction[];
}

/** Where a reading stands in a witness: p3, or line 41. */
export const placeOf = (u: WitnessUnit | undefined) => (u === undefined ? '?' : u.p !== undefined ? `p${u.p}` : `line ${u.line}`);

export interface Difference {
  /** The first witness's reading ('' where it lacks what the other has). */
  a: string;
  b: string;
  /** The unit of each witness the difference stands in (the one before it where a reading is empty). */
  atA: WitnessUnit | undefined;
  atB: WitnessUnit | undefined;
  /** A few characters before and after, as the first witness reads them. */
  before: string;
  after: string;
  /** The correction of either witness that accounts for it, if one does. */
  explainedBy?: { witness: 'a' | 'b'; correction: Correction };
  /** For a variant no correction accounts for: which reading looks like capture damage, if one does. */
  candidate?: 'correct-a' | 'slip-in-b' | 'doubt';
}

/**
 * How the two texts as printed agree: `identical`; `shared-slips-corrected`
 * when they differ only where one witness's recorded correction has the
 * other's reading as its original, i.e. a slip both print (人户) that the
 * library corrected in one of them, so the printed texts are still identical;
 * `differs` when some variant stands between them.
 */
export type Agreement = 'identical' | 'shared-slips-corrected' | 'differs';

export interface Collation {
  agreement: Agreement;
  differences: Difference[];
}

/** The characters compared, as a list: no whitespace, punctuation at the edition's width, no commentary label. */
const compact = (text: string) => Array.from(compactText(text));

/** The 【点评】 label and the colon the edition sets apart with it (EDITION_RULES): a raw witness may print 【点评】：. */
const COMMENTARY_LABEL = new RegExp(`${COMMENTARY_MARKER}：?`, 'gu');

/** A text as collation compares it (and finds one witness in another): 水管漏了怎么办? and 怎么办？ are one. */
export const compactText = (text: string) => foldPunctuationWidth(normalizePunctuation(text)).replace(/\s+/gu, '').replace(COMMENTARY_LABEL, '');

/**
 * The characters compared: punctuation as the edition prints it, no
 * whitespace (line breaks and spaces are layout, not text), no 【点评】 label
 * (a Word witness sets the commentary apart by its style instead).
 */
function compactUnits(units: readonly WitnessUnit[]): { chars: string[]; owner: number[]; starts: number[] } {
  const chars: string[] = [];
  const owner: number[] = [];
  const starts: number[] = [];
  units.forEach((u, i) => {
    starts.push(chars.length);
    for (const ch of compact(u.text)) {
      chars.push(ch);
      owner.push(i);
    }
  });
  return { chars, owner, starts };
}

/**
 * One character diff of the two compact texts, read twice over: the spans
 * that differ (neighbouring edits merged into one), and where each boundary
 * of either text falls in the other, so that a correction's corrected words
 * are read against what the other witness has in their place, however many
 * differences they hold (泥牛入海！” for 泥牛人海！’’).
 */
function align(a: readonly string[], b: readonly string[]): { spans: Array<[number, number, number, number]>; aInB: number[]; bInA: number[] } {
  const spans: Array<[number, number, number, number]> = [];
  const aInB = [0];
  const bInA = [0];
  let i = 0;
  let j = 0;
  let open: [number, number, number, number] | null = null;
  for (const change of diffChars(a.join(''), b.join(''))) {
    const n = Array.from(change.value).length;
    if (!change.added && !change.removed) {
      // One shared character between two edits (人户 vs 入戶) is one variant, not two.
      if (open && n > 1) {
        spans.push(open);
        open = null;
      }
      for (let k = 0; k < n; k++) {
        aInB.push(++j);
        bInA.push(++i);
      }
      continue;
    }
    open ??= [i, i, j, j];
    if (change.removed) {
      for (let k = 0; k < n; k++) aInB.push(j);
      i += n;
      bInA[bInA.length - 1] = i;
    } else {
      for (let k = 0; k < n; k++) bInA.push(i);
      j += n;
      aInB[aInB.length - 1] = j;
    }
    open[1] = i;
    open[3] = j;
  }
  if (open) spans.push(open);
  return { spans, aInB, bInA };
}

/** The correction of `witness` whose corrected words hold this span and whose original is what the other witness reads in their place. */
function correctionFor(corrections: readonly Correction[], unit: WitnessUnit | undefined, unitChars: readonly string[], from: number, to: number, otherIn: (s: number, e: number) => string): Correction | undefined {
  if (unit?.p === undefined) return undefined;
  for (const c of corrections) {
    if (c.type !== 'correct' || c.p !== unit.p) continue;
    const corrected = compact(c.corrected);
    const original = compact(c.original).join('');
    for (let s = 0; s + corrected.length <= unitChars.length; s++) {
      if (s > from || s + corrected.length < to || unitChars.slice(s, s + corrected.length).join('') !== corrected.join('')) continue;
      if (otherIn(s, s + corrected.length) === original) return c;
    }
  }
  return undefined;
}

/**
 * Collates witness `a` (the one whose readings are proposed for recording)
 * with `b`. Differences come in `a`'s reading order.
 */
export function collate(a: Witness, b: Witness): Collation {
  const A = compactUnits(a.units);
  const B = compactUnits(b.units);
  const { spans, aInB, bInA } = align(A.chars, B.chars);
  const unitAt = (w: Witness, c: ReturnType<typeof compactUnits>, pos: number, end: number) => w.units[c.owner[pos < end ? pos : Math.max(0, pos - 1)] ?? c.owner.at(-1)!];
  const differences = spans.map(([i0, i1, j0, j1]): Difference => {
    const d: Difference = {
      a: A.chars.slice(i0, i1).join(''),
      b: B.chars.slice(j0, j1).join(''),
      atA: unitAt(a, A, i0, i1),
      atB: unitAt(b, B, j0, j1),
      before: A.chars.slice(Math.max(0, i0 - 6), i0).join(''),
      after: A.chars.slice(i1, i1 + 6).join(''),
    };
    const within = (w: Witness, c: ReturnType<typeof compactUnits>, unit: WitnessUnit | undefined, from: number, to: number, map: number[], other: string[]) => {
      const k = unit ? w.units.indexOf(unit) : -1;
      if (k === -1) return undefined;
      const start = c.starts[k]!;
      const chars = c.chars.slice(start, c.starts[k + 1] ?? c.chars.length);
      return correctionFor(w.corrections ?? [], unit, chars, from - start, to - start, (s, e) => other.slice(map[start + s], map[start + e]).join(''));
    };
    const byA = within(a, A, d.atA, i0, i1, aInB, B.chars);
    const byB = byA ? undefined : within(b, B, d.atB, j0, j1, bInA, A.chars);
    if (byA) d.explainedBy = { witness: 'a', correction: byA };
    else if (byB) d.explainedBy = { witness: 'b', correction: byB };
    else {
      const slipA = suspectReading(d.before + d.a + d.after);
      const slipB = suspectReading(d.before + d.b + d.after);
      d.candidate = slipA && !slipB ? 'correct-a' : slipB && !slipA ? 'slip-in-b' : 'doubt';
    }
    return d;
  });
  // explainedBy is only set where the correction's original is the other witness's reading (correctionFor).
  const agreement: Agreement = differences.length === 0 ? 'identical' : differences.every((d) => d.explainedBy) ? 'shared-slips-corrected' : 'differs';
  return { agreement, differences };
}

/**
 * The words of `d` in its paragraph of `a`, four characters or more, long enough to stand there once,
 * as `npm run correct` wants them (--original, --doubt); undefined when the
 * paragraph cannot be told (a reading `a` lacks needs a lacuna, not a doubt).
 */
export function uniqueWords(d: Difference): string | undefined {
  const text = d.atA?.text;
  if (!text || !d.a) return undefined;
  const para = compact(text).join('');
  const before = Array.from(d.before);
  const after = Array.from(d.after);
  for (let k = 0; k <= Math.max(before.length, after.length); k++) {
    const words = before.slice(Math.max(0, before.length - k)).join('') + d.a + after.slice(0, k).join('');
    // Four characters at least: a 校勘记 names a reading a reader can find.
    if (para.split(words).length === 2 && (Array.from(words).length >= 4 || k >= Math.max(before.length, after.length))) return words;
  }
  return undefined;
}

/** What a variant asks to be recorded in the first witness (content/README.md §11.2), with its 校勘记 note; `none` when nothing is to be recorded there, or the words cannot be told. */
export type RecordSuggestion =
  | { type: 'correct'; p: number; original: string; corrected: string; note: string }
  | { type: 'doubt'; p: number; text: string; note: string }
  | { type: 'lacuna'; p: number | undefined; after: string; note: string }
  | { type: 'none'; why: 'slip-in-b' | 'no-words'; note: string };

const quoted = (s: string) => (s ? `“${s}”` : '（无）');

/**
 * How a difference no correction accounts for is recorded in the first
 * witness (`other` names the second): a reading that looks like capture damage
 * is corrected from the other witness, a lack is a lacuna, any other variant
 * a doubt naming the other's reading; a slip of the other witness needs no
 * note here. `npm run collate` prints it as a command, the desk as a form.
 */
export function suggestRecord(d: Difference, other: string): RecordSuggestion {
  const otherReads = `另本（${other}）作${quoted(d.b)}`;
  if (d.candidate === 'slip-in-b') return { type: 'none', why: 'slip-in-b', note: `另本之误（${other} 的读法像抓取、识别之误），本本不必出校；可记入来源条目 about` };
  if (!d.a) return { type: 'lacuna', p: d.atA?.p, after: d.before.slice(-4) || '…', note: `原文此下有脱文，${otherReads}。` };
  const words = uniqueWords(d);
  if (d.atA?.p === undefined || !words) return { type: 'none', why: 'no-words', note: `${otherReads}：请在该段找出唯一的字再记` };
  if (d.candidate === 'correct-a') return { type: 'correct', p: d.atA.p, original: words, corrected: words.replace(d.a, d.b), note: `形近而误，据另本（${other}）改。` };
  return { type: 'doubt', p: d.atA.p, text: words, note: `${otherReads}。` };
}
