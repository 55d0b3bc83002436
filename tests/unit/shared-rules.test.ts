/** Rules with one owner each: permanent ids, a method's spellings, addresses and anchors. */
import { describe, expect, it } from 'vitest';
import { caseIdOf, ID_PATTERN } from '../../src/lib/ids.ts';
import { methodSpellings } from '../../src/lib/methods.ts';
import { caseUrl, handoutItemUrl, hash, methodUrl, noteId, noteRefId, paragraphId, paragraphOfFragment, regionUrl, ROUTES, shortUrl, sourceUrl, themeUrl } from '../../src/lib/urls.ts';

describe('ids', () => {
  it('accepts lowercase kebab-case ASCII only', () => {
    for (const id of ['nanjing-cheguansuo', 'a1', 'x-2-y']) expect(ID_PATTERN.test(id), id).toBe(true);
    for (const id of ['Nanjing', 'a--b', '-a', 'a-', 'a_b', '南京', 'a b', '']) expect(ID_PATTERN.test(id), id).toBe(false);
  });

  it('takes a case id from the file name, wherever the file is filed', () => {
    expect(caseIdOf('nanjing-cheguansuo.mdx')).toBe('nanjing-cheguansuo');
    expect(caseIdOf('sub/deeper/nanjing-cheguansuo.mdx')).toBe('nanjing-cheguansuo');
    expect(caseIdOf('sub\\nanjing-cheguansuo.mdx')).toBe('nanjing-cheguansuo');
  });
});

describe('methodSpellings', () => {
  it('gives the name first, then the aliases, without repeats or one-character spellings', () => {
    expect(methodSpellings({ name: '服务热线', aliases: ['热线', '线', '服务热线', '老李服务热线'] })).toEqual(['服务热线', '热线', '老李服务热线']);
  });
});

describe('addresses and anchors', () => {
  it('builds every route', () => {
    expect([caseUrl('a'), methodUrl('b'), themeUrl('c'), regionUrl('530625'), sourceUrl('d'), shortUrl('7abcdef'), handoutItemUrl('a')]).toEqual([
      '/cases/a/', '/methods/b/', '/themes/c/', '/regions/530625/', '/sources/d/', '/c/7abcdef/', '/handout/a.json',
    ]);
    for (const route of Object.values(ROUTES)) expect(route).toMatch(/^\/([a-z]+\/)+$/);
  });

  it('names paragraphs and collation notes, and reads a paragraph back from a passage link', () => {
    expect([paragraphId(12), noteId(3), noteRefId(3), hash(paragraphId(12))]).toEqual(['p12', 'jk-3', 'jk-ref-3', '#p12']);
    expect(paragraphOfFragment(`${hash(paragraphId(5))}:~:text=abc`)?.id).toBe(paragraphId(5));
    expect(paragraphOfFragment(hash(noteId(5)))).toBeNull();
    expect(paragraphOfFragment('#p12:~:text=abc')).toEqual({ id: 'p12', n: 12 });
    expect(paragraphOfFragment('#p12')).toEqual({ id: 'p12', n: 12 });
    expect(paragraphOfFragment('#related')).toBeNull();
  });
});
