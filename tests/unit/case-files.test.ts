import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCaseFiles } from '../../src/lib/node/case-files.ts';

describe('listCaseFiles', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'case-files-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const file = (rel: string) => {
    mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    writeFileSync(path.join(base, rel), '---\ntitle: x\n---\n');
  };
  file('b.mdx');
  file('sub/a.mdx');
  file('notes.md');
  file('._b.mdx');
  file('.hidden/c.mdx');
  mkdirSync(path.join(base, 'folder.mdx'));
  symlinkSync('user@host.1234:1700000000', path.join(base, '.#b.mdx'));

  it('lists the case files below the folder, sorted, skipping hidden names, folders and other files', () => {
    expect(listCaseFiles(base)).toEqual(['b.mdx', 'sub/a.mdx']);
  });

  it('treats a missing folder as empty (the loader then says there are no cases)', () => {
    expect(listCaseFiles(path.join(base, 'nope'))).toEqual([]);
  });
});
