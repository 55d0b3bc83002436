/**
 * The teaching note proposed beside a draft follows the draft's tags: its open
 * proposals are drafted again when a method or theme is added or removed;
 * what the editor answered or wrote stays theirs, never rewritten.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { proposeTeachingBeside, teachingAfterTagChange } from '../../src/lib/node/teaching-beside.ts';
import { parse as parseYaml, stringify } from 'yaml';
import { FIXTURE_LIBRARY, fixture } from '../fixture-library.ts';

type Item = { text: string; paragraphs: number[] };
type Note = { proposals?: Array<{ field: 'purpose' | 'questions' | 'points'; value: string; paragraphs: number[] }>; purpose: string; questions: Item[]; points: Item[] };

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

  // Trial 21: a method removed and others added after the note was drafted; its open proposals still built on the old tags.
  it('once a proposal is answered, the open ones are proposed again from the tags as they now are; what was answered stays', () => {
    const note = parseYaml(readFileSync(teaching, 'utf8')) as Note;
    // The first proposal accepted (as accept writes it), the rest open.
    const [first, ...open] = note.proposals!;
    const answered = { ...note, proposals: open, ...(first!.field === 'purpose' ? { purpose: first!.value } : { [first!.field]: [{ text: first!.value, paragraphs: first!.paragraphs }] }) };
    writeFileSync(teaching, stringify(answered));
    const result = teachingAfterTagChange(draft, before, after, FIXTURE_LIBRARY);
    expect(result && 'redrafted' in result && result.redrafted?.count).toBeGreaterThan(0);
    const now = parseYaml(readFileSync(teaching, 'utf8')) as Note;
    // What was answered stays as answered; the open proposals are those the new tags give, less what is answered.
    expect({ purpose: now.purpose, questions: now.questions, points: now.points }).toEqual({ purpose: answered.purpose, questions: answered.questions, points: answered.points });
    expect(now.proposals).not.toEqual(open);
    expect(now.proposals!.map((x) => x.value)).not.toContain(first!.value);
    if (first!.field === 'purpose') expect(now.proposals!.some((x) => x.field === 'purpose')).toBe(false);
  });

  it('a purpose the editor wrote stays, and no purpose is proposed over it', () => {
    const begun = readFileSync(teaching, 'utf8').replace(/^purpose: ""$/m, 'purpose: 编者写的目的。');
    writeFileSync(teaching, begun);
    const result = teachingAfterTagChange(draft, before, after, FIXTURE_LIBRARY);
    expect(result && 'redrafted' in result).toBe(true);
    const now = parseYaml(readFileSync(teaching, 'utf8')) as Note;
    expect(now.purpose).toBe('编者写的目的。');
    expect(now.proposals!.some((x) => x.field === 'purpose')).toBe(false);
  });

  it('with every proposal answered, nothing is proposed again: the note is said to be drafted from the tags before', () => {
    const done = stringify({ purpose: '编者写的目的。', questions: [], points: [] });
    writeFileSync(teaching, done);
    expect(teachingAfterTagChange(draft, before, after, FIXTURE_LIBRARY)).toEqual({ stale: teaching });
    expect(readFileSync(teaching, 'utf8')).toBe(done);
  });
});
