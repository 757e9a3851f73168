// The implementation ledger: every indicator of every plan with its observations (baseline,
// targets, actuals) from four kinds of source, and a status computed by the published rule.
import type { Indicator, IndicatorValue, Ledger, LedgerEntry, Lineage, Observation, PlanDoc, ProgressIssue, ProgressRow } from '../core/schema/index.ts';
import type { SiteUrls } from '../core/urls.ts';
import { indicatorKey } from './lineage.ts';
import { isCumulative, reviewFacts, type ReviewFact } from './reviewFacts.ts';
import { computeStatus, STATUS_RULE } from './status.ts';
import { rowContexts, tableObservations } from './tableObservations.ts';
import { indicatorLabel } from '../xref/indicatorNames.ts';

/** One usable row of a progress file (as src/ingest/progress.ts reads it). */
export interface ProgressInput extends ProgressRow {
  line: number;
  parsed: IndicatorValue;
}

/** A progress file of one plan. */
export interface ProgressFile {
  /** Plan slug (the file's name without .csv). */
  plan: string;
  file: string;
  rows: ProgressInput[];
}

const ROLE_ORDER = { baseline: 0, target: 1, actual: 2 } as const;

/** Observations in reading order: baselines, then by year (unknown years last), targets before actuals. */
export function sortObservations(obs: Observation[]): Observation[] {
  return obs
    .map((o, i) => [o, i] as const)
    .sort(([a, ia], [b, ib]) => Number(b.role === 'baseline') - Number(a.role === 'baseline') || (a.year ?? 9999) - (b.year ?? 9999) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || ia - ib)
    .map(([o]) => o);
}

/** Units agree for matching a stated value to an indicator: same unit, or the indicator states none. */
function unitFits(indicatorUnit: string, unit: string): boolean {
  const n = (u: string) => u.replace('％', '%').trim();
  return !n(indicatorUnit) || n(indicatorUnit) === n(unit);
}

/** A review fact as an observation of `ind`, when it measures the same thing in the same unit. */
function factFor(ind: Indicator, fact: ReviewFact, plans: Map<string, PlanDoc>): Observation | null {
  if (indicatorKey({ name: fact.term }) !== indicatorKey(ind) || !unitFits(ind.unit, fact.value.unit)) return null;
  // A span (“十三五”期间新增…) is not a level (…拥有量), and the other way round.
  if (isCumulative(ind.name) !== fact.cumulative) return null;
  const plan = plans.get(fact.plan)!;
  return {
    role: 'actual',
    year: fact.year,
    value: fact.value,
    source: { kind: 'prose', plan: fact.plan, url: fact.url, label: `《${plan.title}》${fact.path}`, quote: fact.sentence, file: null, line: null },
  };
}

/** Matches a progress row to an indicator of its plan: by id, else by name as written (with or without its unit). */
function findIndicator(plan: PlanDoc, key: string): Indicator[] {
  const byId = plan.indicators.filter((i) => i.id === key);
  if (byId.length) return byId;
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const k = norm(key);
  const exact = plan.indicators.filter((i) => norm(i.name) === k);
  return exact.length ? exact : plan.indicators.filter((i) => norm(indicatorLabel(i.name)) === norm(indicatorLabel(key)));
}

/** Builds the ledger; progress rows that match no indicator (or several) are returned as issues. */
export function buildLedger(plans: PlanDoc[], lineage: Lineage, progress: ProgressFile[], urls: SiteUrls): Ledger {
  const bySlug = new Map(plans.map((p) => [p.slug, p]));
  const obs = new Map<string, Observation[]>();
  const keyOf = (plan: string, id: string) => `${plan}\u0000${id}`;
  const issues: ProgressIssue[] = [];
  for (const p of plans) {
    const rows = rowContexts(p);
    for (const ind of p.indicators) obs.set(keyOf(p.slug, ind.id), tableObservations(p, ind, rows.get(ind.id)));
  }
  // Values a plan's review reports: for its own indicators (where the plan starts from) and for
  // its predecessor's (what the predecessor reached).
  const predecessorOf = new Map(lineage.plans.map((l) => [l.slug, l.predecessor?.slug ?? null]));
  for (const p of plans) {
    const facts = reviewFacts(p);
    if (!facts.length) continue;
    const pred = predecessorOf.get(p.slug);
    const targets = [p, ...(pred ? [bySlug.get(pred)!] : [])];
    for (const t of targets) {
      for (const ind of t.indicators) {
        if (ind.review) continue;
        for (const f of facts) {
          const o = factFor(ind, f, bySlug);
          if (o) obs.get(keyOf(t.slug, ind.id))!.push(o);
        }
      }
    }
  }
  // The successor's baseline is what the predecessor reached.
  for (const l of lineage.plans) {
    const later = bySlug.get(l.slug)!;
    for (const c of l.continuity) {
      const b = c.later.baseline;
      if (!b || l.predecessor === null) continue;
      const year = b.year ?? (later.meta.period.from !== null ? later.meta.period.from - 1 : null);
      obs.get(keyOf(l.predecessor.slug, c.earlier.id))!.push({
        role: 'actual',
        year,
        value: b,
        source: { kind: 'successor', plan: later.slug, url: c.later.url, label: `《${later.title}》基期值`, quote: `${c.name} ${b.raw}`, file: null, line: null },
      });
    }
  }
  for (const f of progress) {
    const plan = bySlug.get(f.plan);
    if (!plan) {
      issues.push({ file: f.file, line: 1, message: `no plan with the slug “${f.plan}” (the file name must be a plan's slug)`, text: '' });
      continue;
    }
    for (const r of f.rows) {
      const found = findIndicator(plan, r.indicator);
      if (found.length !== 1) {
        issues.push({ file: f.file, line: r.line, message: found.length ? `“${r.indicator}” names ${found.length} indicators; use the id (${found.map((i) => i.id).join(', ')})` : `no indicator “${r.indicator}” in ${plan.slug}`, text: [r.indicator, r.year, r.value, r.source].join(',') });
        continue;
      }
      const isUrl = /^https?:\/\//.test(r.source);
      obs.get(keyOf(plan.slug, found[0].id))!.push({
        role: 'actual',
        year: r.year,
        value: r.parsed,
        source: { kind: 'progress', plan: null, url: isUrl ? r.source : '', label: r.note ? `${r.source}（${r.note}）` : r.source, quote: `${r.indicator},${r.year},${r.value}`, file: f.file, line: r.line },
      });
    }
  }
  const entries: LedgerEntry[] = [];
  for (const p of plans) {
    for (const ind of p.indicators) {
      const observations = sortObservations(obs.get(keyOf(p.slug, ind.id))!);
      entries.push({
        plan: p.slug,
        id: ind.id,
        name: ind.name,
        unit: ind.unit,
        category: ind.category,
        attribute: ind.attribute,
        review: ind.review,
        url: urls.indicator(p.slug, ind.id),
        rowUrl: ind.url,
        observations,
        status: computeStatus(observations, ind.completion, ind.review ? null : p.meta.period.from),
      });
    }
  }
  return { version: 1, rule: STATUS_RULE, entries, issues };
}
