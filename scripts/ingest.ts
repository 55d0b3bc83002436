#!/usr/bin/env node
/**
 * npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run] [--id <id>]
 *
 * The command's bin: what it does is scripts/ingest-command.ts's.
 */
import { exitWithUsageOnHelp } from './usage.mjs';
import { INGEST_USAGE } from './ingest-usage.ts';

// --help before the pipeline loads (about 1.5 CPU-seconds of imports); ingestCommand answers it the same way in-process.
exitWithUsageOnHelp(INGEST_USAGE);
const { ingestCommand } = await import('./ingest-command.ts');

const status = await ingestCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY,
});
// exitCode, not exit(): a long report on a pipe is still being written when the last line is queued.
process.exitCode = status;
