/**
 * An `npm run <script> -- <args>` as npm runs it, without starting npm: the
 * script's command from package.json in sh, its arguments appended quoted,
 * node_modules/.bin first on PATH (so `node` is the pinned runtime). npm's own
 * start-up costs about half a CPU-second a run, and more under load, for
 * nothing a test looks at: no script reads npm's npm_* variables (one that did
 * would need npm here). The package.json wiring is still what runs.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const npmScripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The program, arguments and environment that run `script` with `args` as `npm run -s script -- ...args` does. */
export function npmScriptInvocation(script: string, args: readonly string[] = []): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
  const command = npmScripts[script];
  if (command === undefined) throw new Error(`package.json has no script "${script}"`);
  const PATH = `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}`;
  // "$@" hands the arguments over as words, never read by the shell.
  return { file: 'sh', args: ['-c', `${command} "$@"`, script, ...args], env: { ...process.env, PATH } };
}

/** spawnSync of `npm run -s script -- ...args`, without npm. */
export function runNpmScript(script: string, args: readonly string[], options: Omit<SpawnSyncOptionsWithStringEncoding, 'env'> = { encoding: 'utf8' }): SpawnSyncReturns<string> {
  const run = npmScriptInvocation(script, args);
  return spawnSync(run.file, run.args, { ...options, env: run.env });
}
