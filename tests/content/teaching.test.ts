/**
 * Teaching notes are the editors' but drawn strictly from the text: every case
 * has them, they validate, they cite paragraphs that exist, and every
 * quotation in them stands word for word in a paragraph they cite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseIdOf } from '../../src/lib/ids.ts';
import { listCaseFiles, readCaseFile } from '../../src/lib/node/case-files.ts';
import { caseParagraphs } from '../../src/lib/case-mdx.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';

const root = path.resolve('content');
/** Case id → its file under content/cases/ (subfolders included). */
const caseFiles = new Map(listCaseFiles(path.join(root, 'cases')).map((f) => [caseIdOf(f), path.join(root, 'cases', f)]));
const caseIds = [...caseFiles.keys()];
const noteIds = readdirSync(path.join(root, 'teaching')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

/** Quotations of four or more characters in “”. */
const quotations = (text: string) => [...text.matchAll(/“([^”]{4,})”/g)].map((m) => m[1]!);

it('every case has teaching notes, and every note belongs to a case', () => {
  expect(caseIds.length).toBeGreaterThan(0);
  expect(noteIds.sort()).toEqual(caseIds.sort());
});

describe.each(caseIds)('%s', (id) => {
  const notes = teachingSchema.parse(parse(readFileSync(path.join(root, 'teaching', `${id}.yaml`), 'utf8')));
  const body = readFileSync(caseFiles.get(id)!, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = new Map(caseParagraphs(body).map((p) => [p.p, p.text]));
  const items = [...notes.questions, ...notes.points];

  it('cites only paragraphs that exist', () => {
    expect.hasAssertions();
    for (const item of items) for (const p of item.paragraphs) expect(paragraphs.has(p), `${item.text} → p${p}`).toBe(true);
  });

  it('quotes the text word for word from a paragraph it cites', () => {
    for (const item of items) {
      const cited = item.paragraphs.map((p) => paragraphs.get(p) ?? '').join('\n');
      for (const q of quotations(item.text)) expect(cited, `“${q}” in ${item.text}`).toContain(q);
    }
    const whole = [...paragraphs.values()].join('\n');
    for (const q of quotations(notes.purpose)) expect(whole).toContain(q);
  });

  it('asks questions and states points in full Chinese sentences', () => {
    expect.hasAssertions();
    for (const q of notes.questions) expect(q.text).toMatch(/？$/);
    for (const item of [...items, { text: notes.purpose }]) expect(item.text).not.toMatch(/[,;:?!]/);
  });

  it('agrees with the case file reader on the paragraph count', () => {
    const file = readCaseFile(caseFiles.get(id)!);
    expect(paragraphs.size).toBe(file.blocks.filter((b) => b !== '【点评】').length);
  });
});
