/**
 * The frozen library the unit tier tests code on (tests/fixtures/library/):
 * content/ may gain, lose or replace cases without a code test noticing.
 */
import path from 'node:path';
import { BUILDS } from '../scripts/test-builds.mjs';

export const FIXTURE_LIBRARY = path.resolve(BUILDS.fixture.content);

/** A file of the fixture library, e.g. `fixture('cases/nanjing-cheguansuo.mdx')`. */
export const fixture = (rel: string) => path.join(FIXTURE_LIBRARY, rel);
