import { describe, expect, it } from 'vitest';
import type { IndicatorValue, Observation } from '../../src/core/schema/index.ts';
import { parseValue } from '../../src/ingest/values.ts';
import { computeStatus, goalOf, STATUS_RULE } from '../../src/ledger/status.ts';

const v = (raw: string): IndicatorValue => parseValue(raw)!;
const ob = (role: Observation['role'], year: number | null, raw: string, kind: Observation['source']['kind'] = 'table'): Observation => ({
  role,
  year,
  value: v(raw),
  source: { kind, plan: 'p', url: '/u', label: 'l', quote: raw, file: null, line: null },
});

describe('status rule', () => {
  it('no actual → not reported, never a guess', () => {
    const r = computeStatus([ob('baseline', 2020, '10'), ob('target', 2025, '20')]);
    expect(r.status).toBe('not-reported');
    expect(r.basis.actual).toBeNull();
  });

  it('an actual from before the plan starts is its starting point, not progress', () => {
    const r = computeStatus([ob('actual', 2020, '10'), ob('target', 2025, '20')], null, 2021);
    expect(r.status).toBe('not-reported');
    expect(r.reason).toContain('2020');
  });

  it('met target → achieved, even before the target year', () => {
    expect(computeStatus([ob('baseline', 2020, '10'), ob('target', 2025, '20'), ob('actual', 2022, '21', 'progress')]).status).toBe('achieved');
  });

  it('on the straight path within the tolerance → on track; well above → ahead; well below → behind', () => {
    const base = [ob('baseline', 2020, '10'), ob('target', 2025, '20')];
    // 2023: 60% of the time; 16 is 60% of the way.
    const on = computeStatus([...base, ob('actual', 2023, '16', 'progress')]);
    expect(on.status).toBe('on-track');
    expect(on.basis.progress).toBeCloseTo(0.6);
    expect(on.basis.elapsed).toBeCloseTo(0.6);
    expect(computeStatus([...base, ob('actual', 2023, '18', 'progress')]).status).toBe('ahead');
    expect(computeStatus([...base, ob('actual', 2023, '13', 'progress')]).status).toBe('behind');
    // The band is the published tolerance: 60% + 10% exactly is still on track.
    expect(computeStatus([...base, ob('actual', 2023, String(10 + 10 * (0.6 + STATUS_RULE.tolerance)), 'progress')]).status).toBe('on-track');
  });

  it('target year reached and not met → behind', () => {
    const r = computeStatus([ob('baseline', 2015, '10'), ob('target', 2020, '20'), ob('actual', 2020, '19', 'successor')]);
    expect(r.status).toBe('behind');
    expect(r.reason).toContain('目标年');
  });

  it('a value to bring down: ≤ targets and exact targets below the start are ceilings', () => {
    expect(goalOf(v('≤45'), v('60'))).toBe('at-most');
    expect(goalOf(v('45'), v('60'))).toBe('at-most');
    expect(goalOf(v('45'), v('30'))).toBe('at-least');
    const down = [ob('baseline', 2020, '60'), ob('target', 2025, '40')];
    expect(computeStatus([...down, ob('actual', 2023, '48', 'progress')]).status).toBe('on-track');
    expect(computeStatus([...down, ob('actual', 2023, '58', 'progress')]).status).toBe('behind');
    expect(computeStatus([...down, ob('actual', 2023, '39', 'progress')]).status).toBe('achieved');
  });

  it('ranges: inside → achieved; the path heads for the near edge', () => {
    const base = [ob('baseline', 2020, '80'), ob('target', 2025, '82-85')];
    expect(computeStatus([...base, ob('actual', 2023, '83', 'progress')]).status).toBe('achieved');
    expect(computeStatus([...base, ob('actual', 2023, '86', 'progress')]).status).not.toBe('achieved');
    const r = computeStatus([...base, ob('actual', 2023, '81', 'progress')]);
    expect(r.basis.progress).toBeCloseTo(0.5);
  });

  it('strict bounds: > and < exclude the target value itself', () => {
    expect(computeStatus([ob('target', 2020, '超过15%'), ob('actual', 2020, '15%')]).status).toBe('behind');
    expect(computeStatus([ob('target', 2020, '超过15%'), ob('actual', 2020, '15.1%')]).status).toBe('achieved');
  });

  it('cannot apply → undetermined with the reason: no target, a/b pair, other unit, no start', () => {
    expect(computeStatus([ob('actual', 2015, '18.78件')]).status).toBe('undetermined');
    const pair = computeStatus([ob('baseline', 2020, '100/90'), ob('target', 2025, '100/99'), ob('actual', 2023, '100', 'progress')]);
    expect(pair.status).toBe('undetermined');
    const unit = computeStatus([ob('baseline', 2020, '1000件'), ob('target', 2025, '2000件'), ob('actual', 2023, '0.15万件', 'progress')]);
    expect(unit.status).toBe('undetermined');
    expect(unit.reason).toContain('单位');
    const start = computeStatus([ob('target', 2025, '2000'), ob('actual', 2023, '1500', 'progress')]);
    expect(start.status).toBe('undetermined');
    expect(start.reason).toContain('基期');
  });

  it('the start may be an earlier actual when the table has no baseline', () => {
    const r = computeStatus([ob('actual', 2020, '100', 'prose'), ob('target', 2025, '200'), ob('actual', 2023, '160', 'progress')], null, 2021);
    expect(r.status).toBe('on-track');
    expect(r.basis.start).toBe(0);
  });

  it('the latest actual counts; in a tie, a progress row before a table, a successor or prose', () => {
    const obs = [ob('baseline', 2020, '10'), ob('target', 2025, '20'), ob('actual', 2023, '12', 'prose'), ob('actual', 2023, '16', 'progress'), ob('actual', 2022, '19', 'progress')];
    const r = computeStatus(obs);
    expect(r.basis.actual).toBe(3);
  });

  it('a review row with only a completion rate is graded by it', () => {
    expect(computeStatus([ob('target', 2015, '100件')], v('120%')).status).toBe('achieved');
    expect(computeStatus([ob('target', 2015, '100件')], v('80%')).status).toBe('behind');
  });

  it('the nearest target at or after the actual is the one aimed at', () => {
    const obs = [ob('baseline', 2020, '0'), ob('target', 2023, '30'), ob('target', 2025, '50'), ob('actual', 2022, '20', 'progress')];
    expect(computeStatus(obs).basis.target).toBe(1);
  });
});
