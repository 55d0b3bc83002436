import { defineConfig } from 'vitest/config';
import { BUILDS } from './scripts/test-builds.mjs';

// Whole pipelines and builds, each with a production build of its own
// (tests/pipeline/: a Word file ingested, completed, placed in a copy of the
// fixture library, built and searched in Chromium, about 25 s of CPU; content
// that stops the build at once, four builds of about 4 CPU-seconds), so they
// stay out of the everyday `npm test`; `npm run test:quality` runs them, and
// so CI (.ci/run) after `npm test`.
export default defineConfig({
  test: {
    include: ['tests/pipeline/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 60_000,
    // As in the unit tier (vitest.config.ts): code is tested on the frozen fixture library.
    env: { CONTENT_DIR: process.env.CONTENT_DIR ?? BUILDS.fixture.content },
  },
});
