import { z } from 'astro/zod';
import { ID_PATTERN } from '../lib/ids.ts';

/** A raw source document the cases are taken from. */
export const sourceSchema = z.object({
  /** Permanent id, part of `/sources/<id>/`. */
  id: z.string().regex(ID_PATTERN),
  /** Title of the document or page as it stands in the source. */
  title: z.string().min(1),
  /** Where it was published (newspaper, website, compilation). */
  publication: z.string().min(1),
  /** Reference type for citations: newspaper [N], online [EB/OL], compilation [G]. */
  type: z.enum(['newspaper', 'online', 'compilation']),
  /** Publication date as given by the source (YYYY-MM-DD); absent when unknown. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Time of day where the source gives one (HH:MM). */
  time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/).optional(),
  /** Editors' remark on the date (unknown, inferred and why). */
  dateNote: z.string().optional(),
  /**
   * The capture is a repost: `publication` and `date` describe the reposting
   * page, not the document itself, whose own publisher and date are unknown
   * (so citations leave them out).
   */
  repost: z.boolean().default(false),
  /** URL where the source gives one; never reconstructed. */
  url: z.url().optional(),
  /** Staff named by the page (编辑、责编). */
  staff: z.string().optional(),
  /** File name under content/sources/raw/. */
  raw: z.string().regex(/^[\w.-]+\.(txt|md|html)$/),
  /** SHA-256 of the raw file, so any edit to the capture is caught. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * The file the raw text was extracted from (.docx, .doc, .pdf, .html,
   * .mhtml, or a text export re-laid out by ingest), kept unmodified beside
   * the raw text; absent when the raw file is the capture itself.
   */
  original: z
    .object({
      /** File name under content/sources/originals/, as received. */
      file: z.string().min(1).regex(/^[^/\\]+$/),
      /** SHA-256 of that file. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
  /** The source's own editor's note (编者按), in edition form. */
  editorNote: z
    .object({
      /** Lines of the raw file it comes from (first, last). */
      lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
      /** The note's text, paragraphs separated by blank lines. */
      text: z.string().min(1),
    })
    .optional(),
  /** Editors' account of the document: provenance, condition, what was cleaned. */
  about: z.string().min(1),
});

export type Source = z.infer<typeof sourceSchema>;
