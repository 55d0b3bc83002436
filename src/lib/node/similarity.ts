/**
 * Similar cases from text and tags, deterministic and explainable.
 *
 * Text: cosine of character-bigram TF-IDF vectors (bigram-vectors.ts), which
 * match a phrase however the segmenter splits it. Long general essays share a
 * little with everything and would become everyone's neighbour, so text
 * similarity is corrected twice: pivoted length normalisation (a pair's cosine
 * is divided by its texts' length relative to the average, softened by
 * lengthPivot), then CSLS (a candidate's score is lowered by its mean
 * similarity to its own nearest neighbours, and the document's by its own).
 * Tags: shared methods, named practices and themes weighted by rarity (cosine of IDF vectors),
 * a smaller part of the score than the text: on the trainers' judgements
 * (tests/related/judgements.json) text carries most of the signal and the
 * tags add precision; the same province and level are off by default (they
 * pulled in neighbours for their address, not their practice) but still
 * reported as reasons.
 * Words: jieba words (taxonomy names and aliases added to its dictionary), the
 * genre's boilerplate dropped, sublinear TF-IDF; they find the candidates and
 * give the reasons (a word, unlike a bigram, can be shown to a reader).
 * Scale: candidates come from shared rare words and shared methods through
 * inverted indexes; exact scores are computed for the best candidates only,
 * never for all pairs.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bigramVectors, cosines, vocabularySize } from './bigram-vectors.ts';
import { isTellingTerm } from './reason-terms.ts';

export interface SimilarityDoc {
  id: string;
  text: string;
  methods: readonly string[];
  themes: readonly string[];
  /** Named practices (practices.yaml) that list this case. */
  practices?: readonly string[];
  province: string;
  level: string;
}

export interface SimilarityOptions {
  /** Related cases per case. Default 5. */
  limit?: number;
  /** Weight of hub-corrected text similarity. Default 1. */
  textWeight?: number;
  /** Weight of shared methods. Default 0.2. */
  methodWeight?: number;
  /**
   * Weight of shared named practices (a locality's programme that
   * practices.yaml gives to more than one case, e.g. 三万). Default 0.2, as a
   * shared method: set without the judgements, which cannot confirm it held-out.
   */
  practiceWeight?: number;
  /** Weight of shared themes. Default 0.1. */
  themeWeight?: number;
  /** Bonus for the same province. Default 0. */
  provinceWeight?: number;
  /** Bonus for the same level. Default 0. */
  levelWeight?: number;
  /** Terms per document used to find candidates. Default 40. */
  candidateTerms?: number;
  /** Candidates scored exactly per document. Default 60. */
  candidatesPerDoc?: number;
  /**
   * Slope of the pivoted length normalisation, 0 (none) to 1 (cosine divided
   * by the geometric mean of the two texts' lengths over the average). Default 0.5.
   */
  lengthPivot?: number;
  /** Neighbours averaged for the hub correction. Default 5. */
  hubNeighbours?: number;
  /** Words added to the segmenter's dictionary (method names, aliases). */
  dictionary?: readonly string[];
}

export interface SimilarCase {
  id: string;
  score: number;
  sharedMethods: string[];
  sharedThemes: string[];
  sharedPractices: string[];
  sameProvince: boolean;
  sameLevel: boolean;
  /** Words both texts weigh heavily, most telling first. */
  sharedTerms: string[];
}

/** Words of this genre too common to tell cases apart. */
export const GENRE_STOP_WORDS = new Set(
  `群众 工作 党员 干部 服务 联系 我们 他们 一个 进行 问题 发展 建设 实现 开展 加强 推进 做好 提高 坚持 通过 没有 就是
  他们 这样 这些 自己 不断 充分 积极 主动 有效 切实 真正 不能 可以 已经 一些 各种 各级 全面 深入 同时 以及 作为 进一步
  基层 组织 党组织 领导 活动 工作队 方面 情况 需要 要求 主要 问题 解决 办法 能力 水平 意识 作用 机制 制度 形式 过程
  社会 人民 党委 政府 各项 一切 我们 如何 什么 其中 目前 如今 这个 那么 因为 所以 但是 而且 并且 还是 或者 以上 以下 之间`
    .split(/\s+/)
    .filter(Boolean),
);

const HAN_WORD = /^[\p{Script=Han}]{2,}$/u;

let jieba: Jieba | undefined;
let loadedDictionary = '';

