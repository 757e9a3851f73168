// The same indicator across plans, side by side.
//
// Matching: each name becomes its key term (indicatorTerm: no unit, no 累计/年度/新增, no 数/量
// suffix, a few reviewed synonyms). Two indicators are linked when their flags agree (per-person
// 万人… vs per-firm 万企… vs total; rate vs level) and the Dice coefficient of their terms' bigram
// sets is ≥ min, or the pair is a reviewed successor (INDICATOR_SUCCESSORS). Groups are the
// connected components of these links (single link), kept when they span at least two plans. 万人高价值发明专利拥有量 and 万人发明专利拥有量 meet (Dice 0.71, both
// per-person) only through the reviewed successor table, while 发明专利拥有量 (a total) stays apart.
import type { Plan } from '../lib/model.ts';
import { planUrl, unitUrls } from '../lib/pages.ts';
import { sortPlans } from './clauses.ts';
import { shortHash } from './hash.ts';
import { indicatorFlags, indicatorLabel, indicatorTerm, isSuccessor } from './indicatorNames.ts';
import { diceBigrams } from './text.ts';
import type { IndicatorGroup, IndicatorMember } from './types.ts';

interface Row {
  planIndex: number;
  order: number;
  term: string;
  flags: string;
  m: IndicatorMember;
}

/** Indicator groups spanning ≥ 2 plans, ordered by number of plans then label. */
export function buildIndicatorGroups(plans: Plan[], min: number): IndicatorGroup[] {
  const rows: Row[] = [];
  sortPlans(plans).forEach((p, planIndex) => {
    const urls = unitUrls(p);
    p.indicators.forEach((ind, order) => {
      const term = indicatorTerm(ind.name);
      if (!term) return;
      rows.push({
        planIndex,
        order,
        term,
        flags: indicatorFlags(term),
        m: {
          plan: p.slug,
          id: ind.id,
          url: urls.get(ind.id) ?? `${planUrl(p.slug)}#${ind.id}`,
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
  const comps = new Map<number, Row[]>();
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
