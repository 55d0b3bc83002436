/** computeSimilar on small made-up libraries: what each part of the score does. */
import { describe, expect, it } from 'vitest';
import { computeSimilar, pivotedLengths, type SimilarityDoc } from '../../src/lib/node/similarity.ts';

describe('pivotedLengths', () => {
  it('scales each length by the mean, softened by the slope', () => {
    expect(pivotedLengths([100, 200, 300], 0.5)).toEqual([0.75, 1, 1.25]);
    expect(pivotedLengths([100, 200, 300], 1)).toEqual([0.5, 1, 1.5]);
  });

  it('changes nothing with slope 0 or without lengths', () => {
    expect(pivotedLengths([100, 900], 0)).toEqual([1, 1]);
    expect(pivotedLengths([0, 0], 0.5)).toEqual([1, 1]);
    expect(pivotedLengths([], 0.5)).toEqual([]);
  });
});

const doc = (id: string, text: string, methods: string[] = [], themes: string[] = []): SimilarityDoc => ({ id, text, methods, themes, province: '11', level: '县区' });

describe('computeSimilar', () => {
  const filler = '各村都召开了会议，传达了上级精神，部署了下一阶段的各项安排。';
  const docs = [
    doc('diary-a', `乡干部坚持记民情日记，把群众反映的困难逐条记下，定期梳理交办。${filler}`),
    doc('diary-b', `驻村干部每天写民情日记本，群众的困难记下来，交办以后回访。${filler}`),
    doc('hotline-a', `开通便民服务热线，二十四小时有人接听，报修电话一拨就通。${filler}`),
    doc('hotline-b', `一条服务热线管到底，群众打一个电话，维修人员上门服务。${filler}`),
  ];

  it('pairs texts that share a phrase, however the words are split (民情日记 / 民情日记本)', () => {
    const related = computeSimilar(docs, { limit: 1 });
    expect(related.get('diary-a')![0]!.id).toBe('diary-b');
    expect(related.get('diary-b')![0]!.id).toBe('diary-a');
    expect(related.get('hotline-a')![0]!.id).toBe('hotline-b');
    expect(related.get('hotline-b')![0]!.id).toBe('hotline-a');
  });

  it('lets a shared method decide between texts that tell nothing apart', () => {
    const same = '群众有事找干部，干部上门办事。';
    const tagged = [doc('a', same, ['m1']), doc('b', same, ['m2']), doc('c', same, ['m1']), doc('d', '完全不同的一段话讲别的事情。', ['m3'])];
    expect(computeSimilar(tagged, { limit: 1 }).get('a')![0]!.id).toBe('c');
    expect(computeSimilar(tagged, { limit: 1, methodWeight: 0 }).get('a')![0]!.id).toBe('b');
  });

  it('reports shared methods and themes with each related case', () => {
    const tagged = [doc('a', docs[0]!.text, ['m1', 'm2'], ['t1']), doc('b', docs[1]!.text, ['m2'], ['t1']), doc('c', docs[2]!.text, ['m3'], ['t2'])];
    const first = computeSimilar(tagged, { limit: 1 }).get('a')![0]!;
    expect(first).toMatchObject({ id: 'b', sharedMethods: ['m2'], sharedThemes: ['t1'] });
  });
});

describe('named practices', () => {
  const same = '群众有事找干部，干部上门办事。';
  const withPractice = (id: string, practices: string[]) => ({ ...doc(id, same), practices });

  it('relate the cases that share one, and are reported', () => {
    const docs = [withPractice('a', ['p1']), withPractice('b', ['p2']), withPractice('c', ['p1']), withPractice('d', [])];
    const first = computeSimilar(docs, { limit: 1 }).get('a')![0]!;
    expect(first).toMatchObject({ id: 'c', sharedPractices: ['p1'] });
    expect(computeSimilar(docs, { limit: 1, practiceWeight: 0 }).get('a')![0]!.id).toBe('b');
  });
});
