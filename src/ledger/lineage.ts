// How plans relate: the same field for a region above or below (上位规划 / 下级规划), and the same
// region and field in the period before or after (predecessor / successor).
import type { Continuity, Indicator, LevelLink, Lineage, PlanDoc, PlanLineage, PlanLink } from '../core/schema/index.ts';
import { planField, sameField } from './field.ts';
import { fiveYearNumber } from '../core/periods.ts';
import { indicatorFlags, indicatorTerm } from '../xref/indicatorNames.ts';

const link = (p: PlanDoc): PlanLink => ({ slug: p.slug, title: p.title, url: p.url, period: p.meta.period });

/** True when two periods share a year (an unknown end counts as open). */
export function periodsOverlap(a: PlanDoc['meta']['period'], b: PlanDoc['meta']['period']): boolean {
  const lo = (x: number | null) => x ?? -Infinity;
  const hi = (x: number | null) => x ?? Infinity;
  return lo(a.from) <= hi(b.to) && lo(b.from) <= hi(a.to);
}

/** Key of an indicator for matching across plans: its term and flags, or '' when it has no term. */
export function indicatorKey(ind: Pick<Indicator, 'name'>): string {
  const term = indicatorTerm(ind.name);
  return term ? `${term}|${indicatorFlags(term)}` : '';
}

/** The earlier plan's targets against the later plan's baselines, for indicators of one key in both. */
export function continuity(earlier: PlanDoc, later: PlanDoc): Continuity[] {
  const laterByKey = new Map<string, Indicator>();
  for (const i of later.indicators) if (!i.review && indicatorKey(i) && !laterByKey.has(indicatorKey(i))) laterByKey.set(indicatorKey(i), i);
  const out: Continuity[] = [];
  for (const e of earlier.indicators) {
    const l = e.review ? undefined : laterByKey.get(indicatorKey(e));
    if (!l) continue;
    out.push({ name: l.name, earlier: { id: e.id, url: e.url, target: e.target }, later: { id: l.id, url: l.url, baseline: l.baseline } });
  }
  return out;
}

/** Lineage of every plan: fields, plans of other levels, predecessor and successor. */
export function buildLineage(plans: PlanDoc[]): Lineage {
  const fields = new Map(plans.map((p) => [p.slug, planField(p.meta)]));
  const level = (p: PlanDoc) => p.meta.regionPath.length;
  const out: PlanLineage[] = [];
  for (const p of plans) {
    const field = fields.get(p.slug)!;
    const related = plans.filter((q) => q !== p && sameField(field, fields.get(q.slug)!));
    const onPath = (q: PlanDoc, r: PlanDoc) => q.meta.regionCode !== '' && r.meta.regionPath.some((x) => x.code === q.meta.regionCode) && q.meta.regionCode !== r.meta.regionCode;
    const levelLink = (q: PlanDoc): LevelLink => ({ ...link(q), region: { code: q.meta.regionCode, name: q.meta.regionPath.at(-1)?.name ?? q.meta.region }, overlaps: periodsOverlap(p.meta.period, q.meta.period) });
    const byNearness = (a: LevelLink, b: LevelLink) => Number(b.overlaps) - Number(a.overlaps) || (b.period.from ?? 0) - (a.period.from ?? 0);
    const higher = related.filter((q) => onPath(q, p)).sort((a, b) => level(b) - level(a)).map(levelLink).sort(byNearness);
    const lower = related.filter((q) => onPath(p, q)).sort((a, b) => level(a) - level(b)).map(levelLink).sort(byNearness);
    const sameRegion = related.filter((q) => p.meta.regionCode !== '' && q.meta.regionCode === p.meta.regionCode);
    const before = sameRegion.filter((q) => q.meta.period.to !== null && p.meta.period.from !== null && q.meta.period.to < p.meta.period.from).sort((a, b) => b.meta.period.to! - a.meta.period.to!);
    const after = sameRegion.filter((q) => q.meta.period.from !== null && p.meta.period.to !== null && q.meta.period.from > p.meta.period.to).sort((a, b) => a.meta.period.from! - b.meta.period.from!);
    out.push({
      slug: p.slug,
      field,
      fiveYear: fiveYearNumber(p.meta.period),
      higher,
      lower,
      predecessor: before[0] ? link(before[0]) : null,
      successor: after[0] ? link(after[0]) : null,
      continuity: before[0] ? continuity(before[0], p) : [],
    });
  }
  return { version: 1, plans: out };
}
