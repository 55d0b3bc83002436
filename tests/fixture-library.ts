/**
 * The frozen library the unit tier tests code on (tests/fixtures/library/):
 * content/ may gain, lose or replace cases without a code test noticing.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILDS } from '../scripts/test-builds.mjs';

export const FIXTURE_LIBRARY = path.resolve(BUILDS.fixture.content);

/** A file of the fixture library, e.g. `fixture('cases/nanjing-cheguansuo.mdx')`. */
export const fixture = (rel: string) => path.join(FIXTURE_LIBRARY, rel);

/**
 * A scratch copy of the fixture library (`<temp folder>/content`) that a test may
 * change; the temp folder is added to `temps`, which the test file removes after its tests.
 */
export function copyFixtureLibrary(prefix: string, temps: string[]): string {
  const temp = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(temp);
  const root = path.join(temp, 'content');
  cpSync(FIXTURE_LIBRARY, root, { recursive: true });
  return root;
}
