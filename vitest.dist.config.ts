import { defineConfig } from 'vitest/config';

// Static checks of the production build (dist/): run after `npm run build`
// (scripts/run-tests.mjs does), apart from the unit tier so `npm run test:unit`
// needs no build.
export default defineConfig({
  test: {
    include: ['tests/static/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
