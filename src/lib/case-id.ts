// Transitional: src/lib/ingest/draft.ts still imports CASE_ID_PATTERN from
// here; delete this file once it imports ID_PATTERN from ids.ts.
export { ID_PATTERN as CASE_ID_PATTERN } from './ids.ts';
