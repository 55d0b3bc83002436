// Transitional: src/lib/ingest/document.ts, scripts/ingest.ts and
// tests/unit/ingest.test.ts still import this path; delete this file once they
// import regions/divisions.ts and node/region-index.ts. Node-only (the loader).
export * from './regions/divisions.ts';
export { loadRegionIndex } from './node/region-index.ts';
