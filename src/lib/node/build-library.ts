/**
 * All page data, computed once per build from the validated collections
 * (src/content.ts calls this). Pages and components only render what it hands
 * them (library/types.ts). Node-only: related cases use jieba, short links
 * node:crypto.
 */
import type { Method, Theme } from '../../schemas/taxonomy.ts';
import type { Source } from '../../schemas/source.ts';
import type { Teaching } from '../../schemas/teaching.ts';
import { caseParagraphs } from '../case-mdx.ts';
import { inReadingOrder, quotedWithNotes } from '../collation-notes.ts';
import { caseReference } from '../citation/case-reference.ts';
import { buildNeighbours } from '../library/neighbours.ts';
import { buildRegionPages, buildRegionTree, groupByProvince } from '../library/region-tree.ts';
import type { CaseInput, CaseView, Library, MethodView, SourceView, ThemeView } from '../library/types.ts';
import { chainName, type RegionIndex } from '../regions/divisions.ts';
import { buildTimeline } from '../library/timeline.ts';
import { caseUrl, methodUrl, shortUrl, sourceUrl, themeUrl } from '../urls.ts';
import { methodPassage, quoteAround } from './method-passages.ts';
import { findMentions, passingMentions, type Mention } from './method-mentions.ts';
import { computeRelated, type PracticeCases } from './related.ts';
import { shortCode } from './short-code.ts';
import { normalizePunctuation } from '../text.ts';

export class LibraryError extends Error {}

