/**
 * A command run in the test's own process (scripts/accept-command.ts,
 * correct-command.ts, collate-command.ts: what their bins run), its output
 * and exit status collected as a child's would be: each start-up of a
 * command cost a test 2–3 CPU-seconds of module loading. The test imports
 * the command it runs, so a file loads only its own. A test about a bin's
 * own wiring (its exit code) still runs the bin (tests/npm-script.ts).
 */
import type { CommandOutput } from '../scripts/command-run.ts';

export interface CommandRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `command` with `args` (what follows `npm run <script> --`), in this process. */
export function runInProcess(command: (argv: string[], io: CommandOutput) => number, args: readonly string[]): CommandRun {
  let stdout = '';
  let stderr = '';
  const status = command([...args], { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { status, stdout, stderr };
}
