/**
 * A cleaned raw document → case drafts: layout normalised (layout.ts),
 * paragraphs rebuilt (false breaks rejoined and recorded), split into cases
 * (case-start.ts) and what each text states extracted: title, subtitle,
 * authors and roles, place, suggested methods and themes with the phrase that
 * triggered them, and flags for what it cannot settle.
 */
import type { Correction } from '../../schemas/correction.ts';
import { isCommentaryLabel } from '../edition.ts';
import { isSectionHeading } from '../mdx-text.ts';
import { chainName, shortPlaceName, type Region, type RegionIndex } from '../regions/divisions.ts';
import { COMMENTARY_MARKER, joinBrokenLine, normalizePunctuation, NOTE_NAMES, type NoteName } from '../text.ts';
import { cleanLines, metaOfLines, stripTrailingChrome, type DocumentMeta, type Line } from './clean.ts';
import { dateIn, trailingDate } from './dates.ts';
import { filingLine } from './case-record-labels.ts';
import { normaliseLayout, type Layout, type NormalisedText } from './layout.ts';
import { headerTitle } from './header-title.ts';
import { headlineStackBlock, isColumnWords, isIssueLine, isIssueOrColumn } from './kicker.ts';
import { publisherPlace, publishersOf, type Publisher } from './publisher.ts';
import type { BlockRole, LeftBlock } from './left-blocks.ts';
import type { PublishedCase, PublishedTwin } from './library.ts';
import { childNamedAfter, cityOfOpening, countyOfBody, isRoundUp, leadsOf, namedWithinInNames, openingText, placeOfCase, placeOfText, resolvePlace, tieToPlace, townshipOf, withoutCitedTitles, withoutNeighbours, type Township } from './places.ts';
import { paragraphStart } from './read/docx-review.ts';
import { DRAFT_STATUS_LINE, withoutDraftStatus } from './draft-status.ts';
import { APPARATUS_HEADING, APPARATUS_ITEM, REFERENCES_HEADING, ATTACHMENT_LABEL, CIRCULATION_MARK, CLOSING_BYLINE, COLOPHON, COLUMN_LABEL, COMPILER, COMPILER_LEAD, contentsEntries, isBylineLine, isPlaceLine, LABEL_LINE, MD_MARK, POSTSCRIPT_LABEL, isVolumeLine, endingNoteMark, withoutEndingNoteMark, withoutNoteMarks, findCases, headingRank, isCompilerLine, isContentsLine, isPartOver, isLocalOffice, isTitleLike, isSigningUnit, isUnitName, lastOf, NOTE_LABEL, noteMarkOf, NOTICE_NUMBER, PREFACE_LABEL, NOTICE_TITLE, parseAuthorLine, startsWithMarker, stripMarkers, UNIT_LINE, type Paragraph, type Span } from './case-start.ts';
import { isPartHeading } from './case-start.ts';
import { ATTACHMENT_LABEL_REASON, cutAttachmentFronts, tableLinesOf } from './attachments.ts';
import { newsLeadOf, type NewsLead } from './news-lead.ts';
import { libraryLexicon } from './near-miss-readings.ts';
import { flagsFor, showsOcrTraits } from './reading-suspects.ts';
import { chromeBlockRole, chromeRole, compilersBlocks, type CompilersBlock, omissionOf } from './omissions.ts';
import { chromeKind, issueDateOf } from './read/chrome.ts';
import { isSupplyCredit } from './case-start.ts';
import { isDashedSubtitle, SUBTITLE_DASH, splitDashedTitle, withoutSubtitleDash } from './dashed-subtitle.ts';
import { joinJumps } from './jump-lines.ts';

export { parseAuthorLine } from './case-start.ts';
export type { Paragraph } from './case-start.ts';
export { resolvePlace } from './places.ts';
export { flagsFor, suspectReading } from './reading-suspects.ts';

export interface Suggestion {
  id: string;
  name: string;
  /** The words in the text that triggered it. */
  trigger: string;
}

export interface Draft {
  title: string;
  subtitle?: string;
  authors: Array<{ name: string; role?: string }>;
  region?: { code: string; name: string; leaf: string; township?: string };
  titleLine: number;
  lines: [number, number];
  /** What the source states of this case alone, where a compilation gives each case its own source line; else the document's (AnalysedDocument.meta) applies. */
  meta?: DocumentMeta;
  /** Raw paragraphs of the body's range (before edition rules), in order, omitted blocks included. */
  raw: string[];
  /** The corrections the ingest records: joins of lines the capture broke, omissions of blocks that are no text of the article. */
  corrections: Correction[];
  methods: Suggestion[];
  themes: Suggestion[];
  flags: string[];
  /** What the analysis read from the text and left in it as printed (a news lead's reporters and outlet), for the report. */
  read?: string[];
  /** The published case whose body this draft repeats, if any (library.ts). */
  published?: PublishedTwin;
}

export interface AnalysedDocument {
  meta: DocumentMeta;
  /** Document title (a compilation's own title), if any. */
  title?: string;
  /** A series line (丛书名, 引题) printed above the title in smaller type: no word of the title; the sources schema has no field for it. */
  series?: string;
  /** The draft status printed after the title (征求意见稿): the document's condition, for the source entry's about. */
  draftStatus?: string;
  /** The document's editor's note, if any, and the lines it stands on. */
  editorNote?: string;
  editorNoteLines?: [number, number];
  /** What the source heads that note with, where it is not 编者按 (前言, 编者的话…): the source page prints the source's word. */
  editorNoteLabel?: NoteName;
  /** Footnotes whose mark stands in the editor's note: the compilers' word on the whole source, for its entry (not a case's). */
  sourceNotes?: Array<{ line: number; mark: string; text: string }>;
  drafts: Draft[];
  /** How the text was laid out (layout.ts). */
  layout: Layout;
  /**
   * The text the drafts' line numbers refer to, when it is not the input
   * itself (a one-paragraph-per-line or hard-wrapped export brought to
   * blank-line paragraphs, page furniture dropped): ingest keeps it beside the drafts.
   */
  normalisedText?: string;
  /** Lines dropped, by kind (page numbers, running heads, contents lines, page chrome). */
  dropped: Record<string, number>;
  /** Blocks of the text that are in no draft body, each with its role (header, byline, editor's note, chrome, notes…). */
  left?: LeftBlock[];
}

/**
 * The heading levels the cases are found by, less a line right under a headline that is inferred from its type only
 * (bold, centred, size: cue `emphasis`) in the type the text sets its section heads in further down: a web page's bold
 * 出国前后关注点大不同 over its deck lines, as 关注点多与所学专业相关 later, heads the text's first section and is no
 * subtitle. A later line in that type right under another headline (a newspaper page's second article) is a subtitle
 * too, and proves nothing.
 */
function withoutFirstSectionHeads(ps: readonly Paragraph[], levels: ReadonlyMap<number, number>, hints: StructureHints, lineMap: (line: number) => number | undefined): Map<number, number> {
  const typeOf = new Map<number, string>();
  for (const h of hints.headings ?? []) {
    const n = lineMap(h.line);
    if (n !== undefined && h.cue === 'emphasis') typeOf.set(n, `${h.level}/${h.size ?? ''}`);
  }
  // A part's name (县区篇, 第一部分…) over the line is no headline: what it heads are cases, each title its own.
  const underHeadline = (k: number) => k > 0 && levels.get(ps[k - 1]!.first) === 1 && !isPartHeading(ps[k - 1]!.text);
  const out = new Map(levels);
  ps.forEach((p, k) => {
    const type = typeOf.get(p.first);
    if (!type || !underHeadline(k) || (levels.get(p.first) ?? 1) < 2) return;
    if (ps.some((q, m) => m > k + 1 && typeOf.get(q.first) === type && !underHeadline(m))) out.delete(p.first);
  });
  return out;
}

/** What the document's own structure says (ExtractedDocument.headings; lines of the input text). */
export interface StructureHints {
  /** `size`: the type size the line is set in, where the reader knows it (ExtractedDocument.headings). */
  headings?: ReadonlyArray<{ line: number; level: number; size?: number; cue?: 'declared' | 'emphasis' }>;
  /** Footnote/endnote lines after the body (ExtractedDocument.notes): the document's text, not a case's paragraphs. */
  notes?: readonly number[];
  /** Places stated for a case apart from its text (ExtractedDocument.places), by title line: read with the title. */
  places?: ReadonlyArray<{ line: number; place: string }>;
  /** The document's tables (ExtractedDocument.tables; lines of the input text): rows are never rejoined as prose nor read as titles. */
  tables?: ReadonlyArray<{ first: number; last: number }>;
  /** Lines set after a drawn rule (ExtractedDocument.rules): each opens a part, so no join takes it onto the line before. */
  rules?: readonly number[];
  /** How each line is set, where the reader knows it (ExtractedDocument.looks): lines with equal keys are set alike. */
  looks?: ReadonlyArray<{ line: number; look: string }>;
  /** The text is as typed (a web page, a Word document), not as an OCR engine may have read it (a text export, a PDF's text layer). */
  bornDigital?: boolean;
  /**
   * What the reader left out of the text (ExtractedDocument.left), read only for who publishes the document: a
   * masthead's issuing unit, a footer's 版权所有/主办 (publisher.ts).
   */
  readerLeft?: ReadonlyArray<{ role: BlockRole; text: string }>;
  /**
   * The text's paragraphs are the document's marked paragraphs (a web page's block elements and <br><br>), not lines
   * of a layout: a paragraph ending without a stop is the author's, and only a break the text shows is a cut (see
   * markedBreakIsCut) is rejoined. Absent: paragraphs may be lines a capture broke (PDF, OCR, plain-text exports).
   */
  markedParagraphs?: boolean;
}

export interface Vocabulary {
  methods: Array<{ id: string; name: string; aliases: string[] }>;
  themes: Array<{ id: string; name: string; keywords: string[] }>;
  regions: RegionIndex;
  /** The published cases drafts are compared with (library.ts); none: no comparison. */
  library?: readonly PublishedCase[];
}

const TERMINAL = /[。！？；：”’）】…!?;:)"]$/u;
const HAN = /\p{Script=Han}/u;
const DASH_PAIR = new RegExp(SUBTITLE_DASH, 'u');

/**
 * The text's paragraphs: its lines up to a blank one, joined, since a capture may break a paragraph over lines. A
 * typist's head lines without blank lines between (a title, its ——subtitle, a byline, Notepad's way) were never one
 * paragraph: a line opening with the subtitle's dash starts a paragraph, and a byline stands alone unless the line
 * above is prose cut mid-sentence.
 */
function paragraphsOf(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) out.push({ text: current.map((l) => l.text).join(''), first: current[0]!.n, last: current.at(-1)!.n });
    current = [];
  };
  let apart = false;
  lines.forEach((line, i) => {
    const above = current.at(-1)?.text;
    // Only a line with a neighbour in its block is asked whether it is a byline (the question takes a dictionary's look).
    const joins = above !== undefined || !!lines[i + 1]?.text;
    const byline = !!line.text && joins && isBylineLine(line.text) && (above === undefined || !lineBreakIsCut(above, line.text));
    if (!line.text || isDashedSubtitle(line.text) || byline || apart) flush();
    if (line.text) current.push(line);
    apart = byline;
  });
  flush();
  return out;
}

/** Rejoins paragraphs the capture broke: cuts at a wrapped layout's width, and paragraphs broken mid-sentence. */
const OPENS_MID_SENTENCE = /^[、，。；：！？”’」』）》,;:!?)]/u;

/** A comma or 、 never ends a paragraph: a break right after one is not the author's. */
const ENDS_MID_SENTENCE = /[，、,]$/u;

/** A saying or a text signed after its last stop and a dash (…适可而止。 ——廖一梅): it ends with the name, no stop after it. */
const SIGNED = /[。！？!?”」]\s*——\s*[^\s—。！？]{1,12}$/u;

/**
 * A marked paragraph (hints.markedParagraphs) ending without a stop is the author's: a head, a list item, a writer
 * who closes no paragraph with 。. It was cut only where its text shows the cut: it ends at a comma, or its
 * sentences close with stops and the last one breaks off. A text signed after a dash ends at the name (a caption or
 * credit line never gets here: the web reader lists it by its words, read/chrome.ts).
 */
function markedBreakIsCut(prev: string, next: string): boolean {
  const text = withoutEndingNoteMark(prev);
  if (TERMINAL.test(text) || !HAN.test(next[0] ?? '') || SIGNED.test(text)) return false;
  return ENDS_MID_SENTENCE.test(text) || /[。！？!?]/u.test(text);
}

