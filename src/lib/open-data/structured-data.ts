/**
 * schema.org JSON-LD for a case page: an Article about its methods and
 * themes, covering its place, based on its source document. Only facts the
 * library holds are stated; an unknown date or URL is left out.
 */
import type { CaseView } from '../library/types.ts';
import { SITE_NAME } from '../site.ts';
import { methodUrl, regionUrl, sourceUrl, themeUrl } from '../urls.ts';

export function caseJsonLd(c: CaseView, site: URL): Record<string, unknown> {
  const abs = (p: string) => new URL(p, site).href;
  const source = c.source;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': abs(c.url),
    url: abs(c.url),
    headline: c.title,
    ...(c.subtitle ? { alternativeHeadline: c.subtitle } : {}),
    description: c.data.summary,
    inLanguage: 'zh-CN',
    genre: c.data.kind,
    ...(c.data.authors.length > 0
      ? // An inferred role is left out: JSON-LD has no way to say 推定.
        { author: c.data.authors.map((a) => ({ '@type': 'Person', name: a.name, ...(a.role && !a.roleInferred ? { jobTitle: a.role } : {}) })) }
      : {}),
    keywords: [...c.methods.map((m) => m.name), ...c.themes.map((t) => t.name)].join(','),
    about: [
      ...c.methods.map((m) => ({ '@type': 'DefinedTerm', name: m.name, description: m.definition, url: abs(methodUrl(m.id)) })),
      ...c.themes.map((t) => ({ '@type': 'DefinedTerm', name: t.name, url: abs(themeUrl(t.id)) })),
    ],
    spatialCoverage: {
      '@type': 'Place',
      name: c.region.name,
      identifier: { '@type': 'PropertyValue', propertyID: 'GB/T 2260', value: c.region.code },
      url: abs(regionUrl(c.region.code)),
    },
    ...(c.data.years.length > 0 ? { temporalCoverage: yearsRange(c.data.years) } : {}),
    isBasedOn: {
      '@type': 'CreativeWork',
      '@id': abs(sourceUrl(source.id)),
      name: source.title,
      publisher: { '@type': 'Organization', name: source.publication },
      ...(source.date ? { datePublished: source.date } : {}),
      ...(source.url ? { sameAs: source.url } : {}),
    },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: abs('/') },
  };
}

/** ISO 8601 interval of the practice's years (2010/2012), or one year. */
function yearsRange(years: readonly number[]): string {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}/${hi}`;
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
