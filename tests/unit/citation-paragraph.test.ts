import { describe, expect, it } from 'vitest';
import { formatLibraryReference, type CaseRef, type LibraryRef } from '../../src/lib/citation/formats.ts';
import { formatParagraphReference, paragraphBibTeX, paragraphRIS, paragraphUrl } from '../../src/lib/citation/paragraph.ts';

const c: CaseRef = {
  title: '“一站三中心”一切以群众为中心',
  subtitle: '天津市宝坻区的做法',
  authors: [],
  source: { title: '选编', publication: '', type: 'compilation' },
  isPart: true,
};
const lib: LibraryRef = { siteName: '案例库', url: 'https://example.org/cases/a-case/', accessed: '2026-12-06' };

describe('paragraphUrl', () => {
  it('puts the paragraph anchor on the page address, replacing any fragment', () => {
    expect(paragraphUrl('https://example.org/cases/a-case/', 5)).toBe('https://example.org/cases/a-case/#p5');
    expect(paragraphUrl('https://example.org/cases/a-case/#p2', 12)).toBe('https://example.org/cases/a-case/#p12');
  });
});

describe('formatParagraphReference', () => {
  it('2025: the page reference with 第N段 in the place of the page number, full-width colon, and the #pN address', () => {
    expect(formatParagraphReference(c, lib, 5, 'gbt7714-2025')).toBe(
      '“一站三中心”一切以群众为中心：天津市宝坻区的做法[EB/OL]. [2026-12-06]：第5段. https://example.org/cases/a-case/#p5.',
    );
  });
  it('2015: half-width colon and space', () => {
    expect(formatParagraphReference(c, lib, 5, 'gbt7714-2015')).toBe(
      '“一站三中心”一切以群众为中心: 天津市宝坻区的做法[EB/OL]. [2026-12-06]: 第5段. https://example.org/cases/a-case/#p5.',
    );
  });
  it('starts as the page reference does, authors and dates included', () => {
    const withAuthor: CaseRef = { ...c, authors: ['孙佑民'] };
    const dated = { ...lib, published: '2026-07-01' };
    const page = formatLibraryReference(withAuthor, { ...dated, url: '' }, 'gbt7714-2025').replace(/\.$/, '');
    expect(formatParagraphReference(withAuthor, dated, 3, 'gbt7714-2025')).toBe(`${page}：第3段. https://example.org/cases/a-case/#p3.`);
  });
});

describe('paragraph exports', () => {
  it('BibTeX: the paragraph address, its number, a key of its own, still one balanced entry', () => {
    const bib = paragraphBibTeX('a-case', c, lib, 5);
    expect(bib).toMatch(/^@incollection\{a-case-p5,\n/);
    expect(bib).toContain('  url = {https://example.org/cases/a-case/#p5}');
    expect(bib).toMatch(/,\n {2}addendum = \{本库第5段\}\n\}\n$/);
    expect(bib.split('{').length).toBe(bib.split('}').length);
  });
  it('RIS: the paragraph address and number, ER still last, CRLF line ends', () => {
    const ris = paragraphRIS(c, lib, 5);
    const lines = ris.split('\r\n');
    expect(lines).toContain('UR  - https://example.org/cases/a-case/#p5');
    expect(lines.at(-3)).toBe('N1  - 本库第5段');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
  });
});