function segmenter(dictionary: readonly string[]): Jieba {
  const key = dictionary.join('\n');
  if (!jieba || key !== loadedDictionary) {
    jieba = Jieba.withDict(dict);
    const extra = dictionary.filter((w) => HAN_WORD.test(w)).map((w) => `${w} 100000 n`).join('\n');
    if (extra) jieba.loadDict(new TextEncoder().encode(extra));
    loadedDictionary = key;
  }
  return jieba;
}

let generalIdf: Map<string, number> | undefined;

/** A word's IDF in general Chinese, from jieba's own table (undefined: not listed, so rare). */
export function generalIdfOf(word: string): number | undefined {
  if (!generalIdf) {
    const file = createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt');
    generalIdf = new Map();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [w, idf] = line.split(' ');
      if (w && idf) generalIdf.set(w, Number(idf));
    }
  }
  return generalIdf.get(word);
}

/** The part-of-speech tag of a word on its own ('x' if the tagger splits it). */
export function partOfSpeech(word: string, dictionary: readonly string[] = []): string {
  const tagged = segmenter(dictionary).tag(word, false);
  return tagged.length === 1 ? tagged[0]!.tag : 'x';
}

/** Content words of a text: Han words of two or more characters, boilerplate left out. */
export function contentWords(text: string, dictionary: readonly string[] = []): string[] {
  return segmenter(dictionary).cut(text, false).filter((w) => HAN_WORD.test(w) && !GENRE_STOP_WORDS.has(w));
}

type Vector = Map<string, number>;

