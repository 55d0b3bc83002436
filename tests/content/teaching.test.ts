/**
 * Teaching notes are the editors' but drawn strictly from the text: every case
 * has them, they validate, they cite paragraphs that exist, and every
 * quotation in them stands word for word in a paragraph they cite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCaseFile } from '../../src/lib/case-file.ts';
import { caseParagraphs } from '../../src/lib/library.ts';
import { teachingSchema } from '../../src/schemas/teaching.ts';

const root = path.resolve('content');
const caseIds = readdirSync(path.join(root, 'cases')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const noteIds = readdirSync(path.join(root, 'teaching')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

/** Quotations of four or more characters in “”. */
const quotations = (text: string) => [...text.matchAll(/“([^”]{4,})”/g)].map((m) => m[1]!);

it('every case has teaching notes, and every note belongs to a case', () => {
  expect(noteIds.sort()).toEqual(caseIds.sort());
});

describe.each(caseIds)('%s', (id) => {
  const notes = teachingSchema.parse(parse(readFileSync(path.join(root, 'teaching', `${id}.yaml`), 'utf8')));
  const body = readFileSync(path.join(root, 'cases', `${id}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = new Map(caseParagraphs(body).map((p) => [p.p, p.text]));
  const items = [...notes.questions, ...notes.points];

  it('cites only paragraphs that exist', () => {
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
    for (const q of notes.questions) expect(q.text).toMatch(/？$/);
    for (const item of [...items, { text: notes.purpose }]) expect(item.text).not.toMatch(/[,;:?!]/);
  });

  it('agrees with the case file reader on the paragraph count', () => {
    const file = readCaseFile(path.join(root, 'cases', `${id}.mdx`));
    expect(paragraphs.size).toBe(file.blocks.filter((b) => b !== '【点评】').length);
  });
});
