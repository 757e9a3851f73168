import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Xref, XrefIndex, XrefPlanPart } from '../../src/core/schema/index.ts';
import { synthSeeds } from '../../src/corpus/synth.ts';
import { buildXref } from '../../src/xref/index.ts';
import { sortPlans } from '../../src/xref/clauses.ts';
import { joinXref, splitXref } from '../../src/xref/split.ts';
import { seedPlans } from './seedPlans.ts';

describe('cross-links split per plan', () => {
  it('join(split(x)) is x, on the seeds and on a ×3 synthetic corpus; every part is valid published data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planatlas-split-'));
    try {
      synthSeeds('seeds', dir, 3);
      for (const plans of [await seedPlans('seeds'), await seedPlans(dir)]) {
        const x = buildXref(plans);
        const { index, parts } = splitXref(x, sortPlans(plans).map((p) => p.slug));
        expect(XrefIndex.safeParse(index).success).toBe(true);
        for (const p of parts.values()) expect(XrefPlanPart.safeParse(p).success, p.plan).toBe(true);
        expect(parts.size).toBe(plans.length);
        const back = joinXref(JSON.parse(JSON.stringify(index)), new Map([...parts].map(([k, v]) => [k, JSON.parse(JSON.stringify(v))])));
        expect(Xref.parse(back)).toEqual(x);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('writes each clause once, however many links name it', async () => {
    const plans = await seedPlans('seeds');
    const x = buildXref(plans);
    const { index, parts } = splitXref(x, sortPlans(plans).map((p) => p.slug));
    const whole = JSON.stringify(x).length;
    const split = JSON.stringify(index).length + [...parts.values()].reduce((n, p) => n + JSON.stringify(p).length, 0);
    expect(split).toBeLessThan(whole / 2);
  });

  it('a pointer to a clause no part shows is an error, not a silent gap', async () => {
    const plans = await seedPlans('seeds');
    const { index, parts } = splitXref(buildXref(plans), sortPlans(plans).map((p) => p.slug));
    const first = [...parts.values()].find((p) => p.related.length)!;
    const victim = first.related[0].similar[0].ref;
    const [plan, id] = victim.split('#');
    delete parts.get(plan)!.clauses[id];
    expect(() => joinXref(index, parts)).toThrow(victim);
  });
});
