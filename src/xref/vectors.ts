// Sparse bigram vectors and all-pairs cosine through an inverted index.
import { bigrams, searchKey } from '../core/text.ts';

/** A sparse vector: term → weight, L2-normalized. */
export type Vec = Map<string, number>;

/** Raw bigram counts of a text's comparison key. */
export function countVec(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of bigrams(searchKey(text))) m.set(g, (m.get(g) ?? 0) + 1);
  return m;
}

/** Scales a vector to unit length so that a dot product is a cosine. */
export function unit(v: Map<string, number>): Vec {
  let s = 0;
  for (const w of v.values()) s += w * w;
  const n = Math.sqrt(s) || 1;
  const out: Vec = new Map();
  for (const [k, w] of v) out.set(k, w / n);
  return out;
}

/** TF-IDF bigram vectors: bigrams every plan uses (知识, 产权, 加强) weigh little. */
export function tfidfVecs(texts: string[]): Vec[] {
  const counts = texts.map(countVec);
  const df = new Map<string, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = texts.length;
  return counts.map((c) => {
    const v = new Map<string, number>();
    for (const [k, tf] of c) v.set(k, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(k)! + 0.5)));
    return unit(v);
  });
}

/** Cosine of two unit vectors. */
export function cosine(a: Vec, b: Vec): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [k, w] of s) {
    const x = l.get(k);
    if (x !== undefined) d += w * x;
  }
  return d;
}

/** Every pair (i < j) with group[i] ≠ group[j] and cosine ≥ min, via an inverted index (no N² scan of empty pairs). */
export function crossPairs(vecs: Vec[], group: number[], min: number): { i: number; j: number; score: number }[] {
  const index = new Map<string, { i: number; w: number }[]>();
  vecs.forEach((v, i) => {
    for (const [k, w] of v) {
      const p = index.get(k);
      if (p) p.push({ i, w });
      else index.set(k, [{ i, w }]);
    }
  });
  const out: { i: number; j: number; score: number }[] = [];
  vecs.forEach((v, i) => {
    const acc = new Map<number, number>();
    for (const [k, w] of v) {
      for (const p of index.get(k)!) if (p.i > i && group[p.i] !== group[i]) acc.set(p.i, (acc.get(p.i) ?? 0) + w * p.w);
    }
    for (const [j, s] of [...acc.entries()].sort((x, y) => x[0] - y[0])) if (s >= min - 1e-9) out.push({ i, j, score: Math.min(1, s) });
  });
  return out;
}
