// Transitional: scripts/ingest.ts, tests/unit/ingest.test.ts and
// tests/e2e/helpers.ts still import this path; delete this file once they
// import case-mdx.ts (parsing) and node/case-files.ts (readCaseFile).
export * from './case-mdx.ts';
export { readCaseFile } from './node/case-files.ts';
