/**
 * `--help` for every npm script: prints the command's usage (a `Usage:` line
 * first) and exits 0 before any work, so `npm run x -- --help` never starts a
 * build, takes --help for a folder or ends in a stack trace.
 */

import { parseArgs } from 'node:util';

/** Prints `usage` and exits 0 when the arguments ask for help (--help or -h). */
export function exitWithUsageOnHelp(usage, argv = process.argv.slice(2)) {
  if (!argv.includes('--help') && !argv.includes('-h')) return;
  console.log(usage.trim());
  process.exit(0);
}

/**
 * The command's arguments by `config` (node:util parseArgs), after --help:
 * an unknown option or a missing value ends with one line naming it and the
 * usage, exit 2, not a stack trace.
 * @template {import('node:util').ParseArgsConfig} T
 * @param {string} usage
 * @param {T} config
 * @returns {import('node:util').ParsedResults<T>}
 */
export function readArgs(usage, config) {
  exitWithUsageOnHelp(usage, config.args);
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`error: ${error.message.split('. ')[0]}\n${usage.trim()}`);
    process.exit(2);
  }
}
