/**
 * npm run correct's file side (src/lib/node/record-reading-file.ts): the raw
 * text is found beside a draft (the source entry ingest wrote) or in the
 * content folder of a published case, and a refused reading leaves the file
 * byte for byte.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixtureLibrary } from '../fixture-library.ts';
import { ReadingError } from '../../src/lib/ingest/record-reading.ts';
import { caseFilePath, rawTextOf, recordReadingInFile, removeReadingInFile } from '../../src/lib/node/record-reading-file.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const CASE = 'raoyang-yijiashi-lianxihu';
const RAW = '004_f324da143b9ea31c.txt';

describe('record-reading-file', () => {
  it('finds a published case by id and its raw text through sources.yaml, wherever the content folder is', () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = caseFilePath(CASE, root);
    expect(file).toBe(path.join(root, 'cases', `${CASE}.mdx`));
    expect(rawTextOf(file, readFileSync(file, 'utf8'), '/nowhere')).toBe(path.join(root, 'sources', 'raw', RAW));
  });

  it("finds a draft's raw text through the source entry beside it, records and takes out a doubt", () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const drafts = path.join(path.dirname(root), 'drafts');
    mkdirSync(drafts);
    const draft = path.join(drafts, 'raoyang.mdx');
    const original = readFileSync(path.join(root, 'cases', `${CASE}.mdx`), 'utf8').replace(/^  id: .*$/m, '  id: source-x');
    writeFileSync(draft, original);
    cpSync(path.join(root, 'sources', 'raw', RAW), path.join(drafts, 'source-x.txt'));
    writeFileSync(path.join(drafts, 'source-x.source.yaml'), '# 草稿\n- id: source-x\n  title: 汇编\n  raw: source-x.txt\n');
    expect(rawTextOf(draft, original, root)).toBe(path.join(drafts, 'source-x.txt'));
    const result = recordReadingInFile(draft, { type: 'doubt', p: 4, text: '多次扩建房未果', note: '存疑。' }, { content: root });
    expect(readFileSync(draft, 'utf8')).toBe(result.text);
    const n = result.index + 1;
    removeReadingInFile(draft, n, { content: root });
    expect(readFileSync(draft, 'utf8')).toBe(original);
  });

  it('a refused reading, or no raw text to be found, leaves the file as it was', () => {
    const root = copyFixtureLibrary('reading-file-', temps);
    const file = caseFilePath(CASE, root);
    const before = readFileSync(file, 'utf8');
    expect(() => recordReadingInFile(file, { type: 'doubt', p: 4, text: '不在此段的字', note: '存疑。' }, { content: root })).toThrow(ReadingError);
    rmSync(path.join(root, 'sources', 'raw', RAW));
    expect(() => recordReadingInFile(file, { type: 'doubt', p: 4, text: '多次扩建房未果', note: '存疑。' }, { content: root })).toThrow(/the raw text .*004_f324da143b9ea31c\.txt that .*sources\.yaml names for source “jingyan-zuofa-xuanbian-zhailu” is not there; give --raw <file>/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
