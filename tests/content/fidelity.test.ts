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
import { COMMENTARY_MARKER } from '../../src/lib/text.ts';
import type { Correction } from '../../src/schemas/correction.ts';
import { sourceSchema, type Source } from '../../src/schemas/source.ts';

// CONTENT_DIR points the test at another copy of the content (see fidelity-subfolder.test.ts).
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
  it('a compilation holds one 【点评】 per case, and it comes last but one', () => {
    expect.hasAssertions();
    const compilations = new Set(sources.filter((s) => s.type === 'compilation').map((s) => s.id));
    for (const fileName of caseFiles) {
      const { blocks, frontmatter } = readCase(fileName);
      const commentaries = blocks.filter((b) => b === COMMENTARY_MARKER).length;
      if (!compilations.has((frontmatter.source as { id: string }).id) && commentaries === 0) continue;
      expect(commentaries, fileName).toBe(1);
      expect(blocks.at(-2), fileName).toBe(COMMENTARY_MARKER);
    }
  });

  it('the cases of a source cover its body without overlapping: nothing but blank lines between two cases', () => {
    const ranges = caseFiles.map((f) => ({ file: f, ...(readCase(f).frontmatter.source as { id: string; lines: [number, number]; titleLine: number }) }));
    for (const source of sources) {
      const own = ranges.filter((r) => r.id === source.id).sort((a, b) => a.titleLine - b.titleLine);
      expect(own.length, `${source.id}: no case is taken from this source`).toBeGreaterThan(0);
      const lines = readRawLines(source.raw, root);
      for (const r of own) expect(r.lines[0], `${r.file}: body starts before its title line`).toBeGreaterThan(r.titleLine);
      for (let i = 1; i < own.length; i++) {
        const [before, after] = [own[i - 1]!, own[i]!];
        expect(after.titleLine, `${after.file} overlaps ${before.file}`).toBeGreaterThan(before.lines[1]);
        const between = lines.slice(before.lines[1], after.titleLine - 1).filter((l) => l.trim() !== '');
        expect(between, `${source.raw} lines ${before.lines[1] + 1}–${after.titleLine - 1}, between ${before.file} and ${after.file}, are in no case`).toEqual([]);
      }
    }
  });

  it("the raw files are kept byte for byte (SHA-256 in sources.yaml) and editors' notes are the raw notes", () => {
    expect.hasAssertions();
    for (const source of sources) expect(sourceProblems(source, root), source.id).toEqual([]);
  });
});
