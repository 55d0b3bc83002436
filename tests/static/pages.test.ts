/**
 * The built pages, read from dist/ without a browser: every page exists with
 * its metadata, every case page carries its edition paragraph by paragraph,
 * its related cases, teaching notes, citations and short link.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { caseFile, caseIds, methodIds, sourceIds, themeIds } from '../corpus.ts';
import { all, attr, exists, hasClass, is, one, page, read, readJson, sitemapPaths, text } from './dist.ts';

const cases = readJson<{ cases: Array<{ id: string; region: { names: Array<{ code: string }> } }> }>('/cases.json').cases;

it('every listed page is built', () => {
  const regionCodes = new Set(cases.flatMap((c) => c.region.names.map((r) => r.code)));
  const urls = [
    '/', '/cases/', '/methods/', '/themes/', '/regions/', '/sources/',
    ...caseIds.map((id) => `/cases/${id}/`),
    ...methodIds.map((id) => `/methods/${id}/`),
    ...themeIds.map((id) => `/themes/${id}/`),
    ...sourceIds.map((id) => `/sources/${id}/`),
    ...[...regionCodes].map((code) => `/regions/${code}/`),
  ];
  expect(regionCodes).toContain('530625');
  for (const url of urls) {
    expect(exists(url), url).toBe(true);
    const html = read(url);
    expect(html, url).toContain('<html lang="zh-CN">');
    expect(html, url).toMatch(/<h1[\s>]/);
    expect(html, url).toContain('联系服务群众经验案例库');
  }
});

it('every page has its own title, description and canonical URL', () => {
  const xml = read('/sitemap.xml');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(urls.map((u) => new URL(u).pathname)).toEqual(sitemapPaths());
  const titles = new Set<string>();
  for (const url of urls) {
    const html = read(new URL(url).pathname);
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
    expect(title, url).toBeTruthy();
    expect(titles.has(title!), `duplicate title ${title}`).toBe(false);
    titles.add(title!);
    expect(html, url).toMatch(/<meta name="description" content="[^"]{10,}">/);
    expect(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1], url).toBe(url);
    expect(html, url).toContain(`<meta property="og:title"`);
  }
});

/** What the reader sees of the body blocks, minus the apparatus the plugins add (paragraph numbers, ¶ links, note markers, lacuna marks). */
function bodyBlocks(body: Element) {
  const apparatus = (el: Element) => hasClass(el, 'pnum') || hasClass(el, 'pilcrow') || hasClass(el, 'note-ref') || hasClass(el, 'lacuna');
  return all(body, (el) => el.tagName === 'p' || (el.tagName === 'h2' && !hasClass(el, 'commentary-label'))).map((el) => ({
    id: attr(el, 'id') ?? '',
    text: text(el, apparatus),
  }));
}

