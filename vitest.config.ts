import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/plugins/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run astro builds; one at a time on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
