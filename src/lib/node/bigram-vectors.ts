/**
 * Character-bigram TF-IDF vectors of Chinese texts, for the text part of the
 * related-cases score (similarity.ts).
 *
 * Why bigrams and not (only) words: the segmenter splits the same phrase
 * differently in different contexts (驻村干部 / 驻村 + 干部, 民情日记本 /
 * 民情 + 日记本), and a locality's programme names are rarely in its
 * dictionary; overlapping two-character windows match them whatever the
 * segmentation. On the trainers' judgements they rank the closest peers
 * better than jieba words do (tests/content/related-quality.test.ts).
 *
 * Weights: sublinear tf (1 + ln tf) × ln(n / df), L2-normalised; a bigram in
 * only one text (links it to nothing) or in every text (weight 0) is dropped.
 * Vectors are sorted typed arrays (bigram index, weight), so 10,000 texts of a
 * few thousand characters fit in a few hundred megabytes.
 */

export interface SparseVector {
  /** Bigram indexes, ascending. */
  readonly index: Int32Array;
  /** Weights for those bigrams; the vector has length 1 (or is empty). */
  readonly weight: Float32Array;
  /** How many different bigrams the text has, kept or not: its length, for length normalisation. */
  readonly types: number;
}

const HAN_RUN = /\p{Script=Han}+/gu;

/** The overlapping two-character windows of each run of Han characters (no window spans punctuation, Latin or digits). */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** Sublinear TF-IDF vectors of the texts' Han bigrams, one per text, in order. */
export function bigramVectors(texts: readonly string[]): SparseVector[] {
  const ids = new Map<string, number>();
  // Each text's counts go into typed arrays at once: a Map per text would hold
  // ten million entries for 10,000 texts.
  const counted = texts.map((text) => {
    const tf = new Map<number, number>();
    for (const g of hanBigrams(text)) {
      let id = ids.get(g);
      if (id === undefined) ids.set(g, (id = ids.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const index = Int32Array.from(tf.keys()).sort();
    return { index, count: Float32Array.from(index, (id) => tf.get(id)!) };
  });
  const df = new Int32Array(ids.size);
  for (const { index } of counted) for (const id of index) df[id]!++;
  const n = texts.length;
  return counted.map(({ index: all, count }) => {
    let kept = 0;
    for (const id of all) if (df[id]! >= 2 && df[id]! < n) kept++;
    const index = new Int32Array(kept);
    const weight = new Float32Array(kept);
    let sum = 0;
    for (let k = 0, o = 0; k < all.length; k++) {
      const id = all[k]!;
      if (df[id]! < 2 || df[id]! >= n) continue;
      const w = (1 + Math.log(count[k]!)) * Math.log(n / df[id]!);
      index[o] = id;
      weight[o++] = w;
      sum += w * w;
    }
    const norm = Math.sqrt(sum) || 1;
    for (let k = 0; k < weight.length; k++) weight[k]! /= norm;
    return { index, weight, types: all.length };
  });
}

/** Cosine of two vectors from the same bigramVectors call (they are unit length). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.index.length && j < b.index.length) {
    const x = a.index[i]!;
    const y = b.index[j]!;
    if (x === y) s += a.weight[i++]! * b.weight[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Cosines of one vector with many, faster than cosine() one by one: the
 * vector is spread into a dense scratch array of the vocabulary's size once.
 */
export function cosines(a: SparseVector, others: readonly SparseVector[], scratch: Float32Array): number[] {
  for (let k = 0; k < a.index.length; k++) scratch[a.index[k]!] = a.weight[k]!;
  const out = others.map((b) => {
    let s = 0;
    for (let k = 0; k < b.index.length; k++) s += scratch[b.index[k]!]! * b.weight[k]!;
    return s;
  });
  for (let k = 0; k < a.index.length; k++) scratch[a.index[k]!] = 0;
  return out;
}

/** The size of scratch array cosines() needs for these vectors (largest index + 1). */
export function vocabularySize(vectors: readonly SparseVector[]): number {
  let max = -1;
  for (const v of vectors) if (v.index.length) max = Math.max(max, v.index[v.index.length - 1]!);
  return max + 1;
}
