/**
 * How close the proposals come to what the editors chose, on a curated
 * library as data: each case's body is proposed for again
 * (src/lib/ingest/proposals.ts) and, for every method the case carries with
 * evidence, the proposal for that method is compared with the curated quote:
 * proposed at all, in the same paragraph, overlapping the curated words.
 *
 * Key figures: whether each figure the editors chose is among the case's
 * candidates (a candidate's quote in the same paragraph holds its number), and
 * the label proposed for it from its own clause against the editors' label,
 * by the share of the proposed label's characters the editors' label holds:
 * all of them (an editor keeps it, or only adds words), half or more, some,
 * none, or no label proposed (（待定）); and how many characters an editor
 * types to turn the proposed label into theirs (edit distance, summed): the
 * cost the share does not see when a label is right but short; and how many
 * proposed labels equal the editors' or nearly (a quarter of their label, at
 * least 2 characters, to type). A figure's
 * candidate quote is counted when it is the editors' quote exactly.
 *
 * Doubts: ingest's flags of odd readings (document.ts flagsFor, OCR's word
 * guesses on) on each curated case's raw paragraphs with only the joins made,
 * each flag answered (its words overlap a reading the editors recorded there:
 * a correction, doubt or lacuna) or false; and the readings recorded that no
 * flag points at. The near misses of the library's words
 * (near-miss-readings.ts) know the other cases' texts only, and the raw text
 * of the case measured, which keeps its slips: nothing its editors recorded.
 *
 *   npm run measure:proposals [-- --content DIR] [--verbose]
 */
import path from 'node:path';
import type { Correction } from '../src/schemas/correction.ts';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { readArgs } from './usage.mjs';

