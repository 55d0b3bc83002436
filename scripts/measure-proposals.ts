/**
 * How close the method proposals come to what the editors chose, on a
 * curated library as data: each case's body is proposed for again
 * (src/lib/ingest/proposals.ts) and, for every method the case carries with
 * evidence, the proposal for that method is compared with the curated quote:
 * proposed at all, in the same paragraph, overlapping the curated words.
 *
 *   npm run measure:proposals [-- --content DIR] [--verbose]
 */
import path from 'node:path';
import { numberBlocks } from '../src/lib/edition.ts';
import { listCaseFiles, readCaseFile } from '../src/lib/node/case-files.ts';
import { contentDir } from '../src/lib/node/raw-source.ts';
import { loadVocabulary } from '../src/lib/ingest/pipeline.ts';
import { proposeCase } from '../src/lib/ingest/proposals.ts';
import { readArgs } from './usage.mjs';

const USAGE = 'Usage: npm run measure:proposals [-- --content DIR] [--verbose]   (method proposals against the curated evidence: proposed, same paragraph, overlapping quote)';
const { values } = readArgs(USAGE, { options: { content: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const root = values.content ? path.resolve(values.content) : contentDir();
const vocab = loadVocabulary(root);

/** Whether two quotes of one paragraph share characters where they stand. */
function overlaps(text: string, a: string, b: string): boolean {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  return i !== -1 && j !== -1 && i < j + b.length && j < i + a.length;
}

const totals = { methods: 0, proposed: 0, sameParagraph: 0, overlapping: 0 };
for (const file of listCaseFiles(path.join(root, 'cases'))) {
  const c = readCaseFile(path.join(root, 'cases', file));
  const fm = c.frontmatter as { title: string; subtitle?: string; methods?: string[]; evidence?: Record<string, { p: number; quote: string }> };
  const edition = numberBlocks(c.blocks);
  const proposals = proposeCase({ title: fm.title, subtitle: fm.subtitle, edition }, vocab).filter((x) => x.field === 'methods');
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
