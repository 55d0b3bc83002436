import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseLoader, listCaseFiles } from './loaders/case-loader.ts';
import path from 'node:path';
import { createCaseSchema } from './schemas/case.ts';
import { methodSchema, themeSchema } from './schemas/taxonomy.ts';
import { createPracticeSchema } from './schemas/practice.ts';
import { sourceSchema } from './schemas/source.ts';
import { teachingSchema } from './schemas/teaching.ts';
import { contentDir } from './lib/raw-source.ts';
import { loadVocabularyIds } from './lib/taxonomy.ts';
import { loadRegionIndex } from './lib/regions.ts';

const root = contentDir();
const casesDir = path.join(root, 'cases');
const vocabulary = { ...loadVocabularyIds(root), regions: loadRegionIndex() };
// A case's id is its file's base name (src/lib/case-id.ts).
const caseIds = listCaseFiles(casesDir).map((f) => path.posix.basename(f, '.mdx'));

export const collections = {
  cases: defineCollection({
    loader: caseLoader({ base: casesDir }),
    schema: createCaseSchema(vocabulary),
  }),
  methods: defineCollection({ loader: file(path.join(root, 'taxonomy', 'methods.yaml')), schema: methodSchema }),
  practices: defineCollection({ loader: file(path.join(root, 'taxonomy', 'practices.yaml')), schema: createPracticeSchema({ methods: vocabulary.methods, cases: caseIds }) }),
  themes: defineCollection({ loader: file(path.join(root, 'taxonomy', 'themes.yaml')), schema: themeSchema }),
  sources: defineCollection({ loader: file(path.join(root, 'sources', 'sources.yaml')), schema: sourceSchema }),
  teaching: defineCollection({ loader: glob({ pattern: '*.yaml', base: path.join(root, 'teaching') }), schema: teachingSchema }),
};
