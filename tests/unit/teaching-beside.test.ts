/**
 * The teaching note proposed beside a draft follows the draft's tags until the
 * editor begins it; once begun it is the editor's and is never rewritten.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proposeTeachingBeside, teachingAfterTagChange } from '../../src/lib/node/teaching-beside.ts';
import { FIXTURE_LIBRARY, fixture } from '../fixture-library.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'teaching-beside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a teaching note beside a draft whose tags change', () => {
  const draft = path.join(dir, 'baodi-draft.mdx');
  const teaching = path.join(dir, 'baodi-draft.teaching.yaml');
  copyFileSync(fixture('cases/baodi-yizhan-sanzhongxin.mdx'), draft);
  const text = readFileSync(draft, 'utf8');

  it('is proposed again from the tags as they now are while nobody has begun it', () => {
    expect(proposeTeachingBeside(draft, text, FIXTURE_LIBRARY)).toBeDefined();
    writeFileSync(teaching, readFileSync(teaching, 'utf8').replace(/^proposals:\n(?:  - .*\n)+/m, 'proposals: []\n'));
    const after = teachingAfterTagChange(draft, text, FIXTURE_LIBRARY);
    expect(after && 'redrafted' in after && after.redrafted?.count).toBeGreaterThan(0);
    expect(readFileSync(teaching, 'utf8')).toMatch(/^proposals:\n {2}- /m);
  });

  it('stays the editor’s once begun, and is said to be older than the change', () => {
    const begun = readFileSync(teaching, 'utf8').replace(/^purpose: ""$/m, 'purpose: 编者写的目的。');
    writeFileSync(teaching, begun);
    expect(teachingAfterTagChange(draft, text, FIXTURE_LIBRARY)).toEqual({ stale: teaching });
    expect(readFileSync(teaching, 'utf8')).toBe(begun);
  });
});
