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
    kinds.set(kind, [...(kinds.get(kind) ?? []), p]);
  }
  return groups;
}
