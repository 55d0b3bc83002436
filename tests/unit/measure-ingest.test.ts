/**
 * npm run measure:ingest judges every annotated input of a folder: one the judging fails on is reported on its own
 * line, and the others are still judged (docs20's Markdown export stopped the whole folder with an uncaught error).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'measure-ingest-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = '××镇民主协商工作法\n\n××镇推行民主协商工作法，建立村级协商议事室21个，让群众的事情由群众自己商量着办。\n';
const draft = { title: '××镇民主协商工作法', authors: [], body: ['××镇推行民主协商工作法，建立村级协商议事室21个，让群众的事情由群众自己商量着办。'] };

describe('measure:ingest', () => {
  it('reports an input it cannot judge on that input\'s line and judges the rest', () => {
    writeFileSync(path.join(dir, 'a.txt'), TEXT);
    writeFileSync(path.join(dir, 'b.txt'), TEXT);
    // A draft without its body: judging it throws.
    writeFileSync(path.join(dir, 'a.txt.expected.yaml'), JSON.stringify({ kind: 'k', drafts: [{ title: draft.title, authors: [] }] }));
    writeFileSync(path.join(dir, 'b.txt.expected.yaml'), JSON.stringify({ kind: 'k', drafts: [draft] }));
    const r = spawnSync(process.execPath, ['scripts/measure-ingest.ts', dir], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith(path.join(dir, 'a.txt:')))).toMatch(/failed: /u);
    expect(lines).toContain(`${path.join(dir, 'b.txt')}: right`);
    expect(lines.find((l) => l.startsWith('| k |'))).toMatch(/^\| k \| 1\/2 \| 1\/2 \|/u);
  }, 150_000);
});
