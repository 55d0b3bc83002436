#!/usr/bin/env node
/**
 * npm run correct -- <draft.mdx | case id> --p N (--original A --corrected B | --doubt W [--original-error] | --lacuna W) --note "…"
 *
 * The command's bin: what it does is scripts/correct-command.ts's.
 */
import { exitWithUsageOnHelp } from './usage.mjs';
import { CORRECT_USAGE } from './correct-usage.ts';

// --help before the work loads (about a CPU-second of imports); correctCommand answers it the same way in-process.
exitWithUsageOnHelp(CORRECT_USAGE);
const { correctCommand } = await import('./correct-command.ts');

process.exitCode = correctCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
