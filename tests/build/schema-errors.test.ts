/**
 * The production build refuses bad content with a message naming the file and
 * the field. Each build is of a copy of the fixture library with its defects.
 *
 * A build stops at the first case file that fails to load (the case loader
 * loads files together and the first rejection ends the build), so a defect
 * that throws (a duplicate id, broken YAML, bytes that are not UTF-8, an
 * expression in the body) needs a build of its own. Defects the schema finds
 * in one file's frontmatter are one zod parse, which lists every issue: the
 * unknown method and the unknown region code share a build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDirOf } from '../../src/lib/node/astro-cache-dir.ts';
import { copyFixtureLibrary, fixture } from '../fixture-library.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A build of a copy of the fixture library changed by `mutate`; the copy and its content cache (astro.config.mjs keeps one apart per CONTENT_DIR) are removed after the file. */
function buildWith(mutate: (contentDir: string) => void): { status: number | null; output: string } {
  const contentDir = copyFixtureLibrary('case-library-', temps);
  const temp = path.dirname(contentDir);
  temps.push(astroCacheDirOf(contentDir));
  mutate(contentDir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', path.join(temp, 'dist')], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

const NANJING = 'cases/nanjing-cheguansuo.mdx';

describe('a build with bad content fails and says where', () => {
  // Both schema defects in one file: zod reports every issue of the entry (see above).
  let schemaBuild: { status: number | null; output: string } | undefined;
  const withSchemaDefects = () =>
    (schemaBuild ??= buildWith((dir) => {
      edit(path.join(dir, NANJING), '  - fuwu-rexian\n', '  - fuwu-rexianx\n');
      edit(path.join(dir, NANJING), 'code: "3201"', 'code: "3299"');
    }));

  it('unknown method: names the file and the field', () => {
    const { status, output } = withSchemaDefects();
    expect(status).not.toBe(0);
    expect(output).toContain('cases/nanjing-cheguansuo.mdx');
    expect(output).toMatch(/methods\.2\*?\*?: \*?\*?Unknown method "fuwu-rexianx"/);
  });

  it('region code absent from GB/T 2260: names the file and the field', () => {
    const { status, output } = withSchemaDefects();
    expect(status).not.toBe(0);
    expect(output).toContain('content/cases/nanjing-cheguansuo.mdx');
    expect(output).toContain('Region code "3299" is not in the GB/T 2260 data');
  });

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
