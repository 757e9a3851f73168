// Similar task clauses across plans (TF-IDF bigram cosine).
import type { Clause } from './clauses.ts';
import { byDocOrder, clauseKey } from './clauses.ts';
import { dedupe, keyPairs, passes, toSparse } from './simIndex.ts';
import { round3 } from './score.ts';
import type { RelatedEntry, ScoredRef } from '../core/schema/xref.ts';
import { countVec, crossPairs, tfidfVecs, unit } from './vectors.ts';

/** Task clauses: items and paragraphs with enough own text to compare. */
export function taskClauses(clauses: Clause[], minChars: number): Clause[] {
  return clauses.filter((c) => (c.unit.kind === 'item' || c.unit.kind === 'paragraph') && Array.from(clauseKey(c)).length >= minChars);
}

export interface ScoredPair {
  a: Clause;
  b: Clause;
  score: number;
}

/** All cross-plan pairs of task clauses scoring at least `floor` (brute force over all pairs: for the report's histogram and as reference). */
export function taskPairs(tasks: Clause[], floor: number): ScoredPair[] {
  const vecs = tfidfVecs(tasks.map((c) => c.own));
  return crossPairs(vecs, tasks.map((c) => c.planIndex), floor).map((p) => ({ a: tasks[p.i], b: tasks[p.j], score: p.score }));
}

/**
 * TF-IDF vectors of distinct keys, equal to tfidfVecs over all texts (df counts every text, so a
 * key used by k clauses counts k times).
 */
export function tfidfKeyVecs(keyTexts: string[], multiplicity: number[], n: number) {
  const counts = keyTexts.map(countVec);
  const df = new Map<string, number>();
  counts.forEach((c, k) => {
    for (const g of c.keys()) df.set(g, (df.get(g) ?? 0) + multiplicity[k]);
  });
  return counts.map((c) => {
    const v = new Map<string, number>();
    for (const [g, tf] of c) v.set(g, (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(g)! + 0.5)));
    return unit(v);
  });
}

/** Reference implementation of buildRelated: every passing pair, then sort (quadratic in copies of a text). */
export function buildRelatedBrute(tasks: Clause[], min: number, top: number): RelatedEntry[] {
  const best = new Map<Clause, { c: Clause; score: number }[]>();
  const push = (x: Clause, y: Clause, score: number) => {
    const l = best.get(x) ?? [];
    l.push({ c: y, score });
    best.set(x, l);
  };
  for (const p of taskPairs(tasks, min)) {
    push(p.a, p.b, p.score);
    push(p.b, p.a, p.score);
  }
  return tasks
    .filter((c) => best.has(c))
    .map((c): RelatedEntry => {
      const similar: ScoredRef[] = best
        .get(c)!
        .sort((x, y) => y.score - x.score || byDocOrder(x.c, y.c))
        .slice(0, top)
        .map((s) => ({ ...s.c.ref, score: round3(s.score) }));
      return { from: c.ref, similar };
    });
}

/**
 * For each task clause, the `top` most similar clauses of other plans with score ≥ min (entries
 * without any are left out). Same output as buildRelatedBrute: scores are computed once per pair
 * of distinct texts (simIndex.ts), and of the clauses sharing one text only the first `top` on
 * each side of the clause (earlier / later in plan-then-document order, whose scores may differ
 * in the last bit) are considered, since later ones with the same score rank below them.
 */
export function buildRelated(tasks: Clause[], min: number, top: number): RelatedEntry[] {
  if (top <= 0 || !tasks.length) return [];
  // The shortcut below relies on index order being document order (as taskClauses returns them).
  for (let i = 1; i < tasks.length; i++) if (byDocOrder(tasks[i - 1], tasks[i]) >= 0) return buildRelatedBrute(tasks, min, top);
  const items = tasks;
  const keys = items.map(clauseKey);
  const { keyOf, members } = dedupe(keys);
  const firsts = members.map((m) => items[m[0]].own);
  const vecs = toSparse(tfidfKeyVecs(firsts, members.map((m) => m.length), items.length));
  const kp = keyPairs(vecs, min);
  // Adjacency per key: [other key, score when this key's clause comes first, score when the other's comes first].
  const adj: { y: number; mine: number; theirs: number }[][] = members.map(() => []);
  for (let p = 0; p < kp.x.length; p++) {
    adj[kp.x[p]].push({ y: kp.y[p], mine: kp.sxy[p], theirs: kp.syx[p] });
    adj[kp.y[p]].push({ y: kp.x[p], mine: kp.syx[p], theirs: kp.sxy[p] });
  }
  const plan = items.map((c) => c.planIndex);
  const out: RelatedEntry[] = [];
  items.forEach((c, ci) => {
    const x = keyOf[ci];
    const cand: { j: number; score: number }[] = [];
    // Clauses earlier than c: the pair's sum runs in their vector's order (theirs).
    const take = (ms: number[], s: number) => {
      if (!passes(s, min)) return;
      const score = Math.min(1, s);
      let n = 0;
      for (let a = 0; a < ms.length && ms[a] < ci && n < top; a++) if (plan[ms[a]] !== plan[ci]) (cand.push({ j: ms[a], score }), n++);
    };
    // Clauses later than c: the sum runs in c's order (mine).
    const takeAfter = (ms: number[], s: number) => {
      if (!passes(s, min)) return;
      const score = Math.min(1, s);
      let lo = 0;
      let hi = ms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ms[mid] <= ci) lo = mid + 1;
        else hi = mid;
      }
      let n = 0;
      for (let a = lo; a < ms.length && n < top; a++) if (plan[ms[a]] !== plan[ci]) (cand.push({ j: ms[a], score }), n++);
    };
    take(members[x], kp.self[x]);
    takeAfter(members[x], kp.self[x]);
    for (const e of adj[x]) {
      take(members[e.y], e.theirs);
      takeAfter(members[e.y], e.mine);
    }
    if (!cand.length) return;
    cand.sort((p, q) => q.score - p.score || byDocOrder(items[p.j], items[q.j]));
    const similar: ScoredRef[] = cand.slice(0, top).map((s) => ({ ...items[s.j].ref, score: round3(s.score) }));
    out.push({ from: c.ref, similar });
  });
  return out;
}
