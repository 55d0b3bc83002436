/**
 * How right ingest is on an input annotated by hand: `<input>.expected.yaml`
 * beside the input says what a careful editor expects (the drafts' titles,
 * subtitles, bylines, most precise place and complete bodies; the blocks the
 * report must list; the source's date; or the one error). The fixture test
 * asserts every annotated input in full; `scripts/measure-ingest.ts` counts
 * the same things per kind of input, on fixtures or on a held-out folder.
 */
import { buildEdition } from '../edition.ts';
import { textKey } from '../text.ts';
import type { IngestedInput } from './pipeline.ts';
import type { BlockRole } from './left-blocks.ts';

export interface ExpectedDraft {
  title: string;
  /** Absent or null: the draft has no subtitle. */
  subtitle?: string | null;
  /** The authors' names in order; [] when the text names none. */
  authors: string[];
  /** The most precise GB/T 2260 code the title and opening name; absent: no place stated. */
  region?: string;
  /** The whole body as the source has it, paragraph by paragraph: every sentence must be in the draft, and nothing else may be. */
  body: string[];
  /** Page furniture a draft must not hold (a check on top of `body`, for text `body` might contain by accident). */
  notInBody?: string[];
}

export interface Annotation {
  /** The kind of input (web-byline, pdf-radicals, docx-revisions…): measure-ingest reports per kind. */
  kind: string;
  drafts?: ExpectedDraft[];
  /** Blocks the report must list as left out of every body, each found by its role and a fragment of its text. */
  left?: Array<{ role: BlockRole; text: string }>;
  /** What the source entry must state (the document's own date: 2024-03-15, 2013-10 or 2013; null: the document states none, so none may be read). */
  source?: { date?: string | null; title?: string; editorNote?: string };
  /** The input must fail with a message containing this. */
  error?: string;
}

export interface Judgement {
  kind: string;
  /** Drafts whose title, subtitle, authors and region are all as annotated. */
  rightDrafts: number;
  expectedDrafts: number;
  titlesExact: number;
  authorsRight: number;
  regionsRight: number;
  /** Annotated body sentences found in the drafts. */
  sentencesKept: number;
  sentences: number;
  /** Drafts with no sentence the annotation does not have (no chrome, nothing invented). */
  chromeFree: number;
  /** Annotated body paragraphs a draft holds as paragraphs of their own (a head glued into the next paragraph is not): a figure, no problem. */
  paragraphsKept: number;
  paragraphs: number;
  /** Everything that is not as annotated, one line each; empty when the input is right in full. */
  problems: string[];
}

/** A GB/T 2260 code as the library writes it (2 digits for a province, 4 for a city): an annotator may pad it to six (330000, 420100). */
const libraryCode = (code: string) => code.replace(/^(\d{2}(?:\d{2})??)(?:00)+$/u, '$1');

export const sentencesOf = (text: string) => text.split(/(?<=[。！？!?；])/u).map(textKey).filter((s) => s.length >= 4);
/** Text as printed, its marks kept (dashes and dots of one kind alike): for furniture too short to be told by its words. */
const marked = (s: string) => s.normalize('NFKC').replace(/\s/gu, '').replace(/[-—–－―‐]+/gu, '-').replace(/[·•・]/gu, '·');
/**
 * Whether a piece of furniture is in the body text. By its words, as sentences are, when it has enough of them;
 * a page number (— 2 —, ·2·) is only its marks and a digit, and the digit is in many a body (24小时): by its marks.
 */
const holds = (body: string, furniture: string) => (textKey(furniture).length >= 4 ? textKey(body).includes(textKey(furniture)) : marked(body).includes(marked(furniture)));

function draftBody(d: IngestedInput['doc']['drafts'][number]): string[] {
  return buildEdition(d.raw, d.corrections).map((b) => b.text);
}

/**
 * A sentence in no body, as the judgement names it: "lost" only when no block of the report holds it either;
 * one the report lists under another role is named with that role (a wrong role, not text lost without a word).
 */
function notInBody(label: string, sentence: string, left: IngestedInput['left']): string {
  const block = left.find((b) => textKey(b.text).includes(sentence));
  const quoted = `“${sentence.slice(0, 30)}”`;
  return block ? `${label}: sentence in the report as ${block.role}, not in the body: ${quoted}` : `${label}: sentence lost: ${quoted}`;
}

/**
 * Paragraphs of a body that are no paragraph of the annotation and whose words another paragraph of it holds: a
 * pull quote or a lead box left in the text, each sentence of it "kept" though the body has it twice.
 */
function printedTwice(body: readonly string[], expected: ReadonlySet<string>): string[] {
  const keys = body.map(textKey);
  return body.filter((_, i) => !expected.has(keys[i]!) && keys[i]!.length >= 10 && keys.some((k, j) => j !== i && k.includes(keys[i]!)));
}