/** A line of a text whose breaks may be a capture's layout: one ending without a stop, in prose, was cut. */
function lineBreakIsCut(prev: string, next: string): boolean {
  return (
    // A note's mark after the stop (…未作改动。[1]) ends the sentence as the stop does.
    !TERMINAL.test(withoutEndingNoteMark(prev)) &&
    !(/^[一二三四五六七八九十]/u.test(prev) && isSectionHeading(normalizePunctuation(prev))) &&
    // Prose shows by a sentence's punctuation; a colon inside a short line is a title's ("湖南嘉禾：…").
    (/[。，；,;]/.test(prev) || Array.from(prev).length > 40) &&
    !DASH_PAIR.test(next.slice(0, 30)) &&
    HAN.test(next[0] ?? '')
  );
}

function rejoin(paragraphs: Paragraph[], layout: Layout, continues: Set<number>, isHeading: (p: Paragraph) => boolean, marked = false, opensPart: (p: Paragraph) => boolean = () => false): { paragraphs: Paragraph[]; joins: Array<{ index: number; after: string }> } {
  const out: Paragraph[] = [];
  const joins: Array<{ index: number; after: string }> = [];
  for (const p of paragraphs) {
    const prev = out.at(-1);
    let broken = false;
    // A line opening with the 【点评】 label, alone or run in, starts the compilers' comment: never a cut line's rest.
    if (prev && !isHeading(p) && !isHeading(prev) && !opensPart(p) && !isCommentaryLabel(prev.text) && !p.text.startsWith(COMMENTARY_MARKER)) {
      // Closing punctuation (、，”）…) never opens a paragraph, in any layout: the export broke a sentence there.
      if (OPENS_MID_SENTENCE.test(p.text)) broken = true;
      else if (layout === 'wrapped') broken = continues.has(p.first);
      else broken = marked ? markedBreakIsCut(prev.text, p.text) : lineBreakIsCut(prev.text, p.text);
    }
    if (prev && broken) {
      joins.push({ index: out.length - 1, after: Array.from(prev.text).slice(-4).join('') });
      out[out.length - 1] = { text: prev.text + p.text, first: prev.first, last: p.last };
    } else {
      out.push(p);
    }
  }
  return { paragraphs: out, joins };
}

/** Each method's spellings, longest first, worked out once per vocabulary. */
const triggerLists = new WeakMap<Vocabulary['methods'], string[][]>();

function suggest(text: string, vocab: Vocabulary): { methods: Suggestion[]; themes: Suggestion[] } {
  const methods: Suggestion[] = [];
  let lists = triggerLists.get(vocab.methods);
  if (!lists) {
    lists = vocab.methods.map((m) => [m.name, ...m.aliases].filter((t) => Array.from(t).length >= 2).sort((a, b) => b.length - a.length));
    triggerLists.set(vocab.methods, lists);
  }
  vocab.methods.forEach((m, k) => {
    const trigger = lists[k]!.find((t) => text.includes(t));
    if (trigger) methods.push({ id: m.id, name: m.name, trigger });
  });
  const themes: Suggestion[] = [];
  for (const t of vocab.themes) {
    const hits = t.keywords.filter((k) => text.includes(k));
    if (hits.length >= 2 || text.includes(t.name)) themes.push({ id: t.id, name: t.name, trigger: hits.slice(0, 3).join('、') || t.name });
  }
  return { methods, themes };
}

/**
 * A compilation that states a source for its cases one by one (“（来源：光明日报
 * 2018年3月2日）” under each title): each draft states its own, not the first
 * one read, which the document's meta holds. Only when two or more cases have
 * such lines, so a page's single source line (or a trailing one) stays the
 * document's. A case without its own gets what the compilation's header states.
 */
function attachOwnSources(drafts: Draft[], chrome: readonly Line[]): void {
  if (drafts.length < 2) return;
  const starts = drafts.map((d) => d.titleLine);
  const own = drafts.map((_, i) => metaOfLines(chrome.filter((l) => l.n >= starts[i]! && (i + 1 >= starts.length || l.n < starts[i + 1]!))));
  if (own.filter((m) => Object.keys(m).length > 0).length < 2) return;
  const header = metaOfLines(chrome.filter((l) => l.n < starts[0]!));
  drafts.forEach((d, i) => (d.meta = Object.keys(own[i]!).length > 0 ? own[i]! : header));
}

/** A candidate case whose "body" is a compilation's editor's note, its header or a notice listing its 附件: the document's own text, not a case. */
function isHeaderSpan(ps: readonly Paragraph[], span: Span, next: Span): boolean {
  const body = ps.slice(lastOf(span) + 1, next.start);
  if (body.length === 0) return false;
  // The compiler's line under a compilation's title (××编) may stand over its note.
  const first = body.find((p) => !isCompilerLine(p.text));
  if (!first) return true;
  if (NOTE_LABEL.test(first.text) || PREFACE_LABEL.test(first.text)) return true;
  return NOTICE_TITLE.test(ps[span.titleIndex]!.text) && body.some((p) => /^附件/.test(p.text));
}

const PART_REASON = '汇编的分部标题，标在其下各篇之前，不属任何案例正文';

/** The editors' signature closing a note (编　者, 编者); a compiler's line (×× 编) is COMPILER's. */
const EDITORS_SIGNATURE = /^编[\s\u3000]*者$/u;

/**
 * A compilation's list of references or notes after its last case (参考文献 and its entries), cut and returned: a case
 * of its own where its heading is set as a case title, else the end of the last case from its heading on. Only in a
 * compilation (several cases), and only a heading after the last case's first paragraph: an article's own 注释 is kept.
 */
function cutReferences(ps: readonly Paragraph[], spans: Span[]): Paragraph[] {
  const last = spans.at(-1);
  if (!last || spans.length < 2) return [];
  if (REFERENCES_HEADING.test(stripMarkers(ps[last.titleIndex]!.text))) {
    spans.pop();
    return ps.slice(last.start, last.end);
  }
  const at = ps.findIndex((p, i) => i > lastOf(last) + 1 && i < last.end && REFERENCES_HEADING.test(p.text));
  if (at < 0) return [];
  const cut = ps.slice(at, last.end);
  last.end = at;
  return cut;
}

/**
 * A compilation's 后记 closing its last case: the heading and everything after it, cut from the span (its end
 * moves up) and returned as `postscript`, heading first; nothing when no 后记 heading follows the case's first paragraph.
 * Where the document sets the case titles as headings (a heading rank, a # mark), a 后记 set lower or not at all
 * is a section of the last case (an essay's own 后记), the author's words: only one set as a case title is the compilers'.
 * With no rank to compare (plain text), the 后记 is the compilers' only where the document shows it was collected
 * (`collected`: a compiler's line, a note or contents before the cases) or the editors sign it; else it is the last
 * text's own (an essay whose sections read as cases). Set as a title is, or signed, it is the document's last part;
 * a label alone says only where it starts: it runs as far as its looks say (noteExtent), and where text set as the
 * case's follows it, it stands inside that text, which goes on after it (`inText`, omitted where it stands; where
 * plain text cannot tell where it ends, the paragraph after its first is the body's, marked unsure).
 */
function cutPostscript(a: Analysis, ps: readonly Paragraph[], span: Span, collected: boolean): { postscript: Paragraph[]; inText?: CompilersBlock } {
  const title = ps[span.titleIndex]!;
  const rank = (p: Paragraph) => headingRank(p, a.headingLevel);
  const signed = (at: number) => ps.slice(at + 1, span.end).some((p) => EDITORS_SIGNATURE.test(p.text) || COMPILER.test(p.text));
  const setAsTitle = (p: Paragraph, i: number) => (rank(title) === undefined ? collected || signed(i) : (rank(p) ?? Infinity) <= rank(title)!);
  const at = ps.findIndex((p, i) => i > lastOf(span) + 1 && i < span.end && POSTSCRIPT_LABEL.test(p.text.replace(MD_MARK, '')) && setAsTitle(p, i));
  if (at < 0) return { postscript: [] };
  const extent = rank(title) !== undefined || signed(at) ? undefined : noteExtent(a, ps, at, span.end, true);
  if (extent && extent.end < span.end) {
    if (!extent.told) a.noteEndUnsure.set(ps[extent.first]!, ps[at]!.text.replace(MD_MARK, '').replace(/[\s\u3000]/gu, ''));
    return { postscript: [], inText: { paragraphs: ps.slice(at, extent.end), role: '汇编者在正文中间所加的后记（编后语）' } };
  }
  const postscript = ps.slice(at, span.end);
  span.end = at;
  return { postscript };
}

/** How the editors sign a comment they add after a text: （编者）, （编者注）, ——编者. */
const EDITORS_SIGNED = /(?:[（(]编[\s\u3000]*者(?:注|按)?[)）]|——编[\s\u3000]*者)$/u;

/**
 * A comment the compilers add after a case and sign as the editors' (【学习启示】……（编者）): the signed paragraph,
 * with the label standing alone on the line above it (【学习启示】) or its signature line below (编　者). Only in a
 * compilation, where 编者 are its compilers; a paragraph above is never taken, since a case's own 【做法】 section
 * may stand there. Cut from the span and returned. A 【点评】, signed or not, stays in the case's text: the library
 * keeps every 【点评】 there and sets it as the compilers' commentary.
 */
function cutEditorsComment(ps: readonly Paragraph[], span: Span, compilation: boolean): Paragraph[] {
  if (!compilation) return [];
  let signed = span.end - 1;
  if (signed > lastOf(span) + 1 && EDITORS_SIGNATURE.test(ps[signed]!.text)) signed--;
  if (signed <= lastOf(span) + 1 || !(EDITORS_SIGNED.test(ps[signed]!.text) || signed < span.end - 1)) return [];
  // Any label alone, not only a column's (COLUMN_LABEL): a note's name (【编者按】) over the comment is its label all
  // the same, and a 【点评】 stays (below) whatever stands over it.
  const labelAlone = signed - 1 > lastOf(span) && LABEL_LINE.test(ps[signed - 1]!.text);
  const from = labelAlone ? signed - 1 : signed;
  if (ps[from]!.text.startsWith(COMMENTARY_MARKER)) return [];
  const cut = ps.slice(from, span.end);
  span.end = from;
  return cut;
}

/**
 * A teaching compilation's questions closing a case: a 思考题 heading followed only by numbered items up to the
 * case's end. Cut from the span (its end moves up) and returned, heading first; nothing when the heading is
 * followed by anything else (a section of the case's own text that happens to be so named).
 */
function cutApparatus(ps: readonly Paragraph[], span: Span): Paragraph[] {
  for (let i = span.end - 1; i > lastOf(span); i--) {
    if (!APPARATUS_HEADING.test(ps[i]!.text)) continue;
    const items = ps.slice(i + 1, span.end);
    if (items.length === 0 || !items.every((p) => APPARATUS_ITEM.test(p.text))) return [];
    const cut = ps.slice(i, span.end);
    span.end = i;
    return cut;
  }
  return [];
}

/** Whether two lists of authors name the same people, each list every one of them once (a closing line restating the byline). */
function sameNames(a: ReadonlyArray<{ name: string }>, b: ReadonlyArray<{ name: string }>): boolean {
  const names = new Set(a.map((x) => x.name));
  return names.size === a.length && a.length === b.length && b.every((x) => names.has(x.name));
}

/** The people a byline of one or more lines names, each once, with the first post given for them (an author box and a 文/… line name one author twice). */
function bylineAuthors(lines: readonly Paragraph[]): Array<{ name: string; role?: string }> {
  const out: Array<{ name: string; role?: string }> = [];
  for (const a of lines.flatMap((p) => parseAuthorLine(p.text) ?? [])) {
    const seen = out.find((o) => o.name === a.name);
    if (!seen) out.push(a);
    else if (!seen.role && a.role) seen.role = a.role;
  }
  return out;
}

/** Marks the edition's punctuation rule makes full-width (, : ; ! ?) printed beside a Han character, and the full-width marks themselves. */
const halfWidthMarks = (text: string) => text.match(/(?<=\p{Script=Han})[,:;!?]|[,:;!?](?=\p{Script=Han})/gu)?.length ?? 0;
const fullWidthMarks = (text: string) => text.match(/[，：；！？]/gu)?.length ?? 0;

/** A type size as the report states it (PDF sizes are fractional). */
const pt = (size: number) => `${Number(size.toFixed(1))} pt`;

/** The evidence for a kicker over a draft's headline: its smaller type, where the reader knows the sizes. */
function kickerEvidence(size: number | undefined, titleSize: number | undefined, title: string): string {
  const type = size !== undefined && titleSize !== undefined ? `字号 ${pt(size)}，小于标题的 ${pt(titleSize)}` : '字号小于标题';
  return `${type}，在草稿“${title}”的标题之上`;
}

/** Reports a block of the text that goes in no draft body, with its role and why (AnalysedDocument.left). */
type Leave = (role: LeftBlock['role'], text: string, line: number | undefined, reason: string, last?: number) => void;

/** The heading level and type size the document's structure gives its lines, by line of the normalised text. */
function headingTypes(hints: StructureHints, lineMap: (line: number) => number | undefined): { headingLevel: Map<number, number>; headingSize: Map<number, number> } {
  const headingLevel = new Map<number, number>();
  const headingSize = new Map<number, number>();
  for (const h of hints.headings ?? []) {
    const n = lineMap(h.line);
    if (n !== undefined) headingLevel.set(n, h.level);
    if (n !== undefined && h.size !== undefined) headingSize.set(n, h.size);
  }
  return { headingLevel, headingSize };
}

