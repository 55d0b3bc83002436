/**
 * Content defects that stop the production build at once, each in a build of
 * its own (a copy of the fixture library with the defect put in): the build
 * stops at the first case file that fails to load, so these cannot share one.
 * At about 4 CPU-seconds a build they are in `npm run test:quality` (CI runs
 * it after `npm test`); `npm test` keeps one such build
 * (tests/build/schema-errors.test.ts: the schema's messages through the build)
 * and these defects without a build, all but broken YAML (check:content's,
 * the id generator's and the text-only plugin's tests).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith as buildWithIn, edit, NANJING } from '../build-with-defects.ts';
import { fixture } from '../fixture-library.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const buildWith = (mutate: (contentDir: string) => void) => buildWithIn(mutate, temps);

describe('a build with content that cannot load fails and says where', () => {
  it('duplicate id: names both files', () => {
    const { status, output } = buildWith((dir) => {
      mkdirSync(path.join(dir, 'cases', 'copy'));
      cpSync(path.join(dir, NANJING), path.join(dir, 'cases', 'copy', 'nanjing-cheguansuo.mdx'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/Duplicate case id "nanjing-cheguansuo": \S+ and \S+/);
    expect(output).toMatch(/Duplicate case id.*cases\/nanjing-cheguansuo\.mdx/);
    expect(output).toMatch(/Duplicate case id.*cases\/copy\/nanjing-cheguansuo\.mdx/);
  });

  it('broken YAML in the frontmatter: names the file and line', () => {
    const { status, output } = buildWith((dir) => edit(path.join(dir, NANJING), 'level: 市\n', 'level: 市\n  bad: [\n'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/cases\/nanjing-cheguansuo\.mdx:\d+:\d+: frontmatter is not valid YAML/);
  });

  it('a case file that is not UTF-8: names the file', () => {
    const { status, output } = buildWith((dir) => {
      const file = path.join(dir, NANJING);
      const text = readFileSync(file, 'utf8');
      // The body re-encoded as GB18030 (Latin frontmatter stays readable).
      const cut = text.indexOf('\n---\n', 4) + 5;
      writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, cut)), iconv.encode(text.slice(cut), 'gb18030')]));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('cases/nanjing-cheguansuo.mdx: not UTF-8 text');
  });

  it('JSX or an {expression} in a case body: names the file and line, and runs nothing', () => {
    const marker = path.join(os.tmpdir(), `case-library-ran-${process.pid}`);
    const { status, output } = buildWith((dir) =>
      edit(path.join(dir, NANJING), '\n“全天候的车管所”', `\n{require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')}“全天候的车管所”`),
    );
    expect(status).not.toBe(0);
    // The line of the paragraph the expression was put before, counted in the file as it stands.
    const line = readFileSync(fixture(NANJING), 'utf8').split('\n').findIndex((l) => l.startsWith('“全天候的车管所”')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(output).toContain(`cases/nanjing-cheguansuo.mdx:${line}:1: an {expression} is not allowed in a case file`);
    expect(existsSync(marker)).toBe(false);
  });
});
