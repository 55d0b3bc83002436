/**
 * The teaching note proposed beside a draft follows the draft's tags while it
 * is exactly as drafted; once the editor has touched it (a proposal answered,
 * a word written) it is theirs and is never rewritten.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { proposeTeachingBeside, teachingAfterTagChange } from '../../src/lib/node/teaching-beside.ts';
import { FIXTURE_LIBRARY, fixture } from '../fixture-library.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'teaching-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a teaching note beside a draft whose tags change', () => {
  const draft = path.join(dir, 'baodi-draft.mdx');
  const teaching = path.join(dir, 'baodi-draft.teaching.yaml');
  copyFileSync(fixture('cases/baodi-yizhan-sanzhongxin.mdx'), draft);
  const before = readFileSync(draft, 'utf8');
  // The draft after --remove of its first method (the evidence line may stay: only the tags drive the proposals).
  const after = before.replace(/^(methods:\n) {2}- [a-z-]+\n/m, '$1');

  beforeEach(() => {
    rmSync(teaching, { force: true });
    expect(proposeTeachingBeside(draft, before, FIXTURE_LIBRARY)).toBeDefined();
  });

  it('is proposed again from the tags as they now are while it is exactly as drafted', () => {
    expect(after).not.toBe(before);
    const drafted = readFileSync(teaching, 'utf8');
    const result = teachingAfterTagChange(draft, before, after, FIXTURE_LIBRARY);
    expect(result && 'redrafted' in result && result.redrafted?.count).toBeGreaterThan(0);
    expect(readFileSync(teaching, 'utf8')).not.toBe(drafted);
  });

  it('stays the editor’s once a proposal is answered, and is said to be older than the change', () => {
    const answered = readFileSync(teaching, 'utf8').replace(/^ {2}- .*\n/m, '');
    writeFileSync(teaching, answered);
    expect(teachingAfterTagChange(draft, before, after, FIXTURE_LIBRARY)).toEqual({ stale: teaching });
    expect(readFileSync(teaching, 'utf8')).toBe(answered);
  });

  it('stays the editor’s once a word is written', () => {
    const begun = readFileSync(teaching, 'utf8').replace(/^purpose: ""$/m, 'purpose: 编者写的目的。');
    writeFileSync(teaching, begun);
    expect(teachingAfterTagChange(draft, before, after, FIXTURE_LIBRARY)).toEqual({ stale: teaching });
    expect(readFileSync(teaching, 'utf8')).toBe(begun);
  });
});
