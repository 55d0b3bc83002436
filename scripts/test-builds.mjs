/**
 * The two builds the tests run on, and which one a test reads.
 *
 * `npm test` builds the frozen fixture library (tests/fixtures/library) into
 * dist-fixture/ and runs the static and end-to-end tiers on it, so adding,
 * replacing or removing cases in content/ never breaks a code test (issue 24).
 * `npm start` and `npm run test:quality` (whole-site sweeps, whose search
 * judgements are about the real corpus) build content/ into dist/.
 *
 * `TEST_BUILD` (fixture or site) says which build a static, end-to-end or
 * quality test reads, with its content folder; scripts/run-tests.mjs sets it
 * for each tier. Unset, the fixture build is meant, as in `npm test`.
 */
import path from 'node:path';

export const BUILDS = {
  fixture: { content: 'tests/fixtures/library', dist: 'dist-fixture' },
  site: { content: 'content', dist: 'dist' },
};

/** @returns {{ name: 'fixture' | 'site', content: string, dist: string }} the build under test, as absolute paths */
export function testedBuild() {
  const name = process.env.TEST_BUILD ?? 'fixture';
  if (name !== 'fixture' && name !== 'site') throw new Error(`TEST_BUILD=${name}: expected fixture or site`);
  const build = BUILDS[name];
  return { name, content: path.resolve(build.content), dist: path.resolve(build.dist) };
}

/** How to make the build under test when it is missing, for error messages. */
export function buildCommand(name = testedBuild().name) {
  const build = BUILDS[name];
  return name === 'site' ? 'npm run build' : `CONTENT_DIR=${build.content} npm run build -- --outDir ${build.dist} (npm test builds it)`;
}
