/**
 * Presentation mode's slides and keys: one paragraph, key figure, summary or
 * discussion question at a time, for one case (its page) or several (the
 * handout). Browser-safe and free of the DOM so the order and the keys are
 * unit-tested.
 */
import { sentenceChunks } from '../sentence-chunks.ts';
import { quote } from '../text.ts';

export interface DeckCase {
  id: string;
  title: string;
  /** Full short link shown in the corner with its QR code. */
  shortUrl: string;
  summary: string;
  keyFigures: Array<{ label: string; quote: string }>;
  questions: string[];
  /** Body paragraphs as read on the page (number and plain text); none on the handout. */
  paragraphs: Array<{ n: number; text: string }>;
}

export type SlideKind = 'summary' | 'paragraph' | 'figure' | 'question';

export interface Slide {
  kind: SlideKind;
  /** Index of the case in the deck's cases. */
  caseIndex: number;
  /** What the slide is, shown above its text: 第 4 段, 编者摘要, 思考题 2/4 … */
  label: string;
  text: string;
  /** Paragraph number, for paragraph slides. */
  p?: number;
  /** Text size class (sizeOf): the parts of one paragraph share their longest part's, so the type never jumps within a paragraph. */
  size: TextSize;
}

export type TextSize = 'short' | 'medium' | 'long';

/**
 * Characters of a paragraph on one slide at most: about what fits at the
 * smallest text size (32 px) on a 1280×720 screen without scrolling. A longer
 * paragraph is shown over several slides, cut after sentence ends.
 */
export const SLIDE_MAX = 260;

/** A paragraph's slide texts: itself, or pieces of about equal length after sentence ends. */
function paragraphPieces(text: string): string[] {
  const length = [...text].length;
  if (length <= SLIDE_MAX) return [text];
  const slides = Math.ceil(length / SLIDE_MAX);
  // A little over an equal share, so sentence ends can fall where they do without an extra slide.
  return sentenceChunks(text, Math.min(SLIDE_MAX, Math.ceil((length / slides) * 1.2)));
}

function paragraphSlides(p: DeckCase['paragraphs'][number], caseIndex: number): Slide[] {
  const pieces = paragraphPieces(p.text);
  const size = sizeOf(pieces.reduce((a, b) => ([...b].length > [...a].length ? b : a)));
  return pieces.map((text, i) => ({
    kind: 'paragraph' as const,
    caseIndex,
    label: pieces.length > 1 ? `第 ${p.n} 段（${i + 1}/${pieces.length}）` : `第 ${p.n} 段`,
    text,
    p: p.n,
    size,
  }));
}

/** Per case: the editors' summary, the body in order, the key figures, the questions. */
export function buildDeck(cases: readonly DeckCase[]): Slide[] {
  return cases.flatMap((c, caseIndex) => [
    { kind: 'summary' as const, caseIndex, label: '编者摘要', text: c.summary, size: sizeOf(c.summary) },
    ...c.paragraphs.flatMap((p) => paragraphSlides(p, caseIndex)),
    ...c.keyFigures.map((k, i, all) => ({ kind: 'figure' as const, caseIndex, label: `关键数字（摘自原文）${i + 1}/${all.length}：${k.label}`, text: quote(k.quote), size: sizeOf(quote(k.quote)) })),
    ...c.questions.map((q, i, all) => ({ kind: 'question' as const, caseIndex, label: `启发思考题（编者）${i + 1}/${all.length}`, text: q, size: sizeOf(q) })),
  ]);
}

/** The slide of paragraph n of the first case; the first slide when there is none. */
export function slideOfParagraph(deck: readonly Slide[], n: number | null): number {
  const i = n === null ? -1 : deck.findIndex((s) => s.caseIndex === 0 && s.p === n);
  return Math.max(0, i);
}

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** The keys a presenter (or a clicker, which sends PageDown/PageUp) uses. */
export function keyAction(key: string): DeckAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** Where an action leads from slide `index` of `length`, staying inside the deck. */
export function move(index: number, action: Exclude<DeckAction, 'exit'>, length: number): number {
  const last = Math.max(0, length - 1);
  if (action === 'first') return 0;
  if (action === 'last') return last;
  return Math.min(last, Math.max(0, index + (action === 'next' ? 1 : -1)));
}

/** The text size class: the longest slides get the smallest (still ≥ 32 px at 1280×720). */
export function sizeOf(text: string): TextSize {
  const length = [...text].length;
  return length <= 80 ? 'short' : length <= 150 ? 'medium' : 'long';
}
