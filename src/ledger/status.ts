// The status rule: is an indicator on its way to its target? Computed only from observations that
// name their source, never guessed (no actual → 未报告).
//
// 1. The actual is the latest one with a year; the target is the nearest one at or after that year
//    (else the latest); the start is the baseline, else the earliest earlier actual.
// 2. The goal is read from the target: ≥/> or 以上 → at least; ≤/< or 以下 → at most; a range a–b →
//    between; an exact number → at least, or at most when the start is above it (a value to bring down).
// 3. Met goal → achieved (already, even before the target year). Target year reached and not met →
//    behind. Before the target year, progress = (actual − start) / (target − start) is set against
//    elapsed = (actual year − start year) / (target year − start year): progress − elapsed above
//    +tolerance → ahead, within ±tolerance → on track, below → behind.
// 4. Where a step cannot be taken (no number in the target, a/b pairs, different units, no start
//    before the target year), the status is 'undetermined' and the reason says which step.
import type { IndicatorValue, Observation, StatusBasis, StatusResult, StatusRule } from '../core/schema/index.ts';

/** The published constants of the rule. */
export const STATUS_RULE: StatusRule = {
  // The national mid-term review grades in broad bands; ten points of the way either side of the
  // straight path keeps small timing differences (a value reported in spring) from flipping grades.
  tolerance: 0.1,
};

const KIND_PRIORITY = ['progress', 'table', 'successor', 'prose'];

/** Index of the observation the rule uses as the actual: latest year, then the most direct source. */
function pickActual(obs: Observation[]): number | null {
  let best: number | null = null;
  obs.forEach((o, i) => {
    if (o.role !== 'actual' || o.year === null || o.value.value === null) return;
    if (best === null) return void (best = i);
    const b = obs[best];
    if (o.year! > b.year! || (o.year === b.year && KIND_PRIORITY.indexOf(o.source.kind) < KIND_PRIORITY.indexOf(b.source.kind))) best = i;
  });
  return best;
}

/** Index of the target for an actual of year `year`: the nearest at or after it, else the latest. */
function pickTarget(obs: Observation[], year: number | null): number | null {
  const targets = obs.map((o, i) => [o, i] as const).filter(([o]) => o.role === 'target');
  if (!targets.length) return null;
  const ahead = targets.filter(([o]) => year !== null && o.year !== null && o.year >= year).sort(([a], [b]) => a.year! - b.year!);
  if (ahead.length) return ahead[0][1];
  return targets.sort(([a], [b]) => (b.year ?? 0) - (a.year ?? 0))[0][1];
}

/** Index of the starting point: the baseline, else the earliest actual before `year`. */
function pickStart(obs: Observation[], year: number): number | null {
  const base = obs.findIndex((o) => o.role === 'baseline' && o.value.value !== null);
  if (base >= 0) return base;
  let best: number | null = null;
  obs.forEach((o, i) => {
    if (o.role === 'actual' && o.year !== null && o.year < year && o.value.value !== null && (best === null || o.year < obs[best].year!)) best = i;
  });
  return best;
}

/** Units agree when either is unstated or they are written the same (％ and % alike). */
function sameUnit(a: IndicatorValue, b: IndicatorValue): boolean {
  const u = (v: IndicatorValue) => v.unit.replace('％', '%');
  return !u(a) || !u(b) || u(a) === u(b);
}

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/** How a target is to be read, given where the indicator starts. */
export function goalOf(target: IndicatorValue, start: IndicatorValue | null): StatusBasis['goal'] {
  if (target.value === null || target.values.length > 1 && target.max === null) return 'none';
  if (target.max !== null) return 'range';
  if (target.op === '≥' || target.op === '>') return 'at-least';
  if (target.op === '≤' || target.op === '<') return 'at-most';
  return start?.value != null && start.value > target.value ? 'at-most' : 'at-least';
}

/** True when value `a` meets the target as read by `goal`. */
export function meets(a: number, target: IndicatorValue, goal: StatusBasis['goal']): boolean {
  const t = target.value!;
  if (goal === 'range') return a >= t && a <= target.max!;
  if (goal === 'at-most') return target.op === '<' ? a < t : a <= t;
  return target.op === '>' ? a > t : a >= t;
}

