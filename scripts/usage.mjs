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
 * The arguments with the numbers that follow a numbered option joined to it:
 * `--accept 1 3` (as a draft's own comment writes it) is `--accept 1,3`, never
 * the option's 1 and a file named 3.
 * @param {readonly string[]} argv
 * @param {readonly string[]} numbered option names that take N,M
 * @returns {string[]}
 */
export function joinNumberRuns(argv, numbered) {
  const isNumbers = (a) => /^\d+(?:,\d+)*$/.test(a);
  const out = [];
  for (const a of argv) {
    const [option, value] = out.slice(-2);
    if (isNumbers(a) && value !== undefined && isNumbers(value) && numbered.some((n) => option === `--${n}`)) out[out.length - 1] = `${value},${a}`;
    else out.push(a);
  }
  return out;
}

/**
 * The command's arguments by `config` (node:util parseArgs), or what to answer
 * instead, for a command run in-process (a test calls it): `--help` gives the
 * usage on stdout and exit 0; an unknown option or a missing value gives one
 * line naming it and the usage on stderr, exit 2. Never exits.
 * @template {import('node:util').ParseArgsConfig} T
 * @param {string} usage
 * @param {T} config
 * @returns {{ args: import('node:util').ParsedResults<T>, reply?: undefined } | { args?: undefined, reply: { stdout?: string, stderr?: string, exitCode: number } }}
 */
export function parseCommandLine(usage, config) {
  const argv = config.args ?? process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) return { reply: { stdout: `${usage.trim()}\n`, exitCode: 0 } };
  try {
    return { args: parseArgs(config) };
  } catch (error) {
    return { reply: { stderr: `error: ${error.message.split('. ')[0]}\n${usage.trim()}\n`, exitCode: 2 } };
  }
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
  const { args, reply } = parseCommandLine(usage, config);
  if (!reply) return args;
  if (reply.stdout) process.stdout.write(reply.stdout);
  if (reply.stderr) process.stderr.write(reply.stderr);
  process.exit(reply.exitCode);
}
