// Similar task clauses across plans (TF-IDF bigram cosine).
import type { Clause } from './clauses.ts';
import { byDocOrder } from './clauses.ts';
import { normKey, round3 } from './text.ts';
import type { RelatedEntry, ScoredRef } from './types.ts';
import { crossPairs, tfidfVecs } from './vectors.ts';

/** Task clauses: items and paragraphs with enough own text to compare. */
export function taskClauses(clauses: Clause[], minChars: number): Clause[] {
  return clauses.filter((c) => (c.unit.kind === 'item' || c.unit.kind === 'paragraph') && Array.from(normKey(c.own)).length >= minChars);
}

export interface ScoredPair {
  a: Clause;
  b: Clause;
  score: number;
}

/** All cross-plan pairs of task clauses scoring at least `floor`, for the report's histogram and for related. */
export function taskPairs(tasks: Clause[], floor: number): ScoredPair[] {
  const vecs = tfidfVecs(tasks.map((c) => c.own));
  return crossPairs(vecs, tasks.map((c) => c.planIndex), floor).map((p) => ({ a: tasks[p.i], b: tasks[p.j], score: p.score }));
}

/** For each task clause, the `top` most similar clauses of other plans with score ≥ min (entries without any are left out). */
export function buildRelated(tasks: Clause[], min: number, top: number): RelatedEntry[] {
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
