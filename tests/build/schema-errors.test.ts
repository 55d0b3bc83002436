/**
 * The production build refuses bad content with a message naming the file and
 * the field: one build of a copy of the fixture library with two defects the
 * schema finds in one file's frontmatter (one zod parse lists every issue, so
 * the unknown method and the unknown region code share the build).
 *
 * A build stops at the first case file that fails to load (the case loader
 * loads files together and the first rejection ends the build), so a defect
 * that throws (a duplicate id, broken YAML, bytes that are not UTF-8, an
 * expression in the body) needs a build of its own: those four builds are
 * tests/pipeline/build-refusals.test.ts, in `npm run test:quality` (CI), at
 * about 4 CPU-seconds each. `npm test` checks those defects without a build,
 * all but a case file's broken YAML: check:content's tests
 * (tests/content/check-content.test.ts: duplicate id, not UTF-8), the id
 * generator's (tests/unit/schemas.test.ts) and the text-only plugin's
 * ({expression}, JSX: tests/plugins/plugins.test.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, edit, NANJING } from '../build-with-defects.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('a build with bad content fails and says where', () => {
  // Both schema defects in one file: zod reports every issue of the entry (see above).
  let schemaBuild: { status: number | null; output: string } | undefined;
  const withSchemaDefects = () =>
    (schemaBuild ??= buildWith((dir) => {
      edit(path.join(dir, NANJING), '  - fuwu-rexian\n', '  - fuwu-rexianx\n');
      edit(path.join(dir, NANJING), 'code: "3201"', 'code: "3299"');
    }, temps));

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
});
