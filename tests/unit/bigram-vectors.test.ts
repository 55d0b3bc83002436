/** Character-bigram TF-IDF vectors: the text part of the related-cases score. */
import { describe, expect, it } from 'vitest';
import { bigramVectors, cosine, cosines, hanBigrams, vocabularySize } from '../../src/lib/node/bigram-vectors.ts';

describe('hanBigrams', () => {
  it('takes overlapping two-character windows inside runs of Han characters only', () => {
    expect(hanBigrams('民情日记')).toEqual(['民情', '情日', '日记']);
    expect(hanBigrams('驻村，干部 1+10 联系户')).toEqual(['驻村', '干部', '联系', '系户']);
    expect(hanBigrams('村')).toEqual([]);
  });

  it('counts a character outside the basic plane as one character', () => {
    expect(hanBigrams('𠀋村民')).toEqual(['𠀋村', '村民']);
  });
});

describe('bigramVectors', () => {
  const texts = ['民情日记记民情', '干部记民情日记', '便民服务热线', '服务热线电话', '民情服务'];
  const vectors = bigramVectors(texts);

  it('gives unit vectors with ascending indexes and the text length in bigram types', () => {
    for (const v of vectors) {
      const norm = Math.hypot(...v.weight);
      expect(norm).toBeCloseTo(1, 5);
      for (let k = 1; k < v.index.length; k++) expect(v.index[k]!).toBeGreaterThan(v.index[k - 1]!);
    }
    expect(vectors[0]!.types).toBe(new Set(hanBigrams(texts[0]!)).size);
  });

  it('drops bigrams found in one text only', () => {
    // 便民 and 民服 are in the first text only: its vector keeps 服务, 务热 and 热线, which the second shares.
    const first = bigramVectors(['便民服务热线', '服务热线电话', '民情日记'])[0]!;
    expect(first.index.length).toBe(3);
  });

  it('drops bigrams found in every text (they weigh nothing)', () => {
    // 工作 is in all three; 作民, 民情, 热线 in two; 作热, 情热 in one.
    const v = bigramVectors(['工作民情', '工作热线', '工作民情热线']);
    expect(v.map((x) => x.index.length)).toEqual([2, 1, 3]);
  });

  it('scores texts sharing a phrase above texts that do not', () => {
    expect(cosine(vectors[0]!, vectors[1]!)).toBeGreaterThan(cosine(vectors[0]!, vectors[2]!));
    expect(cosine(vectors[2]!, vectors[3]!)).toBeGreaterThan(cosine(vectors[2]!, vectors[1]!));
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 5);
  });

  it('cosines() agrees with cosine() and leaves its scratch array clean', () => {
    const scratch = new Float32Array(vocabularySize(vectors));
    const many = cosines(vectors[1]!, vectors, scratch);
    vectors.forEach((v, j) => expect(many[j]).toBeCloseTo(cosine(vectors[1]!, v), 6));
    expect(scratch.every((x) => x === 0)).toBe(true);
  });
});