function normalise(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

function idfVectors(lists: ReadonlyArray<readonly string[]>): Vector[] {
  const df = new Map<string, number>();
  for (const list of lists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = lists.length;
  return lists.map((list) => {
    const v: Vector = new Map();
    for (const t of new Set(list)) v.set(t, Math.log(1 + n / df.get(t)!));
    return normalise(v);
  });
}

/**
 * Pivoted length normalisation factors: (1 − slope) + slope × length / mean
 * length. A text twice the average length with slope 0.5 gets 1.5, so its
 * cosines shrink by √1.5 against an average text; slope 0 gives all 1.
 */
export function pivotedLengths(lengths: readonly number[], slope: number): number[] {
  const mean = lengths.reduce((s, x) => s + x, 0) / (lengths.length || 1);
  return lengths.map((x) => (mean > 0 ? 1 - slope + (slope * x) / mean : 1));
}

export function computeSimilar(docs: readonly SimilarityDoc[], options: SimilarityOptions = {}): Map<string, SimilarCase[]> {
  const {
    limit = 5,
    textWeight = 1,
    methodWeight = 0.2,
    themeWeight = 0.1,
    practiceWeight = 0.2,
    provinceWeight = 0,
    levelWeight = 0,
    candidateTerms = 40,
    candidatesPerDoc = 60,
    lengthPivot = 0.5,
    hubNeighbours = 5,
    dictionary = [],
  } = options;
  const n = docs.length;

  // Word vectors (candidates and reasons): sublinear tf × idf, L2-normalised.
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of contentWords(d.text, dictionary)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = tfs.map((tf) => {
    const v: Vector = new Map();
    for (const [t, c] of tf) {
      // A word in one text only links it to nothing.
      if (df.get(t)! < 2) continue;
      v.set(t, (1 + Math.log(c)) * Math.log(n / df.get(t)!));
    }
    return normalise(v);
  });
  // Which words may be given as reasons (reason-terms.ts), decided once per word.
  const named = new Set(dictionary);
  const telling = new Map<string, boolean>();
  const isTelling = (t: string) => {
    let yes = telling.get(t);
    if (yes === undefined) telling.set(t, (yes = isTellingTerm(t, { tag: partOfSpeech(t, dictionary), df: df.get(t)!, n, named: named.has(t), generalIdf: generalIdfOf(t) })));
    return yes;
  };
  const methodVectors = idfVectors(docs.map((d) => d.methods));
  const themeVectors = idfVectors(docs.map((d) => d.themes));
  const practiceVectors = idfVectors(docs.map((d) => d.practices ?? []));

  // Candidates: documents sharing one of a document's most telling rare terms, a method or a named practice.
  // Capped, so each document visits a bounded number of postings: linear in n.
  const maxDf = Math.min(200, Math.max(5, Math.ceil(0.02 * n)));
  const topTerms = vectors.map((v) =>
    [...v.entries()]
      .filter(([t]) => df.get(t)! <= maxDf)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, candidateTerms),
  );
  const termPostings = new Map<string, number[]>();
  topTerms.forEach((terms, i) => {
    for (const [t] of terms) (termPostings.get(t) ?? termPostings.set(t, []).get(t)!).push(i);
  });
  // Tags (methods, then named practices) as candidate sources: a tag's postings and weight.
  const tagKinds = [
    { of: (d: SimilarityDoc) => d.methods, vectors: methodVectors, weight: methodWeight },
    { of: (d: SimilarityDoc) => d.practices ?? [], vectors: practiceVectors, weight: practiceWeight },
  ].map((kind) => {
    const postings = new Map<string, number[]>();
    docs.forEach((d, i) => {
      for (const m of kind.of(d)) (postings.get(m) ?? postings.set(m, []).get(m)!).push(i);
    });
    return { ...kind, postings };
  });

  const candidates: number[][] = docs.map((d, i) => {
    const rough = new Map<number, number>();
    for (const [t, w] of topTerms[i]!) {
      for (const j of termPostings.get(t) ?? []) if (j !== i) rough.set(j, (rough.get(j) ?? 0) + w * (vectors[j]!.get(t) ?? 0));
    }
    for (const kind of tagKinds) {
      for (const m of kind.of(d)) {
        const posting = kind.postings.get(m) ?? [];
        // A tag most cases share narrows nothing; take a deterministic window
        // that starts at a different place for each document (not always the first cases).
        const cap = candidatesPerDoc * 4;
        const start = posting.length > cap ? (i * 7919) % posting.length : 0;
        const window = posting.length > cap ? [...posting.slice(start), ...posting.slice(0, start)].slice(0, cap) : posting;
        for (const j of window) {
          if (j !== i) rough.set(j, (rough.get(j) ?? 0) + kind.weight * (kind.vectors[i]!.get(m) ?? 0));
        }
      }
    }
    return [...rough.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, candidatesPerDoc)
      .map(([j]) => j);
  });

  // Exact text cosine (character bigrams) for candidates, then each document's hubness.
  const bigrams = bigramVectors(docs.map((d) => d.text));
  const scratch = new Float32Array(vocabularySize(bigrams));
  const pivot = pivotedLengths(bigrams.map((v) => v.types), lengthPivot);
  const cos = candidates.map((list, i) =>
    cosines(bigrams[i]!, list.map((j) => bigrams[j]!), scratch).map((c, k) => c / Math.sqrt(pivot[i]! * pivot[list[k]!]!)),
  );
  const hub = cos.map((list) => {
    const top = [...list].sort((a, b) => b - a).slice(0, hubNeighbours);
    return top.length ? top.reduce((s, x) => s + x, 0) / top.length : 0;
  });

  const out = new Map<string, SimilarCase[]>();
  docs.forEach((a, i) => {
    const scored = candidates[i]!.map((j, k) => {
      const b = docs[j]!;
      const text = 2 * cos[i]![k]! - hub[i]! - hub[j]!;
      const methods = dot(methodVectors[i]!, methodVectors[j]!);
      const themes = dot(themeVectors[i]!, themeVectors[j]!);
      const practices = dot(practiceVectors[i]!, practiceVectors[j]!);
      const sameProvince = a.province === b.province;
      const sameLevel = a.level === b.level;
      const score =
        textWeight * text + methodWeight * methods + themeWeight * themes + practiceWeight * practices + (sameProvince ? provinceWeight : 0) + (sameLevel ? levelWeight : 0);
      return { j, score };
    });
    scored.sort((x, y) => y.score - x.score || x.j - y.j);
    out.set(
      a.id,
      scored.slice(0, limit).map(({ j, score }) => {
        const b = docs[j]!;
        const shared = [...vectors[i]!.entries()]
          .filter(([t]) => vectors[j]!.has(t) && isTelling(t))
          .map(([t, w]): [string, number] => [t, w * vectors[j]!.get(t)!])
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .slice(0, 4)
          .map(([t]) => t);
        return {
          id: b.id,
          score: Math.round(score * 1000) / 1000,
          sharedMethods: a.methods.filter((m) => b.methods.includes(m)),
          sharedThemes: a.themes.filter((t) => b.themes.includes(t)),
          sharedPractices: (a.practices ?? []).filter((p) => b.practices?.includes(p)),
          sameProvince: a.province === b.province,
          sameLevel: a.level === b.level,
          sharedTerms: shared,
        };
      }),
    );
  });
  return out;
}
