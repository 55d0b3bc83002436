// Transitional: scripts/ingest.ts, tests/unit/ingest.test.ts or tests/e2e still
// import this path; delete this file once they import node/similarity.ts.
export * from './node/similarity.ts';
