/**
 * npm run check:content [-- <content dir>]: validates the whole content tree
 * in seconds, without building the site (see src/lib/node/content-checks.ts).
 * Prints one line per problem and a summary; exit 1 on any problem.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exitWithUsageOnHelp } from './usage.mjs';

exitWithUsageOnHelp(`
Usage: npm run check:content [-- <content dir>]

Checks the whole content folder (default content/, or CONTENT_DIR) without
building the site: schemas, every case against its raw source, teaching
notes, taxonomy, named practices and sources. Prints one line per problem
(file: field: what is wrong and what to do) and a summary; exit 1 on any problem.
`);
// The work loads once --help is answered: the help says what the command does without it (tests/unit/script-help.test.ts).
const { checkContent } = await import('../src/lib/node/content-checks.ts');
const { contentDir } = await import('../src/lib/node/raw-source.ts');

const started = performance.now();
const root = process.argv[2] ? path.resolve(process.argv[2]) : contentDir();
const { problems, counts } = checkContent(root);
for (const problem of problems) console.error(problem);
// performance.now() counts from process start: the figure includes loading the modules.
const ms = Math.round(performance.now());
const checkMs = Math.round(performance.now() - started);
const summary = `${counts.cases} cases, ${counts.teaching} teaching notes, ${counts.sources} sources, ${counts.methods} methods, ${counts.themes} themes`;
console.log(`check:content: ${problems.length === 0 ? 'OK' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`} in ${summary} (${ms} ms, of which checks ${checkMs} ms)`);
process.exitCode = problems.length === 0 ? 0 : 1;
