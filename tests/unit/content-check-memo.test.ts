/**
 * check:content keeps each case file's own checks from its last run and
 * re-runs them only where what they depend on changed (the desk re-checks a
 * whole library copy after each edit): a case's raw text, the taxonomy or the
 * case's text changed, its problems are found again. On a copy of the
 * fixture library.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/node/content-checks.ts';
import { copyFixtureLibrary } from '../fixture-library.ts';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

const CASE = 'cases/jiahe-silian-sibao.mdx';
const RAW = 'sources/raw/003_6a8234380931cddb.txt';

describe('check:content run again', () => {
  it('finds a case’s problem again when only its raw text changed, and when only the taxonomy did', () => {
    const content = copyFixtureLibrary('content-memo-', temps);
    expect(checkContent(content).problems).toEqual([]);
    // The same library checked twice says the same.
    expect(checkContent(content).problems).toEqual([]);
    const raw = path.join(content, RAW);
    const before = readFileSync(raw, 'utf8');
    writeFileSync(raw, before.replace('以群众工作为中心常态化', '以群众工作为重心常态化'));
    const changed = checkContent(content).problems;
    expect(changed.filter((p) => p.includes(CASE) && /differs from the raw source/.test(p))).toHaveLength(1);
    writeFileSync(raw, before);
    expect(checkContent(content).problems).toEqual([]);
    // A method the case is tagged with gone from the taxonomy: the case's methods field is refused again.
    const methods = path.join(content, 'taxonomy/methods.yaml');
    const taxonomy = readFileSync(methods, 'utf8');
    writeFileSync(methods, taxonomy.replace(/^- id: wanggehua-guanli\n(?: .*\n)*/m, ''));
    expect(checkContent(content).problems.filter((p) => p.includes(CASE) && /wanggehua-guanli/.test(p)).length).toBeGreaterThan(0);
  });
});
