import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, formatLibraryReference, toBibTeX, toRIS, type CaseRef, type LibraryRef } from '../../src/lib/citation/formats.ts';
import { paragraphBibTeX, paragraphReference, paragraphRIS, paragraphUrl, referenceHead, type ParagraphTemplates } from '../../src/lib/citation/paragraph.ts';

/** The page's references as a case page has them: the GB/T strings in its box, its .bib and .ris files. */
function paragraphTemplates(key: string, c: CaseRef, lib: LibraryRef): ParagraphTemplates {
  const heads = Object.fromEntries(CITATION_STYLES.map((s) => [s.id, referenceHead(formatLibraryReference(c, lib, s.id))!.head])) as ParagraphTemplates['heads'];
  return { key, pageUrl: lib.url, heads, bibTeX: toBibTeX(key, c, lib), ris: toRIS(c, lib) };
}

const c: CaseRef = {
  title: '“一站三中心”一切以群众为中心',
  subtitle: '天津市宝坻区的做法',
  authors: [],
  source: { title: '选编', publication: '', type: 'compilation' },
  isPart: true,
};
const lib: LibraryRef = { siteName: '案例库', url: 'https://example.org/cases/a-case/', accessed: '2026-12-06' };
const t = paragraphTemplates('a-case', c, lib);

describe('paragraphUrl', () => {
  it('puts the paragraph anchor on the page address, replacing any fragment', () => {
    expect(paragraphUrl('https://example.org/cases/a-case/', 5)).toBe('https://example.org/cases/a-case/#p5');
    expect(paragraphUrl('https://example.org/cases/a-case/#p2', 12)).toBe('https://example.org/cases/a-case/#p12');
  });
});

describe('referenceHead', () => {
  it('cuts a page reference before its address', () => {
    expect(referenceHead('题名[EB/OL]. （2026-07-01）[2026-12-06]. https://example.org/cases/a/.')).toEqual({ head: '题名[EB/OL]. （2026-07-01）[2026-12-06]', url: 'https://example.org/cases/a/' });
  });
  it('finds nothing in a reference without an address at its end', () => {
    expect(referenceHead('题名[G]//选编.')).toBeNull();
  });
});

describe('paragraphReference', () => {
  it('2025: the page reference with 第N段 in the place of the page number, full-width colon, and the #pN address', () => {
    expect(paragraphReference(t, 5, 'gbt7714-2025')).toBe('“一站三中心”一切以群众为中心：天津市宝坻区的做法[EB/OL]. [2026-12-06]：第5段. https://example.org/cases/a-case/#p5.');
  });
  it('2015: half-width colon and space', () => {
    expect(paragraphReference(t, 5, 'gbt7714-2015')).toBe('“一站三中心”一切以群众为中心: 天津市宝坻区的做法[EB/OL]. [2026-12-06]: 第5段. https://example.org/cases/a-case/#p5.');
  });
  it('starts as the page reference does, authors and dates included', () => {
    const withAuthor: CaseRef = { ...c, authors: ['孙佑民'] };
    const dated = { ...lib, published: '2026-07-01' };
    const page = formatLibraryReference(withAuthor, dated, 'gbt7714-2025');
    const cited = paragraphReference(paragraphTemplates('a-case', withAuthor, dated), 3, 'gbt7714-2025');
    expect(cited).toBe(`${page.replace(/ https:.*$/, '').replace(/\.$/, '')}：第3段. https://example.org/cases/a-case/#p3.`);
  });
});

describe('paragraph exports', () => {
  it('BibTeX: the page entry alone, with a key of its own, the paragraph address and number, still one balanced entry', () => {
    const bib = paragraphBibTeX(t, 5);
    const page = toBibTeX('a-case', c, lib).split(/\n(?=@)/u)[1]!;
    expect(bib).toMatch(/^@online\{a-case-p5,\n/);
    expect(bib.match(/^@/gmu)).toHaveLength(1);
    expect(bib).toContain('  url = {https://example.org/cases/a-case/#p5}');
    expect(bib).not.toContain('url = {https://example.org/cases/a-case/}');
    expect(bib).toMatch(/,\n {2}addendum = \{本库第5段\}\n\}\n$/);
    expect(bib.split('{').length).toBe(bib.split('}').length);
    // Every other field as the page's.
    expect(bib.split('\n').filter((l) => !/^@|url = |addendum|^\}/.test(l)).map((l) => l.replace(/,$/, ''))).toEqual(page.split('\n').filter((l) => !/^@|url = |^\}/.test(l)).map((l) => l.replace(/,$/, '')));
  });
  it('RIS: the page record alone, with the paragraph address and number, ER still last, CRLF line ends', () => {
    const ris = paragraphRIS(t, 5);
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(1);
    expect(lines).toContain('UR  - https://example.org/cases/a-case/#p5');
    expect(lines).not.toContain('UR  - https://example.org/cases/a-case/');
    expect(lines.at(-3)).toBe('N1  - 本库第5段');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    const page = toRIS(c, lib).split(/(?<=ER {2}- \r\n)/u)[1]!;
    expect(lines.length).toBe(page.split('\r\n').length + 1);
  });
});
