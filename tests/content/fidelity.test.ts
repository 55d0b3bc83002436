/**
 * Fidelity: every case body is its raw source, paragraph for paragraph, changed
 * only by recorded corrections and the edition-wide punctuation rules. The
 * checks are those of `npm run check:content` (src/lib/content-checks.ts).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listCaseFiles, readCaseFile } from '../../src/lib/case-file.ts';
import { caseFidelityProblems, sourceProblems } from '../../src/lib/content-checks.ts';
import { readRawLines } from '../../src/lib/raw-source.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import { sourceSchema, type Source } from '../../src/schemas/source.ts';

const root = path.resolve('content');
const caseFiles = listCaseFiles(path.join(root, 'cases'));
const sources = (parse(readFileSync(path.join(root, 'sources', 'sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const sourceById = new Map<string, Source>(sources.map((s) => [s.id, s]));

it('finds the case files', () => {
  expect(caseFiles.length).toBeGreaterThanOrEqual(18);
});

describe.each(caseFiles)('%s', (fileName) => {
  const file = readCaseFile(path.join(root, 'cases', fileName));
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
  it('a compilation case range holds exactly one 【点评】 and it comes last but one', () => {
    for (const fileName of caseFiles) {
      const { blocks, frontmatter } = readCaseFile(path.join(root, 'cases', fileName));
      if ((frontmatter.source as { id: string }).id !== 'jingyan-zuofa-xuanbian-zhailu') continue;
      expect(blocks.filter((b) => b === '【点评】'), fileName).toHaveLength(1);
      expect(blocks.at(-2), fileName).toBe('【点评】');
    }
  });

  it('the raw files are kept byte for byte (SHA-256 in sources.yaml) and editors\' notes are the raw notes', () => {
    for (const source of sources) expect(sourceProblems(source, root), source.id).toEqual([]);
  });
});
