/**
 * npm run paragraphs -- <case id | file.mdx>… [--content DIR]
 *
 * Prints each paragraph of a case or draft with the number the site gives it
 * (p<n>, the ¶ link, the numbers evidence and teaching notes cite), as
 * src/lib/edition.ts numberBlocks — the numbering remark-paragraph-ids
 * follows — assigns them. The 【点评】 label is shown unnumbered.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readArgs } from './usage.mjs';

const USAGE = 'Usage: npm run paragraphs -- <case id | file.mdx>… [--content DIR]   (each paragraph with the number the site shows: p<n>)';
const { values, positionals } = readArgs(USAGE, { allowPositionals: true, options: { content: { type: 'string' } } });
// The work loads once the arguments are read: --help answers without it (tests/unit/script-help.test.ts).
const { parseCaseSource } = await import('../src/lib/case-mdx.ts');
const { numberBlocks } = await import('../src/lib/edition.ts');
const { contentDir } = await import('../src/lib/node/raw-source.ts');
if (positionals.length === 0) {
  console.error(`error: no case given\n${USAGE}`);
  process.exit(1);
}
const root = values.content ? path.resolve(values.content) : contentDir();
let failed = false;
for (const arg of positionals) {
  const file = /\.mdx$/.test(arg) ? arg : path.join(root, 'cases', `${arg}.mdx`);
  if (!existsSync(file)) {
    console.error(`error: ${arg}: no such file${/\.mdx$/.test(arg) ? '' : ` (${file})`}`);
    failed = true;
    continue;
  }
  try {
    const { frontmatter, blocks } = parseCaseSource(readFileSync(file, 'utf8'), file);
    const { title, subtitle } = frontmatter as { title?: string; subtitle?: string };
    console.log(`${file}: ${title ?? ''}${subtitle ? `——${subtitle}` : ''}`);
    for (const b of numberBlocks(blocks)) console.log(b.p === null ? `      ${b.text}` : `${`p${b.p}`.padStart(5)} ${b.text}`);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
