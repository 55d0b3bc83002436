/**
 * A production build of a copy of the fixture library with defects put in,
 * for the tests that bad content fails the build naming file and field: the
 * one everyday build (tests/build/schema-errors.test.ts, in `npm test`) and
 * the defects that each need a build of their own
 * (tests/pipeline/build-refusals.test.ts, in `npm run test:quality`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { astroCacheDirOf } from '../src/lib/node/astro-cache-dir.ts';
import { copyFixtureLibrary } from './fixture-library.ts';

export const NANJING = 'cases/nanjing-cheguansuo.mdx';

/** A build of a copy of the fixture library changed by `mutate`; the copy and its content cache (astro.config.mjs keeps one apart per CONTENT_DIR) go into `temps`, which the test file removes after its tests. */
export function buildWith(mutate: (contentDir: string) => void, temps: string[]): { status: number | null; output: string } {
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

/** Replaces the first `from` in `file` by `to`; throws when the fixture no longer holds `from`. */
export function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}
