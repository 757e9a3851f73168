// Fast all-pairs cosine for related and sameText: deduplicated texts, integer feature ids and
// prefix filtering, with scores bit-identical to crossPairs (vectors.ts, the reference).
//
// 1. Dedup: items whose comparison key is equal have equal vectors, so vectors and pair scores are
//    computed once per distinct key ("key"), and expanded to items (clauses) only where needed.
// 2. Prefix filtering (Bayardo et al., All-Pairs): features are ordered globally, rarest first.
//    Each key indexes only the shortest prefix of its features whose remaining suffix has
//    L2 norm < min − margin. If x·y ≥ min for unit vectors x, y, they share a feature that is in
//    both prefixes. Proof: let x's prefix end no later than y's. A shared feature before the end
//    of x's prefix lies in both prefixes. If there were none, every shared feature would lie in
//    x's suffix, and by Cauchy–Schwarz x·y ≤ ‖x_suffix‖·‖y‖ < min. The margin (1e-6) covers
//    rounding of ‖y‖ ≈ 1 and of the sums, far above the 1e-9 slack of the threshold test.
//    Common bigrams (知识, 产权) carry little weight and fall into suffixes, so their long posting
//    lists are never scanned.
// 3. Exact floats: crossPairs sums w_i·w_j over the features of the pair's lower-index item, in
//    that vector's insertion order. Both sums (x's order and y's order) are kept per key pair, and
//    the one matching the items' index order is used, so ties and thresholds resolve as before.
import type { Vec } from './vectors.ts';

/** The threshold test of crossPairs. */
export function passes(s: number, min: number): boolean {
  return s >= min - 1e-9;
}

/** Items grouped by equal key: keyOf[item] = key index; members[key] ascending item indexes. */
export interface Dedup {
  keyOf: Int32Array;
  members: number[][];
}

/** Groups items by key; keys are numbered in order of first occurrence (deterministic). */
export function dedupe(keys: string[]): Dedup {
  const ids = new Map<string, number>();
  const keyOf = new Int32Array(keys.length);
  const members: number[][] = [];
  keys.forEach((k, i) => {
    let id = ids.get(k);
    if (id === undefined) {
      id = members.length;
      ids.set(k, id);
      members.push([]);
    }
    keyOf[i] = id;
    members[id].push(i);
  });
  return { keyOf, members };
}

/** Sparse vectors with integer feature ids, features in the Map's insertion order. */
export interface SparseVecs {
  feats: Int32Array[];
  weights: Float64Array[];
  nFeatures: number;
}

/** Converts Map vectors to id arrays (insertion order kept, since it fixes the order of sums). */
export function toSparse(vecs: Vec[]): SparseVecs {
  const ids = new Map<string, number>();
  const feats: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const v of vecs) {
    const f = new Int32Array(v.size);
    const w = new Float64Array(v.size);
    let n = 0;
    for (const [k, x] of v) {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      f[n] = id;
      w[n++] = x;
    }
    feats.push(f);
    weights.push(w);
  }
  return { feats, weights, nFeatures: ids.size };
}

/** Pairs of distinct keys x < y that may pass: sxy summed in x's feature order, syx in y's. */
export interface KeyPairs {
  x: number[];
  y: number[];
  sxy: number[];
  syx: number[];
  /** Self dot product of each key in its own order (the score of two items with the same key). */
  self: Float64Array;
}

