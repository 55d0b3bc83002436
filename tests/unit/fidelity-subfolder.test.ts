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

// One run of the fidelity test on two cases moved into the subfolder, one of them with a changed sentence: the
// unchanged one is checked there and passes, the changed one fails by name (a vitest start-up is 2-3 CPU-seconds).
it('fails, naming the file, when a case in content/cases/sub/ has a changed sentence; an unchanged one there passes', () => {
  cpSync(FIXTURE_LIBRARY, copy, { recursive: true });
  const [clean, changed] = ['puyang-laoli-rexian', 'nanjing-cheguansuo'];
  const sub = (id: string) => path.join(copy, 'cases', 'sub', `${id}.mdx`);
  mkdirSync(path.join(copy, 'cases', 'sub'), { recursive: true });
  for (const id of [clean, changed]) renameSync(path.join(copy, 'cases', `${id}.mdx`), sub(id));

  const text = readFileSync(sub(changed), 'utf8');
  // One sentence of the body changed: a character added to its first paragraph.
  const bodyStart = text.indexOf('\n---\n', 4) + '\n---\n'.length;
  const firstParagraph = bodyStart + text.slice(bodyStart).search(/\S/u);
  writeFileSync(sub(changed), `${text.slice(0, firstParagraph)}改${text.slice(firstParagraph)}`);

  const run = runFidelity(copy);
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output.slice(-2000)).not.toBe(0);
  const line = (id: string) => output.split('\n').find((l) => l.includes(`content/cases/sub/${id}.mdx > body equals the raw text`)) ?? `no line for ${id}:\n${output.slice(-2000)}`;
  expect(line(clean)).toMatch(/^\s*✓/);
  expect(line(changed)).toMatch(/^\s*×/);
  expect(output).toMatch(new RegExp(`FAIL .*content/cases/sub/${changed}\\.mdx > body equals the raw text`));
}, 120_000);
