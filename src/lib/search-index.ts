// Transitional: scripts/ingest.ts, tests/unit/ingest.test.ts or tests/e2e still
// import this path; delete this file once they import node/search-index.ts.
export * from './node/search-index.ts';
