// The same indicator across plans, side by side.
//
// Matching: each name becomes its key term (indicatorTerm: no unit, no 累计/年度/新增, no 数/量
// suffix, a few reviewed synonyms). Two indicators are linked when their flags agree (per-person
// 万人… vs per-firm 万企… vs total; rate vs level) and the Dice coefficient of their terms' bigram
// sets is ≥ min, or the pair is a reviewed successor (INDICATOR_SUCCESSORS). Groups are the
// connected components of these links (single link), kept when they span at least two plans. 万人高价值发明专利拥有量 and 万人发明专利拥有量 meet (Dice 0.71, both
// per-person) only through the reviewed successor table, while 发明专利拥有量 (a total) stays apart.
import type { PlanDoc } from '../core/schema/plan.ts';
import { sortPlans } from './clauses.ts';
import { shortHash } from './hash.ts';
import { INDICATOR_SUCCESSORS, indicatorFlags, indicatorLabel, indicatorTerm, isSuccessor } from './indicatorNames.ts';
import { bigrams, diceBigrams } from '../core/text.ts';
import type { IndicatorGroup, IndicatorMember } from '../core/schema/xref.ts';

interface Row {
  planIndex: number;
  order: number;
  term: string;
  flags: string;
  m: IndicatorMember;
}

/** Indicator groups spanning ≥ 2 plans, ordered by number of plans then label. */
export function buildIndicatorGroups(plans: PlanDoc[], min: number): IndicatorGroup[] {
  const rows: Row[] = [];
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
        m: {
          plan: p.slug,
          id: ind.id,
          url: ind.url,
          name: ind.name,
          unit: ind.unit,
          period: p.meta.period,
          baseline: ind.baseline,
          target: ind.target,
          attribute: ind.attribute,
        },
      });
    });
  });
  // Links depend only on the key terms (flags are a function of the term), so they are computed
  // between distinct terms; rows of one term are always linked. Dice ≥ min > 0 needs a shared
  // bigram, so only terms sharing one are compared (an inverted index instead of all pairs).
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const termOf = rows.map((r) => {
    let id = termIds.get(r.term);
    if (id === undefined) {
      termIds.set(r.term, (id = terms.length));
      terms.push(r.term);
    }
    return id;
  });
  const parent = terms.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const flags = terms.map(indicatorFlags);
  const linked = (i: number, j: number) => flags[i] === flags[j] && (isSuccessor(terms[i], terms[j]) || diceBigrams(terms[i], terms[j]) >= min);
  if (min > 0) {
    const postings = new Map<string, number[]>();
    terms.forEach((t, i) => {
      for (const g of new Set(bigrams(t))) {
        const l = postings.get(g);
        if (l) l.push(i);
        else postings.set(g, [i]);
      }
    });
    const seen = new Int32Array(terms.length).fill(-1);
    for (let i = 0; i < terms.length; i++) {
      for (const g of new Set(bigrams(terms[i]))) {
        for (const j of postings.get(g)!) {
          if (j <= i || seen[j] === i) continue;
          seen[j] = i;
          if (linked(i, j)) union(i, j);
        }
      }
    }
    for (const [a, b] of INDICATOR_SUCCESSORS) {
      const [i, j] = [termIds.get(a), termIds.get(b)];
      if (i !== undefined && j !== undefined && flags[i] === flags[j]) union(i, j);
    }
  } else for (let i = 0; i < terms.length; i++) for (let j = i + 1; j < terms.length; j++) if (linked(i, j)) union(i, j);
  // Components in order of their first row, as rows are visited.
  const comps = new Map<number, Row[]>();
  rows.forEach((r, i) => {
    const c = find(termOf[i]);
    const l = comps.get(c);
    if (l) l.push(r);
    else comps.set(c, [r]);
  });
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