function judgeDraft(want: ExpectedDraft, got: IngestedInput['doc']['drafts'][number] | undefined, n: number, left: IngestedInput['left'], j: Judgement): void {
  const label = `draft ${n + 1} (“${want.title}”)`;
  if (!got) {
    j.problems.push(`${label}: missing`);
    j.sentences += want.body.flatMap(sentencesOf).length;
    j.paragraphs += want.body.length;
    return;
  }
  const titleOk = got.title === want.title;
  const subtitleOk = (got.subtitle ?? null) === (want.subtitle ?? null);
  const authorsOk = JSON.stringify(got.authors.map((a) => a.name)) === JSON.stringify(want.authors);
  const regionOk = (got.region?.code ?? undefined) === (want.region === undefined ? undefined : libraryCode(want.region));
  if (!titleOk) j.problems.push(`${label}: title “${got.title}”`);
  if (!subtitleOk) j.problems.push(`${label}: subtitle “${got.subtitle ?? ''}”, expected “${want.subtitle ?? ''}”`);
  if (!authorsOk) j.problems.push(`${label}: authors [${got.authors.map((a) => a.name).join('、')}], expected [${want.authors.join('、')}]`);
  if (!regionOk) j.problems.push(`${label}: region ${got.region?.code ?? 'none'} ${got.region?.name ?? ''}, expected ${want.region ?? 'none'}`);
  const body = draftBody(got);
  const haveText = textKey(body.join(''));
  const wanted = want.body.flatMap(sentencesOf);
  const missing = wanted.filter((s) => !haveText.includes(s));
  const wantText = textKey(want.body.join(''));
  const extra = body.flatMap(sentencesOf).filter((s) => !wantText.includes(s));
  // Furniture is looked for in the paragraphs that are not body text as expected: a caption's words (大涧学校。)
  // may close a body sentence too (…转到大涧学校。), while furniture glued into a paragraph changes the paragraph.
  const expected = new Set(want.body.map(textKey));
  const furniture = (want.notInBody ?? []).filter((f) => holds(body.filter((p) => !expected.has(textKey(p))).join('\n'), f));
  for (const s of missing.slice(0, 5)) j.problems.push(notInBody(label, s, left));
  if (missing.length > 5) j.problems.push(`${label}: ${missing.length - 5} more sentences not in the body`);
  for (const s of [...extra, ...furniture].slice(0, 5)) j.problems.push(`${label}: not body text: “${s.slice(0, 30)}”`);
  const twice = printedTwice(body, expected);
  for (const p of twice.slice(0, 5)) j.problems.push(`${label}: printed twice in the body: “${p.slice(0, 30)}”`);
  j.titlesExact += titleOk ? 1 : 0;
  j.authorsRight += authorsOk ? 1 : 0;
  j.regionsRight += regionOk ? 1 : 0;
  j.rightDrafts += titleOk && subtitleOk && authorsOk && regionOk ? 1 : 0;
  j.sentences += wanted.length;
  j.sentencesKept += wanted.length - missing.length;
  j.chromeFree += extra.length === 0 && furniture.length === 0 && twice.length === 0 ? 1 : 0;
  const held = new Set(body.map(textKey));
  j.paragraphs += want.body.length;
  j.paragraphsKept += want.body.filter((p) => held.has(textKey(p))).length;
}

/** An ingest result (or its error) against its annotation. */
export function judge(annotation: Annotation, result: IngestedInput | Error): Judgement {
  const j: Judgement = { kind: annotation.kind, rightDrafts: 0, expectedDrafts: annotation.drafts?.length ?? 0, titlesExact: 0, authorsRight: 0, regionsRight: 0, sentencesKept: 0, sentences: 0, chromeFree: 0, paragraphsKept: 0, paragraphs: 0, problems: [] };
  if (annotation.error !== undefined) {
    if (!(result instanceof Error)) j.problems.push(`expected the error “${annotation.error}”, got ${result.doc.drafts.length} draft(s)`);
    else if (!result.message.includes(annotation.error)) j.problems.push(`error “${result.message}”, expected one containing “${annotation.error}”`);
    return j;
  }
  if (result instanceof Error) {
    j.problems.push(`failed: ${result.message}`);
    for (const d of annotation.drafts ?? []) {
      j.sentences += d.body.flatMap(sentencesOf).length;
      j.paragraphs += d.body.length;
    }
    return j;
  }
  const drafts = result.doc.drafts;
  if (drafts.length !== j.expectedDrafts) j.problems.push(`${drafts.length} draft(s) [${drafts.map((d) => d.title).join(' | ')}], expected ${j.expectedDrafts}`);
  // Drafts are matched in order; a missing or extra draft shows as the mismatch it causes.
  (annotation.drafts ?? []).forEach((want, n) => judgeDraft(want, drafts.find((d) => d.title === want.title) ?? drafts[n], n, result.left, j));
  for (const want of annotation.left ?? []) {
    if (!result.left.some((b) => b.role === want.role && textKey(b.text).includes(textKey(want.text)))) j.problems.push(`report does not list the ${want.role} block “${want.text}”`);
  }
  if (annotation.source?.date !== undefined && (result.doc.meta.date ?? null) !== annotation.source.date) j.problems.push(`source date ${result.doc.meta.date ?? 'none'}, expected ${annotation.source.date ?? 'none'}`);
  if (annotation.source?.editorNote !== undefined && result.doc.editorNote !== annotation.source.editorNote) j.problems.push(`source editorNote “${result.doc.editorNote ?? ''}”, expected “${annotation.source.editorNote}”`);
  if (annotation.source?.title !== undefined && (result.extracted.meta.title ?? result.doc.title) !== annotation.source.title) j.problems.push(`source title “${result.extracted.meta.title ?? result.doc.title ?? ''}”, expected “${annotation.source.title}”`);
  return j;
}
