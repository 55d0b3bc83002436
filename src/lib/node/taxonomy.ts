/** Loading the editorial vocabularies (taxonomy YAML files) outside Astro. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { methodSpellings } from '../methods.ts';
import { methodUrl } from '../urls.ts';
import type { CaseVocabulary } from '../../schemas/case.ts';
import { loadRegionIndex } from './region-index.ts';
import type { RegionIndex } from '../regions/divisions.ts';

function readYamlList<T extends { id: string }>(file: string): T[] {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a YAML list`);
  return data as T[];
}

/** The methods as written in content/taxonomy/methods.yaml (validated by the build's schema). */
export function readMethods(root: string): Array<{ id: string; name: string; aliases: string[]; definition: string; phrase: string; questions: string[] }> {
  return readYamlList<{ id: string; name: string; aliases?: string[]; definition: string; phrase: string; questions: string[] }>(path.join(root, 'taxonomy', 'methods.yaml')).map(
    (m) => ({ ...m, aliases: m.aliases ?? [] }),
  );
}

/** The themes as written in content/taxonomy/themes.yaml. */
export function readThemes(root: string): Array<{ id: string; name: string; description: string; questions?: string[] }> {
  return readYamlList(path.join(root, 'taxonomy', 'themes.yaml'));
}

/** The named practices as written in content/taxonomy/practices.yaml (validated by the build's schema). */
export function readPractices(root: string): Array<{ id: string; name: string; spellings: string[]; methods: string[]; cases: string[] }> {
  return readYamlList<{ id: string; name: string; spellings?: string[]; methods: string[]; cases: string[] }>(path.join(root, 'taxonomy', 'practices.yaml')).map(
    (p) => ({ ...p, spellings: p.spellings ?? [] }),
  );
}

/**
 * Methods with every phrase that shows a text uses them: their aliases and the
 * names of the named practices that are a form of them (for tools that look
 * for a method's mention, such as the ingest's method suggestions).
 */
export function readMethodMentions(root: string): Array<{ id: string; name: string; aliases: string[]; definition: string; phrase: string; questions: string[] }> {
  const practices = readPractices(root);
  return readMethods(root).map((m) => ({
    ...m,
    aliases: [...new Set([...m.aliases, ...practices.filter((p) => p.methods.includes(m.id)).flatMap((p) => [p.name, ...p.spellings])])],
  }));
}

/** Ids the case schema accepts for methods, themes and sources. */
export function loadVocabularyIds(root: string): { methods: string[]; themes: string[]; sources: string[] } {
  return {
    methods: readMethods(root).map((m) => m.id),
    themes: readThemes(root).map((t) => t.id),
    sources: readYamlList(path.join(root, 'sources', 'sources.yaml')).map((s) => s.id),
  };
}

/**
 * Everything the case schema checks references against, read from `root`:
 * the one source of the vocabulary for the build (content.config.ts) and for
 * `npm run check:content`.
 */
export function loadCaseVocabulary(root: string): CaseVocabulary & { regions: RegionIndex } {
  return { ...loadVocabularyIds(root), regions: loadRegionIndex() };
}

/**
 * Methods as the glossary-link plugin needs them: every spelling, its page, a
 * one-line definition. A named practice's names link to its first method (the
 * practice has no page of its own).
 */
export function loadMethodTerms(root: string): Array<{ id: string; terms: string[]; url: string; definition: string }> {
  const methods = readMethods(root);
  const practices = readPractices(root);
  return methods.map((m) => ({
    id: m.id,
    terms: methodSpellings({ name: m.name, aliases: [...m.aliases, ...practices.filter((p) => p.methods[0] === m.id).flatMap((p) => [p.name, ...p.spellings])] }),
    url: methodUrl(m.id),
    definition: firstSentence(m.definition),
  }));
}

/** The definition up to its first full stop. */
export function firstSentence(text: string): string {
  const at = text.indexOf('。');
  return at === -1 ? text : text.slice(0, at + 1);
}