/** A notice's 版记 closes the document: it is no text of the last case, and its 印发 date is the notice's. */
function cutColophon(ps: readonly Paragraph[], spans: Span[], headingLevel: ReadonlyMap<number, number>, meta: DocumentMeta, leave: Leave): void {
  const lastSpan = spans.at(-1);
  if (!lastSpan) return;
  const colophon: Paragraph[] = [];
  while (lastSpan.end - 1 > lastOf(lastSpan) + 1 && COLOPHON.test(ps[lastSpan.end - 1]!.text)) colophon.unshift(ps[--lastSpan.end]!);
  for (const p of colophon) {
    const date = dateIn(p.text);
    if (date && /印发$/.test(p.text)) meta.date ??= date;
    leave('colophon', p.text, p.first, '版记（抄送、报送范围、印发、印数），不属案例正文', p.last);
  }
  // In a compilation, a line set as a heading (centred, bold, a heading style) that closes the document heads no
  // text: it is the compilation's closing note (（本汇编仅供…学习使用）), not its last case's text. A date, a unit
  // or a name closing it signs the last case (an essay's centred 2013年7月 or 中共兴山县委组织部) and stays with it.
  const last = ps[lastSpan.end - 1]!;
  const signs = !!parseAuthorLine(last.text) || /^[（(]\s*作者/u.test(last.text) || !!dateIn(last.text) || UNIT_LINE.test(last.text) || isSigningUnit(last.text);
  if (spans.length > 1 && colophon.length === 0 && lastSpan.end === ps.length && lastSpan.end - 1 > lastOf(lastSpan) + 1 && headingLevel.has(last.first) && !signs) {
    lastSpan.end--;
    leave('colophon', last.text, last.first, '汇编文末单独一行、排作标题样式，其后无正文：全书的结尾说明，不属最后一篇的正文', last.last);
  }
}

/**
 * The label of the attachment a case opens (附件2), a bulletin's column over it (【他山之石】) or the heading of the part
 * it begins (第二部分　……) stands after the previous case's last paragraph: cut from that case, reported.
 * With no case after it, a line in 【】 closing the text heads nothing: it is the last case's own.
 */
function cutHeadsOfNext(ps: readonly Paragraph[], spans: Span[], headingLevel: ReadonlyMap<number, number>, leave: Leave): void {
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    const part = (p: Paragraph) => !!next && isPartOver(p, ps[next.titleIndex]!, headingLevel, ps);
    const heads = (p: Paragraph) => ATTACHMENT_LABEL.test(p.text) || (!!next && COLUMN_LABEL.test(p.text)) || part(p);
    while (span.end - 1 > lastOf(span) + 1 && heads(ps[span.end - 1]!)) {
      const p = ps[--span.end]!;
      if (part(p)) leave('column', p.text, p.first, PART_REASON, p.last);
      else if (COLUMN_LABEL.test(p.text)) leave('column', p.text, p.first, '简报、汇编的栏目名，标在下一篇之前，不属本篇正文', p.last);
      else leave('notice', p.text, p.first, ATTACHMENT_LABEL_REASON, p.last);
    }
  });
}

/** A note's label set off from its words (alone, bracketed, a colon or a space after it): 编辑说明会是… opens a sentence, no note. */
function setOffNoteLabel(text: string): boolean {
  const named = NOTE_LABEL.exec(text)?.[0];
  return !!named && (named === text || /[】\]:：\s]$/u.test(named));
}

/**
 * A labelled note right under a case's heading block, before its text: the paragraph its label runs into, or a label
 * alone and the paragraph below it, and the paragraphs after that set as its words are where the text after them is
 * set otherwise (a box's indents, another typeface: a note of several paragraphs). Where the document does not say
 * how its paragraphs are set (plain text, a PDF's text), or sets them all alike, nothing tells where the note ends:
 * it is its first paragraph, and the one after it is marked unsure (Analysis.noteEndUnsure). None where the label is
 * not set off from its words (a first sentence that opens with a note's word, 编辑说明会是…, is the text's), nor
 * where no text would follow it. A head of the text ends it too.
 */
function noteUnderHeading(a: Analysis, ps: readonly Paragraph[], span: Span): Paragraph[] {
  const at = lastOf(span) + 1;
  if (at >= span.end || !setOffNoteLabel(ps[at]!.text)) return [];
  // Some text must follow: the note cannot run to the span's end.
  const extent = noteExtent(a, ps, at, span.end - 1, false);
  if (!extent) return [];
  if (!extent.told) a.noteEndUnsure.set(ps[extent.first]!, '编者按');
  return ps.slice(at, extent.told ? extent.end : extent.first);
}

/**
 * How far the note whose label stands at `at` runs, below `limit`: its words start at `first` (after a label alone,
 * the paragraph below it), and the paragraphs set as they are run on to `end`. `told` where the document says where
 * it ends — a paragraph set otherwise, a head of the text or a 【点评】 under it, or `limit` reached where the note may
 * run to it (`toLimit`: the next case's heading stands there) —; else the note is
 * only its first paragraph as far as anyone can tell, and `first` is where the words after it start. None where no
 * words would follow the label.
 */
function noteExtent(a: Analysis, ps: readonly Paragraph[], at: number, limit: number, toLimit: boolean): { first: number; end: number; told: boolean } | undefined {
  const label = ps[at]!.text;
  const first = NOTE_LABEL.exec(label)?.[0] === label || POSTSCRIPT_LABEL.test(label.replace(MD_MARK, '')) ? at + 2 : at + 1;
  if (first > limit) return undefined;
  const lookAt = (k: number) => a.looks.get(ps[k]!.first);
  const look = lookAt(first - 1);
  // A head of the text (一、…, a heading style) or the compilers' 【点评】 ends the note whatever its looks.
  const ends = (k: number) => a.headingLevel.has(ps[k]!.first) || isSectionHeading(ps[k]!.text) || ps[k]!.text.startsWith(COMMENTARY_MARKER);
  let end = first;
  while (look !== undefined && end < limit && !ends(end) && lookAt(end) === look) end++;
  const setApart = (k: number) => ends(k) || (look !== undefined && lookAt(k) !== undefined && lookAt(k) !== look);
  const told = (toLimit && end >= limit) || (end < ps.length && setApart(end));
  return { first, end: told ? end : first, told };
}

/**
 * The compilers' notes on single cases of several (#23): a labelled note (【编者按】, 编者按：…) right over a case's
 * heading block, right under it before its text, or closing the last case, is that case's addition, not text of a
 * case nor the source's note on the whole book. Between two cases nothing tells whether a note closes the one or
 * opens the other; either way it is the compilers', and the report names both. Over the first case such a note is
 * the source's unless another case has its own: the compilers then annotate case by case. A note runs from its label
 * as far as its looks say (noteExtent): where that is down to the next heading block or the end, the spans give it
 * up (a case ends above the note; the first case's block opens with it, so the header no longer holds it); where
 * text set as the body follows it, it stands in the middle of the case's text, which goes on after it: it is
 * returned apart (`inText`), for the draft to record as an omission where it stands, and where nothing tells where
 * it ends, the paragraph after its first is the body's, marked unsure. A label alone takes no text beyond the note.
 */
function cutCaseNotes(a: Analysis, ps: readonly Paragraph[], spans: Span[]): { notes: Set<Paragraph>; inText: CompilersBlock[] } {
  const notes = new Set<Paragraph>();
  const inText: CompilersBlock[] = [];
  if (spans.length < 2) return { notes, inText };
  const title = (span: Span) => `“${ps[span.titleIndex]!.text.replace(MD_MARK, '')}”`;
  const list = (note: readonly Paragraph[], where: string) => {
    for (const p of note) {
      notes.add(p);
      a.leave('compilers-addition', p.text, p.first, `${where}的按语：汇编者为一篇所加，不属任何案例正文，也不是全书的编者按；要紧的写入该篇 about`, p.last);
    }
  };
  // Upwards from `from` (exclusive) to `floor`: the nearest note label, none past a 【点评】 (the commentary of the case above).
  const labelAbove = (from: number, floor: number) => {
    for (let k = from - 1; k >= floor; k--) {
      if (ps[k]!.text.startsWith(COMMENTARY_MARKER)) return -1;
      if (setOffNoteLabel(ps[k]!.text)) return k;
    }
    return -1;
  };
  let between = false;
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    for (let k = lastOf(span) + 2; k < span.end; k++) {
      if (!setOffNoteLabel(ps[k]!.text)) continue;
      between ||= !!next;
      const extent = noteExtent(a, ps, k, span.end, true);
      if (!extent || extent.end >= span.end) {
        list(ps.slice(k, span.end), next ? `标在${title(span)}正文之后、${title(next)}标题之前` : `标在${title(span)}正文之后`);
        span.end = k;
        return;
      }
      inText.push({ paragraphs: ps.slice(k, extent.end), role: '汇编者在正文中间所加的按语' });
      if (!extent.told) a.noteEndUnsure.set(ps[extent.first]!, '编者按');
      k = extent.end - 1;
    }
  });
  const first = spans[0]!;
  const over = between ? labelAbove(first.start, 0) : -1;
  if (over >= 0) {
    list(ps.slice(over, first.start), `标在${title(first)}标题之前`);
    first.start = over;
  }
  for (const span of spans) list(noteUnderHeading(a, ps, span), `标在${title(span)}标题之下、正文之前`);
  return { notes, inText };
}

