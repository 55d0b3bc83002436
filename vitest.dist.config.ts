import { defineConfig } from 'vitest/config';

// Static checks of a production build, the fixture library's (dist-fixture/)
// unless TEST_BUILD says otherwise (scripts/test-builds.mjs): run after that
// build (scripts/run-tests.mjs makes it), apart from the unit tier so
// `npm run test:unit` needs no build.
export default defineConfig({
  test: {
    include: ['tests/static/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
