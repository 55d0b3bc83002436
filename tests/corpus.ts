/**
 * The library's content as the build under test holds it: case ids (from the loader's own
 * listing, so a case in a subfolder of content/cases/ is covered too), the
 * taxonomy and source ids, and a case file read back as text blocks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { caseIdOf } from '../src/lib/ids.ts';
import { listCaseFiles, readCaseFile } from '../src/lib/node/case-files.ts';
import { testedBuild } from '../scripts/test-builds.mjs';

// The content of the build under test: the fixture library in `npm test`, content/ in the quality sweeps.
const { content } = testedBuild();
const casesDir = path.join(content, 'cases');

/** Case id (the file's base name, as the loader names it) → its file. */
const caseFiles = new Map(listCaseFiles(casesDir).map((rel) => [caseIdOf(rel), path.join(casesDir, rel)]));

export const caseIds = [...caseFiles.keys()].sort();

const ids = (file: string) => (parse(readFileSync(path.join(content, file), 'utf8')) as Array<{ id: string }>).map((x) => x.id);
export const methodIds = ids('taxonomy/methods.yaml');
export const themeIds = ids('taxonomy/themes.yaml');
export const sourceIds = ids('sources/sources.yaml');

export function caseFile(id: string) {
  const file = caseFiles.get(id);
  if (!file) throw new Error(`no case file for id "${id}" under ${casesDir}`);
  return readCaseFile(file);
}
