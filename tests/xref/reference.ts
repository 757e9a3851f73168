// Brute-force reference of the cross-link builders that have fast paths (topics, related clauses,
// same text, indicator ↔ clause links, indicator groups): the plain all-pairs and per-plan-scan forms,
// kept to check that the fast paths give byte-identical output. Builders without a fast path (bodies,
// documents, prose targets) are tested on their own, not against themselves.
import type { PlanDoc as Plan } from '../../src/core/schema/index.ts';
import type { Clause } from '../../src/xref/clauses.ts';
import { byDocOrder, collectClauses, sortPlans } from '../../src/xref/clauses.ts';
import { shortHash } from '../../src/xref/hash.ts';
import { indicatorFlags, indicatorLabel, indicatorTerm, isSuccessor } from '../../src/xref/indicatorNames.ts';
import { taskClauses, taskPairs } from '../../src/xref/related.ts';
import { round3 } from '../../src/xref/score.ts';
import { countVec, crossPairs, unit } from '../../src/xref/vectors.ts';
import { THRESHOLDS } from '../../src/xref/thresholds.ts';
import type { TopicDef } from '../../src/xref/topics.ts';
import { TOPICS } from '../../src/xref/topics.ts';
import type { ClauseIndicators, RelatedEntry, SameTextGroup, IndicatorGroup, IndicatorMember, IndicatorRef, IndicatorTasks, ScoredRef, Topic, TopicHit, Xref, XrefThresholds } from '../../src/core/schema/index.ts';

// Plain versions of the text helpers, written out here so that the reference shares no code with the
// builders beyond the clause list: search key = NFKC, lower case, letters and digits (Traditional
// folding is left out: the corpora tested here are Simplified).
const normKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const bigrams = (k: string) => { const cs = Array.from(k); return cs.length < 2 ? cs : cs.slice(1).map((c, i) => cs[i] + c); };
const diceBigrams = (a: string, b: string) => { const A = new Set(bigrams(a)); const B = new Set(bigrams(b)); if (!A.size || !B.size) return 0; let n = 0; for (const g of A) if (B.has(g)) n++; return (2 * n) / (A.size + B.size); };

