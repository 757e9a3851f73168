// Build-time access to the ledger, the region tree and the lineage, with the lookups pages share.
import type { Continuity, LedgerEntry, Lineage, Observation, PlanDoc, PlanLink, PlanLineage, RegionNode, Regions, Status, Ledger } from '../core/schema/index.ts';
import { projectPaths } from '../build/config.ts';
import { findPlan } from './data.ts';
import { byPlan } from './paging.ts';
import { readLedger, readLineage, readRegions } from '../build/data.ts';

const DATA = projectPaths().contentData;
let ledger: Ledger | null = null;
let regions: Regions | null = null;
let lineage: Lineage | null = null;

/** The ledger. */
export function loadLedger(): Ledger {
  ledger ??= readLedger(DATA);
  return ledger;
}

/** The region tree. */
export function loadRegions(): Regions {
  regions ??= readRegions(DATA);
  return regions;
}

/** The lineage of every plan. */
export function loadLineage(): Lineage {
  lineage ??= readLineage(DATA);
  return lineage;
}

/** Ledger entries of one plan, in table order. */
let entriesByPlan: Map<string, LedgerEntry[]> | null = null;
export function planEntries(slug: string): LedgerEntry[] {
  // Indexed once: pages of every plan ask, and a scan per page would grow with the square of the corpus.
  entriesByPlan ??= new Map(byPlan(loadLedger().entries).map((g) => [g.plan, g.items]));
  return entriesByPlan.get(slug) ?? [];
}

let lineageBySlug: Map<string, PlanLineage> | null = null;
/** The lineage of one plan. */
export function planLineage(slug: string): PlanLineage | null {
  lineageBySlug ??= new Map(loadLineage().plans.map((p) => [p.slug, p]));
  return lineageBySlug.get(slug) ?? null;
}

let regionByCode: Map<string, RegionNode> | null = null;
/** A region by code. */
export function region(code: string): RegionNode | null {
  regionByCode ??= new Map(loadRegions().regions.map((r) => [r.code, r]));
  return regionByCode.get(code) ?? null;
}

/** Plans of a region and of every region below it. */
export function plansBelow(r: RegionNode): number {
  return r.plans.length + r.children.reduce((n, c) => n + plansBelow(region(c)!), 0);
}

/** Labels of the statuses, in the order the site lists them. */
export const STATUS_LABEL: Record<Status, string> = {
  achieved: '已实现',
  ahead: '超前',
  'on-track': '符合进度',
  behind: '滞后',
  undetermined: '无法判定',
  'not-reported': '未报告',
};

/** What each status means, for legends and tooltips. */
export const STATUS_HELP: Record<Status, string> = {
  achieved: '最新实际值已达到目标',
  ahead: '进度快于从基期到目标的直线路径（超出容差）',
  'on-track': '进度与直线路径相差在容差以内',
  behind: '进度慢于直线路径，或目标年已到而未达到目标',
  undetermined: '有实际值，但无法按规则比较（如缺基期值、单位不同、目标非单一数值）',
  'not-reported': '尚无规划期内的实际值',
};

/** Count of entries per status, every status present (0 when none). */
export function statusCounts(entries: LedgerEntry[]): Record<Status, number> {
  const out = Object.fromEntries(Object.keys(STATUS_LABEL).map((k) => [k, 0])) as Record<Status, number>;
  for (const e of entries) out[e.status.status]++;
  return out;
}

/** Display of a level: 省级, 市级, 县级. */
export const LEVEL_LABEL: Record<RegionNode['level'], string> = { province: '省级', city: '市级', county: '县级' };

/** The observation the status rule used as start, target or actual (null when none). */
export function obsAt(e: LedgerEntry, which: 'start' | 'target' | 'actual'): Observation | null {
  const i = e.status.basis[which];
  return i === null ? null : (e.observations[i] ?? null);
}

/** What an indicator's chart shows, in words (its accessible name). */
export function chartLabel(e: LedgerEntry): string {
  const part = (name: string, o: Observation | null) => (o ? `${name}${o.year ? ` ${o.year} 年` : ''} ${o.value.raw}` : '');
  const start = obsAt(e, 'start') ?? e.observations.find((o) => o.role === 'baseline') ?? null;
  const target = obsAt(e, 'target') ?? e.observations.filter((o) => o.role === 'target').at(-1) ?? null;
  const parts = [part('基期', start), part('目标', target), part('最新实际', obsAt(e, 'actual'))].filter(Boolean);
  return `${e.name}：${parts.join('，')}（${STATUS_LABEL[e.status.status]}）`;
}

const key = (plan: string, id: string) => `${plan}#${id}`;
let entryIndex: Map<string, LedgerEntry> | null = null;
/** A ledger entry by plan and indicator id (one lookup table per build, not a scan per page). */
export function ledgerEntry(plan: string, id: string): LedgerEntry | undefined {
  entryIndex ??= new Map(loadLedger().entries.map((e) => [key(e.plan, e.id), e]));
  return entryIndex.get(key(plan, id));
}

let carriedIndex: Map<string, (Continuity & { plan: string; predecessor: PlanLink })[]> | null = null;
/** Continuity rows where (plan, id) is the earlier or the later indicator. */
export function continuityOf(plan: string, id: string): (Continuity & { plan: string; predecessor: PlanLink })[] {
  if (!carriedIndex) {
    carriedIndex = new Map();
    for (const l of loadLineage().plans) {
      if (!l.predecessor) continue;
      for (const c of l.continuity) {
        const row = { ...c, plan: l.slug, predecessor: l.predecessor };
        for (const k of [key(l.slug, c.later.id), key(l.predecessor.slug, c.earlier.id)]) carriedIndex.set(k, [...(carriedIndex.get(k) ?? []), row]);
      }
    }
  }
  return carriedIndex.get(key(plan, id)) ?? [];
}

/** How many members of a cross-plan group an indicator page shows: the nearest ones (the rest by count and link). */
export const NEAREST_MAX = 8;

/** Members of a group nearest to a plan: sharing more of its region path first, then its period, then by slug. */
export function nearestMembers<M extends { plan: string; period: { from: number | null } }>(
  members: M[],
  plan: Pick<PlanDoc, 'meta'>,
  max = NEAREST_MAX,
  regionPathOf: (slug: string) => { code: string }[] = (slug) => findPlan(slug)?.meta.regionPath ?? [],
): M[] {
  const path = plan.meta.regionPath.map((r) => r.code);
  const shared = (slug: string) => {
    const other = regionPathOf(slug);
    let n = 0;
    while (n < path.length && n < other.length && path[n] === other[n].code) n++;
    return n;
  };
  type Ranked = { m: M; s: number; p: number };
  const before = (a: Ranked, b: Ranked) => b.s - a.s || b.p - a.p || (a.m.plan < b.m.plan ? -1 : a.m.plan > b.m.plan ? 1 : 0);
  // The best `max` kept in order as members stream by: every indicator page asks, and a group can hold
  // one member per plan, so a full sort per page would grow faster than the corpus.
  const top: Ranked[] = [];
  for (const m of members) {
    const r = { m, s: shared(m.plan), p: m.period.from === plan.meta.period.from ? 1 : 0 };
    if (top.length === max && before(r, top[max - 1]) >= 0) continue;
    let i = top.length;
    while (i > 0 && before(r, top[i - 1]) < 0) i--;
    top.splice(i, 0, r);
    if (top.length > max) top.pop();
  }
  return top.map((x) => x.m);
}
