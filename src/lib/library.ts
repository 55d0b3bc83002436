/**
 * All page data, computed once from the validated collections. Pages and
 * components only render what this module hands them.
 */
import type { CaseData } from '../schemas/case.ts';
import type { Method, Theme } from '../schemas/taxonomy.ts';
import type { Source } from '../schemas/source.ts';
import type { Teaching } from '../schemas/teaching.ts';
import type { Region, RegionIndex } from './regions.ts';
import { chainName } from './regions.ts';
import { computeRelated, type RelatedCase } from './related.ts';
import { parseBody } from './case-file.ts';
import { contentWords } from './similarity.ts';
import { numberBlocks } from './edition.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import { shortCode, shortUrl } from './short-link.ts';
import type { HandoutItem } from './handout.ts';
import type { CaseRef, LibraryRef } from './citation.ts';
import { SITE_NAME } from './site.ts';

export interface CaseInput {
  id: string;
  data: CaseData;
  /** Plain text of the body (for similarity); may be empty. */
  text?: string;
}

export interface CaseRegion {
  /** Most precise code the case is tagged with. */
  code: string;
  /** Province → city → county, placeholders (市辖区) left out. */
  chain: Region[];
  township: string | undefined;
  note: string | undefined;
  /** Full place name, e.g. 云南省昭通市永善县. */
  name: string;
}

export interface CaseView {
  id: string;
  url: string;
  title: string;
  subtitle: string | undefined;
  data: CaseData;
  region: CaseRegion;
  methods: Method[];
  themes: Theme[];
  source: Source;
  /** Position of the case inside its source (1-based). */
  order: number;
  /** The editors' teaching notes, where written. */
  teaching: Teaching | undefined;
  /** Short link `/c/<code>/` (see short-link.ts). */
  shortUrl: string;
  /** What a citation of the case states (see citation.ts); only facts the library holds. */
  citation: CaseRef;
}

export interface TagView<T> {
  item: T;
  url: string;
  cases: CaseView[];
}

/** Where a case describes a method: the paragraph and the sentence. */
export interface MethodPassage {
  item: CaseView;
  /** Paragraph number (anchor p<n>). */
  p: number;
  /** The sentence (or opening of the paragraph) quoted. */
  quote: string;
  /** The spelling found in the text; null when the editors chose the passage by its sense. */
  term: string | null;
  /** The case only proposes or urges the method (case `proposed`), it does not describe doing it. */
  proposed: boolean;
}

export interface MethodView extends TagView<Method> {
  passages: MethodPassage[];
  /** Methods used together with this one, most cases in common first. */
  related: Array<{ item: Method; url: string; together: number }>;
}

export interface RegionNode {
  region: Region;
  url: string;
  /** Cases tagged here or anywhere below. */
  count: number;
  children: RegionNode[];
}

export interface RegionPage {
  region: Region;
  url: string;
  chain: Region[];
  /** Cases here and in subdivisions, in library order. */
  cases: CaseView[];
  children: RegionNode[];
  /** Other places to look: regions of the same province, then of the same level elsewhere. */
  nearby: {
    sameProvince: NearbyRegion[];
    sameLevel: NearbyRegion[];
  };
}

/** A region page suggested from another one. */
export interface NearbyRegion {
  url: string;
  /** Full name, e.g. 湖南省郴州市嘉禾县. */
  name: string;
  /** Cases there and below. */
  count: number;
}

export interface SourceView {
  source: Source;
  url: string;
  cases: CaseView[];
}

export interface Library {
  cases: CaseView[];
  caseById: Map<string, CaseView>;
  methods: MethodView[];
  themes: TagView<Theme>[];
  sources: SourceView[];
  regionTree: RegionNode[];
  regionPages: RegionPage[];
  /** Other cases of the same methods and the same province, per case. */
  neighbours: Map<string, CaseNeighbours>;
  /** How long the similarity step took (ms), for the build log and benchmarks. */
  similarityMs: number;
  /** The most similar other cases of each case, best first. */
  related: Map<string, RelatedCase[]>;
  /** Cases grouped by province, provinces in GB/T 2260 order. */
  byProvince: Array<{ province: Region; url: string; cases: CaseView[] }>;
  /** Cases by year of the practice and of publication. */
  timeline: Timeline;
}

