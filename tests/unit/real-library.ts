/**
 * The real library (content/), built outside Astro the way src/content.ts
 * builds it: every case file validated with the case schema, the taxonomy and
 * sources with theirs. For tests of modules that take page data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { caseIdOf } from '../../src/lib/ids.ts';
import type { Library, PracticeView } from '../../src/lib/library/types.ts';
import { buildLibrary } from '../../src/lib/node/build-library.ts';
import { listCaseFiles } from '../../src/lib/node/case-files.ts';
import { buildPractices } from '../../src/lib/node/practices.ts';
import { contentDir } from '../../src/lib/node/raw-source.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { loadVocabularyIds, readMethods, readPractices } from '../../src/lib/node/taxonomy.ts';
import { createCaseSchema } from '../../src/schemas/case.ts';
import { createPracticeSchema } from '../../src/schemas/practice.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { methodSchema, themeSchema } from '../../src/schemas/taxonomy.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

export function realCaseBodies(root = contentDir()): Map<string, string> {
  const dir = path.join(root, 'cases');
  return new Map(listCaseFiles(dir).map((f) => [caseIdOf(f), readFileSync(path.join(dir, f), 'utf8').replace(FRONTMATTER, '').trim()]));
}

/** One library per content folder, built once per test worker (the unit tier shares module graphs). */
const cached = new Map<string, Library>();

export function realLibrary(root = contentDir()): Library {
  const known = cached.get(root);
  if (known) return known;
  const regions = loadRegionIndex();
  const caseSchema = createCaseSchema({ ...loadVocabularyIds(root), regions });
  const yamlList = (...parts: string[]) => parse(readFileSync(path.join(root, ...parts), 'utf8')) as unknown[];
  const dir = path.join(root, 'cases');
  const cases = listCaseFiles(dir).map((f) => {
    const file = path.join(dir, f);
    const source = readFileSync(file, 'utf8');
    return { id: caseIdOf(f), data: caseSchema.parse(parseCaseSource(source, file).frontmatter), text: source.replace(FRONTMATTER, '').trim() };
  });
  const library = buildLibrary({
    cases,
    methods: yamlList('taxonomy', 'methods.yaml').map((m) => methodSchema.parse(m)),
    themes: yamlList('taxonomy', 'themes.yaml').map((t) => themeSchema.parse(t)),
    sources: yamlList('sources', 'sources.yaml').map((s) => sourceSchema.parse(s)),
    practices: readPractices(root),
    regions,
  });
  cached.set(root, library);
  return library;
}

/** The named practices joined to the real library, as src/content.ts builds them. */
export function realPractices(root = contentDir()): PracticeView[] {
  const library = realLibrary(root);
  const methods = readMethods(root).map((m) => methodSchema.parse(m));
  const schema = createPracticeSchema({ methods: methods.map((m) => m.id), cases: library.cases.map((c) => c.id) });
  const practices = (parse(readFileSync(path.join(root, 'taxonomy', 'practices.yaml'), 'utf8')) as unknown[]).map((p) => schema.parse(p));
  return buildPractices(practices, { cases: library.cases, methods, bodies: realCaseBodies(root) });
}
