/**
 * `npm run ingest`'s usage, apart from the command so that its bin
 * (scripts/ingest.ts) answers --help without loading the pipeline.
 */
export const INGEST_USAGE = 'Usage: npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run] [--id <id>] [--content <dir>]';
