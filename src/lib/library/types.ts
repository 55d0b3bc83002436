/**
 * The page data every page and component renders: the shapes only. They are
 * built once per build by node/build-library.ts and the builders beside this
 * file; keeping the types apart lets browser-safe modules (feeds, timeline,
 * handout, search facets) name a case without importing the code that builds it.
 */
import type { Practice } from '../../schemas/practice.ts';
import type { CaseData } from '../../schemas/case.ts';
import type { Method, Theme } from '../../schemas/taxonomy.ts';
import type { Source } from '../../schemas/source.ts';
import type { Teaching } from '../../schemas/teaching.ts';
import type { Region } from '../regions/divisions.ts';
import type { CaseRef } from '../citation/formats.ts';
import type { QuotedPart } from '../collation-notes.ts';

/** A validated case as the build hands it over. */
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
  /** The key figures as the page shows them: each quote with the readings a 校勘记 marks in it (collation-notes.ts quotedWithNotes). */
  keyFigures: Array<{ label: string; quote: string; parts: QuotedPart[] }>;
  /** Short link `/c/<code>/` (see node/short-code.ts). */
  shortUrl: string;
  /** What a citation of the case states (see citation/case-reference.ts); only facts the library holds. */
  citation: CaseRef;
}

/** Where a case describes a method: the paragraph and the sentence. */
export interface MethodPassage {
  case: CaseView;
  /** Paragraph number (anchor p<n>). */
  p: number;
  /** The sentence (or opening of the paragraph) quoted. */
  quote: string;
  /** The spelling found in the text; null when the editors chose the passage by its sense. */
  term: string | null;
  /** The case only proposes or urges the method (case `proposed`), it does not describe doing it. */
  proposed: boolean;
}

export interface MethodView {
  method: Method;
  url: string;
  cases: CaseView[];
  passages: MethodPassage[];
  /** 也提到: cases that name the method only in passing (case `passing`), with the passage. */
  mentions: Array<Pick<MethodPassage, 'case' | 'p' | 'quote' | 'term'>>;
  /** Methods used together with this one, most cases in common first. */
  related: Array<{ method: Method; url: string; together: number }>;
}

export interface ThemeView {
  theme: Theme;
  url: string;
  cases: CaseView[];
}

export interface SourceView {
  source: Source;
  url: string;
  cases: CaseView[];
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
    /** Regions of the same level in other provinces beyond those in sameLevel (the regions index lists them all). */
    moreSameLevel: number;
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

/** Cases of one province, for the case index and the search filters. */
export interface ProvinceGroup {
  province: Region;
  url: string;
  cases: CaseView[];
}

/** Other cases of the same methods and the same province, shown on a case page. */
export interface CaseNeighbours {
  byMethod: Array<{ name: string; url: string; cases: CaseView[] }>;
  provinceName: string;
  provinceUrl: string;
  sameProvince: CaseView[];
}

/** A case similar to another, with the reasons put in words for readers. */
export interface RelatedCase {
  case: CaseView;
  score: number;
  /** Why, in words, most important first. */
  reasons: string[];
}

export interface Library {
  cases: CaseView[];
  caseById: Map<string, CaseView>;
  methods: MethodView[];
  themes: ThemeView[];
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
  byProvince: ProvinceGroup[];
  /** Cases by year of the practice and of publication. */
  timeline: Timeline;
}

/** Cases of one year. */
export interface YearGroup {
  year: number;
  cases: CaseView[];
}

/** Cases by year, two ways (see timeline.ts). */
export interface Timeline {
  /** Years of the practice, earliest first; a case is under each year its text states. */
  practice: YearGroup[];
  /** Cases whose text states no year of the practice. */
  practiceUnstated: CaseView[];
  /** Year of the source's publication, earliest first. */
  published: YearGroup[];
  /** Cases whose source gives no publication date. */
  publishedUnknown: CaseView[];
}

/** A named practice (content/taxonomy/practices.yaml) joined to its cases and methods. */
export interface PracticeView {
  practice: Practice;
  /** The cases that use the name, in the file's order. */
  cases: Array<{ id: string; url: string; title: string }>;
  methods: Array<{ id: string; name: string; url: string }>;
  /** The source's own words, each linked to its paragraph. */
  definition?: { case: { id: string; url: string; title: string }; quotes: Array<{ p: number; text: string; url: string }> };
}

/** A named practice as a case page lists it: linked to where the case defines it, else to its first method. */
export interface CasePractice {
  id: string;
  name: string;
  url: string;
  methods: PracticeView['methods'];
}