export interface CaseNeighbours {
  byMethod: Array<{ name: string; url: string; cases: CaseView[] }>;
  provinceName: string;
  provinceUrl: string;
  sameProvince: CaseView[];
}

export class LibraryError extends Error {}

export const caseUrl = (id: string) => `/cases/${id}/`;
export const methodUrl = (id: string) => `/methods/${id}/`;
export const themeUrl = (id: string) => `/themes/${id}/`;
export const regionUrl = (code: string) => `/regions/${code}/`;
export const sourceUrl = (id: string) => `/sources/${id}/`;

export function buildLibrary(input: {
  cases: CaseInput[];
  methods: Method[];
  themes: Theme[];
  sources: Source[];
  /** Teaching notes by case id (content/teaching/<id>.yaml); optional per case. */
  teaching?: Array<{ id: string; data: Teaching }>;
  regions: RegionIndex;
}): Library {
  const methodById = new Map(input.methods.map((m) => [m.id, m]));
  const themeById = new Map(input.themes.map((t) => [t.id, t]));
  const sourceById = new Map(input.sources.map((s) => [s.id, s]));
  // Sources in the order of their raw files (000, 001, …), the order they were collected.
  const sortedSources = [...input.sources].sort((a, b) => a.raw.localeCompare(b.raw));
  const sourceOrder = new Map(sortedSources.map((s, i) => [s.id, i]));

  const teachingById = new Map((input.teaching ?? []).map((t) => [t.id, t.data]));
  const caseIds = new Set(input.cases.map((c) => c.id));
  for (const id of teachingById.keys()) {
    if (!caseIds.has(id)) throw new LibraryError(`content/teaching/${id}.yaml: there is no case "${id}"`);
  }

  const lookup = <T>(map: Map<string, T>, id: string, what: string, caseId: string): T => {
    const found = map.get(id);
    if (!found) throw new LibraryError(`case ${caseId}: unknown ${what} "${id}"`);
    return found;
  };

  const sorted = [...input.cases].sort(
    (a, b) =>
      (sourceOrder.get(a.data.source.id) ?? 0) - (sourceOrder.get(b.data.source.id) ?? 0) ||
      a.data.source.lines[0] - b.data.source.lines[0] ||
      a.id.localeCompare(b.id),
  );
  const orderInSource = new Map<string, number>();
  const casesPerSource = new Map<string, number>();
  for (const c of input.cases) casesPerSource.set(c.data.source.id, (casesPerSource.get(c.data.source.id) ?? 0) + 1);
  const cases: CaseView[] = sorted.map((c) => {
    const chain = input.regions.chain(c.data.region.code);
    if (chain.length === 0) throw new LibraryError(`case ${c.id}: region code "${c.data.region.code}" is unknown`);
    const order = (orderInSource.get(c.data.source.id) ?? 0) + 1;
    const source = lookup(sourceById, c.data.source.id, 'source', c.id);
    orderInSource.set(c.data.source.id, order);
    return {
      id: c.id,
      url: caseUrl(c.id),
      title: c.data.title,
      subtitle: c.data.subtitle,
      data: c.data,
      region: {
        code: c.data.region.code,
        chain,
        township: c.data.region.township,
        note: c.data.region.note,
        name: chainName(chain) + (c.data.region.township ?? ''),
      },
      methods: c.data.methods.map((m) => lookup(methodById, m, 'method', c.id)),
      themes: c.data.themes.map((t) => lookup(themeById, t, 'theme', c.id)),
      source,
      order,
      teaching: teachingById.get(c.id),
      shortUrl: shortUrl(shortCode(c.id)),
      citation: {
        title: c.data.title,
        ...(c.data.subtitle ? { subtitle: c.data.subtitle } : {}),
        authors: c.data.authors.map((a) => a.name),
        source: {
          title: source.title,
          // A repost's page and date are not the document's publisher and date.
          publication: source.repost ? '' : source.publication,
          type: source.type,
          ...(source.date && !source.repost ? { date: source.date } : {}),
          ...(source.url ? { url: source.url } : {}),
        },
        // A source holding several cases is cited as the host of a part (析出文献).
        isPart: (casesPerSource.get(source.id) ?? 0) > 1,
      },
    };
  });
  const byShortUrl = new Map<string, string>();
  for (const c of cases) {
    const other = byShortUrl.get(c.shortUrl);
    if (other) throw new LibraryError(`cases ${other} and ${c.id} share the short link ${c.shortUrl}; change one id`);
    byShortUrl.set(c.shortUrl, c.id);
  }

  const caseById = new Map(cases.map((c) => [c.id, c]));
  const paragraphs = new Map(input.cases.map((c) => [c.id, caseParagraphs(c.text ?? '')]));
  for (const c of cases) {
    if (!c.teaching) continue;
    const count = paragraphs.get(c.id)!.length;
    for (const item of [...c.teaching.questions, ...c.teaching.points]) {
      const bad = item.paragraphs.filter((p) => p > count);
      if (bad.length > 0) throw new LibraryError(`content/teaching/${c.id}.yaml: paragraph ${bad.join(', ')} does not exist (the case has ${count}) in “${item.text.slice(0, 20)}…”`);
    }
  }
  const methods: MethodView[] = input.methods.map((item) => {
    const using = cases.filter((c) => c.data.methods.includes(item.id));
    const together = new Map<string, number>();
    for (const c of using) for (const m of c.data.methods) if (m !== item.id) together.set(m, (together.get(m) ?? 0) + 1);
    return {
      item,
      url: methodUrl(item.id),
      cases: using,
      passages: using.flatMap((c) => {
        // `?.`: hand-built CaseData (tests, tools) may lack the schema's defaulted fields.
        const found = methodPassage(item, paragraphs.get(c.id) ?? [], c.data.evidence?.[item.id]);
        return found ? [{ item: c, ...found, proposed: c.data.proposed?.includes(item.id) ?? false }] : [];
      }),
      related: [...together.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([id, n]) => ({ item: methodById.get(id)!, url: methodUrl(id), together: n })),
    };
  });
  const themes = input.themes.map((item) => ({
    item,
    url: themeUrl(item.id),
    cases: cases.filter((c) => c.data.themes.includes(item.id)),
  }));
  const sources = sortedSources.map((source) => ({
    source,
    url: sourceUrl(source.id),
    cases: cases.filter((c) => c.source.id === source.id),
  }));

  // Region tree: every region on some case's chain, with subtree counts.
  const nodes = new Map<string, RegionNode>();
  const casesUnder = new Map<string, CaseView[]>();
  const roots: RegionNode[] = [];
  for (const c of cases) {
    let parent: RegionNode | undefined;
    for (const region of c.region.chain) {
      let node = nodes.get(region.code);
      if (!node) {
        node = { region, url: regionUrl(region.code), count: 0, children: [] };
        nodes.set(region.code, node);
        (parent ? parent.children : roots).push(node);
      }
      node.count++;
      const list = casesUnder.get(region.code) ?? [];
      list.push(c);
      casesUnder.set(region.code, list);
      parent = node;
    }
  }
  const byCode = (a: RegionNode, b: RegionNode) => a.region.code.localeCompare(b.region.code);
  const sortTree = (list: RegionNode[]) => {
    list.sort(byCode);
    list.forEach((n) => sortTree(n.children));
  };
  sortTree(roots);

  // Nearby regions: walk every region once, busiest first, until both lists are full.
  const NEARBY_LIMIT = 8;
  const ancestry = new Map([...nodes.keys()].map((code) => [code, input.regions.chain(code).map((r) => r.code)]));
  const busiestFirst = [...nodes.values()].sort((a, b) => b.count - a.count || byCode(a, b));
  const regionPages: RegionPage[] = [...nodes.values()].map((node) => {
    const codes = ancestry.get(node.region.code)!;
    const sameProvince: NearbyRegion[] = [];
    const sameProvinceCodes: string[] = [];
    const sameLevel: NearbyRegion[] = [];
    for (const other of busiestFirst) {
      if (sameProvince.length >= NEARBY_LIMIT && sameLevel.length >= NEARBY_LIMIT) break;
      const otherCodes = ancestry.get(other.region.code)!;
      // Neither this region, nor the regions it lies in, nor the ones inside it.
      if (otherCodes.includes(node.region.code) || codes.includes(other.region.code)) continue;
      const entry = () => ({ url: other.url, name: chainName(input.regions.chain(other.region.code)), count: other.count });
      if (otherCodes[0] === codes[0]) {
        // A county is not suggested beside its own city: the city's page holds it.
        const underChosen = sameProvinceCodes.some((code) => otherCodes.includes(code));
        if (sameProvince.length < NEARBY_LIMIT && !underChosen) {
          sameProvince.push(entry());
          sameProvinceCodes.push(other.region.code);
        }
      } else if (other.region.level === node.region.level && sameLevel.length < NEARBY_LIMIT) {
        sameLevel.push(entry());
      }
    }
    return {
      region: node.region,
      url: node.url,
      chain: input.regions.chain(node.region.code),
      cases: casesUnder.get(node.region.code) ?? [],
      children: node.children,
      nearby: { sameProvince, sameLevel },
    };
  });

  const byProvince = roots.map((node) => ({
    province: node.region,
    url: node.url,
    cases: casesUnder.get(node.region.code) ?? [],
  }));

  // The first six others of a list: at most seven are looked at, so a large
  // library does not compare every case with every other.
  const firstOthers = (list: readonly CaseView[], c: CaseView) => list.slice(0, 7).filter((o) => o !== c).slice(0, 6);
  const casesByMethod = new Map(methods.map((m) => [m.item.id, m.cases]));
  const neighbours = new Map<string, CaseNeighbours>(
    cases.map((c) => {
      const province = c.region.chain[0]!;
      return [
        c.id,
        {
          byMethod: c.methods
            .map((m) => ({ name: m.name, url: methodUrl(m.id), cases: firstOthers(casesByMethod.get(m.id) ?? [], c) }))
            .filter((g) => g.cases.length > 0),
          provinceName: province.name,
          provinceUrl: regionUrl(province.code),
          sameProvince: firstOthers(casesUnder.get(province.code) ?? [], c),
        },
      ];
    }),
  );

  const started = performance.now();
  const related = computeRelated(cases, new Map(input.cases.map((c) => [c.id, `${c.data.title}\n${c.text ?? ''}`])));
  const similarityMs = Math.round(performance.now() - started);

  return { cases, caseById, methods, themes, sources, regionTree: roots, regionPages, byProvince, neighbours, related, similarityMs, timeline: buildTimeline(cases) };
}

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

