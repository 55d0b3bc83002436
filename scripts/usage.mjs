/**
 * `--help` for every npm script: prints the command's usage (a `Usage:` line
 * first) and exits 0 before any work, so `npm run x -- --help` never starts a
 * build, takes --help for a folder or ends in a stack trace.
 */

/** Prints `usage` and exits 0 when the arguments ask for help. */
export function exitWithUsageOnHelp(usage, argv = process.argv.slice(2)) {
  if (!argv.includes('--help')) return;
  console.log(usage.trim());
  process.exit(0);
}
