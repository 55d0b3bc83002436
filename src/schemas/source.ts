import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/ids.ts';
import { SOURCE_DATE } from '../lib/source-date.ts';
import { MEDIA } from '../lib/source-medium.ts';
import { NOTE_NAMES } from '../lib/text.ts';

/** Reference types for citations, in GB/T 7714's letters: [N], [EB/OL], [G]. */
const SOURCE_TYPES = ['newspaper', 'online', 'compilation'] as const;

/**
 * A source document the cases are taken from (content/sources/sources.yaml).
 * Strict: a field not listed here (a `year:`, a misspelt `dateNote`) fails
 * check:content and the build by name. Each comment says whether readers see
 * the field: "Printed" fields appear on the public pages as written.
 */
export const sourceSchema = z
  .object({
    /** Permanent id, part of `/sources/<id>/`. Printed in that URL only. */
    id: z.string().regex(ID_PATTERN),
    /** Title of the document or page as it stands in the source. Printed on the source page, case pages and citations. */
    title: z.string().min(1),
    /** Where it was published (newspaper, website, compilation). Printed on the source page, case pages and citations. */
    publication: z.string().min(1),
    /** Reference type for citations: newspaper [N], online [EB/OL], compilation [G]. Printed as 报纸/网络文章/汇编 and in citations. */
    // A type not filled in is said in the reader's language (the desk's zod locale); a wrong one lists the right ones.
    type: z.enum(SOURCE_TYPES, { error: (i) => (i.input === undefined ? undefined : `Unknown type "${String(i.input)}"; use one of ${SOURCE_TYPES.join(', ')}`) }),
    /**
     * What the editors received: web, word, pdf, ofd, spreadsheet, mail, print. Absent:
     * taken from `original`'s file type (.docx → word…), else a web capture.
     * Decides how the pages describe the source (原文网页… only for web). Printed as its label.
     */
    medium: z.enum(MEDIA).optional(),
    /**
     * Publication date at the precision the source gives: YYYY, YYYY-MM
     * (2013年10月 → 2013-10) or YYYY-MM-DD; absent when unknown (never padded
     * to a day). Printed on the source and case pages and in citations.
     */
    date: z
      .string()
      .regex(SOURCE_DATE, 'a date is YYYY, YYYY-MM or YYYY-MM-DD (2013, 2013-10, 2013-05-23), as precise as the source and no more')
      .optional(),
    /** Time of day where the source gives one (HH:MM). Printed on the source page. */
    time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/).optional(),
    /** Editors' remark on the date (unknown, inferred and why). Printed on the source page as 编者注. */
    dateNote: z.string().optional(),
    /**
     * The capture is a repost: `publication` and `date` describe the reposting
     * page, not the document itself, whose own publisher and date are unknown
     * (so citations leave them out). Printed as a note beside the citation.
     */
    repost: z.boolean().default(false),
    /** URL where the source gives one; never reconstructed. Printed as a link on the source and case pages and in citations. */
    url: z.url().optional(),
    /** Staff named by the page (编辑、责编). Printed on the source page. */
    staff: z.string().optional(),
    /** File name under content/sources/raw/. Not printed. */
    raw: z.string().regex(/^[\w.-]+\.(txt|md|html)$/),
    /** SHA-256 of the raw file, so any edit to the capture is caught. Not printed. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /**
     * The file the raw text was extracted from (.docx, .doc, .pdf, .html,
     * .mhtml, or a text export re-laid out by ingest), kept unmodified beside
     * the raw text; absent when the raw file is the capture itself. Not printed
     * (its type decides `medium` when that is absent).
     */
    original: z
      .object({
        /** File name under content/sources/originals/, as received. */
        file: z.string().min(1).regex(/^[^/\\]+$/),
        /** SHA-256 of that file. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict()
      .optional(),
    /** The source's own editor's note (编者按), in edition form. Printed on the source page as the source's words. */
    editorNote: z
      .object({
        /** Lines of the raw file it comes from (first, last). */
        lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
        /** What the source heads it with, where not 编者按 (a compilation's 前言, 编者的话…); the page prints this word. */
        label: z.enum(NOTE_NAMES).optional(),
        /** The note's text, paragraphs separated by blank lines. */
        text: z.string().min(1),
      })
      .strict()
      .optional(),
    /** Editors' account of the document: provenance, condition, what was cleaned. Printed on the source page as 编者说明 and as its description. */
    about: z.string().min(1),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
