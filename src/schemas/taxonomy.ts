import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/ids.ts';

const id = z
  .string()
  .regex(ID_PATTERN, 'must be kebab-case ASCII (it is part of a permanent URL)');

/** Editorial discussion questions: one to `max`, each a question ending in ？. */
function discussionQuestions(max: number) {
  return z
    .array(z.string().regex(/^[^？]{3,}？$/u, 'one question of a few words, ending in ？'), { error: (i) => `${i.input === undefined ? 'missing' : 'not a list'}: give one or two discussion questions, each ending in ？ (drafted teaching questions use them)` })
    .min(1, 'give one or two questions')
    .max(max, 'give one or two questions');
}

/** A named, reusable working method (工作方法). */
export const methodSchema = z.object({
  /** Permanent id, part of `/methods/<id>/`. */
  id,
  /** Name as readers know it, e.g. 民情日记. Printed. */
  name: z.string().min(1),
  /** Other spellings used in the case texts, as spelled there. Printed on the method page; search finds them. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * The editors' answers to check:content's spelling warnings: spelling →
   * why it stays although no case text holds it, or it stands inside another
   * method's or a practice's spelling (node/evidence-checks.ts). Not printed.
   */
  spellingNotes: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** One-paragraph editorial definition. Printed on the method page as the editors'. */
  definition: z.string().min(10),
  /**
   * What is done, as a short verb phrase an editor would write after the
   * actor (记民情日记、逐条交办回访): the drafted summary and teaching purpose
   * (编者拟) are composed from it. No fact of any place. Not printed.
   */
  phrase: z
    .string({ error: (i) => `${i.input === undefined ? 'missing' : 'not text'}: write what is done as a short verb phrase (记民情日记、逐条交办回访); drafted summaries and teaching purposes use it` })
    .min(2)
    .max(24)
    .regex(/^[^。，；？！,;?!]+$/u, 'one verb phrase, no sentence punctuation (、 may join two verbs)'),
  /** One or two discussion questions generic to the method, each ending in ？: the drafted teaching questions pair one with the case's own clause. Not printed. */
  questions: discussionQuestions(2),
})
  // A field it does not know (a misspelt `alias:`, a `year:`) is an error naming it, not silently dropped.
  .strict();

/** A field of work (领域). */
export const themeSchema = z.object({
  /** Permanent id, part of `/themes/<id>/`. */
  id,
  /** Name as readers know it, e.g. 干部作风. Printed. */
  name: z.string().min(1),
  /** One-line editorial description. Printed on the theme page. */
  description: z.string().min(1),
  /** One or two discussion questions generic to the theme: drafted teaching questions fall back on them when a case has fewer than three methods. Not printed. */
  questions: discussionQuestions(2).optional(),
}).strict();

export type Method = z.infer<typeof methodSchema>;
export type Theme = z.infer<typeof themeSchema>;
