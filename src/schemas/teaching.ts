import { z } from 'astro/zod';

/** One question or analysis point, tied to the paragraphs it is drawn from. */
export const teachingItemSchema = z
  .object({
    /** The editors' wording; quotations from the text in “”. Printed in the case's teaching notes. */
    text: z.string().min(1),
    /** Paragraph numbers (anchors p<n>) of the case it rests on. Printed as links. */
    paragraphs: z.array(z.number().int().positive()).min(1, 'name at least one paragraph the item is drawn from'),
  })
  .strict();

/** Teaching notes on a case (content/teaching/<case id>.yaml): editorial, drawn only from the text. */
export const teachingSchema = z
  .object({
    /** 教学目的: what a trainer can teach with the case, one or two sentences. Printed. */
    purpose: z.string().min(1),
    /** 启发思考题: three to five open questions. Printed. */
    questions: z.array(teachingItemSchema).min(3, 'give three to five questions').max(5, 'give three to five questions'),
    /** 分析要点: the mechanisms the case shows. Printed. */
    points: z.array(teachingItemSchema).min(3, 'give three to six points').max(6, 'give three to six points'),
  })
  .strict();

export type Teaching = z.infer<typeof teachingSchema>;
