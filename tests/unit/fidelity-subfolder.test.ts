/**
 * The fidelity guarantee covers every case the site publishes: a case filed in
 * a subfolder of content/cases/ with one sentence changed makes the fidelity
 * test (part of `npm run test:unit`) fail, naming that file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIXTURE_LIBRARY } from '../fixture-library.ts';

const copy = mkdtempSync(path.join(os.tmpdir(), 'fidelity-sub-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function runFidelity(contentDir: string) {
  return spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=verbose', 'tests/content/fidelity.test.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 1 << 26,
  });
}

it('fails, naming the file, when a case in content/cases/sub/ has a changed sentence', () => {
  cpSync(FIXTURE_LIBRARY, copy, { recursive: true });
  const id = 'nanjing-cheguansuo';
  const file = path.join(copy, 'cases', 'sub', `${id}.mdx`);
  mkdirSync(path.dirname(file), { recursive: true });
  renameSync(path.join(copy, 'cases', `${id}.mdx`), file);

  // Unchanged, the case in the subfolder is checked and passes.
  const clean = runFidelity(copy);
  expect(clean.status, `${clean.stdout}\n${clean.stderr}`.slice(-2000)).toBe(0);
  expect(clean.stdout).toContain(`content/cases/sub/${id}.mdx`);

  const text = readFileSync(file, 'utf8');
  // One sentence of the body changed: a character added to its first paragraph.
  const bodyStart = text.indexOf('\n---\n', 4) + '\n---\n'.length;
  const firstParagraph = bodyStart + text.slice(bodyStart).search(/\S/u);
  writeFileSync(file, `${text.slice(0, firstParagraph)}改${text.slice(firstParagraph)}`);

  const run = runFidelity(copy);
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output.slice(-2000)).not.toBe(0);
  expect(output).toContain(`content/cases/sub/${id}.mdx`);
  expect(output).toMatch(/body equals the raw text/);
}, 120_000);
