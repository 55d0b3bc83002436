import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/ids.ts';

/** Where the schema's messages point: the one file that holds the named practices. */
export const PRACTICES_FILE = 'content/taxonomy/practices.yaml';

/** What a named practice may refer to; anything else fails the build by name. */
export interface PracticeVocabulary {
  methods: readonly string[];
  cases: readonly string[];
}

function oneOf(field: string, label: string, known: readonly string[]) {
  return z.string().refine((v) => known.includes(v), {
    error: (issue) =>
      `${PRACTICES_FILE}, field ${field}: unknown ${label} id "${String(issue.input)}"; ` +
      `remove it (a practice whose last case is gone goes too) or restore the ${label}`,
  });
}

/**
 * A named practice (具体做法): a locality's own name for what it does — 三有两评,
 * 四联四包, 1+10 — which belongs to its case(s) and to one or more generic
 * methods. It is not an alias of a method (those are other spellings of the
 * same method).
 */
export function createPracticeSchema(vocab: PracticeVocabulary) {
  return z.object({
    /** Permanent id (kebab-case pinyin). */
    id: z.string().regex(ID_PATTERN, 'must be kebab-case ASCII'),
    /** The name as the case text spells it, e.g. 三有两评. */
    name: z.string().min(1),
    /** Other spellings of the same practice found in the case texts, as spelled there. */
    spellings: z.array(z.string().min(1)).default([]),
    /** Ids of the cases that use the name (each must contain the name or a spelling). */
    cases: z.array(oneOf('cases', 'case', vocab.cases)).min(1),
    /** Ids of the generic methods it is a form of (content/taxonomy/methods.yaml). */
    methods: z.array(oneOf('methods', 'method', vocab.methods)).min(1),
    /**
     * Method id → the editors' grounds for calling the practice a form of it,
     * where the quoted definition does not name the method: the text's words
     * in “”, or what is inferred, marked 推定 (checked by check:content).
     */
    basis: z.record(z.string(), z.string().min(1)).optional(),
    /**
     * The editors' answers to check:content's spelling warnings: spelling →
     * why it stays although it holds another method's spelling or no case
     * text holds it.
     */
    spellingNotes: z.record(z.string().min(1), z.string().min(1)).optional(),
    /**
     * Only where the text gives one: the source's own words, verbatim, with the
     * paragraph they stand in (checked against the case when the site is built).
     */
    definition: z
      .object({
        /** The case quoted (one of `cases`). */
        case: oneOf('definition.case', 'case', vocab.cases),
        /** Passages in text order: paragraph number (#p<n>) and the exact words. */
        quotes: z.array(z.object({ p: z.number().int().positive(), text: z.string().min(2) }).strict()).min(1),
      })
      .strict()
      .optional(),
  })
    // A field it does not know (a `year:`, a misspelt `case:`) is an error naming it, not silently dropped.
    .strict();
}

export type Practice = z.infer<ReturnType<typeof createPracticeSchema>>;
