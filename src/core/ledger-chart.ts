// Geometry of an indicator's chart, drawn at build time as SVG: the planned straight path from the
// start to the target, the target (a range as a bar), and the actuals as a line. No chart library
// reaches the page; the component only places what this computes.
import type { LedgerEntry, Observation } from './schema/index.ts';

export interface ChartMark {
  x: number;
  y: number;
  year: number;
  value: number;
  /** Upper end of a range target, drawn as a bar from y to y2. */
  y2: number | null;
  raw: string;
  role: Observation['role'];
}

export interface ChartBar {
  role: Observation['role'];
  year: number;
  raw: string;
  /** Bar length in px from the left edge of the plot. */
  w: number;
  y: number;
}

export interface ChartModel {
  /** 'line' over years; 'bars' when every number is of one year (a review row's target against its actual). */
  kind: 'line' | 'bars';
  width: number;
  height: number;
  /** Plot area: left, top, right, bottom. */
  box: { l: number; t: number; r: number; b: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The planned straight path, start → target, when both are known. */
  path: { x1: number; y1: number; x2: number; y2: number } | null;
  marks: ChartMark[];
  /** Polyline points of the actuals in year order ("x,y x,y"). */
  actualLine: string;
  bars: ChartBar[];
}

/** Evenly spaced round ticks (steps of 1, 2 or 5 × 10^k) covering [lo, hi], at most about four. */
export function niceTicks(lo: number, hi: number): number[] {
  const range = hi - lo || Math.abs(hi) || 1;
  const raw = range / 3;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const first = Math.floor(lo / step) * step;
  const out: number[] = [];
  for (let v = first; v <= hi + step * 0.999; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

/** A tick value as a label: as many decimals as the step needs, no exponent. */
export function axisLabel(n: number, step: number): string {
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return n.toFixed(Math.min(digits, 6));
}

/** Chart geometry of a ledger entry; null when fewer than two dated numbers exist to place. */
export function ledgerChart(entry: LedgerEntry, width = 320, height = 160): ChartModel | null {
  const dated = entry.observations.filter((o) => o.year !== null && o.value.value !== null && (o.value.values.length <= 1 || o.value.max !== null));
  // One observation per role and year: the first listed (the rule's choice for actuals comes first in ties).
  const seen = new Set<string>();
  const obs = dated.filter((o) => {
    const k = `${o.role}|${o.year}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (obs.length < 2) return null;
  const years = obs.map((o) => o.year!);
  const values = obs.flatMap((o) => (o.value.max !== null ? [o.value.value!, o.value.max] : [o.value.value!]));
  let [y0, y1] = [Math.min(...years), Math.max(...years)];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const box = { l: 48, t: 14, r: width - 16, b: height - 26 };
  const round = (n: number) => Math.round(n * 10) / 10;
  if (new Set(years).size === 1) return barChart(obs, width, height, round);
  let [lo, hi] = [Math.min(...values), Math.max(...values)];
  const span = hi - lo || Math.abs(hi) || 1;
  lo -= span * 0.08;
  hi += span * 0.08;
  if (lo < 0 && Math.min(...values) >= 0) lo = 0;
  const ticks = niceTicks(lo, hi);
  [lo, hi] = [Math.min(lo, ticks[0]), Math.max(hi, ticks.at(-1)!)];
  const tickStep = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
  const sx = (year: number) => box.l + ((year - y0) / (y1 - y0)) * (box.r - box.l);
  const sy = (v: number) => box.b - ((v - lo) / (hi - lo)) * (box.b - box.t);
  const marks: ChartMark[] = obs.map((o) => ({
    x: round(sx(o.year!)),
    y: round(sy(o.value.value!)),
    y2: o.value.max !== null ? round(sy(o.value.max)) : null,
    year: o.year!,
    value: o.value.value!,
    raw: o.value.raw,
    role: o.role,
  }));
  const { start, target } = entry.status.basis;
  const startObs = start !== null ? entry.observations[start] : obs.find((o) => o.role === 'baseline');
  const targetObs = target !== null ? entry.observations[target] : obs.filter((o) => o.role === 'target').at(-1);
  const path =
    startObs?.year != null && targetObs?.year != null && startObs.value.value !== null && targetObs.value.value !== null && targetObs.year > startObs.year
      ? { x1: round(sx(startObs.year)), y1: round(sy(startObs.value.value)), x2: round(sx(targetObs.year)), y2: round(sy(targetObs.value.value)) }
      : null;
  const distinctYears = [...new Set([y0, ...years, y1])].sort((a, b) => a - b);
  const step = Math.ceil(distinctYears.length / 6);
  return {
    kind: 'line',
    width,
    height,
    box,
    xTicks: distinctYears.filter((_, i) => i % step === 0 || i === distinctYears.length - 1).map((y) => ({ x: round(sx(y)), label: String(y) })),
    yTicks: ticks.map((v) => ({ y: round(sy(v)), label: axisLabel(v, tickStep) })),
    path,
    marks,
    actualLine: marks.filter((m) => m.role === 'actual').sort((a, b) => a.year - b.year).map((m) => `${m.x},${m.y}`).join(' '),
    bars: [],
  };
}

/** Numbers of one year side by side as bars from zero (a review row: target against actual). */
function barChart(obs: Observation[], width: number, height: number, round: (n: number) => number): ChartModel | null {
  const vals = obs.map((o) => o.value.max ?? o.value.value!);
  if (vals.some((v) => v < 0)) return null;
  const max = Math.max(...vals) || 1;
  const box = { l: 48, t: 8, r: width - 16, b: height - 8 };
  const order = { baseline: 0, target: 1, actual: 2 } as const;
  const rows = [...obs].sort((a, b) => order[a.role] - order[b.role]);
  const gap = (box.b - box.t) / rows.length;
  return {
    kind: 'bars',
    width,
    height: Math.min(height, rows.length * 34 + 16),
    box: { ...box, b: box.t + rows.length * 34 },
    xTicks: [],
    yTicks: [],
    path: null,
    marks: [],
    actualLine: '',
    bars: rows.map((o, i) => ({ role: o.role, year: o.year!, raw: o.value.raw, w: round(((o.value.max ?? o.value.value!) / max) * (box.r - box.l - 70)), y: round(box.t + i * Math.min(gap, 34)) })),
  };
}