/** Search filters of a case page (name, value): its place at each level, kind, level and years. */
export function searchFilters(c: CaseView): Array<[string, string]> {
  return [
    ...c.region.chain.map((r): [string, string] => [r.level, r.name]),
    ['kind', c.data.kind],
    ['level', c.data.level],
    ...c.data.years.map((y): [string, string] => ['year', String(y)]),
  ];
}

/** Numbered paragraphs of a case body (the 【点评】 label is not numbered). */
export function caseParagraphs(body: string): Array<{ p: number; text: string }> {
  if (!body.trim()) return [];
  return numberBlocks(parseBody(body).blocks).flatMap((b) => (b.p === null ? [] : [{ p: b.p, text: b.text }]));
}

const SENTENCE = /[^。！？]*[。！？]?/gu;

function quoteAround(text: string, term: string | null, max = 120): string {
  const sentences = (text.match(SENTENCE) ?? [text]).filter((x) => x.length > 0);
  const sentence = (term ? sentences.find((x) => x.includes(term)) : sentences[0]) ?? text;
  const chars = Array.from(sentence);
  if (chars.length <= max) return sentence;
  const at = term ? Array.from(sentence.slice(0, sentence.indexOf(term))).length : 0;
  const start = Math.max(0, Math.min(at - 30, chars.length - max));
  return `${start > 0 ? '…' : ''}${chars.slice(start, start + max).join('')}…`;
}

