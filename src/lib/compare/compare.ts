/**
 * Cases side by side (`/compare/?ids=a,b,c`): what the page shows of one case
 * (`/compare/<id>.json`, so the page fetches only the cases it compares, never
 * the whole library) and the rows of the table, each saying whether the cases
 * differ there. Browser-safe: the build writes the items, the page builds the rows.
 */
import { sourceLine } from '../citation/case-reference.ts';
import type { CaseView } from '../library/types.ts';
import { ID_PATTERN } from '../ids.ts';
import { methodUrl, sourceUrl, themeUrl } from '../urls.ts';

/** More columns than three no longer fit a projector or a phone. */
export const COMPARE_MAX = 3;

export interface CompareTag {
  name: string;
  url: string;
}

export interface CompareItem {
  id: string;
  url: string;
  title: string;
  subtitle: string | null;
  place: string;
  level: string;
  kind: string;
  /** Years of the practice the text gives; empty when it gives none. */
  years: number[];
  /** Why the editors inferred the years, where they did. */
  yearsInferred: string | null;
  methods: CompareTag[];
  themes: CompareTag[];
  keyFigures: Array<{ label: string; quote: string }>;
  summary: string;
  /** 教学目的 from the teaching notes, where written. */
  purpose: string | null;
  source: { title: string; line: string; url: string };
}

export function compareItem(c: CaseView): CompareItem {
  return {
    id: c.id,
    url: c.url,
    title: c.title,
    subtitle: c.subtitle ?? null,
    place: c.region.name,
    level: c.data.level,
    kind: c.data.kind,
    years: c.data.years,
    yearsInferred: c.data.inferred.years ?? null,
    methods: c.methods.map((m) => ({ name: m.name, url: methodUrl(m.id) })),
    themes: c.themes.map((t) => ({ name: t.name, url: themeUrl(t.id) })),
    keyFigures: c.data.keyFigures.map((k) => ({ label: k.label, quote: k.quote })),
    summary: c.data.summary,
    purpose: c.teaching?.purpose ?? null,
    source: { title: c.source.title, line: sourceLine(c.source), url: sourceUrl(c.source.id) },
  };
}

/** The ids of a comparison URL: well-formed, no repeats, at most three; the rest are reported, never interpreted. */
export function parseCompareIds(value: string | null | undefined): { ids: string[]; rejected: string[] } {
  const ids: string[] = [];
  const rejected: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim();
    if (!id || ids.includes(id)) continue;
    if (!ID_PATTERN.test(id) || id.length > 80) rejected.push(id.slice(0, 40));
    else if (ids.length >= COMPARE_MAX) rejected.push(id);
    else ids.push(id);
  }
  return { ids, rejected };
}

export type CompareCell =
  | { type: 'text'; text: string; note?: string }
  | { type: 'tags'; tags: Array<CompareTag & { shared: boolean }> }
  | { type: 'list'; items: string[] };

export interface CompareRow {
  key: string;
  label: string;
  /** Whether the cases differ in this row (always false for one case). */
  differs: boolean;
  cells: CompareCell[];
}

const text = (value: string, note?: string): CompareCell => (note ? { type: 'text', text: value, note } : { type: 'text', text: value });

function tagRow(key: string, label: string, lists: CompareTag[][]): CompareRow {
  const names = lists.map((l) => new Set(l.map((t) => t.name)));
  const shared = (name: string) => names.every((s) => s.has(name));
  const cells: CompareCell[] = lists.map((l) => ({ type: 'tags', tags: l.map((t) => ({ ...t, shared: lists.length > 1 && shared(t.name) })) }));
  const differs = names.some((s) => s.size !== names[0]!.size || [...s].some((n) => !shared(n)));
  return { key, label, differs, cells };
}

function textRow(key: string, label: string, cells: Array<{ type: 'text'; text: string; note?: string }>): CompareRow {
  return { key, label, differs: cells.some((c) => c.text !== cells[0]!.text), cells };
}

/** The table's rows, in the order a trainer reads them. */
export function compareRows(items: readonly CompareItem[]): CompareRow[] {
  const figures: CompareRow = {
    key: 'figures',
    label: '关键数字（摘自原文）',
    differs: items.length > 1,
    cells: items.map((i) => (i.keyFigures.length > 0 ? { type: 'list', items: i.keyFigures.map((k) => `${k.label}：“${k.quote}”`) } : text('（编者未摘）'))),
  };
  return [
    textRow('place', '地区', items.map((i) => ({ type: 'text', text: i.place }))),
    textRow('level', '层级', items.map((i) => ({ type: 'text', text: i.level }))),
    textRow('kind', '体裁', items.map((i) => ({ type: 'text', text: i.kind }))),
    textRow('years', '实践年份', items.map((i) => ({ type: 'text', text: i.years.length > 0 ? `${i.years.join('、')}年` : '原文未载', ...(i.yearsInferred ? { note: `推定：${i.yearsInferred}` } : {}) }))),
    tagRow('methods', '工作方法', items.map((i) => i.methods)),
    tagRow('themes', '领域', items.map((i) => i.themes)),
    figures,
    textRow('summary', '编者摘要', items.map((i) => ({ type: 'text', text: i.summary }))),
    textRow('purpose', '教学目的（编者）', items.map((i) => ({ type: 'text', text: i.purpose ?? '（尚无教学札记）' }))),
    textRow('source', '来源', items.map((i) => ({ type: 'text', text: `${i.source.title}（${i.source.line}）` }))),
  ];
}
