// The nearest members of an indicator group, chosen without sorting the whole group: the same members,
// in the same order, as a full sort by shared region path, same period, then slug.
import { describe, expect, it } from 'vitest';
import { nearestMembers } from '../../src/lib/ledger.ts';
import type { PlanDoc } from '../../src/core/schema/index.ts';
import { prng } from '../../src/corpus/synth.ts';

type Member = { plan: string; period: { from: number | null } };

describe('nearestMembers', () => {
  it('equals a full sort on random groups, of any size and bound', () => {
    const rnd = prng(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    for (let round = 0; round < 200; round++) {
      const paths = new Map<string, { code: string }[]>();
      const members: Member[] = Array.from({ length: Math.floor(rnd() * 40) }, (_, i) => {
        const slug = `p${Math.floor(rnd() * 30)}-${i}`;
        paths.set(slug, [pick(['32', '42']), pick(['3204', '3211', '4213']), pick(['320412', '320481', '421303'])].slice(0, 1 + Math.floor(rnd() * 3)).map((code) => ({ code })));
        return { plan: slug, period: { from: pick([2016, 2021, null]) } };
      });
      const plan = { meta: { regionPath: [{ code: '32' }, { code: '3204' }, { code: '320412' }], period: { from: 2021 } } } as unknown as Pick<PlanDoc, 'meta'>;
      const max = 1 + Math.floor(rnd() * 10);
      const shared = (slug: string) => {
        const p = paths.get(slug)!;
        let n = 0;
        while (n < 3 && n < p.length && ['32', '3204', '320412'][n] === p[n].code) n++;
        return n;
      };
      const expected = members
        .map((m) => ({ m, s: shared(m.plan), p: m.period.from === 2021 ? 1 : 0 }))
        .sort((a, b) => b.s - a.s || b.p - a.p || (a.m.plan < b.m.plan ? -1 : a.m.plan > b.m.plan ? 1 : 0))
        .slice(0, max)
        .map((x) => x.m);
      expect(nearestMembers(members, plan, max, (s) => paths.get(s)!)).toEqual(expected);
    }
  });
});
