// How indicators are shown: values without the unit that has its own column, the unit of a row, the
// years of baseline and target, the topics an indicator belongs to, which tables are the same table in
// two plans, and the geometry of the small baseline → target charts. Pure (data in, values out).
import type { Indicator, IndicatorGroup, IndicatorValue, PlanDoc, Topic, Xref } from '../core/schema/index.ts';
import { searchKey } from '../core/text.ts';

/** The unit of an indicator: from its name (…（件）), else the one its values are written with. */
export function unitOf(i: Pick<Indicator, 'unit' | 'baseline' | 'target' | 'actual'>): string {
  return i.unit || i.target?.unit || i.baseline?.unit || i.actual?.unit || '';
}

/** A number as written in Chinese tables: no grouping, no trailing zeros. */
function fmt(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** A value without the row's unit (≥75, 1–2, 18.78); text that is no number (“-”, 持续提升) as written. */
export function valueText(v: IndicatorValue | null, unit: string): string {
  if (!v) return '';
  if (v.value === null || v.values.length > 1) return v.raw;
  const range = v.max !== null ? `${fmt(v.value)}–${fmt(v.max)}` : fmt(v.value);
  return `${v.op ?? ''}${range}${v.unit && v.unit !== unit ? v.unit : ''}`;
}

/** The year of a column when every value in it names the same one, else null. */
export function columnYear(values: (IndicatorValue | null)[]): number | null {
  const years = new Set(values.filter((v): v is IndicatorValue => v !== null).map((v) => v.year));
  return years.size === 1 ? [...years][0] : null;
}

/** Topics whose synonyms occur in an indicator's name or category (search keys, so width and script do not matter). */
export function indicatorTopics(i: Pick<Indicator, 'name' | 'category' | 'group'>, topics: Pick<Topic, 'id' | 'name' | 'synonyms'>[]): string[] {
  const key = searchKey(`${i.category} ${i.group} ${i.name}`);
  return topics.filter((t) => t.synonyms.some((s) => key.includes(searchKey(s)))).map((t) => t.id);
}

/** Tables that appear identically in several plans (the cross-links' same-text groups of kind table):
 * plan#tableId → every plan#tableId of its group, first member first. */
export function sharedTables(xref: Pick<Xref, 'sameText'>): Map<string, { plan: string; id: string }[]> {
  const out = new Map<string, { plan: string; id: string }[]>();
  for (const g of xref.sameText) {
    if (g.kind !== 'table' || !g.identical) continue;
    const members = g.members.map((m) => ({ plan: m.plan, id: m.id }));
    for (const m of members) out.set(`${m.plan}#${m.id}`, members);
  }
  return out;
}

/** The row in another plan's copy of the same table that stands for the same indicator (same row number). */
export function rowInCopy(rowId: string, tableId: string, copyTableId: string): string {
  return copyTableId + rowId.slice(tableId.length);
}

/** A small chart of one indicator: where baseline, target and actual sit on a shared axis from zero. */
export interface Dumbbell {
  width: number;
  height: number;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  /** Upper end of a target range (1–2), as an x position. */
  targetMax: number | null;
}

/** A number of a value that can be drawn: plain or with ≥/≤, not a pair or text. */
export function drawable(v: IndicatorValue | null): number | null {
  return v && v.value !== null && v.values.length <= 1 && v.value >= 0 ? v.value : null;
}

/** The numbers of an indicator that can be drawn on one axis: baseline, target, actual and the upper end of
 * a target range; null when its values are written in different units. */
export function drawnValues(i: Pick<Indicator, 'baseline' | 'target' | 'actual' | 'unit'>): (number | null)[] | null {
  const unit = unitOf(i);
  const vals = [i.baseline, i.target, i.actual];
  if (vals.some((v) => v && v.value !== null && v.unit && v.unit !== unit)) return null;
  return [...vals.map(drawable), i.target && drawable(i.target) !== null ? i.target.max : null];
}

/** The end of an axis from zero that holds all `values`: 100 for shares in %, else the largest plus a margin. */
export function axisTop(values: number[], unit: string): number {
  const max = Math.max(0, ...values);
  return unit === '%' && max <= 100 ? 100 : max * 1.08;
}

/** Positions on an axis from 0 to `top` (by default the indicator's own largest value, 100 for %). On its
 * own axis an indicator needs two values to draw; on a shared axis (`top` given, a comparison) one will do.
 * Null when too few values can be drawn or they are written in different units. */
export function dumbbell(i: Pick<Indicator, 'baseline' | 'target' | 'actual' | 'unit'>, width = 120, height = 18, shared?: number): Dumbbell | null {
  const drawn = drawnValues(i);
  if (!drawn) return null;
  const nums = drawn.slice(0, 3);
  const max = drawn[3];
  const present = drawn.filter((n): n is number => n !== null);
  if (nums.filter((n) => n !== null).length < (shared === undefined ? 2 : 1)) return null;
  const top = shared ?? axisTop(present, unitOf(i));
  if (!(top > 0)) return null;
  const pad = 4;
  const x = (n: number | null) => (n === null ? null : Math.round((pad + (n / top) * (width - 2 * pad)) * 10) / 10);
  return { width, height, baseline: x(nums[0]), target: x(nums[1]), actual: x(nums[2]), targetMax: x(max) };
}

/** One row of the indicator explorer: an indicator with where else the same row is published. */
export interface ExplorerRow {
  plan: PlanDoc;
  indicator: Indicator;
  /** The same row in identical tables of other plans. */
  alsoIn: { plan: PlanDoc; url: string }[];
  topics: string[];
}

/** Every indicator of every plan, a table that appears identically in several plans only once (under its
 * first plan, the others listed as also-in). */
export function explorerRows(plans: PlanDoc[], xref: Pick<Xref, 'sameText' | 'topics'>): ExplorerRow[] {
  const shared = sharedTables(xref);
  const bySlug = new Map(plans.map((p) => [p.slug, p]));
  const rows: ExplorerRow[] = [];
  for (const plan of plans) {
    for (const i of plan.indicators) {
      const group = shared.get(`${plan.slug}#${i.tableId}`);
      if (group && (group[0].plan !== plan.slug || group[0].id !== i.tableId)) continue;
      const alsoIn = (group ?? []).slice(1).flatMap((m) => {
        const other = bySlug.get(m.plan);
        const row = other?.indicators.find((x) => x.id === rowInCopy(i.id, i.tableId, m.id));
        return other && row ? [{ plan: other, url: row.url }] : [];
      });
      rows.push({ plan, indicator: i, alsoIn, topics: indicatorTopics(i, xref.topics) });
    }
  }
  return rows;
}

/** A plan's indicator in a cross-plan comparison, with the plans that publish the same row in a copy of its table. */
export interface CompareRow {
  member: IndicatorGroup['members'][number];
  alsoIn: string[];
}

/** Indicator groups as compared across plans: a row that is only a copy of another member's row (the same
 * table published in two plans) is folded into it; a group left with one row compares nothing and is
 * dropped. `top` is the end of a shared chart axis when every row has the same unit, else null. */
export function comparisonGroups(groups: IndicatorGroup[], plans: PlanDoc[], xref: Pick<Xref, 'sameText'>, minRows = 2): { group: IndicatorGroup; rows: CompareRow[]; top: number | null }[] {
  const shared = sharedTables(xref);
  const tableOf = new Map(plans.flatMap((p) => p.indicators.map((i) => [`${p.slug}#${i.id}`, i.tableId] as const)));
  const out: { group: IndicatorGroup; rows: CompareRow[]; top: number | null }[] = [];
  for (const group of groups) {
    const rows: CompareRow[] = [];
    const byKey = new Map<string, CompareRow>();
    for (const m of group.members) {
      const tableId = tableOf.get(`${m.plan}#${m.id}`) ?? '';
      const copies = shared.get(`${m.plan}#${tableId}`);
      const key = copies ? `${copies[0].plan}#${rowInCopy(m.id, tableId, copies[0].id)}` : `${m.plan}#${m.id}`;
      const seen = byKey.get(key);
      if (seen) {
        seen.alsoIn.push(m.plan);
        continue;
      }
      const row = { member: m, alsoIn: [] };
      byKey.set(key, row);
      rows.push(row);
    }
    if (rows.length < minRows) continue;
    const units = new Set(rows.map((r) => unitOf({ ...r.member, actual: null })));
    const values = rows.flatMap((r) => drawnValues({ ...r.member, actual: null }) ?? []).filter((n): n is number => n !== null);
    out.push({ group, rows, top: units.size === 1 && values.length ? axisTop(values, [...units][0]) : null });
  }
  return out;
}

/** Quantified targets written in prose, one entry per sentence (a sentence often sets several), grouped by plan. */
export function proseBySentence(targets: Xref['proseTargets']): Map<string, { clause: Xref['proseTargets'][number]['clause']; sentence: string; year: number | null; targets: Xref['proseTargets'] }[]> {
  const out = new Map<string, { clause: Xref['proseTargets'][number]['clause']; sentence: string; year: number | null; targets: Xref['proseTargets'] }[]>();
  for (const t of targets) {
    const list = out.get(t.clause.plan) ?? [];
    const last = list[list.length - 1];
    if (last && last.clause.id === t.clause.id && last.sentence === t.sentence) last.targets.push(t);
    else list.push({ clause: t.clause, sentence: t.sentence, year: t.year, targets: [t] });
    out.set(t.clause.plan, list);
  }
  return out;
}
