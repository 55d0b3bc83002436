#!/usr/bin/env node
/**
 * How faithful the ingest is on a set of inputs whose cases the library holds:
 * each input is ingested on its own (so a duplicate does not hide it); each
 * draft is matched to the curated case of the same title; the report gives,
 * per input, the drafts whose title, authors and region match, and the share
 * of the curated cases' sentences found in the drafts.
 *
 * An input with an annotation beside it (`<input>.expected.yaml`, see
 * src/lib/ingest/annotation.ts) is judged against the annotation instead, and
 * the totals are given per kind of input: drafts right, exact titles,
 * bylines, places, sentences kept, annotated paragraphs a draft holds as they
 * stand (a head glued into the next paragraph loses both), drafts free of page furniture.
 *
 *   npm run measure:ingest -- <file or folder>…
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Correction } from '../src/schemas/correction.ts';
import type { Annotation, Judgement } from '../src/lib/ingest/annotation.ts';
import { exitWithUsageOnHelp } from './usage.mjs';

exitWithUsageOnHelp('Usage: npm run measure:ingest -- <file or folder>…  (inputs with <input>.expected.yaml are judged against it, the others against the curated cases)');
// The ingest pipeline and the library load only now: --help is answered before 2 CPU-seconds of imports.
const { parseCaseSource } = await import('../src/lib/case-mdx.ts');
const { listCaseFiles, readCaseFile } = await import('../src/lib/node/case-files.ts');
const { buildEdition } = await import('../src/lib/edition.ts');
const { rawParagraphs, readRawLines } = await import('../src/lib/node/raw-source.ts');
const { judge } = await import('../src/lib/ingest/annotation.ts');
const { ingestInput, loadVocabulary } = await import('../src/lib/ingest/pipeline.ts');
const { INPUT_EXTENSIONS } = await import('../src/lib/ingest/read/index.ts');

const key = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
const sentences = (text: string) => text.split(/(?<=[。！？!?])/).map(key).filter((s) => s.length >= 6);

const sources = new Map((parse(readFileSync('content/sources/sources.yaml', 'utf8')) as Array<{ id: string; raw: string }>).map((s) => [s.id, s.raw]));
// The curated cases as the source reads: joins applied, the editors' corrections of OCR slips not (the ingest never corrects).
const curated = listCaseFiles('content/cases').map((f) => {
  const c = readCaseFile(path.join('content/cases', f));
  const fm = c.frontmatter as { title: string; authors?: Array<{ name: string }>; region: { code: string }; source: { id: string; lines: [number, number] }; corrections?: Correction[] };
  const raw = rawParagraphs(readRawLines(sources.get(fm.source.id)!, path.resolve('content')), fm.source.lines);
  const text = buildEdition(raw, (fm.corrections ?? []).filter((x) => x.type === 'join' || x.type === 'omit')).map((b) => b.text).join('');
  return { title: fm.title, authors: (fm.authors ?? []).map((a) => a.name), code: fm.region.code, sentences: sentences(text) };
});

const listed = process.argv.slice(2).flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p, { recursive: true, encoding: 'utf8' }).map((f) => path.join(p, f)) : [p])).filter((f) => statSync(f).isFile());
const isAnnotation = (f: string) => f.endsWith('.expected.yaml');
const annotatedInputs = listed.filter(isAnnotation).map((f) => f.replace(/\.expected\.yaml$/, ''));
await measureAnnotated(annotatedInputs);
const files = listed.filter((f) => !isAnnotation(f) && !annotatedInputs.includes(f) && INPUT_EXTENSIONS.includes(path.extname(f).toLowerCase()));

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * One annotated input judged. An input the judging fails on (a draft that does not fit its own raw text, an
 * annotation that is no annotation) is that input's error, on its line: every other input is still judged.
 */
