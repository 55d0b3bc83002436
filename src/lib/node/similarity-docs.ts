/**
 * A library's cases as the similarity step reads them (title and body text,
 * tags, province, level) with the segmenter's dictionary (every method's
 * spellings): one loader for the related-cases quality test and the
 * measuring script, read as the site reads the case files.
 */
import path from 'node:path';
import { caseIdOf } from '../ids.ts';
import { methodSpellings } from '../methods.ts';
import { listCaseFiles, readCaseFile } from './case-files.ts';
import { loadRegionIndex } from './region-index.ts';
import type { SimilarityDoc } from './similarity.ts';
import { readMethods, readPractices } from './taxonomy.ts';

type SimilarityFrontmatter = {
  title: string;
  methods: string[];
  themes: string[];
  region: { code: string };
  level: string;
};

export function readSimilarityDocs(root: string): { docs: SimilarityDoc[]; dictionary: string[] } {
  const regions = loadRegionIndex();
  const practices = readPractices(root);
  const docs = listCaseFiles(path.join(root, 'cases')).map((f) => {
    const file = readCaseFile(path.join(root, 'cases', f));
    const fm = file.frontmatter as SimilarityFrontmatter;
    const id = caseIdOf(f);
    return {
      id,
      text: `${fm.title}\n${file.blocks.join('\n')}`,
      methods: fm.methods,
      themes: fm.themes,
      practices: practices.filter((p) => p.cases.includes(id)).map((p) => p.id),
      province: regions.chain(fm.region.code)[0]!.code,
      level: fm.level,
    };
  });
  return { docs, dictionary: readMethods(root).flatMap(methodSpellings) };
}
