import { describe, expect, it } from 'vitest';
import { Ledger, Lineage, Regions } from '../../src/core/schema/index.ts';
import { fixtureImplementation } from './corpus.ts';

const impl = fixtureImplementation();
const entry = (title: string, name: string) => {
  const plan = impl.plans.find((p) => p.title === title)!;
  return impl.ledger.entries.find((e) => e.plan === plan.slug && e.name === name)!;
};
const J13 = '嘉兴市“十三五”知识产权发展规划';
const J14 = '嘉兴市“十四五”知识产权发展规划';
const H14 = '海宁市“十四五”知识产权发展规划';

describe('ledger on the fixture corpus', () => {
  it('matches the reviewed golden files (ledger, regions, lineage)', async () => {
    const strip = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
    await expect(strip(impl.ledger)).toMatchFileSnapshot('golden/ledger.json');
    await expect(strip(impl.regions)).toMatchFileSnapshot('golden/regions.json');
    await expect(strip(impl.lineage)).toMatchFileSnapshot('golden/lineage.json');
  });

  it('is valid published data', () => {
    expect(Ledger.safeParse(impl.ledger).success).toBe(true);
    expect(Regions.safeParse(impl.regions).success).toBe(true);
    expect(Lineage.safeParse(impl.lineage).success).toBe(true);
  });

  it('every status other than 未报告 traces to an actual with a source', () => {
    for (const e of impl.ledger.entries) {
      if (e.status.status === 'not-reported') continue;
      const a = e.status.basis.actual;
      if (a === null) continue; // graded by a stated completion rate
      const o = e.observations[a];
      expect(o.role).toBe('actual');
      expect(o.source.url || o.source.label).not.toBe('');
    }
  });

  it('takes actuals from review prose, the successor baseline and progress rows', () => {
    const kinds = (e: ReturnType<typeof entry>) => e.observations.filter((o) => o.role === 'actual').map((o) => `${o.source.kind}:${o.year}:${o.value.value}`);
    expect(kinds(entry(J13, '万人发明专利拥有量'))).toEqual(['prose:2015:10.2', 'prose:2020:18.5', 'successor:2020:18.5']);
    expect(kinds(entry(J14, '万人发明专利拥有量'))).toEqual(['prose:2020:18.5', 'progress:2022:23.6', 'progress:2023:26']);
  });

  it('grades the earlier plan by what the later one started from', () => {
    expect(entry(J13, '万人发明专利拥有量').status.status).toBe('behind');
    expect(entry(J13, 'PCT专利申请量').status.status).toBe('achieved');
    expect(entry(J13, '商标注册量').status.status).toBe('not-reported');
  });

  it('a span stated in prose (累计新增) is not a level', () => {
    expect(entry(J13, '商标注册量').observations.some((o) => o.source.kind === 'prose')).toBe(false);
  });

  it('grades progress rows against the straight path, ceilings and ranges', () => {
    expect(entry(J14, '万人发明专利拥有量').status.status).toBe('on-track');
    expect(entry(J14, 'PCT专利申请量').status.status).toBe('behind');
    expect(entry(J14, '专利侵权案件结案周期').status.status).toBe('achieved');
    expect(entry(J14, '知识产权保护社会满意度').status.status).toBe('achieved');
  });

  it('a county plan: a value from before its period is its start, so nothing is reported yet', () => {
    expect(entry(H14, '万人发明专利拥有量').status.status).toBe('not-reported');
  });

  it('progress rows that match no indicator are reported with file and line, not dropped silently', () => {
    expect(impl.ledger.issues).toEqual([expect.objectContaining({ file: 'progress/jiaxing-ip-14.csv', line: 8, message: expect.stringContaining('不存在的指标') })]);
    expect(impl.progress.issues.map((i) => i.line)).toEqual([9, 10, 11]);
  });

  it('lineage: predecessor, successor, higher and lower plans, continuity', () => {
    const l = (title: string) => impl.lineage.plans.find((p) => p.slug === impl.plans.find((x) => x.title === title)!.slug)!;
    expect(l(J14).predecessor?.title).toBe(J13);
    expect(l(J13).successor?.title).toBe(J14);
    expect(l(J13).predecessor).toBeNull();
    expect(l(H14).higher.map((h) => [h.title, h.overlaps])).toEqual([[J14, true], [J13, false]]);
    expect(l(J14).lower.map((h) => h.title)).toEqual([H14]);
    expect(l(J14).continuity.map((c) => [c.name, c.earlier.target?.raw, c.later.baseline?.raw])).toContainEqual(['万人发明专利拥有量', '20', '18.5']);
    expect(l(J14).field).toBe('知识产权');
    expect(l(J14).fiveYear).toBe(14);
  });

  it('regions: province → city → county, each with its own plans', () => {
    expect(impl.regions.regions.map((r) => [r.code, r.level, r.parent, r.plans.length])).toEqual([
      ['330000', 'province', null, 0],
      ['330400', 'city', '330000', 2],
      ['330481', 'county', '330400', 1],
    ]);
  });
});
