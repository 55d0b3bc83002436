/**
 * npm run publish -- <draft.mdx>… --source <sourceId.source.yaml> [--raw <file>] [--original <file>] [--id <id>]… [--source-id <id>] [--content DIR] [--check]
 *
 * Takes finished drafts into content/ (src/lib/node/publish.ts): the cases,
 * their teaching notes (<id>.teaching.yaml beside the draft), the raw text
 * and the original with their SHA-256, the source entry appended to
 * sources/sources.yaml (or the cases join the source already there). Refuses
 * with one message per problem and changes nothing; then runs check:content
 * on the result and undoes the step if it finds anything new.
 */
import path from 'node:path';
import { readArgs } from './usage.mjs';

const USAGE = `Usage: npm run publish -- <draft.mdx>… --source <sourceId.source.yaml> [--raw <raw.txt>] [--original <file>] [--id <id>]… [--source-id <id>] [--content DIR] [--check]
  --source     the source entry ingest wrote beside the drafts (fill type, publication, about first)
  --raw        the raw text (default: the entry's raw file beside it, <sourceId>.txt)
  --original   the file as received, .docx/.pdf… (default: the entry's original.file beside it)
  --id         a draft's permanent id, once per draft in the drafts' order (default: the id of the withdrawn case
               whose stored text the draft is, where git history shows one; else each file's name)
  --source-id  the source's id (default: the entry's, or one made from its title when ingest named it after the file)
  --content    the content folder (default: content/, or $CONTENT_DIR)
  --check      say what publishing would refuse (check:content included) or write, and change nothing`;

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    raw: { type: 'string' },
    original: { type: 'string' },
    id: { type: 'string', multiple: true },
    check: { type: 'boolean' },
    'source-id': { type: 'string' },
    content: { type: 'string' },
  },
});
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { checkPublish, publish } = await import('../src/lib/node/publish.ts');
const { contentDir } = await import('../src/lib/node/raw-source.ts');
if (positionals.length === 0 || !values.source) {
  console.error(`error: ${positionals.length === 0 ? 'no draft given' : '--source <sourceId.source.yaml> is required'}\n${USAGE}`);
  process.exit(1);
}
const content = values.content ? path.resolve(values.content) : contentDir();
const request = { drafts: positionals, sourceEntry: values.source, raw: values.raw, original: values.original, ids: values.id, sourceId: values['source-id'], content };
const result = values.check ? checkPublish(request) : publish(request);
for (const n of result.notes) console.error(`note: ${n}`);
if (result.problems.length) {
  for (const p of result.problems) console.error(`error: ${p}`);
  console.error(`publish: ${result.problems.length} problem(s); nothing written to ${content}`);
  process.exit(1);
}
if (values.check) {
  console.log(`publish --check: nothing to refuse; publishing would write ${result.cases.length} case(s) into ${content}, source ${result.sourceId}:`);
  for (const rel of result.written) console.log(`  ${rel}`);
  process.exit(0);
}
console.log(`published ${result.cases.length} case(s) into ${content}, source ${result.sourceId}${result.sourceExisted ? ' (already in sources.yaml: the cases join it)' : ''}:`);
for (const rel of result.written) console.log(`  ${rel}`);
console.log('check:content found nothing new. Next: npm run build, and read the pages (content/README.md).');