/** The index of the first captured paragraph that starts at or after a line (binary search over their first lines). */
function firstIndexFrom(original: readonly Paragraph[]): (line: number) => number {
  const firstLines = original.map((o) => o.first);
  return (n: number) => {
    let lo = 0;
    let hi = firstLines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (firstLines[mid]! < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The paragraphs of running text a place is read from where the heading and the two of the opening name none (#23, set 18). */
const FALLBACK_OPENING = 3;

/** Where a draft's place came from, when it is the publisher's: the editor checks it against these. */
interface FromPublisher {
  publisher: Publisher;
  /** The words of the heading or opening that say the events are the publisher's own (车溪乡, 来岚, 我区). */
  word: string;
}

/**
 * A draft's place, read from its heading (title, subtitle, a local post, a place stated apart) and its text as read
 * (a news lead's words left out): the heading's place, made precise by the opening; else the most precise place the
 * opening paragraphs name (the county he went to over the city of his old school); a city the heading or opening
 * names only in short, where that is consistent and more precise; the publisher's place where the heading or opening
 * says its events are the publisher's own and nothing the text states of itself (its heading, `signature` — the byline
 * or unit under the title, a unit's credit closing it) places it off the publisher's chain (publisherOwn); else the document header's or the body's, unless it names
 * places all over the country (examples, not the article's place). None for a round-up of the whole country or of
 * places the heading lists side by side: the opening's place is its first story's. `byShortName`: the city read from
 * its short name alone.
 */
function placeOfDraft(headingText: string, texts: readonly string[], c: Pick<DraftContext, 'headerPlace' | 'publisher'>, regions: RegionIndex, signature = ''): { place?: Region; township?: Township; byShortName?: Region; fromPublisher?: FromPublisher } {
  const readTexts = texts.map((t) => withoutNeighbours(withoutCitedTitles(t), regions));
  const bodyText = readTexts.join('\n');
  const opening = openingText(readTexts);
  const stated = statedPlaceOf(headingText, opening, regions);
  // A city's short name is read on past a lead of short lines (a quote, a teaser); the rules above keep to the
  // first two paragraphs, where a province's short name is read too.
  const byShortName = leadsOf(readTexts).map((lead) => cityOfOpening(`${headingText}\n${lead}`, stated, regions)).find(Boolean);
  const roundUp = isRoundUp(headingText, bodyText, regions);
  // The text's own place, where it states one: its heading's, or the unit signing it (北京市东城区委组织部 under the
  // title, …供稿 closing it); a publisher's 我区 is no place for a text another locality signs. A place the body only
  // mentions (赴厦门学习) is no signature.
  const signed = signature ? resolvePlace(signature, regions) : undefined;
  const textOwn = byShortName ?? stated ?? signed;
  const fromPublisher = roundUp ? undefined : publisherOwn(`${headingText}\n${opening}`, textOwn, c.publisher, regions);
  // Where neither heading nor opening names a place, the unit signing the text, else the first paragraphs' place (an
  // essay naming its county after two paragraphs of principle): a place the body names only further on (a speaker's
  // unit in the tenth paragraph) is no place the text states of itself, and the place stays unknown and flagged.
  const wider = roundUp ? undefined : fromPublisher ? c.publisher!.place : (byShortName ?? stated ?? c.headerPlace ?? signed ?? placeOfText(openingText(readTexts, FALLBACK_OPENING), regions));
  const fromBody = countyOfBody(bodyText, `${headingText}\n${opening}`, wider, regions);
  // The unit signing the text (中共兴县××镇委员会 under its title) is where the text is from: within the wider place
  // the heading, the opening or the compilation gives, it makes that place precise, unless the body's is more precise still.
  const own = signed && wider && isWithin(signed, wider, regions) && !(fromBody && isWithin(fromBody, signed, regions)) ? signed : undefined;
  const place = own ?? fromBody ?? wider;
  const township = townshipOf(headingText, place, regions) ?? townshipOfOpening(opening, place, regions);
  return { ...(place ? { place } : {}), ...(township ? { township } : {}), ...(byShortName ? { byShortName } : {}), ...(fromPublisher ? { fromPublisher } : {}) };
}

/** Whether a place lies inside another, the other not itself. */
const isWithin = (inner: Region, outer: Region | undefined, regions: RegionIndex) => !!outer && inner.code !== outer.code && regions.chain(inner.code).some((r) => r.code === outer.code);

/**
 * The guide's township is the one the title or the opening names: the opening's first sentence gives it as it gives
 * the county, where the township is what the sentence is about (安吉县天子湖镇在各村…). A township that only locates a
 * village or a person the sentence tells of (宝坻区郝各庄镇西郝各庄村的王景云大爷…) is a story's place, not the case's.
 */
function townshipOfOpening(opening: string, place: Region | undefined, regions: RegionIndex): Township | undefined {
  const first = /^[^。！？]*/u.exec(opening)![0];
  const township = townshipOf(first, place, regions);
  if (!township) return undefined;
  const after = first.slice(first.indexOf(township.name) + township.name.length);
  return /^(?:的|[^\s，、；：在把以对将从为和与向]{1,8}?(?:村|社区|小区))/u.test(after) ? undefined : township;
}

/**
 * The publisher's place is the draft's where the heading or opening says its events happen there (tieToPlace: 车溪乡
 * under the publisher's county, 来岚, 我区) and the text names no place of its own off the publisher's: none, or one
 * the publisher's place lies within (福建省民政厅 visiting 平潭). Never for a text whose events are elsewhere.
 */
function publisherOwn(text: string, own: Region | undefined, publisher: DraftContext['publisher'], regions: RegionIndex): FromPublisher | undefined {
  if (!publisher || own?.code === publisher.place.code) return undefined;
  if (own && !regions.chain(publisher.place.code).some((r) => r.code === own.code)) return undefined;
  const word = tieToPlace(text, publisher.place, regions);
  return word ? { publisher: publisher.publisher, word } : undefined;
}

/** The place the heading states, made precise by the opening; else the opening's own. */
function statedPlaceOf(headingText: string, opening: string, regions: RegionIndex): Region | undefined {
  const fromOpening = opening ? placeOfText(opening, regions, 'province') : undefined;
  return (
    placeOfCase(headingText, opening, regions) ??
    // In full or by a province's name (not one that opens an institution's: places.ts); a county named in
    // short right after it (四川江油) makes it precise, as in a heading, and so does one inside a name within it (武汉大学).
    (fromOpening && (childNamedAfter(opening, fromOpening, regions) ?? namedWithinInNames(opening, fromOpening, regions) ?? fromOpening))
  );
}

/** The text as the analysis reads it, and what every step adds to: the metadata and the blocks that go to no body. */
interface Analysis {
  readonly vocab: Vocabulary;
  readonly hints: StructureHints;
  readonly norm: NormalisedText;
  readonly meta: DocumentMeta;
  readonly metaTitle: string | undefined;
  readonly left: LeftBlock[];
  readonly leave: Leave;
  readonly dropped: Record<string, number>;
  /** Lines cleanLines took as page chrome. */
  readonly chrome: Line[];
  readonly headingLevel: Map<number, number>;
  readonly headingSize: Map<number, number>;
  /** The paragraphs as captured, before the joins. */
  readonly original: Paragraph[];
  /** The text's lines as check:content reads them (trimmed, none dropped), and the chrome lines among them. */
  readonly normLines: Line[];
  readonly chromeLines: Set<number>;
  /** Lines the drafts record as omissions (not text of the article). */
  readonly omittedLines: Set<number>;
  readonly tableLines: Set<number>;
  readonly noteLines: Set<number>;
  /** How each paragraph is set, by its first line (StructureHints.looks). */
  readonly looks: ReadonlyMap<number, string>;
  /** The first paragraph after a note whose end nothing in the document tells, with the note's label (编者按, 编后语): the note may run on into it. */
  readonly noteEndUnsure: Map<Paragraph, string>;
}

/** The paragraphs cases are read from, with what was taken out of them before. */
interface TextParagraphs {
  /** The paragraphs with contents lines and footnotes out. */
  ps: Paragraph[];
  contents: Paragraph[];
  notes: Paragraph[];
  /** The joins of broken lines, by the paragraph they are in. */
  joinsAt: Map<Paragraph, Array<{ after: string }>>;
}

/** What the text before the first case says of the source: its title, series, editor's note, issuer. */
interface Header {
  paragraphs: Paragraph[];
  docTitle: string | undefined;
  draftStatus: string | undefined;
  seriesLine: string | undefined;
  editorNote: string | undefined;
  editorNoteLabel: NoteName | undefined;
  /** The paragraphs the editor's note is read from (the front note, else the 后记's). */
  noteParas: Paragraph[];
  /** A note printed between the only case's heading block and its text, its label line with it: no body text. */
  bodyNote: Paragraph[];
}

/** What every draft is made with: the paragraphs, the number of cases, and the document-wide readings. */
interface DraftContext {
  readonly ps: readonly Paragraph[];
  readonly spans: readonly Span[];
  readonly notes: readonly Paragraph[];
  readonly joinsAt: ReadonlyMap<Paragraph, Array<{ after: string }>>;
  /** A headline as printed, or repaired where the whole capture is ASCII-punctuated. */
  readonly asPrinted: (text: string) => string;
  /** The place the header names (a compilation's title or issuer line). */
  readonly headerPlace: Region | undefined;
  /** The publisher's place, as its name states it (publisher.ts): used only where a text says its events are the publisher's own. */
  readonly publisher: { place: Region; publisher: Publisher } | undefined;
  /** Word guesses at misread characters apply (OCR text, or born-digital text that shows OCR's traits). */
  readonly wordGuesses: boolean;
  readonly lowerBound: (line: number) => number;
  /** The drafts whose title ends with a footnote's mark, and the mark. */
  readonly titleMarks: Map<Draft, string>;
  /** The source's note printed under a case's heading block (Header.bodyNote): the body starts after it. */
  readonly bodyNote: readonly Paragraph[];
  /** The compilers' notes on single cases (cutCaseNotes), listed already: no heading line and no body text. */
  readonly caseNotes: ReadonlySet<Paragraph>;
  /** The compilers' notes standing in the middle of a case's text (cutCaseNotes): omitted where they stand. */
  readonly notesInText: readonly CompilersBlock[];
}

/**
 * A document's text → its drafts, the source's header and every block that goes to no body with its role. Each step
 * reads what the one before left: the lines cleaned, the paragraphs rejoined with contents and notes out, the cases'
 * spans with the compilers' furniture cut, the header, each case's draft, the chrome lines and the footnotes placed.
 */
export function analyseDocument(rawText: string, vocab: Vocabulary, extraMeta: Partial<DocumentMeta> & { title?: string } = {}, hints: StructureHints = {}): AnalysedDocument {
  const a = readText(rawText, vocab, extraMeta, hints);
  const text = paragraphsOfText(a);
  const { ps, notes } = text;
  const { spans, postscript, caseNotes, notesInText } = caseSpans(a, text);
  const header = readHeader(a, text, spans, postscript);
  const context = draftContext(a, text, spans, header, caseNotes, notesInText);
  const drafts: Draft[] = spans.map((span) => draftOf(a, context, span));
  attachOwnSources(drafts, a.chrome);
  leaveChromeLines(a, drafts);
  const sourceNotes = placeNotes(a, ps, notes, drafts, context.titleMarks, header.noteParas);
  const { docTitle, draftStatus, seriesLine, editorNote, editorNoteLabel, noteParas } = header;
  const editorNoteLines: [number, number] | undefined = noteParas.length ? [noteParas[0]!.first, noteParas.at(-1)!.last] : undefined;
  a.left.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  return {
    meta: a.meta,
    ...(docTitle ? { title: docTitle } : {}),
    ...(seriesLine ? { series: seriesLine } : {}),
    ...(draftStatus ? { draftStatus } : {}),
    ...(editorNote ? { editorNote } : {}),
    ...(editorNote && editorNoteLines ? { editorNoteLines } : {}),
    ...(editorNoteLabel && editorNoteLabel !== '编者按' ? { editorNoteLabel } : {}),
    ...(sourceNotes.length ? { sourceNotes } : {}),
    drafts,
    layout: a.norm.layout,
    ...(a.norm.changed ? { normalisedText: a.norm.text } : {}),
    dropped: a.dropped,
    left: a.left,
  };
}

/** The text brought to blank-line paragraphs, page furniture and chrome lines out, and the structure's heading types. */
function readText(rawText: string, vocab: Vocabulary, extraMeta: Partial<DocumentMeta> & { title?: string }, hints: StructureHints): Analysis {
  const norm = normaliseLayout(rawText);
  const left: LeftBlock[] = [];
  const leave: Leave = (role, text, line, reason, last) =>
    left.push({ role, text, ...(line !== undefined ? { line } : {}), ...(line !== undefined && last !== undefined && last > line ? { lines: [line, last] as [number, number] } : {}), reason });
  for (const f of norm.furniture) leave('running-head', f.text, undefined, `页眉页脚或页码（抽取文本第${f.line}行），已删去`);
  const noteLines = new Set((hints.notes ?? []).map((n) => norm.lineMap(n)).filter((n): n is number => n !== undefined));
  const { lines, meta, dropped: chrome } = cleanLines(norm.text, noteLines);
  const { title: metaTitle, ...statedMeta } = extraMeta;
  Object.assign(meta, Object.fromEntries(Object.entries(statedMeta).filter(([, v]) => v)));
  const dropped: Record<string, number> = { ...norm.dropped };
  if (chrome.length) dropped['page-chrome'] = chrome.length;
  const { headingLevel, headingSize } = headingTypes(hints, norm.lineMap);
  const looks = new Map((hints.looks ?? []).flatMap(({ line, look }) => (norm.lineMap(line) === undefined ? [] : [[norm.lineMap(line)!, look] as const])));
  const original = paragraphsOf(lines);
  // The text's lines as check:content reads them (trimmed, none dropped), and the chrome lines among them.
  const normLines: Line[] = norm.text.split('\n').map((text, i) => ({ n: i + 1, text: text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '') }));
  const chromeLines = new Set(chrome.map((c) => c.n));
  const tableLines = tableLinesOf(hints.tables, norm.lineMap);
  return { vocab, hints, norm, meta, metaTitle, left, leave, dropped, chrome, headingLevel, headingSize, original, normLines, chromeLines, omittedLines: new Set(), tableLines, noteLines, looks, noteEndUnsure: new Map() };
}

/** The paragraphs rejoined where the capture broke them, trailing chrome cut, contents lines and footnotes taken out. */
function paragraphsOfText(a: Analysis): TextParagraphs {
  const { norm, hints, headingLevel, tableLines, meta, leave, dropped, noteLines } = a;
  // A heading, and a table's row (attachments.ts), stands alone: no join crosses it.
  // A line after a drawn rule opens a part: the rule parts it from the line above, which ends there.
  const ruled = new Set((hints.rules ?? []).map((n) => norm.lineMap(n)).filter((n): n is number => n !== undefined));
  const rebuilt = rejoin(a.original, norm.layout, norm.continues, (p) => headingLevel.has(p.first) || startsWithMarker(p.text) || tableLines.has(p.first), hints.markedParagraphs, (p) => ruled.has(p.first));
  const all = rebuilt.paragraphs;
  if (all.length > 0) {
    const last = all.at(-1)!;
    const whole = last.text;
    last.text = stripTrailingChrome(last.text, meta);
    if (last.text !== whole) leave('chrome', whole.slice(last.text.length).trim(), last.last, '末段后粘连的页面杂项（发布时间、来源等），已删去，所载出处记入来源条目');
    if (!last.text) all.pop();
  }
  // Table-of-contents lines (a title, a leader and a page number) are no text of any case.
  const tocEntries = contentsEntries(all);
  const isContents = (p: Paragraph) => isContentsLine(p.text) || tocEntries.has(p);
  const contents = all.filter(isContents);
  if (contents.length) dropped.contents = contents.length;
  for (const p of contents) leave('contents', p.text, p.first, '目录行，不属任何案例', p.last);
  const notes = all.filter((p) => noteLines.has(p.first));
  const ps = all.filter((p) => !isContents(p) && !noteLines.has(p.first));
  const joinsAt = new Map<Paragraph, Array<{ after: string }>>();
  rebuilt.joins.forEach((j) => {
    const p = all[j.index]!;
    joinsAt.set(p, [...(joinsAt.get(p) ?? []), j]);
  });
  return { ps, contents, notes, joinsAt };
}

/**
 * The cases' spans, with what the compilers put in and after them cut and listed: the colophon, the 后记, an
 * attachment's front, the next case's heads, teaching questions, the editors' signed comment.
 */
function caseSpans(a: Analysis, { ps, contents }: TextParagraphs): { spans: Span[]; postscript: Paragraph[]; caseNotes: Set<Paragraph>; notesInText: CompilersBlock[] } {
  const { headingLevel, headingSize, metaTitle, vocab, tableLines, hints, norm, meta, leave } = a;
  const spans = findCases(ps, { levels: withoutFirstSectionHeads(ps, headingLevel, hints, norm.lineMap), sizes: headingSize, ...(metaTitle ? { metaTitle } : {}), regions: vocab.regions, tables: tableLines, issued: !!hints.readerLeft?.some((b) => b.role === 'issue-number') });
  while (spans.length > 1 && isHeaderSpan(ps, spans[0]!, spans[1]!)) spans.shift();
  for (const p of cutReferences(ps, spans)) leave('apparatus', p.text, p.first, '汇编书末所附参考文献（注释）：不属任何案例，不据以定地点', p.last);
  const lastSpan = spans.at(-1);
  cutColophon(ps, spans, headingLevel, meta, leave);
  // A compilation's 后记 after its last case is the compilers' closing note, not that case's text.
  const opening = ps.slice(0, spans[0]?.start ?? 0);
  const collected = contents.length > 0 || opening.some((p) => isCompilerLine(p.text) || NOTE_LABEL.test(p.text) || PREFACE_LABEL.test(p.text) || isContentsLine(p.text));
  const { postscript, inText: postscriptInText } = lastSpan && spans.length > 1 ? cutPostscript(a, ps, lastSpan, collected) : { postscript: [] };
  for (const f of cutAttachmentFronts(ps, spans, tableLines)) leave('notice', f.paragraph.text, f.paragraph.first, f.reason, f.paragraph.last);
  cutHeadsOfNext(ps, spans, headingLevel, leave);
  const { notes: caseNotes, inText } = cutCaseNotes(a, ps, spans);
  const notesInText = postscriptInText ? [...inText, postscriptInText] : inText;
  for (const span of spans) {
    for (const p of cutApparatus(ps, span)) leave('apparatus', p.text, p.first, '汇编者为教学所拟的思考题，不属案例正文（另一本子不载）；教学札记若采用须注明出处', p.last);
    for (const p of cutEditorsComment(ps, span, spans.length > 1 || collected)) leave('compilers-addition', p.text, p.first, '汇编者在文后所加、署“编者”的按语，不属案例正文；要紧的写入 来源条目的编者说明 about', p.last);
  }
  // An article jumped to a later page runs on there: its continuation is its own text, the jump lines are furniture.
  for (const j of joinJumps(ps, spans)) {
    const title = ps[j.span.titleIndex]!.text;
    leave('pagination', ps[j.out]!.text, ps[j.out]!.first, `转版提示：“${title}”在此转到后页，续文已接回该篇正文`, ps[j.out]!.last);
    leave('pagination', ps[j.in]!.text, ps[j.in]!.first, `转版提示：以下是“${title}”的续文，已接回该篇正文；两行之间另排的文字记作该篇的非正文（omit）`, ps[j.in]!.last);
  }
  return { spans, postscript, caseNotes, notesInText };
}

/**
 * The text before the first case, each paragraph by its role: contents entries, the editor's note (or the 后记 that
 * stands for it), part and column names, circulation marks, a notice's own text, the compiler, issuer, volume, the
 * compilation's title and series line. The source entry's title, note and issuer are read from them.
 */
function readHeader(a: Analysis, text: TextParagraphs, spans: readonly Span[], postscript: readonly Paragraph[]): Header {
  const { ps } = text;
  const header = ps.slice(0, spans[0]?.start ?? 0);
  const headerParts = partHeadsOver(a, ps, header, spans);
  const entries = contentsEntriesIn(a, ps, header, spans);
  const bodyNote = noteOpeningText(a, ps, header, spans);
  const noted = [...header, ...bodyNote];
  const note = editorNoteOf(noted, entries, postscript, text.notes);
  leavePostscript(a, postscript, note.noteParas);
  const isNotice = header.some((p) => NOTICE_NUMBER.test(p.text) || NOTICE_TITLE.test(p.text));
  const beforeNote = note.noteAt >= 0 ? header.slice(0, note.noteAt) : header;
  const columnAbove = columnOverHeadline(a, ps, header, spans);
  const found = headerLines(a, header, beforeNote, { entries, headerParts: columnAbove ? [...headerParts, columnAbove] : headerParts, isNotice, oneCase: spans.length === 1 });
  readIssuer(a.meta, header, { ...found, isNotice });
  const roles: HeaderRoles = { ...found, columnAbove, entries, noteLabelLine: note.noteAt >= 0 ? noted[note.noteAt] : undefined, noteParas: note.noteParas, headerParts, isNotice };
  for (const p of noted) {
    const [role, why] = headerRole(p, roles);
    a.leave(role, p.text, p.first, why, p.last);
  }
  return { paragraphs: header, docTitle: found.docTitle ?? readerMastheadTitle(a.hints.readerLeft), draftStatus: found.draftStatus, seriesLine: found.seriesLine, editorNote: note.editorNote, editorNoteLabel: note.editorNoteLabel, noteParas: note.noteParas, bodyNote };
}

/**
 * A note (【编者按】…) a journal prints between an article's heading block and its text, where the source has no note
 * before it: the source's note, as the web reader takes one there (web-page.ts takeEditorNote). Only in a document of
 * one case, whose note is the source's; the paragraph the label opens, or a label alone and the paragraph below it.
 */
function noteOpeningText(a: Analysis, ps: readonly Paragraph[], header: readonly Paragraph[], spans: readonly Span[]): Paragraph[] {
  const span = spans[0];
  if (spans.length !== 1 || !span || header.some((p) => NOTE_LABEL.test(p.text) || PREFACE_LABEL.test(p.text))) return [];
  return noteUnderHeading(a, ps, span);
}

/**
 * A column's name (书记访谈) set in smaller type right over the first headline (12 pt over 22 pt): headline furniture,
 * as a journal's column over its article is, not a compilation's title. Only where the reader states both sizes.
 */
function columnOverHeadline(a: Analysis, ps: readonly Paragraph[], header: readonly Paragraph[], spans: readonly Span[]): Paragraph | undefined {
  const above = header.at(-1);
  const span = spans[0];
  if (!above || !span || span.start !== header.length || !isColumnWords(above.text)) return undefined;
  const size = a.headingSize.get(above.first);
  const headline = a.headingSize.get(ps[span.titleIndex]!.first);
  return size !== undefined && headline !== undefined && size < headline ? above : undefined;
}

/** The heading of the part the first case opens: it stands last in the header, over that case. */
function partHeadsOver(a: Analysis, ps: readonly Paragraph[], header: readonly Paragraph[], spans: readonly Span[]): Paragraph[] {
  const parts: Paragraph[] = [];
  while (spans[0] && header.length > parts.length && isPartOver(header[header.length - 1 - parts.length]!, ps[spans[0].titleIndex]!, a.headingLevel, ps)) parts.unshift(header[header.length - 1 - parts.length]!);
  return parts;
}

/** A contents list typed as plain lines (no leaders, no page numbers) repeats the titles of the cases that follow: counted as dropped. */
function contentsEntriesIn(a: Analysis, ps: readonly Paragraph[], header: readonly Paragraph[], spans: readonly Span[]): Paragraph[] {
  const listed = new Set(spans.map((s) => contentsKey(ps[s.titleIndex]!.text)));
  const entries = header.filter((p) => listed.has(contentsKey(p.text)));
  if (entries.length) a.dropped.contents = (a.dropped.contents ?? 0) + entries.length;
  return entries;
}

/** The source's editor's note: the header's, or with none before the cases, the 后记 after them; the paragraphs it is read from and its label. */
function editorNoteOf(header: readonly Paragraph[], entries: readonly Paragraph[], postscript: readonly Paragraph[], notes: readonly Paragraph[]) {
  const noteAt = header.findIndex((p) => NOTE_LABEL.test(p.text) || PREFACE_LABEL.test(p.text));
  const labelOnly = (text: string) => PREFACE_LABEL.test(text) || NOTE_LABEL.exec(text)?.[0] === text;
  // The note as the raw lines read: a label on its own line is not part of it; a label before its words is.
  // …and the note ends where the contents list begins.
  const noteEnd = entries.length ? header.indexOf(entries[0]!) : header.length;
  const frontNote = noteAt >= 0 ? header.slice(noteAt, Math.max(noteAt, noteEnd)).filter((p, i) => i > 0 || !labelOnly(p.text)) : [];
  // With no note before the cases, the 后记 after them is the source's note, printed under its own word.
  const noteParas = frontNote.length ? frontNote : postscript.slice(1);
  const noteHead = frontNote.length ? header[noteAt] : postscript[0];
  // A run-in label (编者按：今年…) names the note; the page prints its own 编者按 heading over the note's words.
  // A mark ending a paragraph of the note refers to one of the document's footnotes (…未作文字改动。[1]): no word of the note.
  const noteMarks = new Set(notes.map((n) => noteMarkOf(n.text)).filter(Boolean));
  const unmarked = (text: string) => (noteMarks.has(endingNoteMark(text)) ? withoutEndingNoteMark(text) : text);
  const editorNote = noteParas.length ? noteParas.map((p, i) => normalizePunctuation(unmarked(i === 0 ? p.text.replace(NOTE_LABEL, '') : p.text))).join('\n\n') : undefined;
  const editorNoteLabel = editorNote && noteHead ? noteNameOf(noteHead.text) : undefined;
  return { noteAt, noteParas, editorNote, editorNoteLabel };
}

/** The 后记's lines, listed: its heading, the source's note, or the compilers' words the editors place. */
function leavePostscript(a: Analysis, postscript: readonly Paragraph[], noteParas: readonly Paragraph[]): void {
  postscript.forEach((p, i) => {
    const why = i === 0 ? '汇编后记的标题行' : noteParas.includes(p) ? '汇编的后记（编者所写）→ 来源条目的编者按 editorNote' : '汇编的后记（编者所写），不属最后一篇正文；来源条目已取卷首的编者按，后记请编者写入 about';
    a.leave('editor-note', p.text, p.first, why, p.last);
  });
}

/** The header's lines before the note, by kind, and the compilation's title and series line read from them. */
function headerLines(a: Analysis, header: readonly Paragraph[], beforeNote: readonly Paragraph[], { entries, headerParts, isNotice, oneCase }: { entries: readonly Paragraph[]; headerParts: readonly Paragraph[]; isNotice: boolean; oneCase: boolean }) {
  const compiler = beforeNote.filter((p) => isCompilerLine(p.text));
  // An organisation's name alone on a line of a compilation's header is its issuer, not words of its title.
  const issuerParas = isNotice ? [] : beforeNote.filter((p) => UNIT_LINE.test(p.text) && !COMPILER.test(p.text));
  const volumeLike = isNotice ? [] : beforeNote.filter((p) => isVolumeLine(p.text));
  const marks = beforeNote.filter((p) => CIRCULATION_MARK.test(p.text));
  // The label of the attachment the document is (附件2 over a 申报书 sent on its own) heads it: no word of its title.
  const labels = beforeNote.filter((p) => ATTACHMENT_LABEL.test(p.text));
  // A form's filing line over the case (填报时间：2024年4月10日) dates the document: no word of its title.
  const filings = isNotice ? [] : beforeNote.filter((p) => { const f = filingLine(p.text); return !!f && !!dateIn(f.value); });
  const columns = beforeNote.filter((p) => (COLUMN_LABEL.test(p.text) || headerParts.includes(p)) && !entries.includes(p));
  // A journal's column and issue line stacked over the headline (基层党建·经验交流 / 2024年第3期) are headline furniture
  // (kicker.ts), not words of a compilation's title; under a title, an issue line closes it as a volume line does (below),
  // and with no title over it (a 简报's 第9期 over its items) it is the issue number, shaped as a volume line as it is.
  let stacked = isNotice ? [] : header.filter((p) => isIssueOrColumn(p.text) && !columns.includes(p) && !entries.includes(p));
  const other = (p: Paragraph) => !isCompilerLine(p.text) && !issuerParas.includes(p) && !volumeLike.includes(p) && !columns.includes(p) && !entries.includes(p) && !marks.includes(p) && !stacked.includes(p) && !labels.includes(p) && !filings.includes(p);
  // Over several cases with no other line for a title, a name shaped as a column's (党建·民生) is the compilation's
  // title: read as furniture, the source would be named after its first case.
  if (!oneCase && !beforeNote.some((p) => isTitleLike(p.text) && other(p))) stacked = stacked.filter((p) => isIssueLine(p.text));
  const titleLike = isNotice ? header.filter((p) => NOTICE_TITLE.test(p.text)).slice(0, 1) : beforeNote.filter((p) => isTitleLike(p.text) && other(p));
  const { title: titleParas, series, joinedUnsized } = headerTitle(titleLike, (n) => a.headingSize.get(n), a.metaTitle);
  // The volume line under the title closes it, bracketed as the title is typed on one line (…案例选（第二辑）).
  const volumes = titleParas.length ? beforeNote.filter((p) => (volumeLike.includes(p) || (stacked.includes(p) && isIssueLine(p.text))) && p.first > titleParas[0]!.first) : [];
  const printed = joinBrokenLine([...titleParas.map((p) => p.text), ...volumes.map((p) => volumeWords(p.text))]);
  // （征求意见稿） after the title, on its line or the next, is the document's status, not its name (draft-status.ts).
  const { title: docTitle, status: draftStatus } = printed ? withoutDraftStatus(printed) : { title: undefined };
  const seriesLine = series.map((s) => s.paragraph.text).join(' ') || undefined;
  // A periodical's masthead: its name over an issue line (组织工作简报 / 第9期), with the issuer's dated line. The name
  // names the series, neither a case nor a compilation; it still names the source entry, the issue closing it.
  const periodical = !isNotice && header.some((p) => isIssueLine(p.text));
  const masthead = volumes.some((p) => isIssueLine(p.text)) ? titleParas : [];
  return { compiler, issuerParas, volumes, marks, labels, filings, columns, stacked, titleParas, joinedUnsized, series, docTitle: docTitle || undefined, draftStatus, seriesLine, periodical, masthead };
}

/** A volume or issue line as the words closing the source's title: bracketed, as the title is typed on one line; one with brackets of its own (第8期（总第56期）) as printed, brackets in brackets read badly. */
const volumeWords = (text: string) => (/[（(]/u.test(text) ? text : `（${text}）`);

/**
 * A periodical's name and issue that a reader took out of the text with its masthead (党建工作简报 over 第7期, a PDF's
 * top lines): the source's title, as headerLines reads one from a masthead left in the text. None without an issue line.
 */
function readerMastheadTitle(left: StructureHints['readerLeft']): string | undefined {
  const at = left?.findIndex((b) => b.role === 'issue-number') ?? -1;
  const name = at > 0 ? left![at - 1] : undefined;
  if (!name || name.role !== 'masthead' || !isTitleLike(name.text) || UNIT_LINE.test(name.text) || dateIn(name.text)) return undefined;
  return `${name.text}${volumeWords(left![at]!.text)}`;
}

/** What the header states of the source: the printing date a compiler's line ends with, the issuer (red head or unit line) as its publication. */
function readIssuer(meta: DocumentMeta, header: readonly Paragraph[], { compiler, issuerParas, filings, isNotice }: { compiler: readonly Paragraph[]; issuerParas: readonly Paragraph[]; filings: readonly Paragraph[]; isNotice: boolean }): void {
  // A compiler's line may end with the date the compilation was printed (…组织部编印 2013年10月): the source's date.
  // The compiler itself is the source's publisher, proposed as its publication (proposeSource); staff is a web page's 责编 only.
  const printed = compiler.map((p) => trailingDate(p.text)?.date).find(Boolean);
  if (printed) meta.date ??= printed;
  const filed = filings.map((p) => dateIn(filingLine(p.text)!.value)).find(Boolean);
  if (filed) meta.date ??= filed;
  // A notice's red head names its issuing body (中共××市委组织部文件).
  const issuer = isNotice ? /^(.{2,40}?)文件$/u.exec(header[0]?.text ?? '')?.[1] : undefined;
  if (issuer) meta.publication ??= issuer;
  if (issuerParas.length) meta.publication ??= issuerParas.map((p) => p.text).join('；');
}

/** The header's paragraphs by what readHeader found them to be. */
interface HeaderRoles {
  entries: readonly Paragraph[];
  /** A column's name set small over the first headline (columnOverHeadline). */
  columnAbove: Paragraph | undefined;
  /** The editor's note's heading line, where the note stands before the cases. */
  noteLabelLine: Paragraph | undefined;
  noteParas: readonly Paragraph[];
  headerParts: readonly Paragraph[];
  marks: readonly Paragraph[];
  /** An attachment's label over the document (附件2). */
  labels: readonly Paragraph[];
  /** A form's filing line over the case (填报时间：…): the source's date. */
  filings: readonly Paragraph[];
  columns: readonly Paragraph[];
  /** A column's name or an issue line over the first headline (kicker.ts). */
  stacked: readonly Paragraph[];
  isNotice: boolean;
  compiler: readonly Paragraph[];
  issuerParas: readonly Paragraph[];
  volumes: readonly Paragraph[];
  titleParas: readonly Paragraph[];
  /** The header has an issue line: a periodical's, whose issuer's line is its masthead's. */
  periodical: boolean;
  /** The periodical's name over its issue line: the title paragraphs, as the masthead's. */
  masthead: readonly Paragraph[];
  joinedUnsized: boolean;
  series: ReturnType<typeof headerTitle>['series'];
}

/** A header paragraph's role in the report, and why. */
function headerRole(p: Paragraph, r: HeaderRoles): [LeftBlock['role'], string] {
  if (r.entries.includes(p)) return ['contents', '目录条目：与后文一篇案例的标题相同，不属任何案例'];
  if (p === r.noteLabelLine && !r.noteParas.includes(p)) return ['editor-note', '编者按的标题行'];
  if (r.noteParas.includes(p)) return ['editor-note', '→ 来源条目的编者按 editorNote'];
  if (p === r.columnAbove) return ['column', '栏目名：排在第一篇标题之上、字号小于标题，是标题的附属，不是汇编标题，不属正文'];
  if (r.headerParts.includes(p)) return ['column', PART_REASON];
  if (r.marks.includes(p)) return ['compilation-header', '封面的发行范围标注（内部资料、注意保存…），不是标题的文字'];
  if (r.columns.includes(p)) return ['column', '简报、汇编的栏目名，标在下一篇之前，不属任何案例正文'];
  if (r.stacked.includes(p) && !r.volumes.includes(p)) {
    const { role, reason } = headlineStackBlock(p.text, '在第一篇之前');
    return [role, reason];
  }
  if (r.isNotice) return ['notice', '公文本身的文字（发文机关、文号、主送、正文），不是案例；留在原始文本中'];
  if (r.labels.includes(p)) return ['notice', ATTACHMENT_LABEL_REASON];
  if (r.filings.includes(p)) return ['dateline', `表格的${filingLine(p.text)!.label} → 来源条目的日期 date`];
  const issuerRole = r.periodical ? 'masthead' : 'compilation-header';
  if (r.compiler.includes(p)) return [issuerRole, '编印单位 → 来源条目的刊载处 publication（来源条目的 compiler 建议）'];
  if (r.issuerParas.includes(p)) return [issuerRole, '编印单位 → 来源条目的刊载处 publication'];
  if (r.masthead.length && r.volumes.includes(p) && isIssueLine(p.text)) return ['issue-number', '期号，报头的一行 → 来源条目的题名 title 之末'];
  if (r.masthead.includes(p)) return ['masthead', '报头：简报、期刊的刊名（其下为期号），不是案例或汇编的标题 → 来源条目的题名 title'];
  if (r.volumes.includes(p)) return ['compilation-header', `卷次 → 来源条目的题名 title 之末${/[（(]/u.test(p.text) ? '' : '（标题与卷次排在一行时加括号）'}`];
  if (r.titleParas.includes(p) && DRAFT_STATUS_LINE.test(p.text)) return ['compilation-header', '稿别（征求意见稿、讨论稿…）：文件的流转状态，不是标题的文字 → 来源条目的编者说明 about'];
  if (r.titleParas.includes(p)) return ['compilation-header', r.joinedUnsized ? `汇编标题 → 来源条目的题名 title：由卷首${r.titleParas.length}行拼成，原文未标字号，无从分辨丛书名或引题，请编者核对` : '汇编标题 → 来源条目的题名 title'];
  const series = r.series.find((x) => x.paragraph === p);
  if (series) {
    const { size, titleSize } = series;
    const why = size !== undefined && titleSize !== undefined ? `字号 ${pt(size)}，小于其下标题的 ${pt(titleSize)}` : '在文档以标题样式标出的标题之上';
    return ['compilation-header', `丛书名或引题（${why}）：不是标题的文字；来源条目没有此字段，请写入 about`];
  }
  if (COMPILER_LEAD.test(p.text)) return ['compilation-header', '汇编者的导语（现将…如下），不属任何案例；要紧的写入 来源条目的编者说明 about'];
  // A 说明： before the first case (a 征求意见稿's request for comments, a note on what was collected) is the compilers' word.
  if (/^(?:说明|注)\s*[:：]/u.test(p.text)) return ['compilation-header', '汇编卷首的说明（征求意见、收录范围等），是汇编者的话，不属任何案例；要紧的写入 来源条目的编者说明 about'];
  return ['unknown', '第一个案例之前的文字，不属任何案例'];
}

/** The document-wide readings every draft is made with. */
function draftContext(a: Analysis, { ps, notes, joinsAt }: TextParagraphs, spans: readonly Span[], header: Header, caseNotes: ReadonlySet<Paragraph>, notesInText: readonly CompilersBlock[]): DraftContext {
  const { norm, meta, vocab, hints } = a;
  // A headline keeps the punctuation it is printed with (国务院联防联控机制:湖北…) where the text around it prints
  // full-width marks; where the capture gave the whole text ASCII marks (seed 004), the edition's rule repairs it too.
  const asciiCapture = halfWidthMarks(norm.text) > fullWidthMarks(norm.text);
  const asPrinted = (text: string) => (asciiCapture ? normalizePunctuation(text) : text);
  const headerText = header.paragraphs.map((p) => p.text).join('\n');
  const headerPlace = resolvePlace(headerText, vocab.regions);
  // The 来源 and the page's masthead and footer state who publishes the text: context, not its place (placeOfDraft).
  const publishers = publishersOf([...(hints.readerLeft ?? []), ...a.chrome.map((l) => ({ role: 'chrome' as const, text: l.text }))], meta.publication);
  const publisher = publisherPlace(publishers, vocab.regions);
  // Word guesses at misread characters (人 for 入) fit text an OCR engine read, not text as typed, unless it shows OCR's traits.
  const wordGuesses = !hints.bornDigital || ps.some((p) => showsOcrTraits(p.text));
  // The raw paragraphs of a body: the captured paragraphs between its first and last line.
  const lowerBound = firstIndexFrom(a.original);
  // A heading that ends with a footnote's mark refers to that note: the note goes to its draft.
  return { ps, spans, notes, joinsAt, asPrinted, headerPlace, publisher, wordGuesses, lowerBound, titleMarks: new Map(), bodyNote: header.bodyNote, caseNotes, notesInText };
}

/** One case's draft: its heading, its body with the closing signature and the compilers' blocks out, authors, place, raw paragraphs, corrections and flags. */
function draftOf(a: Analysis, c: DraftContext, span: Span): Draft {
  const { ps } = c;
  const titlePara = ps[span.titleIndex]!;
  const { title, subtitle, noteMark } = draftTitle(c, span);
  const bodyStart = leaveHeadingBlock(a, c, span, title);
  const closingRead = readClosing(a, c, span, bodyStart, title);
  const { body, signed, closing, restated, glued, gluedNames, added, bylineNames, credit } = closingRead;
  let authors = bylineNames;
  if (gluedNames?.length && authors.length === 0) authors = gluedNames;
  if (signed) {
    if (authors.length === 0) authors = signed;
    a.leave('byline', closing!.text, closing!.first, `→ 草稿“${title}”的作者（文末署名${restated ? '，重出标题下的署名' : ''}）`, closing!.last);
  }
  const { meta, vocab, hints, norm } = a;
  if (authors.length === 0 && meta.author && c.spans.length === 1) authors = meta.author.split(/[、，,\s]+/).filter(Boolean).map((name) => ({ name }));
  const roleNote = body.map((p) => /[(（]作者(?:系|为|是)(.+?)[)）]/.exec(p.text)?.[1]).find(Boolean);
  if (roleNote) authors = authors.map((x) => ({ ...x, role: x.role ?? roleNote }));
  // A news lead opening the text stays in it as printed; its reporters are the authors where no byline names any.
  const lead = body[0] ? newsLeadOf(body[0].text) : undefined;
  const fromLead = !!lead && authors.length === 0 && lead.reporters.length > 0;
  if (fromLead) authors = lead.reporters;
  if (lead?.outlet && c.spans.length === 1) meta.publication ??= lead.outlet;
  const read = lead ? [leadReport(lead, fromLead)] : [];
  // The places a text is about are read without the lead's: where an item was filed is not where its case is.
  const readTexts = body.map((p, i) => (i === 0 && lead ? lead.rest : p.text));

  const bodyText = readTexts.join('\n');
  // An author's post in a locality's organ places the text there; a university or firm in an affiliation says where the author works, not what the text is about.
  const authorRoles = authors.map((x) => (x.role && isLocalOffice(x.role) ? x.role : '')).join(' ');
  const statedPlace = hints.places?.find((s) => norm.lineMap(s.line) === titlePara.first)?.place ?? '';
  // The place the compilers set under a title instead of a byline (（湖北省）) says where the case is from.
  const signedPlace = span.authorIndex !== undefined && isPlaceLine(ps[span.authorIndex]!.text) ? ps[span.authorIndex]!.text : '';
  const headingText = `${subtitle ?? ''} ${title} ${authorRoles} ${statedPlace} ${signedPlace}`;
  // The unit signing the text closes it, over its date where it is dated (中共××县委组织部 / 2013年5月6日, a 公文's or a
  // report's signature): a date line under it hid it, and the draft had no place though its 落款 named one.
  const signedLast = body.length > 1 && issueDateOf(body.at(-1)!.text) ? body.at(-2) : body.at(-1);
  const closingUnit = credit?.text ?? (signedLast && isBylineLine(signedLast.text) ? signedLast.text : '');
  const signature = `${span.authorIndex !== undefined ? ps[span.authorIndex]!.text : ''} ${closingUnit}`.trim();
  // The credit closing the text is read for its place as it was printed, under the last paragraph.
  const { place, township, byShortName, fromPublisher } = placeOfDraft(headingText, credit ? [...readTexts, credit.text] : readTexts, c, vocab.regions, signature);

  const joins = joinsOf(c, body);
  const { rawParas, chromeBlocks, first, lastLine } = rawOf(a, c, body);
  if (glued && gluedNames?.length && rawParas.at(-1)?.endsWith(glued[2]!)) rawParas[rawParas.length - 1] = rawParas.at(-1)!.slice(0, -glued[2]!.length).trimEnd();

  const flags = flagsFor(body.map((b) => b.text), c.wordGuesses, libraryLexicon(vocab.library));
  // Giving no place, the flag says what place the text names further on, if any: it is no place of the text's own
  // (a speaker's unit), but 原文未写明省市县 would tell the editor the text names none.
  const further = place ? undefined : readTexts.map((text) => ({ text, region: placeOfText(text, vocab.regions) })).find((x) => x.region);
  flags.unshift(...placeFlags({ place, township, byShortName, fromPublisher, further }, `${headingText}${body[0]?.text.slice(0, 80) ?? ''}`, vocab.regions));
  if (authors.length === 0) flags.unshift('原文未署作者');
  body.forEach((p, i) => {
    const label = a.noteEndUnsure.get(p);
    const note = label === '编者按' ? '按语' : label;
    if (label) flags.push(`正文第${i + 1}段（第${p.first}行“${Array.from(p.text).slice(0, 16).join('')}…”）紧接在${i === 0 ? '标题下' : '正文中间'}的${label}之后：原文没有记下排式（字体、缩进），无从分辨${note}到哪一段为止，今只取${label === '编者按' ? '标签所在的一段' : '标签下的一段'}为${note}；请对照原件，这一段若仍属${note}，就不是正文`);
  });
  const jumped = span.skip ? { first: ps[span.skip[0]]!.first, last: ps[span.skip[1]]!.last } : undefined;
  const omissions = recordOmissions(a, { title, body, added, chromeBlocks, jumped, first, lastLine, joinCount: joins.length, flags });
  if (span.subtitleIndex !== undefined) flags.push('标题与副标题在原文中分两行，source.titleLine 只指标题行');
  const { methods, themes } = suggest(`${title}${subtitle ?? ''}${bodyText}`, vocab);
  const draft: Draft = {
    title,
    ...(subtitle ? { subtitle } : {}),
    authors,
    ...(place ? { region: { code: place.code, name: vocab.regions.chain(place.code).map((r) => r.name).join(''), leaf: place.name, ...(township ? { township: township.name } : {}) } } : {}),
    titleLine: titlePara.first,
    lines: [body[0]?.first ?? titlePara.last, body.at(-1)?.last ?? titlePara.last],
    raw: rawParas,
    corrections: [...joins, ...omissions],
    methods,
    themes,
    flags,
    ...(read.length ? { read } : {}),
  };
  if (noteMark !== undefined) c.titleMarks.set(draft, noteMark);
  return draft;
}

/**
 * What the editor must check of a draft's place, most urgent first: a place taken from the publisher, none found, a
 * township the data does not list,
 * a city read from its short name alone (the weakest place the analysis gives: the editor sees the word), a county
 * whose township the heading does not name (`opening`: the heading and the start of the first paragraph).
 */
function placeFlags({ place, township, byShortName, fromPublisher, further }: { place?: Region | undefined; township?: Township | undefined; byShortName?: Region | undefined; fromPublisher?: FromPublisher | undefined; further?: { text: string; region?: Region | undefined } | undefined }, opening: string, regions: RegionIndex): string[] {
  const flags: string[] = [];
  if (place && fromPublisher) flags.push(publisherFlag(fromPublisher, place, regions));
  if (township && !township.code) flags.push(`乡镇街道“${township.name}”照标题原文，区划数据中${place?.name ?? ''}下无此名（或已更名），请核对`);
  if (byShortName) flags.push(`地点据开头所写“${shortPlaceName(byShortName.name) ?? byShortName.name}”（未写全称）定为${chainName(regions.chain(byShortName.code))}，请核对`);
  if (!place && further?.region) flags.push(`未能确定地点：标题、开头和落款没有写明省市县；正文后文写到${chainName(regions.chain(further.region.code))}（“${paragraphStart(further.text)}”），未据以定地点：是做法所在地的，请编者补 region.code`);
  else if (!place) flags.push('未能确定地点（原文未写明省市县），请编者补 region.code');
  else if (!township && place.level === 'county' && /街道|乡|镇/.test(opening)) flags.push('乡镇街道未定：标题和开头第一句中没有区划数据所载或紧随县区名写明的乡镇街道名，请编者核对 region.township');
  return flags;
}

/** The report's line for a place taken from the publisher: which unit, where the document names it, and the text's words. */
function publisherFlag({ publisher, word }: FromPublisher, place: Region, regions: RegionIndex): string {
  return `地区取自发布单位：${publisher.unit}（${publisher.where}）；标题或开头写“${word}”，指发布单位本地，定为${chainName(regions.chain(place.code))}，请核对`;
}

/** A draft's title and subtitle as printed, and the mark of the footnote its heading ends with, where the document has that note. */
function draftTitle(c: DraftContext, span: Span): { title: string; subtitle: string | undefined; noteMark: string | undefined } {
  const { ps, asPrinted } = c;
  const titlePara = ps[span.titleIndex]!;
  // A closing footnote mark is no word of the title when the document has that note; otherwise (a series' ①) it stays.
  const closingMark = endingNoteMark(titlePara.text);
  const noted = closingMark !== undefined && c.notes.some((n) => noteMarkOf(n.text) === closingMark);
  const heading = stripMarkers(asPrinted(noted ? withoutEndingNoteMark(titlePara.text) : titlePara.text));
  let title: string;
  let subtitle: string | undefined;
  if (span.subtitleIndex !== undefined) {
    title = heading;
    subtitle = withoutSubtitleDash(asPrinted(ps[span.subtitleIndex]!.text));
  } else {
    ({ title, subtitle } = splitDashedTitle(heading));
    if (!title && subtitle) [title, subtitle] = [subtitle, undefined];
  }
  return { title, subtitle, noteMark: noted ? closingMark : undefined };
}

/** Lists the heading block's lines by their roles (kicker, number, headline, subtitle, byline, the title again); the index its body starts at. */
function leaveHeadingBlock(a: Analysis, c: DraftContext, span: Span, title: string): number {
  const { ps, bodyNote, caseNotes } = c;
  const titlePara = ps[span.titleIndex]!;
  let bodyStart = lastOf(span) + 1;
  // A page that states its title twice (head and article heading): the second is no body text, also where it carries
  // the mark of a note on the title (…统计公报[1]): the note itself stays where the document prints it.
  if (bodyStart < span.end - 1 && withoutNoteMarks(ps[bodyStart]!.text) === withoutNoteMarks(titlePara.text)) bodyStart++;
  for (let k = span.start; k < bodyStart; k++) {
    const p = ps[k]!;
    if (caseNotes.has(p)) continue;
    if (k === span.kickerIndex) {
      const { role, reason } = headlineStackBlock(p.text, kickerEvidence(a.headingSize.get(p.first), a.headingSize.get(titlePara.first), title));
      a.leave(role, p.text, p.first, reason, p.last);
      continue;
    }
    // The byline may stand above the headline (case-start.ts headingBlock): it is read before the headline's lines.
    const byline = span.authorIndex !== undefined && k >= span.authorIndex && k <= (span.authorLast ?? span.authorIndex);
    const role = k === span.subtitleIndex ? 'subtitle' : byline ? 'byline' : k <= span.titleIndex ? 'headline' : 'duplicate';
    const unitOnly = role === 'byline' && !parseAuthorLine(p.text);
    a.leave(role, p.text, p.first, role === 'duplicate' ? `标题重出${p.text === titlePara.text ? '' : '（另带注码）'}，草稿“${title}”不收入正文` : unitOnly ? `草稿“${title}”的署名单位（无个人姓名，不作作者）` : `→ 草稿“${title}”的${role === 'byline' ? '作者' : role === 'subtitle' ? '副标题' : k < span.titleIndex ? '案例序号' : '标题'}`, p.last);
  }
  // A line holding only a date under the heading block ((2024年3月28日) under a speech's byline) dates the text: its
  // date is the source's where the source is this one text.
  const dated = bodyStart < span.end - 1 && span.authorIndex !== undefined ? issueDateOf(ps[bodyStart]!.text) : undefined;
  if (dated) {
    const p = ps[bodyStart++]!;
    if (c.spans.length === 1) a.meta.date ??= dated;
    a.leave('dateline', p.text, p.first, `草稿“${title}”署名下的日期${c.spans.length === 1 ? ' → 来源条目的日期 date' : '，不属正文'}`, p.last);
  }
  // The source's note under the heading block is listed with the header (readHeader), a case's own when it was cut.
  while (bodyStart < span.end && (bodyNote.includes(ps[bodyStart]!) || caseNotes.has(ps[bodyStart]!))) bodyStart++;
  return bodyStart;
}

type Authors = Array<{ name: string; role?: string }>;

/** A draft's body and what signs it: the heading byline's names, a signed closing line, a byline glued to the last paragraph. */
interface Closing {
  body: Paragraph[];
  bylineNames: Authors;
  /** The closing line that signs the text, and its names. */
  closing: Paragraph | undefined;
  signed: Authors | undefined;
  /** The closing names restate the heading byline's. */
  restated: boolean;
  glued: RegExpExecArray | null | undefined;
  gluedNames: Authors | undefined;
  /** Tables and notes the document credits to its compilers, out of the body. */
  added: ReturnType<typeof compilersBlocks>;
  /** The bracketed unit credit closing the text (（古陶镇党委供稿）), out of the body. */
  credit: Paragraph | undefined;
}

/**
 * The body between the heading block and the span's end, its closing signature and the compilers' blocks out. A
 * signed closing line (（作者系…宣传部长 孙佑民）, （作者：孙佑民）, （总台央视记者 奚丹霓 张赛）) is the byline, printed
 * after the text: labelled as one, every name after its role word, or names alone in brackets on a line of their own
 * (（袁源）), not the editor's, or names alone that are exactly the heading byline's authors (the byline restated); a
 * bare name-like last line (谢谢大家) is none. The unit the writer is of may stand on the last line under it (（袁源） /
 * 北京大学医学部新闻中心).
 */
function readClosing(a: Analysis, c: DraftContext, span: Span, bodyStart: number, title: string): Closing {
  const { ps } = c;
  const { meta, leave } = a;
  const bracketedLine = (p: Paragraph | undefined) => !!p && /^[（(][^（）()]{2,40}[)）]$/u.test(p.text);
  const unitLine = span.end - 2 > bodyStart && isUnitName(ps[span.end - 1]!.text) && bracketedLine(ps[span.end - 2]) ? ps[span.end - 1]! : undefined;
  const closingAt = unitLine ? span.end - 2 : span.end - 1;
  const closing = closingAt > bodyStart ? ps[closingAt]! : undefined;
  const closingNames = closing ? parseAuthorLine(closing.text) : undefined;
  const namesAlone = bracketedLine(closing) && !!closingNames && !closingNames.some((x) => meta.staff?.includes(x.name));
  const bylineNames = span.authorIndex !== undefined ? bylineAuthors(ps.slice(span.authorIndex, (span.authorLast ?? span.authorIndex) + 1)) : [];
  const restated = !!closingNames && bylineNames.length > 0 && sameNames(closingNames, bylineNames);
  const signed = closing && (/^[（(]\s*作者\s*(?:系|为|是|[:：])/u.test(closing.text) || closingNames?.every((x) => x.role) || namesAlone || restated) ? closingNames : undefined;
  // A body's name closing the text, a date under it (天津创业股份有限公司董事会 / 2005年8月25日), is the 落款 that signs
  // an announcement: it stays in the text (the team's rule 2), as a unit closing an essay does.
  // A unit credited in brackets with supplying the text (（古陶镇党委供稿）) is its byline, not its 落款: out of the text.
  const credit = !signed && !unitLine && closing && isSupplyCredit(closing.text) ? closing : undefined;
  if (credit) leave('byline', credit.text, credit.first, `草稿“${title}”的供稿单位（文末括注；单位不作作者）`, credit.last);
  const skipped = (p: Paragraph) => !!span.skip && p.first >= ps[span.skip[0]]!.first && p.last <= ps[span.skip[1]]!.last;
  const spanBody = ps.slice(bodyStart, signed || credit ? closingAt : span.end).filter((p) => !skipped(p));
  // A table or note the document credits to its compilers (编者据本文整理, 编者注) is no text of the case.
  const notesHere = c.notesInText.filter((n) => spanBody.includes(n.paragraphs[0]!));
  const inNote = (p: Paragraph) => notesHere.some((n) => n.paragraphs.includes(p));
  const added = [...compilersBlocks(spanBody.filter((p) => !inNote(p)), c.spans.length > 1), ...notesHere];
  const body = spanBody.filter((p) => !added.some((b) => b.paragraphs.includes(p)));
  if (signed && unitLine) leave('byline', unitLine.text, unitLine.first, `草稿“${title}”的署名单位（文末署名之下，无个人姓名，不作作者）`, unitLine.last);
  // The same byline glued in brackets to the last paragraph's end (…换新iPhone。(李楠)): cut from the text, reported.
  const lastPara = !signed && body.length > 1 ? body.at(-1)! : undefined;
  const glued = lastPara && CLOSING_BYLINE.exec(lastPara.text);
  // A name the text states as its editor's (责任编辑：郭旭 … （郭旭）) signs the editing, not the writing: it stays as printed.
  const bracketed = glued ? parseAuthorLine(glued[2]!) : undefined;
  const gluedNames = bracketed?.some((x) => meta.staff?.includes(x.name)) ? undefined : bracketed;
  if (glued && gluedNames?.length) {
    body[body.length - 1] = { ...lastPara!, text: lastPara!.text.slice(0, glued.index + glued[1]!.length) };
    leave('byline', glued[2]!, lastPara!.last, `→ 草稿“${title}”的作者（末段末尾括注的署名）`);
  }
  return { body, bylineNames, closing, signed, restated, glued, gluedNames, added, credit };
}

/** The joins of a body's broken lines, by the number of the paragraph they are in (a 【点评】 label is numbered with none). */
function joinsOf({ joinsAt }: DraftContext, body: readonly Paragraph[]): Correction[] {
  const joins: Correction[] = [];
  let p = 0;
  body.forEach((para) => {
    if (!isCommentaryLabel(para.text)) p++;
    for (const j of joinsAt.get(para) ?? []) joins.push({ type: 'join', p, after: j.after });
  });
  return joins;
}

/**
 * The body's paragraphs as captured, before the joins, and the raw paragraphs inside its range made of chrome lines
 * alone (a picture's caption), which are in the raw text the check reads.
 */
function rawOf(a: Analysis, c: DraftContext, body: readonly Paragraph[]): { rawParas: string[]; chromeBlocks: Paragraph[]; first: number; lastLine: number } {
  const { original, normLines, chromeLines } = a;
  const first = body[0]?.first ?? Infinity;
  const lastLine = body.at(-1)?.last ?? -Infinity;
  const rawEntries: Paragraph[] = [];
  for (let k = c.lowerBound(first); k < original.length && original[k]!.last <= lastLine; k++) rawEntries.push(original[k]!);
  const chromeBlocks = paragraphsOf(normLines.slice(first - 1, Math.max(first - 1, lastLine))).filter(
    (b) => b.first > first && b.last < lastLine && Array.from({ length: b.last - b.first + 1 }, (_, i) => b.first + i).every((n) => chromeLines.has(n)),
  );
  const rawParas = [...rawEntries, ...chromeBlocks].sort((x, y) => x.first - y.first).map((e) => e.text);
  if (rawParas.length > 0 && body.at(-1)) rawParas[rawParas.length - 1] = stripTrailingChrome(rawParas.at(-1)!, {});
  return { rawParas, chromeBlocks, first, lastLine };
}

/** What recordOmissions reads of one draft: its body, the blocks inside its range, its flags. */
interface OmissionInput {
  title: string;
  body: readonly Paragraph[];
  /** The compilers' blocks readClosing took out of the body. */
  added: Closing['added'];
  /** rawOf's blocks of chrome lines alone inside the body's range, and the range. */
  chromeBlocks: readonly Paragraph[];
  /** The lines from the jump to another page to the continuation's opening line, other articles between (Span.skip). */
  jumped: { first: number; last: number } | undefined;
  first: number;
  lastLine: number;
  /** How many corrections (the joins) come before the omissions. */
  joinCount: number;
  /** The draft's flags, which the omissions' flags go ahead of. */
  flags: string[];
}

/**
 * A block inside the body's range that is no text of the article (a caption, page chrome, the compilers' table) is
 * recorded as an omission where it stood, verbatim: the draft passes the check, and the editor sees each one, flagged
 * ahead of the other flags in the order they stand. The compilers' blocks are listed; a chrome line sharing a raw
 * paragraph with text cannot be omitted whole, and is flagged. The omissions, after the draft's joins.
 */
function recordOmissions(a: Analysis, o: OmissionInput): Correction[] {
  const blocks = omittedBlocks(o);
  const numberedAbove = (line: number) => o.body.filter((q) => q.first < line && !isCommentaryLabel(q.text)).length;
  const omissions = blocks.map((b) => omissionOf(a.normLines.map((l) => l.text), b, numberedAbove(b.first), b.role));
  for (const b of blocks) for (let n = b.first; n <= b.last; n++) a.omittedLines.add(n);
  // Listed in the order they stand, ahead of the other flags.
  o.flags.unshift(
    ...blocks.map((b, i) => `第${b.first}${b.last > b.first ? `–${b.last}` : ''}行（${b.role}）不是作者的正文，已记作非正文（corrections 第${o.joinCount + i + 1}条 type: omit，照录于校勘记）；若是正文，删去该条，npm run check:content 会指出`),
  );
  leaveCompilersBlocks(a, o);
  // A chrome line sharing a raw paragraph with text cannot be omitted whole: the editor must see it.
  for (const ch of a.chrome) if (ch.n > o.first && ch.n < o.lastLine && !a.omittedLines.has(ch.n)) o.flags.unshift(`第${ch.n}行被当作页面杂项删去，请核对是否为正文：“${ch.text.slice(0, 30)}”`);
  return omissions;
}

/** What an omission of a jump's lines is, in the editors' words: the lines and the articles printed between them. */
const JUMPED_ROLE = '转版：转接提示行及其间另排的文章（另有草稿）';

/** The blocks inside the body's range to record as omissions, in the order they stand: chrome alone, and the compilers' blocks. */
function omittedBlocks({ chromeBlocks, added, jumped, first, lastLine }: OmissionInput): Array<{ first: number; last: number; role: string }> {
  const outsideJump = (b: { first: number; last: number }) => !jumped || b.last < jumped.first || b.first > jumped.last;
  return [
    ...(jumped ? [{ ...jumped, role: JUMPED_ROLE }] : []),
    ...chromeBlocks.filter(outsideJump).map((b) => ({ first: b.first, last: b.last, role: chromeRole(b.text) })),
    ...added.map((x) => ({ first: x.paragraphs[0]!.first, last: x.paragraphs.at(-1)!.last, role: x.role })).filter((b) => b.first > first && b.last < lastLine),
  ].sort((x, y) => x.first - y.first);
}

/** Each of the compilers' blocks, listed: recorded as an omission inside the body's range, or standing outside it. */
function leaveCompilersBlocks(a: Analysis, { added, title }: OmissionInput): void {
  for (const x of added) {
    const text = x.paragraphs.map((p) => p.text).join(' / ');
    const omitted = x.paragraphs.some((p) => a.omittedLines.has(p.first));
    a.leave('compilers-addition', text, x.paragraphs[0]!.first, omitted ? `→ 草稿“${title}”的校勘记：${x.role}，记作非正文（omit），照录原文` : `${x.role}，在草稿“${title}”正文之外，不属正文`, x.paragraphs.at(-1)!.last);
  }
}

/** Each chrome line the cleaning took out, listed: by what it states (a byline, a dateline) and where it stood. */
function leaveChromeLines(a: Analysis, drafts: readonly Draft[]): void {
  for (const c of a.chrome) {
    const said = metaOfLines([c]);
    const stated = Object.keys(said).length > 0;
    const inside = drafts.find((d) => c.n > d.lines[0] && c.n < d.lines[1]);
    // A line that names the author is a byline, whatever else it carries (来源, 时间), as the web reader lists it; a
    // print bar stays chrome, the editor's credit in one of its brackets read all the same.
    const dateline = stated && chromeKind(c.text) !== 'share/print bar';
    if (inside && a.omittedLines.has(c.n)) a.leave(chromeBlockRole(c.text), c.text, c.n, `→ 草稿“${inside.title}”的校勘记：${chromeRole(c.text)}，记作非正文（omit），照录原文`);
    else a.leave(said.author ? 'byline' : dateline ? 'dateline' : chromeBlockRole(c.text), c.text, c.n, `${stated ? '所载日期、出处记入来源条目' : '页面杂项，已删去'}${inside ? `（在草稿“${inside.title}”正文中间，已列入待核）` : ''}`);
  }
}

/**
 * Each footnote goes, as a flag, to the draft whose heading block or body carries its mark (else the last one): its
 * text stays in the raw text. A byline or unit line under the title may carry it (…供稿[2]). A note marked in the
 * source's own note is the compilers' word on the whole source: returned for its entry.
 */
function placeNotes(a: Analysis, ps: readonly Paragraph[], notes: readonly Paragraph[], drafts: readonly Draft[], titleMarks: ReadonlyMap<Draft, string>, noteParas: readonly Paragraph[]): Array<{ line: number; mark: string; text: string }> {
  const carries = (d: Draft, mark: string) => ps.some((p) => p.first >= d.titleLine && p.first <= d.lines[1] && p.text.includes(mark));
  const sourceNotes: Array<{ line: number; mark: string; text: string }> = [];
  for (const note of notes) {
    const mark = noteMarkOf(note.text);
    // Marked in the source's own note (编印说明): the compilers' word on the whole compilation, for the source entry's about.
    if (mark && noteParas.some((p) => p.text.includes(mark))) {
      sourceNotes.push({ line: note.first, mark, text: note.text.slice(note.text.indexOf(mark) + mark.length).trim() });
      a.leave('note', note.text, note.first, '脚注，标记在卷首的编者说明中 → 来源条目 about 的建议', note.last);
      continue;
    }
    // The heading that carries the mark first: a body may hold the same sign as a list number (①建立…).
    const holder = (mark ? (drafts.find((d) => titleMarks.get(d) === mark) ?? drafts.find((d) => carries(d, mark))) : undefined) ?? drafts.at(-1);
    holder?.flags.push(`脚注（原文第${note.first}行，不在正文中）：${note.text}`);
    a.leave('note', note.text, note.first, holder ? `脚注 → 草稿“${holder.title}”的待核项` : '脚注，无案例可归', note.last);
  }
  return sourceNotes;
}

/** The report's line for a news lead read and left in the text (第1段 as printed). */
function leadReport(lead: NewsLead, authors: boolean): string {
  const said = [authors ? `作者 ${lead.reporters.map((a) => a.name).join('、')}` : '', lead.outlet ? `出处 ${lead.outlet}` : ''].filter(Boolean);
  return `第1段开头的电头“${lead.lead}”照原文留在正文中${said.length ? `；据此读出${said.join('，')}` : ''}`;
}

/** A title as a contents list names it: no heading marker, no subtitle, no page number, no spaces. */
function contentsKey(text: string): string {
  return splitDashedTitle(stripMarkers(text.replace(/^[◆◇●○■□▪•·★☆▲△►▶]\s*/u, ''))).title.replace(/[\s\u3000]+\d{1,4}$/u, '').replace(/[\s\u3000]/gu, '');
}

/** The word a note's label or heading line names it by (【编者按】：… → 编者按, 前　　言 → 前言). */
function noteNameOf(line: string): NoteName | undefined {
  const bare = line.replace(/[\s　【】\[\]:：]/gu, '');
  return NOTE_NAMES.find((name) => bare.startsWith(name));
}
