/**
 * `npm run accept` and `npm run correct` run in the test's own process
 * (scripts/accept-command.ts, scripts/correct-command.ts: what their bins
 * run), their output and exit status collected as a child's would be: each
 * start-up of a command cost a test 2–3 CPU-seconds of module loading.
 * A test about a bin's own wiring (its exit code) still runs the bin
 * (tests/npm-script.ts).
 */
import { acceptCommand } from '../scripts/accept-command.ts';
import { correctCommand } from '../scripts/correct-command.ts';

const COMMANDS = { accept: acceptCommand, correct: correctCommand };

export interface CommandRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- ...args`, in this process. */
export function runCommandInProcess(script: keyof typeof COMMANDS, args: readonly string[]): CommandRun {
  let stdout = '';
  let stderr = '';
  const status = COMMANDS[script]([...args], { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { status, stdout, stderr };
}
