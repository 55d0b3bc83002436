/**
 * Case and source pages describe each source in the words of what the editors
 * received (src/lib/source-medium.ts), never a Word or PDF file in web-capture
 * words, and show readers no repository path. Generic over whatever cases and
 * sources the build holds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { mediumOf, MEDIUM_WORDS } from '../../src/lib/source-medium.ts';
import { contentDir } from '../../src/lib/node/raw-source.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { all, attr, is, page, readJson, text } from './dist.ts';

const sources = (parse(readFileSync(path.join(contentDir(), 'sources', 'sources.yaml'), 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s));
const cases = readJson<{ cases: Array<{ id: string; url: string; source: { id: string } }> }>('/cases.json').cases;

it('a case page states its source in that medium’s words, without a repository path', () => {
  expect(cases.length).toBeGreaterThan(0);
  for (const c of cases) {
    const source = sources.find((s) => s.id === c.source.id)!;
    const medium = mediumOf(source);
    const footer = all(page(c.url), (el) => attr(el, 'data-provenance') !== null)[0];
    expect(footer, c.url).toBeDefined();
    const said = text(footer!);
    expect(said, c.url).toContain(`据${MEDIUM_WORDS[medium].text}第`);
    expect(said, c.url).not.toContain('content/sources');
    if (medium !== 'web') expect(said, c.url).not.toMatch(/网页|网址未保存|抓取/);
  }
});

it('a source page names its medium and no repository path; a date is shown as precise as the source gives it', () => {
  for (const source of sources) {
    const root = page(`/sources/${source.id}/`);
    const main = text(all(root, is('main'))[0] ?? root);
    const medium = all(root, (el) => attr(el, 'data-source-medium') !== null)[0];
    expect(medium && attr(medium, 'data-source-medium'), source.id).toBe(mediumOf(source));
    expect(main, source.id).not.toContain('content/sources');
    if (source.date) expect(main, source.id).toContain(source.date);
    else expect(main, source.id).toContain('不详');
  }
});
