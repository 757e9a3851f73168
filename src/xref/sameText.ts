// Clauses and tables repeated (nearly) word for word across plans.
import type { Clause } from './clauses.ts';
import { byDocOrder, clauseKey } from './clauses.ts';
import { shortHash } from './hash.ts';
import { dedupe, keyPairs, passes, toSparse } from './simIndex.ts';
import { round3 } from './score.ts';
import type { SameTextGroup } from '../core/schema/xref.ts';
import { countVec, crossPairs, unit } from './vectors.ts';

/** A link between two candidate clauses (i < j) with its score (1 for equal keys). */
interface Edge {
  i: number;
  j: number;
  score: number;
}

/** Single-link groups from links; a group's score is the lowest link score in it (order-independent). */
function groupsFrom(cands: Clause[], keys: string[], edges: Iterable<Edge>): SameTextGroup[] {
  const parent = cands.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const linked = new Uint8Array(cands.length);
  const edgeList: Edge[] = [];
  for (const e of edges) {
    const [ra, rb] = [find(e.i), find(e.j)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    linked[e.i] = linked[e.j] = 1;
    edgeList.push(e);
  }
  const minScore = new Map<number, number>();
  for (const e of edgeList) {
    const r = find(e.i);
    minScore.set(r, Math.min(e.score, minScore.get(r) ?? 1));
  }
  const groups = new Map<number, number[]>();
  cands.forEach((_, i) => {
    if (!linked[i]) return;
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
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

function candidates(clauses: Clause[], minChars: number): { cands: Clause[]; keys: string[] } {
  const cands: Clause[] = [];
  const keys: string[] = [];
  for (const c of clauses) {
    const k = clauseKey(c);
    if (Array.from(k).length < minChars) continue;
    cands.push(c);
    keys.push(k);
  }
  return { cands, keys };
}

/** Reference implementation: every cross-plan pair through crossPairs (quadratic in copies of a text). */
export function buildSameTextBrute(clauses: Clause[], min: number, minChars: number): SameTextGroup[] {
  const { cands, keys } = candidates(clauses, minChars);
  const vecs = cands.map((c) => unit(countVec(c.own)));
  const edges: Edge[] = [];
  for (const p of crossPairs(vecs, cands.map((c) => c.planIndex), min)) {
    if ((cands[p.i].unit.kind === 'table') !== (cands[p.j].unit.kind === 'table')) continue; // a table is only the same as a table
    edges.push({ i: p.i, j: p.j, score: keys[p.i] === keys[p.j] ? 1 : p.score });
  }
  return groupsFrom(cands, keys, edges);
}

/**
 * Groups of clauses of different plans whose normalized own text is equal or has raw-bigram
 * cosine ≥ min (single link). Same output as buildSameTextBrute: pairs are scored once per pair
 * of distinct texts (simIndex.ts); clauses sharing a text are linked through a spanning set of
 * their cross-plan pairs (all of score 1, so the group and its score do not change).
 */
export function buildSameText(clauses: Clause[], min: number, minChars: number): SameTextGroup[] {
  const { cands, keys } = candidates(clauses, minChars);
  for (let i = 1; i < cands.length; i++) if (byDocOrder(cands[i - 1], cands[i]) >= 0) return buildSameTextBrute(clauses, min, minChars);
  const isTable = cands.map((c) => c.unit.kind === 'table');
  // A table is only the same as a table: the kind is part of the dedup key.
  const { members } = dedupe(keys.map((k, i) => (isTable[i] ? 't' : 'c') + k));
  // Raw counts, not TF-IDF: "the same text" is about the characters, not about what is distinctive.
  const vecs = toSparse(members.map((m) => unit(countVec(cands[m[0]].own))));
  const keyTable = members.map((m) => isTable[m[0]]);
  const kp = keyPairs(vecs, min, (x, y) => keyTable[x] === keyTable[y]);
  const plan = cands.map((c) => c.planIndex);
  function* edges(): Generator<Edge> {
    // Equal keys: pairs of different plans (score 1 when the self cosine passes, as it does for any non-empty text).
    for (let x = 0; x < members.length; x++) {
      const ms = members[x];
      if (ms.length < 2 || !passes(kp.self[x], min)) continue;
      const m0 = ms[0];
      const other = ms.find((m) => plan[m] !== plan[m0]);
      if (other === undefined) continue;
      for (const m of ms) {
        if (m === m0) continue;
        if (plan[m] !== plan[m0]) yield { i: m0, j: m, score: 1 };
        else yield { i: Math.min(m, other), j: Math.max(m, other), score: 1 };
      }
    }
    // Distinct keys: every cross-plan pair of their clauses, scored in the lower index's order.
    for (let p = 0; p < kp.x.length; p++) {
      const [xs, ys, sxy, syx] = [members[kp.x[p]], members[kp.y[p]], kp.sxy[p], kp.syx[p]];
      for (const i of xs)
        for (const j of ys) {
          if (plan[i] === plan[j]) continue;
          const s = i < j ? sxy : syx;
          if (passes(s, min)) yield { i: Math.min(i, j), j: Math.max(i, j), score: Math.min(1, s) };
        }
    }
  }
  return groupsFrom(cands, keys, edges());
}