const USAGE = 'Usage: npm run measure:proposals [-- --content DIR] [--verbose]   (method proposals against the curated evidence: proposed, same paragraph, overlapping quote; key-figure candidates and labels against the curated keyFigures; the proposed kind against the curated one; doubt flags on the raw texts against the recorded readings; the proposed summary against the curated one by character bigrams)';
const { values } = readArgs(USAGE, { options: { content: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
// The library and the ingest modules load only now: --help and a bad option are answered before 1.5 CPU-seconds of imports.
const { buildEdition, numberBlocks } = await import('../src/lib/edition.ts');
const { listCaseFiles, readCaseFile } = await import('../src/lib/node/case-files.ts');
const { contentDir, rawParagraphs, readRawLines } = await import('../src/lib/node/raw-source.ts');
const { loadVocabulary } = await import('../src/lib/ingest/pipeline.ts');
const { proposeCase } = await import('../src/lib/ingest/proposals.ts');
const { countedFigures, figureLabel } = await import('../src/lib/ingest/key-figures.ts');
const { flagsFor } = await import('../src/lib/ingest/document.ts');
const { READING_FLAG } = await import('../src/lib/ingest/reading-flags.ts');
const { isNearMissFlag, libraryLexicon } = await import('../src/lib/ingest/near-miss-readings.ts');
const { normalizePunctuation } = await import('../src/lib/text.ts');
const { editDistance } = await import('../src/lib/search/near-miss.ts');
const { loadRegionIndex } = await import('../src/lib/node/region-index.ts');
const { createCaseSchema } = await import('../src/schemas/case.ts');
const root = values.content ? path.resolve(values.content) : contentDir();
const vocab = loadVocabulary(root);

/** Whether two quotes of one paragraph share characters where they stand. */
function overlaps(text: string, a: string, b: string): boolean {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  return i !== -1 && j !== -1 && i < j + b.length && j < i + a.length;
}

const totals = { methods: 0, proposed: 0, sameParagraph: 0, overlapping: 0 };
/** The genre proposed against the editors' kind. */
const kinds = { curated: 0, same: 0 };
/** How the proposed labels fare against the editors' (see the head comment), and how many curated figures were candidates. */
const labels = { figures: 0, unread: 0, candidates: 0, sameQuote: 0, all: 0, half: 0, some: 0, none: 0, undecided: 0, typed: 0, equal: 0, near: 0 };
/** A proposed label an editor keeps with a touch: at most a quarter of the editors' label (at least 2 characters) to type. */
const nearly = (proposed: string, curated: string) => editDistance(proposed, curated, Infinity) <= Math.max(2, Math.floor(Array.from(curated).length / 4));
const han = (s: string) => Array.from(s).filter((c) => /\p{Script=Han}/u.test(c));

/** The share of the proposed label's characters that the editors' label holds; a measure named in brackets (（人数）) is a marker, not counted. */
function kept(proposed: string, curated: string): number {
  const chars = han(proposed.replace(/（[^）]*）$/u, ''));
  const theirs = new Set(han(curated));
  return chars.length ? chars.filter((c) => theirs.has(c)).length / chars.length : 0;
}

/** The clause of a paragraph (split as proposeKeyFigures splits it) holding position `at`, and where it starts. */
function clauseAt(text: string, at: number): { clause: string; start: number } {
  let start = 0;
  for (const clause of text.split(/(?<=[，。；！？])/u)) {
    if (at < start + clause.length) return { clause, start };
    start += clause.length;
  }
  return { clause: '', start };
}

const doubts = { flags: 0, answered: 0, false: 0, recorded: 0, unflagged: 0 };
/** The flags of near-miss-readings.ts (a word one character off, with its grounds; a stray rare character), counted apart too. */
const nearMisses = { flags: 0, answered: 0, false: 0 };
const sources = new Map((parseYaml(readFileSync(path.join(root, 'sources', 'sources.yaml'), 'utf8')) as Array<{ id: string; raw: string }>).map((x) => [x.id, x.raw]));

/** Where `words` stand in `text`, as a span, or undefined. */
function span(text: string, words: string): [number, number] | undefined {
  const at = text.indexOf(words);
  return at === -1 ? undefined : [at, at + words.length];
}

function measureDoubts(file: string, fm: { source: { id: string; lines: [number, number] }; corrections?: Correction[] }): void {
  const raw = rawParagraphs(readRawLines(sources.get(fm.source.id)!, root), fm.source.lines);
  const corrections = fm.corrections ?? [];
  const paragraphs = buildEdition(raw, corrections.filter((c) => c.type === 'join' || c.type === 'omit')).filter((b) => b.p !== null);
  const recorded = corrections.filter((c) => c.type !== 'join' && c.type !== 'omit').map((c) => ({ c, words: normalizePunctuation(c.type === 'correct' ? c.original : c.type === 'doubt' ? c.text : c.after), found: false }));
  doubts.recorded += recorded.length;
  // Leave-one-out: the library the flags know is every other case, so nothing this case's editors recorded informs them.
  const others = libraryLexicon((vocab.library ?? []).filter((x) => x.id !== path.basename(file, '.mdx')));
  for (const flag of flagsFor(paragraphs.map((b) => b.text), true, others)) {
    const m = READING_FLAG.exec(flag);
    const b = m ? paragraphs[Number(/^第(\d+)段/u.exec(flag)![1]) - 1] : undefined;
    if (!m || !b) continue;
    const text = normalizePunctuation(b.text);
    {
      doubts.flags++;
      const nearMiss = isNearMissFlag(m[1]!);
      if (nearMiss) nearMisses.flags++;
      const at = span(text, normalizePunctuation(m[2]!));
      const hits = recorded.filter((r) => r.c.p === b.p && at && ((s) => s !== undefined && s[0] < at[1] && at[0] < s[1])(span(text, r.words)));
      for (const r of hits) r.found = true;
      if (hits.length) {
        doubts.answered++;
        if (nearMiss) nearMisses.answered++;
        if (values.verbose && nearMiss) console.log(`  ${file} p${b.p} near miss answered: ${m[1]}：“${m[2]}”`);
      } else {
        doubts.false++;
        if (nearMiss) nearMisses.false++;
        if (values.verbose) console.log(`  ${file} p${b.p} false flag: ${m[1]}：“${m[2]}”`);
      }
    }
  }
  for (const r of recorded.filter((x) => !x.found)) {
    doubts.unflagged++;
    if (values.verbose) console.log(`  ${file} p${r.c.p} recorded ${r.c.type} “${r.words}”, no flag`);
  }
}

function measureFigures(file: string, edition: ReturnType<typeof numberBlocks>, figures: ReadonlyArray<{ label: string; quote: string }>, candidates: ReadonlyArray<{ p: number; quote: string }>): void {
  for (const figure of figures) {
    labels.figures++;
    const block = edition.find((b) => b.p !== null && b.text.includes(figure.quote));
    // The figure the editors quoted: the first number of their quote that counts something.
    const first = countedFigures(figure.quote)[0];
    if (!block || !first) {
      labels.unread++;
      if (values.verbose) console.log(`  ${file} figure “${figure.quote}”: ${block ? 'no figure read in the editors\' quote' : 'the quote is in no paragraph of the body'}`);
      continue;
    }
    const at = block.text.indexOf(figure.quote) + first.at;
    const among = candidates.some((c) => {
      const i = c.p === block.p ? block.text.indexOf(c.quote) : -1;
      return i !== -1 && i <= at && at + first.figure.length <= i + c.quote.length;
    });
    if (among) labels.candidates++;
    if (candidates.some((c) => c.p === block.p && c.quote === figure.quote)) labels.sameQuote++;
    const { clause, start } = clauseAt(block.text, at);
    const proposed = figureLabel(clause, at - start, first.figure.length);
    const share = proposed === undefined ? -1 : kept(proposed, figure.label);
    const bucket = share < 0 ? 'undecided' : share === 1 ? 'all' : share >= 0.5 ? 'half' : share > 0 ? 'some' : 'none';
    labels[bucket]++;
    labels.typed += editDistance(proposed ?? '', figure.label, Infinity);
    if (proposed === figure.label) labels.equal++;
    else if (proposed !== undefined && nearly(proposed, figure.label)) labels.near++;
    if (values.verbose) console.log(`  ${file} figure “${first.figure}”${among ? '' : ' (not a candidate)'}: editors “${figure.label}”, proposed “${proposed ?? '（待定）'}” (${bucket})`);
  }
}
const regions = loadRegionIndex();
const summaryField = createCaseSchema({ methods: [], themes: [], sources: [], regions }).shape.summary;
const summaries: Array<{ recall: number; precision: number; passes: boolean }> = [];

/** A text's character bigrams, within runs of letters and digits (punctuation breaks a run), each once. */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}
const shareIn = (a: Set<string>, b: Set<string>) => (a.size ? [...a].filter((x) => b.has(x)).length / a.size : 0);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
};
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function measureSummary(file: string, curated: string | undefined, proposed: string | undefined): void {
  if (!curated) return;
  const [theirs, ours] = [bigrams(curated), bigrams(proposed ?? '')];
  const row = { recall: shareIn(theirs, ours), precision: shareIn(ours, theirs), passes: proposed !== undefined && summaryField.safeParse(proposed).success };
  summaries.push(row);
  if (values.verbose) console.log(`  ${file} summary: recall ${pct(row.recall)}, precision ${pct(row.precision)}${row.passes ? '' : ' (schema refuses it, or none proposed)'}\n    editors  ${curated}\n    proposed ${proposed ?? '（无）'}`);
}

for (const file of listCaseFiles(path.join(root, 'cases'))) {
  const c = readCaseFile(path.join(root, 'cases', file));
  const fm = c.frontmatter as { title: string; subtitle?: string; kind?: string; methods?: string[]; evidence?: Record<string, { p: number; quote: string }>; keyFigures?: Array<{ label: string; quote: string }>; summary?: string; region?: { code: string; township?: string }; source: { id: string; lines: [number, number] }; corrections?: Correction[] };
  measureDoubts(file, fm);
  const edition = numberBlocks(c.blocks);
  const leaf = fm.region ? regions.chain(fm.region.code).at(-1)?.name : undefined;
  const region = fm.region && leaf ? { code: fm.region.code, leaf, township: fm.region.township } : undefined;
  const all = proposeCase({ title: fm.title, subtitle: fm.subtitle, edition, region }, vocab);
  measureSummary(file, fm.summary, all.find((x) => x.field === 'summary')?.value as string | undefined);
  const proposals = all.filter((x) => x.field === 'methods');
  const kind = all.find((x) => x.field === 'kind')?.value;
  kinds.curated++;
  if (kind === fm.kind) kinds.same++;
  else if (values.verbose) console.log(`  ${file} kind: editors ${fm.kind}, proposed ${kind ?? 'none'}`);
  measureFigures(file, edition, fm.keyFigures ?? [], all.filter((x) => x.field === 'keyFigures'));
  const counts = { methods: 0, proposed: 0, sameParagraph: 0, overlapping: 0 };
  for (const id of fm.methods ?? []) {
    const curated = fm.evidence?.[id];
    if (!curated) continue;
    counts.methods++;
    const proposal = proposals.find((x) => x.value === id);
    const text = edition.find((b) => b.p === curated.p)?.text ?? '';
    const same = proposal?.p === curated.p;
    const overlapping = same && overlaps(text, proposal!.quote, curated.quote);
    if (proposal) counts.proposed++;
    if (same) counts.sameParagraph++;
    if (overlapping) counts.overlapping++;
    if (values.verbose && !overlapping) console.log(`  ${file} ${id}: curated p${curated.p} “${curated.quote}” — proposed ${proposal ? `p${proposal.p} “${proposal.quote}”` : 'none'}`);
  }
  for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += counts[k];
  console.log(`${file}: ${counts.methods} methods, ${counts.proposed} proposed, ${counts.sameParagraph} same paragraph, ${counts.overlapping} overlapping the curated quote`);
}
console.log(`total: ${totals.methods} curated methods with evidence; proposed ${totals.proposed}, same paragraph ${totals.sameParagraph}, overlapping the curated quote ${totals.overlapping}`);
console.log(`key figures: ${labels.figures} curated (${labels.unread} not measured: quote not in the body, or no figure read in it); among the candidates ${labels.candidates}, quoted as the editors quote it ${labels.sameQuote}; proposed label against the editors': all its characters in theirs ${labels.all}, half or more ${labels.half}, some ${labels.some}, none ${labels.none}, no label ${labels.undecided}; characters typed to make the proposed labels theirs ${labels.typed}; equal to theirs ${labels.equal}, nearly equal ${labels.near}`);
console.log(`kind: ${kinds.same} of ${kinds.curated} cases proposed as the editors classed them`);
console.log(`doubts: ${doubts.flags} flags on the raw texts of the curated cases, ${doubts.answered} on a reading the editors recorded, ${doubts.false} false; ${doubts.recorded} readings recorded, ${doubts.unflagged} with no flag`);
console.log(`  of them near misses of the words of the text and of the other cases (leave-one-out): ${nearMisses.flags} flags, ${nearMisses.answered} on a reading the editors recorded, ${nearMisses.false} false`);
console.log(`summary: ${summaries.length} curated; proposed against the editors' by character bigrams: recall median ${pct(median(summaries.map((x) => x.recall)))}, mean ${pct(mean(summaries.map((x) => x.recall)))}; precision median ${pct(median(summaries.map((x) => x.precision)))}, mean ${pct(mean(summaries.map((x) => x.precision)))}; taken by the case schema as they stand ${summaries.filter((x) => x.passes).length}`);
