/**
 * The desk's library in memory (src/lib/node/library-cache.ts), on a copy of
 * the fixture library: a value is reused while its files stand as they were,
 * and read again as soon as one is changed on disk, added or removed, even a
 * change that keeps the file's size and puts its modification time back.
 */
import { readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/lib/ingest/library.ts';
import { librarySources } from '../../src/lib/node/collate-files.ts';
import { cachedSources, cachedTaxonomy, publishedCases, readCached, twinOf } from '../../src/lib/node/library-cache.ts';
import { copyFixtureLibrary } from '../fixture-library.ts';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** Rewrites `file` through `change`, the way a text editor saving in place does, then puts its modification time back. */
function rewriteKeepingTime(file: string, change: (text: string) => string): void {
  const before = statSync(file);
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed).not.toBe(text);
  writeFileSync(file, changed);
  utimesSync(file, before.atime, before.mtime);
}

describe('the library cache', () => {
  it('gives the published cases loadLibrary gives, reused while unchanged and read again when a case changes, is added or removed', () => {
    const content = copyFixtureLibrary('library-cache-', temps);
    const first = publishedCases(content);
    expect(first.map((c) => [c.id, c.title, c.key])).toEqual(loadLibrary(content).map((c) => [c.id, c.title, c.key]));
    // Unchanged: the very same values, not read again.
    const again = publishedCases(content);
    expect(again.every((c, i) => c === first[i])).toBe(true);

    // Same byte length, modification time put back: still seen.
    const nanjing = path.join(content, 'cases', 'nanjing-cheguansuo.mdx');
    rewriteKeepingTime(nanjing, (t) => t.replace('title: 擦亮为民服务的窗口', 'title: 擦亮为民办事的窗口'));
    expect(publishedCases(content).find((c) => c.id === 'nanjing-cheguansuo')?.title).toMatch(/^擦亮为民办事的窗口/);

    // A draft repeating that case's body is its twin, and then the twin of whichever case still holds the body.
    const body = readFileSync(nanjing, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(twinOf(content, body)).toMatchObject({ id: 'nanjing-cheguansuo', same: true });
    writeFileSync(path.join(content, 'cases', 'nanjing-copy.mdx'), readFileSync(nanjing));
    expect(publishedCases(content).map((c) => c.id)).toContain('nanjing-copy');
    unlinkSync(nanjing);
    const now = publishedCases(content).map((c) => c.id);
    expect(now).not.toContain('nanjing-cheguansuo');
    expect(now).toEqual(loadLibrary(content).map((c) => c.id));
    expect(twinOf(content, body)).toMatchObject({ id: 'nanjing-copy', same: true });
    unlinkSync(path.join(content, 'cases', 'nanjing-copy.mdx'));
    expect(twinOf(content, body)).toBeUndefined();
  });

  it('reads a file again only once it changed, and never remembers a refusal', () => {
    const content = copyFixtureLibrary('library-cache-', temps);
    const file = path.join(content, 'taxonomy', 'themes.yaml');
    let reads = 0;
    const read = (f: string) => {
      reads++;
      const text = readFileSync(f, 'utf8');
      if (text.includes('坏')) throw new Error('refused');
      return text.length;
    };
    const length = readCached(file, 'test', read);
    expect(readCached(file, 'test', read)).toBe(length);
    expect(reads).toBe(1);
    rewriteKeepingTime(file, (t) => `${t}# 坏\n`);
    expect(() => readCached(file, 'test', read)).toThrow('refused');
    expect(() => readCached(file, 'test', read)).toThrow('refused');
    expect(reads).toBe(3);
  });

  it('reads the taxonomy and the sources again when their files change', () => {
    const content = copyFixtureLibrary('library-cache-', temps);
    const taxonomy = cachedTaxonomy(content);
    expect(cachedTaxonomy(content)).toBe(taxonomy);
    expect(taxonomy.mentions.map((m) => m.id)).toContain('wanggehua-guanli');
    const methods = path.join(content, 'taxonomy', 'methods.yaml');
    writeFileSync(methods, readFileSync(methods, 'utf8').replace(/^- id: wanggehua-guanli\n(?: .*\n)*/m, ''));
    const changed = cachedTaxonomy(content);
    expect(changed.methods.map((m) => m.id)).not.toContain('wanggehua-guanli');
    expect(changed.mentions.map((m) => m.id)).not.toContain('wanggehua-guanli');
    expect(changed.terms.map((m) => m.id)).not.toContain('wanggehua-guanli');

    const sources = cachedSources(content);
    expect(sources).toEqual(librarySources(content));
    const file = path.join(content, 'sources', 'sources.yaml');
    const id = String(sources[0]!.id);
    rewriteKeepingTime(file, (t) => t.replace(`id: ${id}\n`, `id: ${id.slice(0, -1)}x\n`));
    expect(cachedSources(content).map((s) => s.id)).toContain(`${id.slice(0, -1)}x`);
  });
});