async function judged(input: string, vocab: ReturnType<typeof loadVocabulary>): Promise<Judgement> {
  let annotation: Annotation = { kind: path.basename(path.dirname(input)) };
  try {
    annotation = parse(readFileSync(`${input}.expected.yaml`, 'utf8')) as Annotation;
    return judge(annotation, await ingestInput(input, readFileSync(input), vocab).catch(asError));
  } catch (error) {
    const failed = new Error(asError(error).message);
    try {
      return judge(annotation, failed);
    } catch {
      return { ...judge({ kind: annotation.kind ?? 'unreadable' }, failed), expectedDrafts: annotation.drafts?.length ?? 0 };
    }
  }
}

async function measureAnnotated(inputs: string[]): Promise<void> {
  if (inputs.length === 0) return;
  const vocab = loadVocabulary('content');
  const byKind = new Map<string, Judgement[]>();
  for (const input of inputs.sort()) {
    const j = await judged(input, vocab);
    byKind.set(j.kind, [...(byKind.get(j.kind) ?? []), j]);
    console.log(`${input}: ${j.problems.length === 0 ? 'right' : j.problems.join('; ')}`);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
  const rows = [...byKind].sort().map(([kind, js]) => {
    const sum = (k: keyof Judgement) => js.reduce((n, j) => n + (j[k] as number), 0);
    const drafts = sum('expectedDrafts');
    return `| ${kind} | ${js.filter((j) => j.problems.length === 0).length}/${js.length} | ${sum('rightDrafts')}/${drafts} | ${sum('titlesExact')}/${drafts} | ${sum('authorsRight')}/${drafts} | ${sum('regionsRight')}/${drafts} | ${pct(sum('sentencesKept'), sum('sentences'))} | ${sum('paragraphsKept')}/${sum('paragraphs')} | ${sum('chromeFree')}/${drafts} |`;
  });
  console.log(['| kind | inputs right | drafts right | titles exact | bylines | places | sentences kept | paragraphs as annotated | no chrome |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
}
let totalRight = 0;
let totalExpected = 0;
for (const file of files.sort()) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'measure-'));
  const r = spawnSync(process.execPath, ['scripts/ingest.ts', file, '--out', out, '--json'], { encoding: 'utf8' });
  const report = JSON.parse(r.stdout || '{"inputs":[]}') as { inputs: Array<{ format?: string; layout?: string; error?: string; drafts: Array<{ file: string; title: string; authors: Array<{ name: string }>; region: { code: string } | null }> }> };
  const input = report.inputs[0];
  if (!input || input.error) {
    console.log(`${path.basename(file)}: error: ${(input?.error ?? r.stderr).slice(0, 100)}`);
    rmSync(out, { recursive: true, force: true });
    continue;
  }
  const body = input.drafts.map((d) => key(parseCaseSource(readFileSync(d.file, 'utf8'), d.file).blocks.join(''))).join('');
  // The curated cases this input holds: those with a sentence in the input's drafts, or a title among them.
  const held = curated.filter((c) => input.drafts.some((d) => d.title === c.title) || c.sentences.filter((s) => body.includes(s)).length >= 3);
  const right = held.filter((c) => {
    const d = input.drafts.find((x) => x.title === c.title);
    return d && d.region?.code === c.code && JSON.stringify(d.authors.map((a) => a.name)) === JSON.stringify(c.authors);
  }).length;
  const all = held.flatMap((c) => c.sentences);
  const kept = all.filter((s) => body.includes(s)).length;
  totalRight += right;
  totalExpected += held.length;
  console.log(`${path.basename(file)} (${input.format}, ${input.layout}): ${input.drafts.length} draft(s); right ${right}/${held.length}; sentences kept ${kept}/${all.length} (${all.length ? ((100 * kept) / all.length).toFixed(1) : '—'} %)`);
  rmSync(out, { recursive: true, force: true });
}
if (files.length) console.log(`drafts right (title, authors, region): ${totalRight}/${totalExpected}`);
