/** Related cases on the real library: well-formed lists whose every reason is true of both cases. */
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/node/raw-source.ts';
import { readPractices } from '../../src/lib/node/taxonomy.ts';
import { realCaseBodies, realLibrary } from './real-library.ts';

describe('computeRelated', () => {
  const library = realLibrary();
  const bodies = realCaseBodies();
  const practices = readPractices(contentDir());

  it('gives every case a list of other cases, best first, without repeats', () => {
    expect(library.related.size).toBe(library.cases.length);
    expect.hasAssertions();
    for (const c of library.cases) {
      const list = library.related.get(c.id)!;
      expect(list.length, c.id).toBeGreaterThan(0);
      expect(list.map((r) => r.case.id), c.id).not.toContain(c.id);
      expect(new Set(list.map((r) => r.case.id)).size, c.id).toBe(list.length);
      for (let i = 1; i < list.length; i++) expect(list[i]!.score, c.id).toBeLessThanOrEqual(list[i - 1]!.score);
      for (const r of list) expect(r.case, c.id).toBe(library.caseById.get(r.case.id));
    }
  });

  it('states only reasons that hold for both cases, and at least one', () => {
    expect.hasAssertions();
    for (const a of library.cases) {
      for (const { case: b, reasons } of library.related.get(a.id)!) {
        const where = `${a.id} → ${b.id}`;
        expect(reasons.length, where).toBeGreaterThan(0);
        for (const reason of reasons) {
          const quoted = [...reason.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
          if (reason.startsWith('同用')) {
            for (const name of quoted) {
              expect(a.methods.map((m) => m.name), where).toContain(name);
              expect(b.methods.map((m) => m.name), where).toContain(name);
            }
          } else if (reason.startsWith('都实行')) {
            for (const name of quoted) {
              const practice = practices.find((p) => p.name === name);
              expect(practice?.cases, where).toContain(a.id);
              expect(practice?.cases, where).toContain(b.id);
            }
          } else if (reason.startsWith('都讲到')) {
            for (const term of quoted) {
              expect(`${a.title}\n${bodies.get(a.id)}`, where).toContain(term);
              expect(`${b.title}\n${bodies.get(b.id)}`, where).toContain(term);
            }
          } else if (reason.startsWith('同属')) {
            const names = reason.slice(2, -2).split('、');
            for (const name of names) {
              expect(a.themes.map((t) => t.name), where).toContain(name);
              expect(b.themes.map((t) => t.name), where).toContain(name);
            }
          } else if (reason.startsWith('同在')) {
            expect(reason, where).toBe(`同在${a.region.chain[0]!.name}`);
            expect(b.region.chain[0]!.code, where).toBe(a.region.chain[0]!.code);
          } else {
            expect(reason, where).toBe(`同为${a.data.level}层级`);
            expect(b.data.level, where).toBe(a.data.level);
          }
        }
      }
    }
  });
});
