// Observations a plan's own indicator table states: the baseline, the target and, in a review
// table, what was achieved.
import type { Indicator, IndicatorValue, Observation, PlanDoc } from '../core/schema/index.ts';
import { planTables } from '../core/outline.ts';

/** Where each indicator row of a plan sits: its table's caption and the row's cells. */
export function rowContexts(plan: PlanDoc): Map<string, { caption: string; cells: string[] }> {
  const out = new Map<string, { caption: string; cells: string[] }>();
  for (const t of planTables(plan)) for (const r of t.table.rows) out.set(r.id, { caption: t.table.caption || t.path, cells: r.cells });
  return out;
}

/**
 * The observations of one indicator row. A baseline without a year in its column is taken as of
 * the year before the plan starts (the convention of 基期: a 2021–2025 plan's base is 2020); a
 * plan target without one as of the plan's last year. Review rows keep only the years their
 * columns state.
 */
export function tableObservations(plan: PlanDoc, ind: Indicator, row: { caption: string; cells: string[] } | undefined): Observation[] {
  const { from, to } = plan.meta.period;
  const source = {
    kind: 'table' as const,
    plan: plan.slug,
    url: ind.url,
    label: `《${plan.title}》${row?.caption ?? ''}`,
    quote: (row?.cells ?? [ind.name]).filter(Boolean).join(' | '),
    file: null,
    line: null,
  };
  const out: Observation[] = [];
  const add = (role: Observation['role'], v: IndicatorValue | null, fallbackYear: number | null) => {
    if (v) out.push({ role, year: v.year ?? fallbackYear, value: v, source });
  };
  add('baseline', ind.baseline, ind.review || from === null ? null : from - 1);
  add('target', ind.target, ind.review ? null : to);
  add('actual', ind.actual, null);
  return out;
}