/** First position in ascending `a` whose value is ≥ v. */
function lowerBound(a: Int32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every pair of distinct keys with sxy or syx passing `min` (and nothing is missed: see the
 * header), optionally restricted by `compatible` (e.g. table vs table), in (x, y) order.
 *
 * Candidates come from the postings of prefix features, which also give A = the dot product over
 * features in both prefixes. With c = the earlier of the two prefix ends (in the global order),
 * every feature in both prefixes ranks before c and every other shared feature at or after c, so
 * x·y ≤ A + ‖x_{≥c}‖·‖y_{≥c}‖ (Cauchy–Schwarz); candidates whose bound stays below min − 1e-6
 * are dropped before the exact sums.
 */
export function keyPairs(v: SparseVecs, min: number, compatible?: (x: number, y: number) => boolean): KeyPairs {
  const nKeys = v.feats.length;
  const nF = v.nFeatures;
  const { feats, weights } = v;
  const self = new Float64Array(nKeys);
  for (let k = 0; k < nKeys; k++) {
    let d = 0;
    const w = weights[k];
    for (let a = 0; a < w.length; a++) d += w[a] * w[a];
    self[k] = d;
  }
  // Global order: rarest feature first (number of keys using it), ties by id; rank[f] = position.
  const df = new Int32Array(nF);
  for (const f of feats) for (let a = 0; a < f.length; a++) df[f[a]]++;
  const byRank = Array.from({ length: nF }, (_, i) => i).sort((a, b) => df[a] - df[b] || a - b);
  const rank = new Int32Array(nF);
  byRank.forEach((f, r) => (rank[f] = r));
  const bound = min - 1e-6;
  const bound2 = bound > 0 ? bound * bound : -1;
  // Per key: ranks ascending, their weights, suffix sums of squared weights, and the prefix end.
  const ranks: Int32Array[] = [];
  const rw: Float64Array[] = [];
  const suf: Float64Array[] = [];
  const end = new Int32Array(nKeys);
  const cut = new Int32Array(nKeys); // rank where the suffix starts (nF when the whole vector is indexed)
  const count = new Int32Array(nF + 1);
  for (let k = 0; k < nKeys; k++) {
    const f = feats[k];
    const w = weights[k];
    const order = Array.from({ length: f.length }, (_, a) => a).sort((a, b) => rank[f[a]] - rank[f[b]]);
    const r = new Int32Array(f.length);
    const ww = new Float64Array(f.length);
    order.forEach((a, p) => ((r[p] = rank[f[a]]), (ww[p] = w[a])));
    const s2 = new Float64Array(f.length + 1);
    for (let p = f.length - 1; p >= 0; p--) s2[p] = s2[p + 1] + ww[p] * ww[p];
    // The prefix ends at the first position whose suffix norm is below the bound.
    let e = f.length;
    if (bound2 > 0) while (e > 0 && s2[e - 1] < bound2) e--;
    ranks.push(r);
    rw.push(ww);
    suf.push(s2);
    end[k] = e;
    cut[k] = e < f.length ? r[e] : nF;
    for (let p = 0; p < e; p++) count[r[p] + 1]++;
  }
  for (let i = 0; i < nF; i++) count[i + 1] += count[i];
  // Postings by rank: keys (ascending) and their weights.
  const pk = new Int32Array(count[nF]);
  const pw = new Float64Array(count[nF]);
  const fill = count.slice(0, nF);
  for (let k = 0; k < nKeys; k++) {
    const r = ranks[k];
    for (let p = 0; p < end[k]; p++) {
      const at = fill[r[p]]++;
      pk[at] = k;
      pw[at] = rw[k][p];
    }
  }
  const out: KeyPairs = { x: [], y: [], sxy: [], syx: [], self };
  const dx = new Float64Array(nF);
  const dy = new Float64Array(nF);
  const acc = new Float64Array(nKeys);
  const stamp = new Int32Array(nKeys).fill(-1);
  const cands: number[] = [];
  for (let x = 0; x < nKeys; x++) {
    cands.length = 0;
    const rx = ranks[x];
    for (let p = 0; p < end[x]; p++) {
      const g = rx[p];
      const w = rw[x][p];
      // Postings are ascending: skip to keys after x.
      let lo = count[g];
      let hi = count[g + 1];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pk[mid] <= x) lo = mid + 1;
        else hi = mid;
      }
      for (let q = lo; q < count[g + 1]; q++) {
        const y = pk[q];
        if (stamp[y] !== x) {
          stamp[y] = x;
          acc[y] = 0;
          cands.push(y);
        }
        acc[y] += w * pw[q];
      }
    }
    if (!cands.length) continue;
    cands.sort((a, b) => a - b);
    const fx = feats[x];
    const wx = weights[x];
    let loaded = false;
    for (const y of cands) {
      if (compatible && !compatible(x, y)) continue;
      const c = Math.min(cut[x], cut[y]);
      const nx = c === cut[x] ? suf[x][end[x]] : suf[x][lowerBound(rx, c)];
      const ny = c === cut[y] ? suf[y][end[y]] : suf[y][lowerBound(ranks[y], c)];
      if (acc[y] + Math.sqrt(nx * ny) < bound) continue;
      if (!loaded) {
        for (let a = 0; a < fx.length; a++) dx[fx[a]] = wx[a];
        loaded = true;
      }
      const fy = feats[y];
      const wy = weights[y];
      let syx = 0;
      for (let a = 0; a < fy.length; a++) {
        const o = dx[fy[a]];
        if (o !== 0) syx += wy[a] * o;
        dy[fy[a]] = wy[a];
      }
      let sxy = 0;
      for (let a = 0; a < fx.length; a++) {
        const o = dy[fx[a]];
        if (o !== 0) sxy += wx[a] * o;
      }
      for (let a = 0; a < fy.length; a++) dy[fy[a]] = 0;
      if (passes(sxy, min) || passes(syx, min)) {
        out.x.push(x);
        out.y.push(y);
        out.sxy.push(sxy);
        out.syx.push(syx);
      }
    }
    if (loaded) for (let a = 0; a < fx.length; a++) dx[fx[a]] = 0;
  }
  return out;
}
