// The PlanAtlas identifier of a plan and of each of its units, modelled on the European Legislation
// Identifier (ELI): region code / kind / year / slug / unit id, e.g.
// 320412/five-year-plan/2021/wujin-market-supervision-2021/s3-2. It names a plan or clause
// independently of where the site is served (origin and base path change URLs, not identifiers).
// It is an identifier, not a path of the site: a static host cannot map it to a page without one
// file per unit, so /data/ and docs/open-data.md give the URL template that turns one into a link.
import type { Period } from '../core/schema/plan.ts';

/** The template every identifier follows; a part the plan does not state is written `_`. */
export const IDENTIFIER_TEMPLATE = '{region}/{kind}/{year}/{slug}[/{unit}]';

/** Written for a part that is not known: never a guessed value. */
export const UNKNOWN_PART = '_';

/** ASCII codes of the kinds the parser names (src/ingest/meta.ts kindOf); reviewed by hand. */
export const KIND_CODES: Readonly<Record<string, string>> = {
  五年规划: 'five-year-plan',
  专项规划: 'special-plan',
  规划纲要: 'plan-outline',
  规划: 'plan',
  工作方案: 'work-programme',
  行动计划: 'action-plan',
  工作计划: 'work-plan',
  工作要点: 'work-points',
  意见: 'opinions',
  应急预案: 'contingency-plan',
  办法: 'measures',
  任务分工: 'task-list',
  其他: 'other',
};

/** The facts an identifier is made of. */
export interface IdentifiedPlan {
  slug: string;
  meta: { regionCode: string; kind: string; period: Period; date: string };
}

/** ASCII code of a kind; `_` for an empty or unreviewed kind. */
export function kindCode(kind: string): string {
  return KIND_CODES[kind] ?? UNKNOWN_PART;
}

/** The year part: first year of the plan period (the year the plan is named by), else the year of 成文日期. */
export function identifierYear(meta: IdentifiedPlan['meta']): string {
  if (meta.period.from !== null) return String(meta.period.from);
  const y = /^(\d{4})-/.exec(meta.date);
  return y ? y[1] : UNKNOWN_PART;
}

/** The identifier of a plan: region code / kind / year / slug. */
export function planIdentifier(plan: IdentifiedPlan): string {
  const region = /^\d{6}$/.test(plan.meta.regionCode) ? plan.meta.regionCode : UNKNOWN_PART;
  return [region, kindCode(plan.meta.kind), identifierYear(plan.meta), plan.slug].join('/');
}

/** The identifier of a unit (clause, table, row) of a plan: the plan's identifier / unit id. */
export function unitIdentifier(plan: IdentifiedPlan, unitId: string): string {
  return `${planIdentifier(plan)}/${unitId}`;
}