export function countSynonymsRef(text: string, synonyms: string[]): { count: number; terms: string[] } {
  const syns = [...synonyms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const t = text.normalize('NFKC').toLowerCase();
  const up = syns.map((s) => s.normalize('NFKC').toLowerCase());
  const terms = new Set<string>();
  let count = 0;
  for (let i = 0; i < t.length; ) {
    const k = up.findIndex((s) => t.startsWith(s, i));
    if (k < 0) {
      i++;
      continue;
    }
    count++;
    terms.add(syns[k]);
    i += up[k].length;
  }
  return { count, terms: [...terms].sort() };
}

export function buildTopicsRef(clauses: Clause[], defs: TopicDef[]): Topic[] {
  return defs.map((d): Topic => {
    const hits: TopicHit[] = [];
    for (const c of clauses) {
      if (c.unit.kind === 'table' || !c.own.trim()) continue;
      const m = countSynonymsRef(c.own, d.synonyms);
      if (m.count > 0) hits.push({ ...c.ref, count: m.count, terms: m.terms });
    }
    return { id: d.id, name: d.name, synonyms: d.synonyms, count: hits.reduce((n, h) => n + h.count, 0), plans: [...new Set(hits.map((h) => h.plan))].sort(), clauses: hits };
  });
}

export function termScoreRef(rawTerm: string, text: string): number {
  const term = normKey(rawTerm);
  const t = normKey(text);
  if (t.includes(term)) return 1;
  const tg = new Set(bigrams(term));
  if (tg.size < 3) return 0;
  const have = new Set(bigrams(t));
  let n = 0;
  for (const g of tg) if (have.has(g)) n++;
  return n / tg.size;
}

export function buildTaskIndicatorsRef(plans: Plan[], clauses: Clause[], min: number): { byIndicator: IndicatorTasks[]; byClause: ClauseIndicators[] } {
  const byIndicator: IndicatorTasks[] = [];
  const reverse = new Map<Clause, IndicatorRef[]>();
  for (const p of sortPlans(plans)) {
    const own = clauses.filter((c) => c.plan === p.slug && c.unit.kind !== 'table' && c.own.trim());
    for (const ind of p.indicators) {
      const term = indicatorTerm(ind.name);
      if (!term) continue;
      const ref: IndicatorRef = { plan: p.slug, id: ind.id, url: ind.url, name: ind.name, term };
      const hits = own.map((c) => ({ c, score: termScoreRef(term, c.own) })).filter((h) => h.score >= min);
      hits.sort((a, b) => b.score - a.score || byDocOrder(a.c, b.c));
      const scored: ScoredRef[] = hits.map((h) => ({ ...h.c.ref, score: round3(h.score) }));
      byIndicator.push({ indicator: ref, clauses: scored });
      for (const h of hits) reverse.set(h.c, [...(reverse.get(h.c) ?? []), ref]);
    }
  }
  const byClause = [...reverse.entries()].sort((a, b) => byDocOrder(a[0], b[0])).map(([c, indicators]) => ({ clause: c.ref, indicators }));
  return { byIndicator, byClause };
}

export function buildIndicatorGroupsRef(plans: Plan[], min: number): IndicatorGroup[] {
  const rows: { planIndex: number; order: number; term: string; flags: string; m: IndicatorMember }[] = [];
  sortPlans(plans).forEach((p, planIndex) => {
    p.indicators.forEach((ind, order) => {
      const term = indicatorTerm(ind.name);
      // A previous-period review row holds that period's target, not one of this plan's.
      if (!term || ind.review) return;
      rows.push({
        planIndex,
        order,
        term,
        flags: indicatorFlags(term),
        m: { plan: p.slug, id: ind.id, url: ind.url, name: ind.name, unit: ind.unit, period: p.meta.period, baseline: ind.baseline, target: ind.target, attribute: ind.attribute },
      });
    });
  });
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[i].flags !== rows[j].flags) continue;
      if (rows[i].term === rows[j].term || isSuccessor(rows[i].term, rows[j].term) || diceBigrams(rows[i].term, rows[j].term) >= min) {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const comps = new Map<number, typeof rows>();
  rows.forEach((r, i) => comps.set(find(i), [...(comps.get(find(i)) ?? []), r]));
  const groups: IndicatorGroup[] = [];
  for (const members of comps.values()) {
    const plansIn = [...new Set(members.map((r) => r.m.plan))].sort();
    if (plansIn.length < 2) continue;
    members.sort((a, b) => a.planIndex - b.planIndex || a.order - b.order);
    const pick = (xs: string[]) => {
      const freq = new Map<string, number>();
      for (const x of xs) freq.set(x, (freq.get(x) ?? 0) + 1);
      return [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
    };
    const key = pick(members.map((r) => r.term));
    const label = pick(members.map((r) => indicatorLabel(r.m.name)));
    groups.push({ id: 'g-' + shortHash(key), key, label, plans: plansIn, members: members.map((r) => r.m) });
  }
  return groups.sort((a, b) => b.plans.length - a.plans.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

export function buildRelatedRef(tasks: Clause[], min: number, top: number): RelatedEntry[] {
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

export function buildSameTextRef(clauses: Clause[], min: number, minChars: number): SameTextGroup[] {
  const cands = clauses.filter((c) => Array.from(normKey(c.own)).length >= minChars);
  const keys = cands.map((c) => normKey(c.own));
  const vecs = cands.map((c) => unit(countVec(c.own)));
  const parent = cands.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const minScore = new Map<number, number>();
  for (const p of crossPairs(vecs, cands.map((c) => c.planIndex), min)) {
    const kindA = cands[p.i].unit.kind === 'table';
    if (kindA !== (cands[p.j].unit.kind === 'table')) continue;
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

/** The cross-link fields that have fast paths, each built in its brute-force form. */
export type FastFields = Pick<Xref, 'topics' | 'related' | 'sameText' | 'taskIndicators' | 'indicatorGroups'>;

/** Picks the fields with fast paths from a built Xref, to compare with the reference. */
export function fastFields(x: Xref): FastFields {
  const { topics, related, sameText, taskIndicators, indicatorGroups } = x;
  return { topics, related, sameText, taskIndicators, indicatorGroups };
}

/** The fields with fast paths, built by brute force. */
export function buildXrefReference(plans: Plan[], t: XrefThresholds = THRESHOLDS): FastFields {
  const sorted = sortPlans(plans);
  const clauses = collectClauses(sorted);
  return {
    topics: buildTopicsRef(clauses, TOPICS),
    related: buildRelatedRef(taskClauses(clauses, t.relatedMinChars), t.relatedMin, t.relatedTop),
    sameText: buildSameTextRef(clauses, t.sameTextMin, t.sameTextMinChars),
    taskIndicators: buildTaskIndicatorsRef(sorted, clauses, t.indicatorTermMin),
    indicatorGroups: buildIndicatorGroupsRef(sorted, t.indicatorGroupMin),
  };
}