/**
 * The status of one indicator from its observations (and a stated completion rate, for review rows).
 * `since` is the first year of the plan: an actual from before it is where the plan starts, not progress.
 */
export function computeStatus(obs: Observation[], completion: IndicatorValue | null = null, since: number | null = null, rule: StatusRule = STATUS_RULE): StatusResult {
  const basis: StatusBasis = { start: null, target: null, actual: null, goal: 'none', progress: null, elapsed: null };
  const latest = pickActual(obs);
  const actual = latest !== null && since !== null && obs[latest].year! < since ? null : latest;
  const target = pickTarget(obs, actual === null ? null : obs[actual].year);
  basis.target = target;
  if (actual === null) {
    // A review table may state only the completion rate; it is a reported number too.
    if (completion?.value != null && completion.unit.replace('％', '%') === '%' && target !== null) {
      const done = completion.value >= 100;
      return { status: done ? 'achieved' : 'behind', reason: `完成率 ${completion.raw}${done ? '，已完成目标' : '，未完成目标'}`, basis };
    }
    if (latest !== null) return { status: 'not-reported', reason: `尚无规划期内的实际值（${obs[latest].year} 年的 ${obs[latest].value.raw} 是规划起点）`, basis };
    return { status: 'not-reported', reason: '尚无实际值：规划文本和进展数据都没有报告', basis };
  }
  basis.actual = actual;
  const a = obs[actual];
  if (target === null) return { status: 'undetermined', reason: `有 ${a.year} 年实际值 ${a.value.raw}，但没有目标值`, basis };
  const t = obs[target];
  const start = pickStart(obs, a.year!);
  basis.start = start;
  const s = start === null ? null : obs[start];
  basis.goal = goalOf(t.value, s?.value ?? null);
  if (basis.goal === 'none') return { status: 'undetermined', reason: `目标“${t.value.raw}”不是单一数值，无法比较`, basis };
  if (!sameUnit(a.value, t.value)) return { status: 'undetermined', reason: `实际值单位（${a.value.unit}）与目标单位（${t.value.unit}）不同`, basis };
  const av = a.value.value!;
  const tYear = t.year;
  if (meets(av, t.value, basis.goal)) return { status: 'achieved', reason: `${a.year} 年实际值 ${a.value.raw} 已达到目标 ${t.value.raw}`, basis };
  if (tYear !== null && a.year! >= tYear) return { status: 'behind', reason: `目标年 ${tYear} 年已到，实际值 ${a.value.raw} 未达到目标 ${t.value.raw}`, basis };
  if (s === null || s.year === null || tYear === null) return { status: 'undetermined', reason: `${a.year} 年实际值 ${a.value.raw} 尚未达到目标 ${t.value.raw}；缺少${tYear === null ? '目标年' : '基期值'}，无法判断进度`, basis };
  if (s.year >= a.year! || s.year >= tYear) return { status: 'undetermined', reason: `基期年（${s.year}）不早于实际值年份或目标年，无法判断进度`, basis };
  // The near edge of a range is the one the path heads for.
  const sv = s.value.value!;
  const goalValue = basis.goal === 'range' ? (sv < t.value.value! ? t.value.value! : t.value.max!) : t.value.value!;
  if (goalValue === sv) return { status: 'behind', reason: `目标为保持 ${t.value.raw}，${a.year} 年实际值 ${a.value.raw} 未达到`, basis };
  basis.progress = (av - sv) / (goalValue - sv);
  basis.elapsed = (a.year! - s.year) / (tYear - s.year);
  const lead = basis.progress - basis.elapsed;
  const how = `自 ${s.year} 年（${s.value.raw}）至 ${tYear} 年（${t.value.raw}）已过 ${fmt(basis.elapsed * 100)}% 的时间，${a.year} 年（${a.value.raw}）完成了 ${fmt(basis.progress * 100)}% 的进度`;
  if (lead > rule.tolerance) return { status: 'ahead', reason: `${how}，快于进度`, basis };
  if (lead >= -rule.tolerance) return { status: 'on-track', reason: `${how}，符合进度`, basis };
  return { status: 'behind', reason: `${how}，慢于进度`, basis };
}

