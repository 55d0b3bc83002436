import { defineConfig } from 'vitest/config';
import { BUILDS } from './scripts/test-builds.mjs';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/plugins/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Two files at a time on this 2-core machine: the build and ingest tests
    // spend most of their time in child processes (astro build, the ingest
    // CLI), so they overlap well with each other and with the in-process files.
    fileParallelism: true,
    maxWorkers: 2,
    // One module graph per worker instead of one per file: the files share the
    // real library, jieba and the division data instead of importing them 37
    // times (about a fifth of the tier's CPU time). So that no file sees
    // another's stubs, mocks, globals or environment, they are undone after
    // every test, even one that throws.
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
    testTimeout: 60_000,
    // A hook that builds its fixtures (publish.test's analysed draft, the desk's
    // content copy) gets a test's time: at load 13 on 2 cores the eighth editor's
    // trial saw publish.test's beforeAll pass 10 s and the suite fail.
    hookTimeout: 60_000,
    // Code is tested on the frozen fixture library, not on content/, so cases
    // may be added, replaced or removed without a code test failing; rules
    // about the real content are check:content's (tests/content/check-content.test.ts).
    // A CONTENT_DIR already set wins (fidelity-subfolder.test.ts runs a copy).
    env: { CONTENT_DIR: process.env.CONTENT_DIR ?? BUILDS.fixture.content },
  },
});
