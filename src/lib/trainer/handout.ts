/**
 * The handout is a list of case ids, in the trainer's order, carried in the
 * URL (`/handout/?ids=a,b,c`) and remembered in localStorage. Anything that
 * is not a well-formed id is dropped and reported, never interpreted.
 * Browser-safe: the handout page and the case pages' toggle run it.
 */
import { ID_PATTERN } from '../ids.ts';
import { sourceLine } from '../citation/case-reference.ts';
import { formatSourceReference } from '../citation/formats.ts';
import type { CaseView } from '../library/types.ts';
import { ROUTES } from '../urls.ts';

export const HANDOUT_MAX = 30;

export interface ParsedIds {
  ids: string[];
  /** Values that were not ids, or past the limit (shown to the reader). */
  rejected: string[];
}

export function parseHandoutIds(value: string | null | undefined): ParsedIds {
  const ids: string[] = [];
  const rejected: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim();
    if (!id) continue;
    if (!ID_PATTERN.test(id) || id.length > 80) rejected.push(id.slice(0, 40));
    else if (ids.includes(id)) continue;
    else if (ids.length >= HANDOUT_MAX) rejected.push(id);
    else ids.push(id);
  }
  return { ids, rejected };
}

export const handoutPath = (ids: readonly string[]) => (ids.length > 0 ? `${ROUTES.handout}?ids=${ids.join(',')}` : ROUTES.handout);

/** Moves the id at `index` by `delta` places, staying inside the list. */
export function moveId(ids: readonly string[], index: number, delta: number): string[] {
  const target = Math.min(ids.length - 1, Math.max(0, index + delta));
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** What a handout shows of one case (`/handout/<id>.json`). */
export interface HandoutItem {
  id: string;
  url: string;
  /** `/c/<code>/`, resolved against the page's own address when shown. */
  shortUrl: string;
  title: string;
  subtitle: string | null;
  place: string;
  summary: string;
  keyFigures: Array<{ label: string; quote: string }>;
  questions: string[];
  source: string;
  /** The case's reference in GB/T 7714—2025 (the standard in force), printed beside its QR code. */
  reference: string;
}

/** What the handout shows of a case: the editors' summary, figures and questions, with its links. */
export function handoutItem(c: CaseView): HandoutItem {
  return {
    id: c.id,
    url: c.url,
    shortUrl: c.shortUrl,
    title: c.title,
    subtitle: c.subtitle ?? null,
    place: c.region.name,
    summary: c.data.summary,
    keyFigures: c.data.keyFigures.map((k) => ({ label: k.label, quote: k.quote })),
    questions: c.teaching?.questions.map((q) => q.text) ?? [],
    source: sourceLine(c.source),
    reference: formatSourceReference(c.citation, 'gbt7714-2025'),
  };
}
