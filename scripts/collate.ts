#!/usr/bin/env node
/**
 * npm run collate -- <draft.mdx | case id>… --with <case id | draft.mdx | source id[:FIRST-LAST]> [--write --base given|with] [--content DIR]
 *
 * The command's bin: what it does is scripts/collate-command.ts's.
 */
import { exitWithUsageOnHelp } from './usage.mjs';
import { COLLATE_USAGE } from './collate-usage.ts';

// --help before the work loads (about a CPU-second of imports); collateCommand answers it the same way in-process.
exitWithUsageOnHelp(COLLATE_USAGE);
const { collateCommand } = await import('./collate-command.ts');

process.exitCode = collateCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
