// Clauses and tables repeated (nearly) word for word across plans.
import type { Clause } from './clauses.ts';
import { byDocOrder } from './clauses.ts';
import { shortHash } from './hash.ts';
import { normKey, round3 } from './text.ts';
import type { SameTextGroup } from './types.ts';
import { countVec, crossPairs, unit } from './vectors.ts';

/** Groups of clauses of different plans whose normalized own text is equal or has raw-bigram cosine ≥ min (single link). */
export function buildSameText(clauses: Clause[], min: number, minChars: number): SameTextGroup[] {
  const cands = clauses.filter((c) => Array.from(normKey(c.own)).length >= minChars);
  const keys = cands.map((c) => normKey(c.own));
  // Raw counts, not TF-IDF: "the same text" is about the characters, not about what is distinctive.
  const vecs = cands.map((c) => unit(countVec(c.own)));
  const parent = cands.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const minScore = new Map<number, number>();
  for (const p of crossPairs(vecs, cands.map((c) => c.planIndex), min)) {
    const kindA = cands[p.i].unit.kind === 'table';
    if (kindA !== (cands[p.j].unit.kind === 'table')) continue; // a table is only the same as a table
    const score = keys[p.i] === keys[p.j] ? 1 : p.score;
    const [ra, rb] = [find(p.i), find(p.j)];
    const s = Math.min(score, minScore.get(ra) ?? 1, minScore.get(rb) ?? 1);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    minScore.set(find(p.i), s);
  }
  const groups = new Map<number, number[]>();
  cands.forEach((_, i) => {
    const r = find(i);
    if (r === i && !minScore.has(r)) return;
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.entries()]
    .map(([r, idx]) => {
      const members = idx.map((i) => cands[i]).sort(byDocOrder);
      const identical = idx.every((i) => keys[i] === keys[idx[0]]);
      return {
        first: members[0],
        g: {
          id: 's-' + shortHash(members.map((m) => `${m.plan}/${m.unit.id}`).join(' ')),
          kind: members[0].unit.kind === 'table' ? 'table' : 'clause',
          identical,
          score: identical ? 1 : round3(minScore.get(r) ?? 1),
          members: members.map((m) => m.ref),
        } satisfies SameTextGroup,
      };
    })
    .filter((x) => x.g.members.length > 1)
    .sort((x, y) => byDocOrder(x.first, y.first))
    .map((x) => x.g);
}
