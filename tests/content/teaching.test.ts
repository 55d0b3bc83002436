/**
 * Teaching notes are the editors' but drawn strictly from the text: every case
 * has them, they validate, they cite paragraphs that exist, and every
 * quotation in them stands word for word in a paragraph they cite. The checks
 * are those of `npm run check:content` (src/lib/node/content-checks.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseIdOf } from '../../src/lib/ids.ts';
import { listCaseFiles, readCaseFile } from '../../src/lib/node/case-files.ts';
import { caseParagraphs } from '../../src/lib/case-mdx.ts';
import { paragraphsOf, teachingProblems } from '../../src/lib/node/content-checks.ts';
import { contentDir } from '../../src/lib/node/raw-source.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';

// The fixture library in the unit tier (vitest.config.ts): the checks are
// code; check:content applies them to content/.
const root = contentDir();
const caseFiles = new Map(listCaseFiles(path.join(root, 'cases')).map((f) => [caseIdOf(f), f]));
const noteIds = readdirSync(path.join(root, 'teaching')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

it('every case has teaching notes, and every note belongs to a case', () => {
  expect(caseFiles.size).toBeGreaterThan(0);
  expect(noteIds.sort()).toEqual([...caseFiles.keys()].sort());
});

describe.each([...caseFiles])('%s', (id, fileName) => {
  const notes = teachingSchema.parse(parse(readFileSync(path.join(root, 'teaching', `${id}.yaml`), 'utf8')));
  const file = readCaseFile(path.join(root, 'cases', fileName));

  it('cites paragraphs that exist, quotes them word for word, asks and states in full Chinese sentences', () => {
    expect(teachingProblems(notes, paragraphsOf(file))).toEqual([]);
  });

  it('agrees with the site on the paragraph count', () => {
    const body = readFileSync(path.join(root, 'cases', fileName), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(caseParagraphs(body).length).toBe(paragraphsOf(file).size);
  });
});