/**
 * The paragraph where a case describes a method: the editors' evidence (case
 * `evidence`: paragraph and words) where given; else the paragraph naming it
 * (name or alias) most, else the one whose words overlap the method's
 * definition most.
 */
export function methodPassage(
  method: Method,
  paragraphs: ReadonlyArray<{ p: number; text: string }>,
  evidence?: { p: number; quote: string },
): Omit<MethodPassage, 'item' | 'proposed'> | undefined {
  const terms = [method.name, ...method.aliases].filter((t) => Array.from(t).length >= 2).sort((a, b) => b.length - a.length);
  const cited = evidence && paragraphs.find((para) => para.p === evidence.p && para.text.includes(evidence.quote));
  if (evidence && cited) {
    const inSentence = quoteAround(cited.text, evidence.quote);
    return {
      p: cited.p,
      quote: inSentence.includes(evidence.quote) ? inSentence : evidence.quote,
      term: terms.find((t) => evidence.quote.includes(t)) ?? terms.find((t) => cited.text.includes(t)) ?? null,
    };
  }
  let best: { p: number; text: string; hits: number; term: string } | undefined;
  for (const para of paragraphs) {
    const found = terms.filter((t) => para.text.includes(t));
    if (found.length > 0 && (!best || found.length > best.hits)) best = { ...para, hits: found.length, term: found[0]! };
  }
  if (best) return { p: best.p, quote: quoteAround(best.text, best.term), term: best.term };
  const definitionWords = new Set(contentWords(method.definition));
  let byMeaning: { p: number; text: string; overlap: number } | undefined;
  for (const para of paragraphs) {
    const overlap = new Set(contentWords(para.text).filter((w) => definitionWords.has(w))).size;
    if (overlap > 0 && (!byMeaning || overlap > byMeaning.overlap)) byMeaning = { ...para, overlap };
  }
  return byMeaning ? { p: byMeaning.p, quote: quoteAround(byMeaning.text, null), term: null } : undefined;
}