describe.each(caseIds)('case %s', (id) => {
  const url = `/cases/${id}/`;

  // What the reader sees of 推定 is checked in the browser (tests/e2e/inferred.spec.ts).
  it('marks exactly the values its frontmatter marks inferred', () => {
    const fm = caseFile(id).frontmatter as { inferred?: Record<string, string>; authors?: Array<{ roleInferred?: string }> };
    const expected = (fm.authors ?? []).filter((a) => a.roleInferred).length + Object.keys(fm.inferred ?? {}).length;
    expect(all(page(url), (el) => el.tagName === 'a' && attr(el, 'data-inferred') !== null)).toHaveLength(expected);
  });

  it('the built body is the edition, paragraph by paragraph, with p1…pn anchors, ¶ links, notes and commentary', () => {
    const file = caseFile(id);
    const fm = file.frontmatter as { corrections?: unknown[] };
    const tree = page(url);
    const body = one(tree, is(null, 'data-case-body'), `${url} [data-case-body]`);
    const blocks = bodyBlocks(body);
    const expected = file.blocks.filter((b) => b !== '【点评】');
    expect(blocks.map((b) => b.text)).toEqual(expected);
    expect(blocks.map((b) => b.id)).toEqual(expected.map((_, i) => `p${i + 1}`));
    // Every paragraph shows its number (data-pnum), hidden from screen readers (the ¶ link names it).
    const paragraphs = all(body, (el) => el.tagName === 'p' && (attr(el, 'id') ?? '').startsWith('p'));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const para of paragraphs) {
      const numbers = all(para, (el) => hasClass(el, 'pnum'));
      expect(numbers.map((n) => attr(n, 'data-pnum')), attr(para, 'id') ?? '').toEqual([(attr(para, 'id') ?? '').slice(1)]);
      expect(attr(numbers[0]!, 'aria-hidden')).toBe('true');
    }
    // Every block has a ¶ link to itself.
    const pilcrows = all(body, (el) => el.tagName === 'a' && hasClass(el, 'pilcrow'));
    expect(pilcrows).toHaveLength(expected.length);
    expect(pilcrows.map((a) => attr(a, 'href'))).toEqual(expected.map((_, i) => `#p${i + 1}`));
    // Every collation note is listed and linked both ways.
    const notes = fm.corrections?.length ?? 0;
    const listed = all(tree, is(null, 'data-collation')).flatMap((c) => all(c, (li) => li.tagName === 'li' && (attr(li, 'id') ?? '').startsWith('jk-')));
    expect(listed).toHaveLength(notes);
    const refs = all(body, (el) => el.tagName === 'a' && hasClass(el, 'note-ref'));
    expect(refs).toHaveLength(notes);
    const noteIds = new Set(listed.map((li) => `#${attr(li, 'id')}`));
    for (const ref of refs) expect(noteIds, attr(ref, 'href') ?? '').toContain(attr(ref, 'href'));
    // Commentary is set apart as the compilers'.
    expect(all(body, is('aside', 'data-commentary'))).toHaveLength(file.blocks.includes('【点评】') ? 1 : 0);
  });

  it('numbers the 校勘记 markers in reading order and lists the notes alike', () => {
    const tree = page(url);
    const body = one(tree, is(null, 'data-case-body'), `${url} [data-case-body]`);
    const marks = all(body, (el) => el.tagName === 'a' && hasClass(el, 'note-ref')).map((a) => text(a));
    expect(marks).toEqual(marks.map((_, i) => `〔${i + 1}〕`));
    const listed = all(tree, is(null, 'data-collation')).flatMap((c) => all(c, (li) => li.tagName === 'li' && (attr(li, 'id') ?? '').startsWith('jk-')));
    expect(listed.map((li) => attr(li, 'id'))).toEqual(marks.map((_, i) => `jk-${i + 1}`));
  });

  it('marks a reading a 校勘记 marks in the body in each key figure quoting it, linked to the same note', () => {
    const tree = page(url);
    const body = one(tree, is(null, 'data-case-body'), `${url} [data-case-body]`);
    const apparatus = (el: Element) => hasClass(el, 'pnum') || hasClass(el, 'pilcrow') || hasClass(el, 'note-ref') || hasClass(el, 'lacuna');
    /** Each marked reading under `root` with the note its marker links to: the span and the note-ref right after it. */
    const marked = (root: Element) =>
      [root, ...all(root, () => true)].filter((el) => el.children.some((c) => c.type === 'element' && (hasClass(c, 'emendation') || hasClass(c, 'doubtful')))).flatMap((parent) =>
        parent.children.flatMap((c, i) => {
          const next = parent.children[i + 1];
          return c.type === 'element' && (hasClass(c, 'emendation') || hasClass(c, 'doubtful')) && next?.type === 'element' && hasClass(next, 'note-ref') ? [{ words: text(c), href: attr(next, 'href'), paragraph: parent }] : [];
        }),
      );
    const figures = all(tree, is('li', 'data-key-figure'));
    const quotes = ((caseFile(id).frontmatter as { keyFigures?: Array<{ quote: string }> }).keyFigures ?? []).map((k) => k.quote);
    expect(figures).toHaveLength(quotes.length);
    quotes.forEach((q, i) => {
      const inBody = marked(body).filter((m) => text(m.paragraph, apparatus).includes(q) && q.includes(m.words));
      const shown = marked(figures[i]!).map((m) => ({ words: m.words, href: m.href }));
      for (const m of inBody) expect(shown, `${url} key figure ${i + 1} “${q}”`).toContainEqual({ words: m.words, href: m.href });
    });
  });

  it('lists five related cases, other cases only, each with its reasons', () => {
    const sections = all(page(url), is('section', 'data-related'));
    expect(sections).toHaveLength(1);
    const items = all(sections[0]!, is('li'));
    expect(items).toHaveLength(5);
    const hrefs = items.flatMap((li) => all(li, is('a'))).map((a) => attr(a, 'href'));
    expect(new Set(hrefs).size).toBe(5);
    expect(hrefs.every((h) => h?.startsWith('/cases/'))).toBe(true);
    expect(hrefs).not.toContain(url);
    for (const p of items.flatMap((li) => all(li, is('p')))) expect(text(p).length).toBeGreaterThan(2);
  });

  it('carries JSON-LD that parses: an Article on its place, methods and source', () => {
    const html = read(url);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]![1]!) as Record<string, any>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Article');
    expect(new URL(ld.url).pathname).toBe(url);
    expect(ld.spatialCoverage['@type']).toBe('Place');
    expect(ld.spatialCoverage.identifier.value).toMatch(/^\d{2,6}$/);
    expect(ld.about.length).toBeGreaterThan(0);
    expect(ld.isBasedOn['@type']).toBe('CreativeWork');
    expect(new URL(ld.isBasedOn['@id']).pathname).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
    expect(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]).toBe(ld.url);
    expect(html).toContain(`<meta property="og:url" content="${ld.url}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
  });

  it("has teaching notes marked as the editors', with 3–5 questions tied to paragraphs", () => {
    const html = read(url);
    expect(html).toContain('教学札记');
    expect(html).toContain('编者撰写');
    const questions = html.match(/<ol[^>]*data-teaching-questions[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
    const count = (questions.match(/<li/g) ?? []).length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    expect(questions).toMatch(/href="#p\d+"/);
  });
});

it('every short link /c/<code>/ is unique and redirects to its case, unindexed', () => {
  const codes = new Map<string, string>();
  for (const id of caseIds) {
    const html = read(`/cases/${id}/`);
    const short = html.match(/data-short-link[^>]*>(\/c\/[0-9a-z]{7}\/)</)?.[1] ?? html.match(/href="(\/c\/[0-9a-z]{7}\/)"/)?.[1];
    expect(short, id).toBeTruthy();
    expect(codes.has(short!), `${short} used twice`).toBe(false);
    codes.set(short!, id);
    const redirect = read(short!);
    expect(redirect).toContain(`<meta http-equiv="refresh" content="0; url=/cases/${id}/">`);
    expect(redirect).toContain('<meta name="robots" content="noindex">');
  }
  expect(codes.size).toBe(caseIds.length);
});

it('citations are in the HTML without JavaScript, with BibTeX and RIS files to download', () => {
  const html = read('/cases/nanjing-cheguansuo/');
  // The capture is a repost: the compilation's publisher and year are unknown and left out.
  expect(html).toContain('擦亮为民服务的窗口：江苏南京市车管所争创“人民满意”单位[G]//各地联系服务群众经验做法选编摘录.</p>');
  expect(html).toContain('原选编的编者、出版者和出版时间原文未载');
  const bib = read('/cases/nanjing-cheguansuo/citation.bib');
  expect(bib).toMatch(/^@incollection\{nanjing-cheguansuo,/);
  expect(bib.split('{').length).toBe(bib.split('}').length);
  expect(bib).not.toMatch(/urldate|publisher|date =/);
  const ris = read('/cases/nanjing-cheguansuo/citation.ris');
  expect(ris.split(/\r?\n/)[0]).toMatch(/^TY {2}- /);
  expect(ris.trimEnd().split(/\r?\n/).at(-1)).toMatch(/^ER {2}-/);
});
