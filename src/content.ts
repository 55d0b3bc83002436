/**
 * The one module that queries Astro's content collections. Everything else
 * receives plain data from here (computed once per build).
 */
import { getCollection, getEntry, render } from 'astro:content';
import { buildLibrary } from './lib/node/build-library.ts';
import type { Library, PracticeView } from './lib/library/types.ts';
import { loadRegionIndex } from './lib/node/region-index.ts';
import { buildPractices } from './lib/node/practices.ts';

let library: Promise<Library> | undefined;

export function getLibrary(): Promise<Library> {
  library ??= (async () => {
    const [cases, methods, themes, sources, teaching, practices] = await Promise.all([
      getCollection('cases'),
      getCollection('methods'),
      getCollection('themes'),
      getCollection('sources'),
      getCollection('teaching'),
      getCollection('practices'),
    ]);
    const built = buildLibrary({
      cases: cases.map((c) => ({ id: c.id, data: c.data, text: c.body ?? '' })),
      methods: methods.map((m) => m.data),
      themes: themes.map((t) => t.data),
      sources: sources.map((s) => s.data),
      teaching: teaching.map((t) => ({ id: t.id, data: t.data })),
      practices: practices.map((p) => p.data),
      regions: loadRegionIndex(),
    });
    console.info(`[library] ${built.cases.length} cases; similarity computed in ${built.similarityMs} ms`);
    return built;
  })();
  return library;
}

let practices: Promise<PracticeView[]> | undefined;

/** The named practices, checked against the case texts they quote. */
export function getPractices(): Promise<PracticeView[]> {
  practices ??= (async () => {
    const [entries, cases, methods] = await Promise.all([getCollection('practices'), getCollection('cases'), getCollection('methods')]);
    return buildPractices(
      entries.map((e) => e.data),
      { cases: cases.map((c) => ({ id: c.id, title: c.data.title })), methods: methods.map((m) => m.data), bodies: new Map(cases.map((c) => [c.id, c.body ?? ''])) },
    );
  })();
  return practices;
}

/** Renders a case body (the MDX through the remark plugins). */
export async function renderCase(id: string) {
  const entry = await getEntry('cases', id);
  if (!entry) throw new Error(`case ${id} not found`);
  return render(entry);
}

/** Raw MDX bodies of all cases (the characters the search must fold to). */
export async function getCaseTexts(): Promise<string[]> {
  const cases = await getCollection('cases');
  return cases.map((c) => `${c.data.title}${c.data.subtitle ?? ''}${c.body ?? ''}`);
}

/** `getStaticPaths` of every per-case route: the id as parameter, the case as prop. */
export async function casePaths() {
  const library = await getLibrary();
  return library.cases.map((item) => ({ params: { id: item.id }, props: { item } }));
}
