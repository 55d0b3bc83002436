import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseLoader } from './loaders/case-loader.ts';
import { listCaseFiles } from './lib/node/case-files.ts';
import path from 'node:path';
import { createCaseSchema } from './schemas/case.ts';
import { methodSchema, themeSchema } from './schemas/taxonomy.ts';
import { createPracticeSchema } from './schemas/practice.ts';
import { sourceSchema } from './schemas/source.ts';
import { teachingSchema } from './schemas/teaching.ts';
import { contentDir } from './lib/node/raw-source.ts';
import { caseIdOf } from './lib/ids.ts';
import { loadCaseVocabulary } from './lib/node/taxonomy.ts';

const root = contentDir();
const casesDir = path.join(root, 'cases');
const vocabulary = loadCaseVocabulary(root);
const caseIds = listCaseFiles(casesDir).map(caseIdOf);

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
