// Build-time access to the ingest output in content/data (plans, xref), with lookups the pages share.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, Unit, Table } from '../../scripts/lib/model.ts';
import type { Xref, ClauseRef, IndicatorRef, ScoredRef } from '../../scripts/xref/types.ts';
import { normName as xrefNormName } from '../../scripts/xref/text.ts';

export type { Plan, Unit, Table, Xref, ClauseRef };

/** One node of the outline published with a plan. */
export interface OutlineNode {
  id: string;
  kind: Unit['kind'];
  label: string;
  title: string;
  path: string;
  url: string;
  children: OutlineNode[];
}

/** A plan as written to content/data/plans/<slug>.json. */
export interface PlanFile extends Plan {
  url: string;
  pages: { id: string; title: string; url: string }[];
  outline: OutlineNode[];
}

const DATA = join(process.cwd(), 'content/data');
let plansCache: PlanFile[] | null = null;
let xrefCache: Xref | null = null;

/** All plans, ordered by region, kind, then title. */
export function loadPlans(): PlanFile[] {
  if (plansCache) return plansCache;
  const dir = join(DATA, 'plans');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  plansCache = files
    .map((f) => normalizePlan(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
    .sort((a, b) => (a.meta.region + a.meta.kind + a.meta.title).localeCompare(b.meta.region + b.meta.kind + b.meta.title, 'zh-CN'));
  return plansCache;
}

/** Fills fields the published file may leave out: the body tree is the outline when `body` is absent. */
function normalizePlan(p: PlanFile): PlanFile {
  const body = (p.body ?? p.outline ?? []) as Unit[];
  return { ...p, body, outline: p.outline ?? (body as unknown as OutlineNode[]), indicators: p.indicators ?? [], stripped: p.stripped ?? [] };
}

/** One plan by slug (throws when unknown, which fails the build loudly). */
export function getPlan(slug: string): PlanFile {
  const p = loadPlans().find((x) => x.slug === slug);
  if (!p) throw new Error(`unknown plan ${slug}`);
  return p;
}

const EMPTY_XREF: Xref = {
  version: 1,
  thresholds: { relatedMin: 0, relatedTop: 0, relatedMinChars: 0, sameTextMin: 0, sameTextMinChars: 0, indicatorTermMin: 0, indicatorGroupMin: 0 },
  bodies: [], documents: [], topics: [], related: [], sameText: [],
  taskIndicators: { byIndicator: [], byClause: [] }, indicatorGroups: [], proseTargets: [],
};

/** Cross-link data, or an empty set while xref.json does not exist yet. */
export function loadXref(): Xref {
  if (xrefCache) return xrefCache;
  const f = join(DATA, 'xref.json');
  xrefCache = existsSync(f) ? { ...EMPTY_XREF, ...(JSON.parse(readFileSync(f, 'utf8')) as Xref) } : EMPTY_XREF;
  return xrefCache;
}

/** Normalizes a body name or document title for lookups: the cross-link builder's name form, without 《》. */
export function normName(s: string): string {
  return xrefNormName(s).replace(/^《|》$/g, '');
}

/** A lookup from any written form of a name to its id, built on first use. */
function nameLookup(entries: () => { id: string; names: string[] }[]): (name: string) => string | undefined {
  let index: Map<string, string> | null = null;
  return (name) => {
    if (!index) {
      index = new Map();
      for (const e of entries()) for (const n of e.names) index.set(normName(n), e.id);
    }
    return index.get(normName(name));
  };
}

/** Id of the responsible body named `name`, if the xref knows it. */
export const bodyId = nameLookup(() => loadXref().bodies.map((b) => ({ id: b.id, names: [b.name, ...b.variants] })));

/** Id of the cited document titled `title`, if the xref knows it. */
export const documentId = nameLookup(() => loadXref().documents.map((d) => ({ id: d.id, names: [d.title, ...d.variants] })));

/** Short title of a plan for link text. */
export function planTitle(slug: string): string {
  return loadPlans().find((p) => p.slug === slug)?.meta.title ?? slug;
}

/** "2021–2025" or '' when the period is unknown. */
export function fmtPeriod(p: { from: number | null; to: number | null } | undefined): string {
  if (!p || (p.from == null && p.to == null)) return '';
  return `${p.from ?? '?'}–${p.to ?? '?'}`;
}

/** Depth-first walk over units. */
export function* walkUnits(units: Unit[]): Generator<Unit> {
  for (const u of units) {
    yield u;
    yield* walkUnits(u.children);
  }
}

/** The table unit of a plan with unit id or table id `id`. */
export function findTable(plan: Plan, id: string): { unit: Unit; table: Table } | undefined {
  for (const u of walkUnits(plan.body)) if (u.table && (u.id === id || u.table.id === id)) return { unit: u, table: u.table };
  return undefined;
}

/** All table units of a plan in document order. */
export function planTables(plan: Plan): { unit: Unit; table: Table }[] {
  return [...walkUnits(plan.body)].filter((u) => u.table).map((u) => ({ unit: u, table: u.table! }));
}

/** Count of units in a plan body. */
export function unitCount(plan: Plan): number {
  return [...walkUnits(plan.body)].length;
}

/** Cross-links of one clause: similar clauses elsewhere, same-text groups, indicators it works toward. */
export interface ClauseLinks {
  related: ScoredRef[];
  /** Other members of same-text groups this clause belongs to. */
  sameText: (ClauseRef & { identical: boolean })[];
  indicators: IndicatorRef[];
}

let clauseIndex: Map<string, ClauseLinks> | null = null;
/** Cross-links for clause `id` of plan `slug` (empty lists when none). */
export function clauseLinks(slug: string, id: string): ClauseLinks {
  if (!clauseIndex) {
    clauseIndex = new Map();
    const x = loadXref();
    const get = (p: string, i: string) => {
      const k = `${p}#${i}`;
      let v = clauseIndex!.get(k);
      if (!v) clauseIndex!.set(k, (v = { related: [], sameText: [], indicators: [] }));
      return v;
    };
    for (const r of x.related) get(r.from.plan, r.from.id).related.push(...r.similar.filter((s) => s.plan !== r.from.plan));
    for (const g of x.sameText) for (const m of g.members) get(m.plan, m.id).sameText.push(...g.members.filter((o) => o !== m).map((o) => ({ ...o, identical: g.identical })));
    for (const c of x.taskIndicators.byClause) get(c.clause.plan, c.clause.id).indicators.push(...c.indicators);
  }
  return clauseIndex.get(`${slug}#${id}`) ?? { related: [], sameText: [], indicators: [] };
}

/** Parses a component prop that holds a JSON array (string) or is already an array. */
export function jsonList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'string' || v.trim() === '') return [];
  try {
    const parsed = JSON.parse(v);
    return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    return [v];
  }
}

/** Plan slug of the page being rendered (/plans/<slug>/…), from Astro.url. */
export function slugFromPath(pathname: string): string | undefined {
  return /^\/plans\/([^/]+)\//.exec(pathname)?.[1];
}
