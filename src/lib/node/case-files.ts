/**
 * What a case file is, on disk: every regular `*.mdx` file anywhere under
 * `content/cases/`, hidden names left out. The loader, the content tests, the
 * benchmarks and the synthetic corpus all list cases here, so a case in a
 * subfolder is never published unchecked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCaseSource, type CaseFile } from '../case-mdx.ts';
import { entriesUnder } from './tree-entries.ts';

/**
 * Case files under `base`, as sorted paths relative to it (with `/`): regular
 * `*.mdx` files, leaving out hidden names (editor lock files, `._*` copies, `.git`).
 */
export function listCaseFiles(base: string): string[] {
  return entriesUnder(base)
    .filter((e) => e.isFile())
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(isCaseFile)
    .sort();
}

/** Whether a path relative to the cases folder (with `/`) names a case file. */
export function isCaseFile(rel: string): boolean {
  return rel.endsWith('.mdx') && !rel.startsWith('../') && !rel.split('/').some((part) => part.startsWith('.'));
}

export function readCaseFile(file: string): CaseFile {
  return parseCaseSource(readFileSync(file, 'utf8'), file);
}
