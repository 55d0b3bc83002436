#!/usr/bin/env node
/**
 * `npm run bench:desk`: how long the editor's desk takes to answer, this
 * checkout's desk beside another commit's (default main), side by side in one
 * run. Each desk is started as an editor starts it (scripts/desk.ts, its own
 * process, its own copy of the library and work folder) on a copy of content/
 * and on a synthetic library (scripts/make-synthetic-corpus.ts); one Word
 * compilation is received (tests/fixtures/ingest/compilation-styles.docx);
 * then, round after round, the two desks taking turns first, the queue, one
 * draft's view, an edit (its summary saved, which checks the draft again),
 * a check with nothing changed since, and a check after the draft file was
 * touched on disk (what a hand edit costs) are timed. Medians
 * (and min–max) per request and library, and after/before ratios, are printed
 * and written to bench/results/desk.json. Not part of `npm test`.
 *
 *   node scripts/bench-desk.ts [--before main] [--sizes real,200] [--repeat 9]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run bench:desk -- [--before REF] [--sizes real,200] [--repeat 9]

Times the editor's desk (queue, a draft's view, an edit, checks) in this
checkout and at git REF (default main), side by side, on a copy of content/
("real") and on synthetic libraries of N cases. Medians; not part of npm test.
`;

const { values } = readArgs(USAGE, {
  options: {
    before: { type: 'string', default: 'main' },
    sizes: { type: 'string', default: 'real,200' },
    repeat: { type: 'string', default: '9' },
  },
});
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { freePort, repoRoot, row } = await import('../bench/lib.ts');

const repeat = Math.max(1, Number(values.repeat));
const DOCUMENT = path.join(repoRoot, 'tests/fixtures/ingest/compilation-styles.docx');
const REQUESTS = ['queue', 'view', 'edit', 'check', 'touched-check'] as const;
type RequestName = (typeof REQUESTS)[number];

const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-desk-'));
const children: ChildProcess[] = [];
const cleanUp = () => {
  for (const c of children) c.kill();
  rmSync(scratch, { recursive: true, force: true });
};
process.on('exit', cleanUp);
process.on('SIGINT', () => process.exit(130));

/** The code at `ref` as files (git archive), with this checkout's node_modules: the desk as that commit had it. */
function checkoutOf(ref: string): { dir: string; commit: string } {
  const commit = spawnSync('git', ['-C', repoRoot, 'rev-parse', '--short', ref], { encoding: 'utf8' }).stdout.trim();
  if (!commit) throw new Error(`--before ${ref}: not a commit of this repository`);
  const dir = path.join(scratch, `code-${commit}`);
  mkdirSync(dir);
  const archive = spawnSync('sh', ['-c', 'git -C "$1" archive "$2" | tar -x -C "$3"', 'sh', repoRoot, commit, dir], { stdio: 'inherit' });
  if (archive.status !== 0) throw new Error(`git archive ${ref} failed`);
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir, commit };
}

/** A library folder for `size`: a copy of content/, or a synthetic one of that many cases. */
function library(size: string): string {
  const out = path.join(scratch, `library-${size}`);
  if (size === 'real') cpSync(path.join(repoRoot, 'content'), out, { recursive: true });
  else {
    const made = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/make-synthetic-corpus.ts'), '--count', size, '--out', out], { encoding: 'utf8', cwd: repoRoot });
    if (made.status !== 0) throw new Error(`synthetic library of ${size}: ${made.stderr}`);
  }
  return out;
}

interface Desk {
  label: string;
  base: string;
  draft: string;
  /** The draft's file in the desk's work folder. */
  file: string;
}

