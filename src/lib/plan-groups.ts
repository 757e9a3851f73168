// Plans grouped for lists: by region, then by kind, in the order loadPlans gives.
import type { PlanDoc } from '../core/schema/index.ts';

/** region → kind → plans ('其他地区' / '其他' when not known). */
export function groupPlans(plans: PlanDoc[]): Map<string, Map<string, PlanDoc[]>> {
  const groups = new Map<string, Map<string, PlanDoc[]>>();
  for (const p of plans) {
    const region = p.region || '其他地区';
    const kind = p.kind || '其他';
    if (!groups.has(region)) groups.set(region, new Map());
    const kinds = groups.get(region)!;
    const list = kinds.get(kind);
    if (list) list.push(p);
    else kinds.set(kind, [p]);
  }
  return groups;
}

/** Plans a list page shows one by one; past this, the page lists provinces and their counts (the
 * region pages list the plans, bounded per level). */
export const PLAN_LIST_MAX = 200;

/** Top-level regions (provinces) with the number of plans under each, and the plans with no region. */
export function provinceCounts(plans: PlanDoc[]): { provinces: { code: string; name: string; count: number }[]; unplaced: PlanDoc[] } {
  const counts = new Map<string, { code: string; name: string; count: number }>();
  const unplaced: PlanDoc[] = [];
  for (const p of plans) {
    const top = p.meta.regionPath[0];
    if (!top) {
      unplaced.push(p);
      continue;
    }
    const c = counts.get(top.code) ?? { code: top.code, name: top.name, count: 0 };
    c.count++;
    counts.set(top.code, c);
  }
  return { provinces: [...counts.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)), unplaced };
}