/** Columns of /cases.csv, in order. */
export const CSV_COLUMNS = [
  'id', 'url', 'title', 'subtitle', 'authors', 'region_code', 'province', 'city', 'county', 'township',
  'kind', 'level', 'years', 'methods', 'themes', 'summary', 'source_id', 'source_title', 'publication', 'date',
] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Open data as CSV (RFC 4180), with a BOM so spreadsheet programs read the Chinese as UTF-8. */
export function casesCsv(cases: readonly CaseView[]): string {
  const rows = cases.map((c) => {
    const at = (level: string) => c.region.chain.find((r) => r.level === level)?.name ?? '';
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: c.id,
      url: c.url,
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

/** Where and when a source appeared, as printed beside a case: 共产党员网，2013-05-23. */
export function sourceLine(source: Source): string {
  return [source.publication, source.date].filter(Boolean).join('，');
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
  };
}

/** Our page of a case as a cited web page, consulted on `accessed` (YYYY-MM-DD) where known. */
export function libraryRef(c: CaseView, site: URL, accessed?: string): LibraryRef {
  return { siteName: SITE_NAME, url: new URL(c.url, site).href, ...(accessed ? { accessed } : {}) };
}

/** What the reference to a case's source must leave out, said to the reader (none when complete). */
export function citationGaps(c: CaseView): string[] {
  const gaps: string[] = [];
  if (c.source.repost) gaps.push(`原选编的编者、出版者和出版时间原文未载，故不著录；所据为${c.source.date ? ` ${c.source.date} ` : ''}的网页转载${c.source.url ? '' : '，转载网址不详'}。`);
  else if (c.source.type === 'online' && !c.source.url) gaps.push('原网址未保存在抓取文本中：本条缺“获取和访问路径”（网页的必备项），也无从给出引用日期。请同时引用本库页面。');
  if (c.source.type === 'newspaper' && !c.source.date) gaps.push('原文未载出版日期和版次，故不著录。');
  return gaps;
}
