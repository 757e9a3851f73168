// 时效: whether a plan is within its period on a given day. Computed from the period and the build
// date (passed in, never read from a clock), so the badge is what the page said when it was built.

import type { Period } from './schema/plan.ts';

export interface PlanStatus {
  key: 'current' | 'expired' | 'upcoming' | 'unknown';
  /** The badge: 规划期内, 已到期, 尚未开始, 期限未知. */
  label: string;
  /** One sentence saying how the badge was decided. */
  explain: string;
}

/** The status of a plan with `period` on `today` (YYYY-MM-DD). */
export function planStatus(period: Period, today: string): PlanStatus {
  const year = Number(today.slice(0, 4));
  const { from, to } = period;
  const on = `按本页生成日期 ${today} 计算`;
  if (to == null && from == null) return { key: 'unknown', label: '期限未知', explain: '原文未写明规划期，无法判断是否仍在规划期内。' };
  if (to != null && year > to) return { key: 'expired', label: '已到期', explain: `规划期${from ?? ''}–${to} 年已于 ${to} 年底结束（${on}）。` };
  if (from != null && year < from) return { key: 'upcoming', label: '尚未开始', explain: `规划期自 ${from} 年开始（${on}）。` };
  if (to == null) return { key: 'current', label: '规划期内', explain: `规划期自 ${from} 年开始，原文未写明结束年份（${on}）。` };
  return { key: 'current', label: '规划期内', explain: `规划期${from ?? ''}–${to} 年，截至 ${to} 年底（${on}）。` };
}
