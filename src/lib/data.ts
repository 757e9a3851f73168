// Build-time access to the published data (content/data, read and validated by src/build/data.ts),
// with the lookups pages share. Cached per build.
import type { ClauseRef, IndicatorRef, PlanDoc, ScoredRef, Xref } from '../core/schema/index.ts';
import { projectPaths } from '../build/config.ts';
import { readPlanDocs, readXref } from '../build/data.ts';
import { otherShardsPlans } from './shards.ts';

export type { ClauseRef, PlanDoc, Xref };

const DATA = projectPaths().contentData;
let plansCache: PlanDoc[] | null = null;
let xrefCache: Xref | null = null;

/** The order of plan lists: region, kind, then title. */
const byRegionKindTitle = (a: PlanDoc, b: PlanDoc) => (a.region + a.kind + a.title).localeCompare(b.region + b.kind + b.title, 'zh-CN');

/** All plans, ordered by region, kind, then title. */
export function loadPlans(): PlanDoc[] {
  plansCache ??= readPlanDocs(DATA).sort(byRegionKindTitle);
  return plansCache;
}

/** One plan by slug (throws when unknown, which fails the build loudly). */
export function getPlan(slug: string): PlanDoc {
  const p = findPlan(slug);
  if (!p) throw new Error(`unknown plan ${slug}`);
  return p;
}

/** The cross-links. */
export function loadXref(): Xref {
  xrefCache ??= readXref(DATA);
  return xrefCache;
}

/** Short title of a plan for link text (a plan of another shard from the shard manifest). */
let titleIndex: Map<string, string> | null = null;
export function planTitle(slug: string): string {
  // A map, not a search: every clause link of every page asks, so a scan would grow with the square of the corpus.
  titleIndex ??= new Map([...otherShardsPlans(), ...loadPlans()].map((p) => [p.slug, p.title]));
  return titleIndex.get(slug) ?? slug;
}

/** Every plan of the site for site-wide lists: this build's, and in a shard the other shards' as
 * stubs (no outline; use `counts`), in the same order as loadPlans. */
let allCache: PlanDoc[] | null = null;
export function allPlans(): PlanDoc[] {
  const others = otherShardsPlans();
  if (!others.length) return loadPlans();
  allCache ??= [...loadPlans(), ...others].sort(byRegionKindTitle);
  return allCache;
}

/** "2021–2025" or '' when the period is unknown. */
export function fmtPeriod(p: { from: number | null; to: number | null } | undefined): string {
  if (!p || (p.from == null && p.to == null)) return '';
  return `${p.from ?? '?'}–${p.to ?? '?'}`;
}

/** Cross-links of one clause: similar clauses elsewhere, same-text groups, indicators it works toward. */
export interface ClauseLinks {
  related: ScoredRef[];
  /** Same-text groups this clause belongs to (the group itself, shared: a clause's page shows a few
   * other members and links to the group's page, so nothing here grows with the square of a group). */
  sameText: Xref['sameText'];
  indicators: IndicatorRef[];
}

let clauseIndex: Map<string, ClauseLinks> | null = null;
/** Cross-links for clause `id` of plan `slug` (empty lists when none). */
export function clauseLinks(slug: string, id: string): ClauseLinks {
  if (!clauseIndex) {
    const index = new Map<string, ClauseLinks>();
    const x = loadXref();
    const get = (p: string, i: string) => {
      const k = `${p}#${i}`;
      let v = index.get(k);
      if (!v) index.set(k, (v = { related: [], sameText: [], indicators: [] }));
      return v;
    };
    for (const r of x.related) get(r.from.plan, r.from.id).related.push(...r.similar.filter((s) => s.plan !== r.from.plan));
    for (const g of x.sameText) for (const m of g.members) get(m.plan, m.id).sameText.push(g);
    for (const c of x.taskIndicators.byClause) get(c.clause.plan, c.clause.id).indicators.push(...c.indicators);
    clauseIndex = index;
  }
  return clauseIndex.get(`${slug}#${id}`) ?? { related: [], sameText: [], indicators: [] };
}

let groupIndex: Map<string, Xref['indicatorGroups'][number]> | null = null;
/** The cross-plan group an indicator belongs to, if any. */
export function indicatorGroupOf(plan: string, id: string): Xref['indicatorGroups'][number] | undefined {
  if (!groupIndex) {
    groupIndex = new Map();
    for (const g of loadXref().indicatorGroups) for (const m of g.members) groupIndex.set(`${m.plan}#${m.id}`, g);
  }
  return groupIndex.get(`${plan}#${id}`);
}

let taskIndex: Map<string, ScoredRef[]> | null = null;
/** Clauses of the same plan that work toward an indicator. */
export function indicatorTasks(plan: string, id: string): ScoredRef[] {
  taskIndex ??= new Map(loadXref().taskIndicators.byIndicator.map((t) => [`${t.indicator.plan}#${t.indicator.id}`, t.clauses]));
  return taskIndex.get(`${plan}#${id}`) ?? [];
}

let planIndex: Map<string, PlanDoc> | null = null;
/** A plan by slug, or undefined. */
export function findPlan(slug: string): PlanDoc | undefined {
  planIndex ??= new Map(loadPlans().map((p) => [p.slug, p]));
  return planIndex.get(slug);
}

let proseIndex: Map<string, Xref['proseTargets']> | null = null;
/** Quantified targets written in one plan's prose, in document order. */
export function proseTargetsOf(slug: string): Xref['proseTargets'] {
  if (!proseIndex) {
    proseIndex = new Map();
    for (const t of loadXref().proseTargets) {
      const l = proseIndex.get(t.clause.plan);
      if (l) l.push(t);
      else proseIndex.set(t.clause.plan, [t]);
    }
  }
  return proseIndex.get(slug) ?? [];
}
