#!/usr/bin/env node
/**
 * npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run] [--id <id>]
 *
 * The command's bin: what it does is scripts/ingest-command.ts's.
 */
import { ingestCommand } from './ingest-command.ts';

const status = await ingestCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY,
});
// exitCode, not exit(): a long report on a pipe is still being written when the last line is queued.
process.exitCode = status;