/** Starts scripts/desk.ts of `code` on its own copy of `lib` and receives the document; resolves once a draft is there. */
async function startDesk(label: string, code: string, lib: string): Promise<Desk> {
  const home = mkdtempSync(path.join(scratch, `${label}-`));
  const content = path.join(home, 'content');
  const work = path.join(home, 'work');
  cpSync(lib, content, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(code, 'scripts/desk.ts'), '--port', String(port), '--content', content, '--work', work], { cwd: code, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let said = '';
    child.stdout!.on('data', (d: Buffer) => {
      said += d.toString();
      if (said.includes('http://127.0.0.1:')) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    child.on('exit', (code) => reject(new Error(`${label}: the desk exited (${code}): ${said}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const res = await fetch(`${base}/api/files?name=compilation-styles.docx`, { method: 'POST', body: readFileSync(DOCUMENT) });
  const batch = (await res.json()) as { id: string; report: { drafts: Array<{ id: string }> } };
  const first = batch.report.drafts[0];
  if (!first) throw new Error(`${label}: the document gave no draft`);
  return { label, base, draft: `/api/drafts/${batch.id}/${first.id}`, file: path.join(work, 'batches', batch.id, 'drafts', `${first.id}.mdx`) };
}

/** One request's wall time in ms; a refusal is the benchmark's failure, not a fast answer. */
async function timed(desk: Desk, name: RequestName, round: number): Promise<number> {
  const post = (suffix: string, body: unknown) => fetch(`${desk.base}${desk.draft}${suffix}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  // Touched as a text editor saving it unchanged would: its stamp changes, its words do not.
  if (name === 'touched-check') utimesSync(desk.file, new Date(), new Date());
  const started = performance.now();
  const res =
    name === 'queue'
      ? await fetch(`${desk.base}/api/queue`)
      : name === 'view'
        ? await fetch(`${desk.base}${desk.draft}`)
        : name === 'edit'
          ? await post('/fields', { summary: `基准测试摘要第${round}轮。` })
          : await post('/check', {});
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${desk.label} ${name}: HTTP ${res.status}`);
  return ms;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

const before = checkoutOf(values.before);
const after = { dir: repoRoot, commit: `${spawnSync('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim()}${spawnSync('git', ['-C', repoRoot, 'status', '--porcelain', '--', 'src', 'scripts'], { encoding: 'utf8' }).stdout.trim() ? '+changes' : ''}` };
console.log(`desk before: ${values.before} (${before.commit}); after: this checkout (${after.commit}); ${repeat} rounds, load ${os.loadavg()[0]!.toFixed(1)}`);

const results: Array<{ library: string; cases: number; request: RequestName; before: number[]; after: number[] }> = [];
for (const size of values.sizes.split(',')) {
  const lib = library(size);
  const cases = spawnSync('sh', ['-c', 'ls "$1"/cases | wc -l', 'sh', lib], { encoding: 'utf8' }).stdout.trim();
  const desks = { before: await startDesk(`before-${size}`, before.dir, lib), after: await startDesk(`after-${size}`, after.dir, lib) };
  const times = Object.fromEntries(REQUESTS.map((r) => [r, { before: [] as number[], after: [] as number[] }])) as Record<RequestName, { before: number[]; after: number[] }>;
  // One round unmeasured: first requests pay for loading modules and warming caches, in both.
  for (const which of ['before', 'after'] as const) for (const r of REQUESTS) await timed(desks[which], r, -1);
  for (let round = 0; round < repeat; round++) {
    // The two take turns going first, so that neither always meets the machine's load first.
    for (const which of round % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
      for (const r of REQUESTS) times[r][which].push(await timed(desks[which], r, round));
    }
  }
  for (const r of REQUESTS) results.push({ library: size, cases: Number(cases), request: r, ...times[r] });
  for (const c of children.splice(0)) c.kill();
}

console.log(`\n${row(['library', 'cases', 'request', 'before median ms (min–max)', 'after median ms (min–max)', 'after/before'])}`);
console.log(row(['---', '---:', '---', '---:', '---:', '---:']));
for (const r of results) {
  const span = (xs: number[]) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
  console.log(row([r.library, r.cases, r.request, span(r.before), span(r.after), (median(r.after) / median(r.before)).toFixed(2)]));
}
mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(repoRoot, 'bench/results/desk.json'),
  `${JSON.stringify({ date: new Date().toISOString(), before: { ref: values.before, commit: before.commit }, after: after.commit, repeat, load: os.loadavg(), results: results.map((r) => ({ ...r, beforeMedian: median(r.before), afterMedian: median(r.after) })) }, null, 2)}\n`,
);
console.log('\nwritten: bench/results/desk.json');
