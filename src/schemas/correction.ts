import { z } from 'astro/zod';

const paragraph = z
  .number()
  .int()
  .positive()
  .describe('Paragraph number in the edition: the `p<n>` anchor the note belongs to.');

/** A text correction: the raw reading is replaced in the edition. */
export const textCorrectionSchema = z.object({
  type: z.literal('correct'),
  /** Paragraph of the edition that carries the corrected reading. */
  p: paragraph,
  /** The reading of the raw capture, exactly as captured. Printed in the 校勘记 as 原作. */
  original: z.string().min(1),
  /** The reading published in the edition. Printed in the text. */
  corrected: z.string().min(1),
  /** Which occurrence of `original` in the raw paragraph (1-based); default 1. */
  nth: z.number().int().positive().optional(),
  /** Which occurrence of the corrected reading in the edition paragraph is marked (1-based); default 1. */
  mark: z.number().int().positive().optional(),
  /** Why (形近而误、衍字…). Printed in the 校勘记. */
  note: z.string().optional(),
});

/** A doubtful reading kept as it stands, with a note. */
export const doubtSchema = z.object({
  type: z.literal('doubt'),
  /** Paragraph the doubtful reading is in. */
  p: paragraph,
  /** The doubtful words, exactly as they stand in the edition. */
  text: z.string().min(1),
  /** Which occurrence of `text` in the paragraph (1-based); default 1. */
  nth: z.number().int().positive().optional(),
  /** The editors' doubt, e.g. 疑脱“动”字. Printed in the 校勘记 as the editors' words. */
  note: z.string().min(1),
  /**
   * 'original-error': not a doubt but the source's own slip (a typist's
   * homophone, say), certain yet kept as printed and shown as 原文如此. The
   * library repairs only capture damage; the original's errors stand, noted.
   */
  kind: z.literal('original-error').optional(),
});

/** Text missing from the source: marked, never filled in. */
export const lacunaSchema = z.object({
  type: z.literal('lacuna'),
  /** Paragraph with the gap. */
  p: paragraph,
  /** The words right before the gap, exactly as they stand in the edition. */
  after: z.string().min(1),
  /** What is known about the gap. Printed in the 校勘记. */
  note: z.string().min(1),
});

/** A paragraph broken by the web capture, rejoined in the edition. */
export const joinSchema = z.object({
  type: z.literal('join'),
  /** Paragraph formed by the join. */
  p: paragraph,
  /** The raw words right before the false break. */
  after: z.string().min(1),
  /** Which occurrence of `after` in the edition paragraph carries the marker (1-based); default 1. */
  mark: z.number().int().positive().optional(),
  /** Optional remark; the default note says the break was the capture's. Printed in the 校勘记. */
  note: z.string().optional(),
});

/**
 * A block inside the case's raw range that is no text of the article (a
 * picture's caption without its picture, a table or note the compilers added,
 * page chrome caught inside the text): left out of the edition, kept verbatim
 * here and printed in the 校勘记 where it stood, so a reader sees all that was
 * left out. Never for words the author wrote.
 */
export const omissionSchema = z.strictObject({
  type: z.literal('omit'),
  /** Paragraph of the edition the block stood after (its note's marker ends that paragraph); with `before`, the one it stood before. */
  p: paragraph,
  /** Set only where the block stood at the head of the body, before paragraph 1 (then p is 1). */
  before: z.literal(true).optional(),
  /** The raw paragraphs left out, in order, each exactly as the raw source has it. Printed in the 校勘记. */
  text: z.array(z.string().min(1)).min(1),
  /** What the block is, in the editors' words (图片说明, 汇编者所加表格, 编者注, 页面杂项). Printed in the 校勘记. */
  role: z.string().min(1),
  /** Optional remark, printed after the note. */
  note: z.string().optional(),
});

/** One entry of a case's collation notes (校勘记). */
export const correctionSchema = z.discriminatedUnion('type', [
  textCorrectionSchema,
  doubtSchema,
  lacunaSchema,
  joinSchema,
  omissionSchema,
]);

export type Correction = z.infer<typeof correctionSchema>;
