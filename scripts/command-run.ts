/**
 * A command run as a function (tests call it in their own process; its bin
 * calls it once): where it writes, and how it ends. A start-up of a command
 * cost a test seconds of module loading, and the unit tier minutes.
 *
 * accept and correct end deep inside their work, as their bins did with
 * process.exit: they throw a CommandExit, and the command's function returns
 * its status. Never process.exit in-process: it would end the test run.
 */
import type { parseArgs, ParseArgsConfig } from 'node:util';
import { parseCommandLine } from './usage.mjs';

/** Where the command writes: stdout and stderr, and whether stderr is a terminal (progress lines go there). */
export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
  errIsTerminal?: boolean;
}

/** The command's end with `status`, thrown from where its bin called process.exit. */
export class CommandExit {
  readonly status: number;
  constructor(status: number) {
    this.status = status;
  }
}

/** For a catch meant for the work's own errors: an end thrown inside its try is still the command's end, not an error to report. */
export function passExit(error: unknown): void {
  if (error instanceof CommandExit) throw error;
}

/** Runs a command's body and returns its exit status: the status it returns, or the one a CommandExit thrown in it carries. */
export function runToExit(body: () => number): number {
  try {
    return body();
  } catch (error) {
    if (error instanceof CommandExit) return error.status;
    throw error;
  }
}

/**
 * The command's arguments (node:util parseArgs config, args included), or its
 * end: --help's usage on out (exit 0), an unknown option's line and the usage
 * on err (exit 2), as readArgs answers them for a bin (scripts/usage.mjs).
 */
export function commandArgs<T extends ParseArgsConfig>(usage: string, config: T, io: CommandOutput): ReturnType<typeof parseArgs<T>> {
  const { args, reply } = parseCommandLine(usage, config);
  if (!reply) return args!;
  if (reply.stdout) io.out(reply.stdout);
  if (reply.stderr) io.err(reply.stderr);
  throw new CommandExit(reply.exitCode);
}

/**
 * A refusal's message ending with the one suffix that says the file was left
 * as it was; a message that says so already (the libraries' own refusals,
 * …; nothing changed) keeps its words, so no line says it twice.
 */
export function nothingChanged(message: string): string {
  return /nothing changed/u.test(message) ? message : `${message} (nothing changed)`;
}