export function buildLibrary(input: {
  cases: CaseInput[];
  methods: Method[];
  themes: Theme[];
  sources: Source[];
  /** Teaching notes by case id (content/teaching/<id>.yaml); optional per case. */
  teaching?: Array<{ id: string; data: Teaching }>;
  /** Named practices with their cases (content/taxonomy/practices.yaml): a shared one relates cases. */
  practices?: readonly PracticeCases[];
  regions: RegionIndex;
}): Library {
  const methodById = new Map(input.methods.map((m) => [m.id, m]));
  const themeById = new Map(input.themes.map((t) => [t.id, t]));
  // A source's title is shown and cited with the edition's own punctuation rule (全书通例: half-width beside
  // Chinese made full-width), as its text is: “…短文摘登(一)” read against the （…） of every line around it.
  const shownSources = input.sources.map((s) => ({ ...s, title: normalizePunctuation(s.title) }));
  const sourceById = new Map(shownSources.map((s) => [s.id, s]));
  // Sources in the order of their raw files (000, 001, …), the order they were collected.
  const sortedSources = [...shownSources].sort((a, b) => a.raw.localeCompare(b.raw));
  const sourceOrder = new Map(sortedSources.map((s, i) => [s.id, i]));

  const teachingById = new Map((input.teaching ?? []).map((t) => [t.id, t.data]));
  const caseIds = new Set(input.cases.map((c) => c.id));
  for (const id of teachingById.keys()) {
    if (!caseIds.has(id)) throw new LibraryError(`content/teaching/${id}.yaml: there is no case "${id}"`);
  }

  const lookup = <T>(map: Map<string, T>, id: string, what: string, caseId: string): T => {
    const found = map.get(id);
    if (!found) throw new LibraryError(`case ${caseId}: unknown ${what} "${id}"`);
    return found;
  };

  const paragraphs = new Map(input.cases.map((c) => [c.id, caseParagraphs(c.text ?? '')]));
  const sorted = [...input.cases].sort(
    (a, b) =>
      (sourceOrder.get(a.data.source.id) ?? 0) - (sourceOrder.get(b.data.source.id) ?? 0) ||
      a.data.source.lines[0] - b.data.source.lines[0] ||
      a.id.localeCompare(b.id),
  );
  const orderInSource = new Map<string, number>();
  const casesPerSource = new Map<string, number>();
  for (const c of input.cases) casesPerSource.set(c.data.source.id, (casesPerSource.get(c.data.source.id) ?? 0) + 1);
  const cases: CaseView[] = sorted.map((c) => {
    const chain = input.regions.chain(c.data.region.code);
    if (chain.length === 0) throw new LibraryError(`case ${c.id}: region code "${c.data.region.code}" is unknown`);
    const order = (orderInSource.get(c.data.source.id) ?? 0) + 1;
    const source = lookup(sourceById, c.data.source.id, 'source', c.id);
    orderInSource.set(c.data.source.id, order);
    const corrections = inReadingOrder(c.data.corrections, (p) => paragraphs.get(c.id)!.find((b) => b.p === p)?.text);
    return {
      id: c.id,
      url: caseUrl(c.id),
      title: c.data.title,
      subtitle: c.data.subtitle,
      // The 校勘记 in reading order, as remark-collation numbers their markers.
      data: { ...c.data, corrections },
      keyFigures: c.data.keyFigures.map((k) => ({ ...k, parts: quotedWithNotes(k.quote, paragraphs.get(c.id)!, corrections) })),
      region: {
        code: c.data.region.code,
        chain,
        township: c.data.region.township,
        note: c.data.region.note,
        name: chainName(chain) + (c.data.region.township ?? ''),
      },
      methods: c.data.methods.map((m) => lookup(methodById, m, 'method', c.id)),
      themes: c.data.themes.map((t) => lookup(themeById, t, 'theme', c.id)),
      source,
      order,
      teaching: teachingById.get(c.id),
      shortUrl: shortUrl(shortCode(c.id)),
      citation: caseReference(c.data, source, (casesPerSource.get(source.id) ?? 0) > 1),
    };
  });
  const byShortUrl = new Map<string, string>();
  for (const c of cases) {
    const other = byShortUrl.get(c.shortUrl);
    if (other) throw new LibraryError(`cases ${other} and ${c.id} share the short link ${c.shortUrl}; change one id`);
    byShortUrl.set(c.shortUrl, c.id);
  }

  const caseById = new Map(cases.map((c) => [c.id, c]));
  for (const c of cases) {
    if (!c.teaching) continue;
    const count = paragraphs.get(c.id)!.length;
    for (const note of [...c.teaching.questions, ...c.teaching.points]) {
      const bad = note.paragraphs.filter((p) => p > count);
      if (bad.length > 0) throw new LibraryError(`content/teaching/${c.id}.yaml: paragraph ${bad.join(', ')} does not exist (the case has ${count}) in “${note.text.slice(0, 20)}…”`);
    }
  }
  // Every mention of a method in a case body is on the method's page (tagged or 也提到); the build fails otherwise.
  const passingByMethod = new Map<string, Array<{ case: CaseView; mention: Mention; text: string }>>();
  const mentionErrors: string[] = [];
  for (const c of cases) {
    const paras = paragraphs.get(c.id) ?? [];
    try {
      for (const mention of passingMentions(`case ${c.id}`, c.data, findMentions(input.methods, paras))) {
        const list = passingByMethod.get(mention.method.id) ?? passingByMethod.set(mention.method.id, []).get(mention.method.id)!;
        list.push({ case: c, mention, text: paras.find((b) => b.p === mention.p)!.text });
      }
    } catch (error) {
      mentionErrors.push((error as Error).message);
    }
  }
  if (mentionErrors.length > 0) throw new LibraryError(mentionErrors.join('\n'));
  const methods: MethodView[] = input.methods.map((method) => {
    const using = cases.filter((c) => c.data.methods.includes(method.id));
    const together = new Map<string, number>();
    for (const c of using) for (const m of c.data.methods) if (m !== method.id) together.set(m, (together.get(m) ?? 0) + 1);
    return {
      method,
      url: methodUrl(method.id),
      cases: using,
      passages: using.flatMap((c) => {
        // `?.`: hand-built CaseData (tests, tools) may lack the schema's defaulted fields.
        const found = methodPassage(method, paragraphs.get(c.id) ?? [], c.data.evidence?.[method.id]);
        return found ? [{ case: c, ...found, proposed: c.data.proposed?.includes(method.id) ?? false }] : [];
      }),
      mentions: (passingByMethod.get(method.id) ?? []).map(({ case: c, mention, text }) => ({
        case: c,
        p: mention.p,
        quote: quoteAround(text, mention.term),
        term: mention.term,
      })),
      related: [...together.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([id, n]) => ({ method: methodById.get(id)!, url: methodUrl(id), together: n })),
    };
  });
  const themes: ThemeView[] = input.themes.map((theme) => ({
    theme,
    url: themeUrl(theme.id),
    cases: cases.filter((c) => c.data.themes.includes(theme.id)),
  }));
  const sources: SourceView[] = sortedSources.map((source) => ({
    source,
    url: sourceUrl(source.id),
    cases: cases.filter((c) => c.source.id === source.id),
  }));

  const tree = buildRegionTree(cases);
  const neighbours = buildNeighbours(cases, new Map(methods.map((m) => [m.method.id, m.cases])), tree.casesUnder);

  const started = performance.now();
  const related = computeRelated(cases, new Map(input.cases.map((c) => [c.id, `${c.data.title}\n${c.text ?? ''}`])), {}, input.practices);
  const similarityMs = Math.round(performance.now() - started);

  return {
    cases,
    caseById,
    methods,
    themes,
    sources,
    regionTree: tree.roots,
    regionPages: buildRegionPages(tree, input.regions),
    byProvince: groupByProvince(tree),
    neighbours,
    related,
    similarityMs,
    timeline: buildTimeline(cases),
  };
}
