/**
 * `npm run ingest`'s usage, apart from the command so that its bin
 * (scripts/ingest.ts) answers --help without loading the pipeline.
 */
import { formatsInEnglish } from '../src/lib/ingest/input-formats.ts';

export const INGEST_USAGE = `Usage: npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run] [--id <id>] [--content <dir>]
Formats read: ${formatsInEnglish()}`;
