/**
 * Fidelity: every case body is its raw source, paragraph for paragraph, changed
 * only by recorded corrections and the edition-wide punctuation rules. The
 * per-case checks are those of `npm run check:content` (src/lib/node/content-checks.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listCaseFiles, readCaseFile } from '../../src/lib/node/case-files.ts';
import { caseFidelityProblems, sourceProblems } from '../../src/lib/node/content-checks.ts';
import { contentDir, readRawLines } from '../../src/lib/node/raw-source.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import { sourceSchema, type Source } from '../../src/schemas/source.ts';

// CONTENT_DIR names the content it checks: the fixture library in the unit tier (vitest.config.ts), a copy in fidelity-subfolder.test.ts.
const root = contentDir();
/** Every case file, subfolders included, as paths under content/cases/ (the names the tests carry). */
const caseFiles = listCaseFiles(path.join(root, 'cases'));
const readCase = (fileName: string) => readCaseFile(path.join(root, 'cases', fileName));
const sources = (parse(readFileSync(path.join(root, 'sources', 'sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const sourceById = new Map<string, Source>(sources.map((s) => [s.id, s]));

it('finds the cases', () => {
  expect(caseFiles.length).toBeGreaterThan(0);
});

describe.each(caseFiles)('content/cases/%s', (fileName) => {
  const file = readCase(fileName);
  const fm = file.frontmatter as {
    title: string;
    subtitle?: string;
    source: { id: string; lines: [number, number]; titleLine: number };
    corrections?: Correction[];
    keyFigures?: Array<{ quote: string }>;
  };
  const source = sourceById.get(fm.source.id);
  if (!source) throw new Error(`${fileName}: unknown source ${fm.source.id}`);

  it('body equals the raw text with only the recorded corrections; markers, structure, title, figures and anchors agree', () => {
    expect(caseFidelityProblems(file, fm, readRawLines(source.raw, root))).toEqual([]);
  });
});

describe('the raw sources', () => {
  it("the raw files are kept byte for byte (SHA-256 in sources.yaml) and editors' notes are the raw notes", () => {
    expect.hasAssertions();
    for (const source of sources) expect(sourceProblems(source, root), source.id).toEqual([]);
  });
});
