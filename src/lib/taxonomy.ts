/** Loading the editorial vocabularies (taxonomy YAML files) outside Astro. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

function readYamlList(file: string): Array<{ id: string }> {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a YAML list`);
  return data as Array<{ id: string }>;
}

/** Ids the case schema accepts for methods, themes and sources. */
export function loadVocabularyIds(root: string): { methods: string[]; themes: string[]; sources: string[] } {
  return {
    methods: readYamlList(path.join(root, 'taxonomy', 'methods.yaml')).map((m) => m.id),
    themes: readYamlList(path.join(root, 'taxonomy', 'themes.yaml')).map((t) => t.id),
    sources: readYamlList(path.join(root, 'sources', 'sources.yaml')).map((s) => s.id),
  };
}

/** Case files under a content root, for checks that must see every file (duplicate ids). */
export function listCaseFiles(root: string): string[] {
  const dir = path.join(root, 'cases');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => path.join(dir, f));
}
