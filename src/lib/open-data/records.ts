/**
 * The open data: every case's metadata, tags and address as JSON
 * (`/cases.json`) and CSV (`/cases.csv`). Browser-safe.
 */
import type { CaseView } from '../library/types.ts';
import { sourceUrl } from '../urls.ts';

/** Open-data record of a case (`/cases.json`). */
export function caseRecord(c: CaseView) {
  return {
    id: c.id,
    url: c.url,
    title: c.title,
    subtitle: c.subtitle ?? null,
    authors: c.data.authors,
    region: {
      code: c.region.code,
      names: c.region.chain.map((r) => ({ code: r.code, name: r.name, level: r.level })),
      township: c.region.township ?? null,
      name: c.region.name,
    },
    kind: c.data.kind,
    level: c.data.level,
    years: c.data.years,
    methods: c.methods.map((m) => ({ id: m.id, name: m.name })),
    themes: c.themes.map((t) => ({ id: t.id, name: t.name })),
    /** Values the editors inferred (field → why); authors' roles carry `roleInferred`. */
    inferred: c.data.inferred,
    /** Tags the text only proposes, not describes as done. */
    proposed: c.data.proposed,
    /** Where the text shows each tag: id → paragraph and words. */
    evidence: c.data.evidence,
    summary: c.data.summary,
    source: {
      id: c.source.id,
      url: sourceUrl(c.source.id),
      title: c.source.title,
      publication: c.source.publication,
      date: c.source.date ?? null,
      originalUrl: c.source.url ?? null,
      rawFile: `content/sources/raw/${c.source.raw}`,
      lines: c.data.source.lines,
    },
  };
}

/** Columns of /cases.csv, in order. */
export const CSV_COLUMNS = [
  'id', 'url', 'title', 'subtitle', 'authors', 'region_code', 'province', 'city', 'county', 'township',
  'kind', 'level', 'years', 'methods', 'themes', 'summary', 'source_id', 'source_title', 'publication', 'date',
] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Open data as CSV (RFC 4180), with a BOM so spreadsheet programs read the
 * Chinese as UTF-8. URLs are absolute (on `site`): a spreadsheet opens no relative link.
 */
export function casesCsv(cases: readonly CaseView[], site: URL): string {
  const rows = cases.map((c) => {
    const at = (level: string) => c.region.chain.find((r) => r.level === level)?.name ?? '';
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: c.id,
      url: new URL(c.url, site).href,
      title: c.title,
      subtitle: c.subtitle ?? '',
      authors: c.data.authors.map((a) => (a.role ? `${a.name}（${a.role}${a.roleInferred ? '，推定' : ''}）` : a.name)).join('；'),
      region_code: c.region.code,
      province: at('province'),
      city: at('city'),
      county: at('county'),
      township: c.region.township ?? '',
      kind: c.data.kind,
      level: c.data.level,
      years: c.data.years.join(';'),
      methods: c.methods.map((m) => m.name).join(';'),
      themes: c.themes.map((t) => t.name).join(';'),
      summary: c.data.summary,
      source_id: c.source.id,
      source_title: c.source.title,
      publication: c.source.publication,
      date: c.source.date ?? '',
    };
    return CSV_COLUMNS.map((k) => csvField(row[k])).join(',');
  });
  return `\ufeff${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
