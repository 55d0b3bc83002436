/**
 * Every `npm run` script given `--help` prints its usage (a line with `Usage`
 * or `用法`) and exits 0, doing no work: no build, no check of a folder named
 * --help, no stack trace. Scripts are read from package.json, so a new one is
 * covered the day it is added.
 *
 * Each script's command is run as `npm run -s <script> -- --help` runs it,
 * without starting npm itself for each (tests/npm-script.ts): npm's own
 * start-up cost half a CPU-second a script, as much as most scripts' help.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { npmScriptInvocation, npmScripts } from '../npm-script.ts';

const scripts = Object.keys(npmScripts);
const run = promisify(execFile);

async function help(script: string, env: NodeJS.ProcessEnv = {}): Promise<{ script: string; code: number; stdout: string; stderr: string }> {
  const invocation = npmScriptInvocation(script, ['--help']);
  try {
    const { stdout, stderr } = await run(invocation.file, invocation.args, { timeout: 60_000, env: { ...invocation.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
    return { script, code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { script, code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// No script loads the modules that do its work (the ingest pipeline, jieba, the division data, the desk's
// bundler: 0.3–2 CPU-seconds each) before a word of usage: a preloaded guard refuses anything under src/
// until --help is answered. accept's usage lists field names its modules own, so it loads them first.
const REFUSE = { NODE_OPTIONS: `--import=${path.resolve('tests/refuse-work-imports.mjs')}`, REFUSE_IMPORTS_UNDER: path.resolve('src') };
const LOADS_BEFORE_HELP = ['accept'];

it('every npm script answers --help with its usage and exit 0, before loading the modules that do its work', async () => {
  expect(scripts.length).toBeGreaterThan(10);
  const results: Array<Awaited<ReturnType<typeof help>>> = [];
  // Three at a time: astro, vitest and playwright load for a second or two each.
  for (let i = 0; i < scripts.length; i += 3) results.push(...(await Promise.all(scripts.slice(i, i + 3).map((script) => help(script, LOADS_BEFORE_HELP.includes(script) ? {} : REFUSE)))));
  for (const r of results) {
    const said = `${r.script}: exit ${r.code}\n${r.stdout.slice(0, 400)}\n${r.stderr.slice(0, 400)}`;
    expect(r.code, said).toBe(0);
    expect(r.stdout, said).toMatch(/Usage|用法/);
    expect(r.stderr, said).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }
  // check:content did not check a folder called --help.
  expect(results.find((r) => r.script === 'check:content')!.stdout).not.toMatch(/check:content: (OK|\d+ problem)/);
}, 240_000);

// The guard is what makes that test able to fail: a script that loads src/ at once is refused.
it('the import guard refuses a command that loads src/ before answering --help', async () => {
  const r = await help(LOADS_BEFORE_HELP[0]!, REFUSE);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/loaded before --help was answered/);
});

it('an unknown option ends with one error line and the usage, exit 2, not a stack trace', async () => {
  const result = await run(process.execPath, ['scripts/paragraphs.ts', '--no-such-option'], { timeout: 60_000 }).then(
    () => ({ code: 0, stderr: '' }),
    (e: { code?: number; stderr?: string }) => ({ code: e.code, stderr: e.stderr ?? '' }),
  );
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^error: Unknown option '--no-such-option'\nUsage: npm run paragraphs/);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});

it('every npm script that reads options reads them through readArgs (scripts/usage.mjs)', () => {
  const files = Object.values(npmScripts)
    .map((command) => /\bscripts\/[\w-]+\.(?:ts|mjs)\b/.exec(command)?.[0])
    .filter((file): file is string => file !== undefined);
  const raw = files.filter((file) => /\bparseArgs\(/.test(readFileSync(file, 'utf8')));
  expect(raw).toEqual([]);
});

it('joins the numbers after a numbered option, as a draft’s comment writes them (--accept 1 3), and nothing else', async () => {
  const { joinNumberRuns } = await import('../../scripts/usage.mjs');
  expect(joinNumberRuns(['d.mdx', '--accept', '1', '3', '--reject', '2,4', '5'], ['accept', 'reject'])).toEqual(['d.mdx', '--accept', '1,3', '--reject', '2,4,5']);
  // A number after a file or another option stays where it is.
  expect(joinNumberRuns(['--p', '3', '4', 'd.mdx'], ['accept'])).toEqual(['--p', '3', '4', 'd.mdx']);
});
