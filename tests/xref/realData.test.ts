// Known links on the real seeds (parsed here, so no build is needed).
import { describe, expect, it } from 'vitest';
import { buildXref } from '../../src/xref/index.ts';
import { seedPlans } from './seedPlans.ts';

const plans = await seedPlans('seeds');

/** Slug of the one plan whose title matches. */
function slugOf(re: RegExp): string {
  const m = plans.filter((p) => re.test(p.title));
  expect(m.map((p) => p.title), String(re)).toHaveLength(1);
  return m[0].slug;
}

describe('xref on the real seeds', () => {
  it('reads all seven seed plans', () => expect(plans).toHaveLength(7));
  const x = buildXref(plans);

  it('groups PCT filings across at least three plans', () => {
    const g = x.indicatorGroups.find((g) => /PCT/.test(g.key))!;
    expect(g).toBeDefined();
    expect(g.plans.length).toBeGreaterThanOrEqual(3);
    expect(g.members.every((m) => /PCT/.test(m.name))).toBe(true);
  });

  it('groups pledge financing, Madrid marks and service bodies across plans', () => {
    for (const re of [/质押/, /马德里/, /服务机构/]) {
      const g = x.indicatorGroups.find((g) => re.test(g.key));
      expect(g, String(re)).toBeDefined();
      expect(g!.plans.length, String(re)).toBeGreaterThanOrEqual(2);
      expect(g!.members.every((m) => re.test(m.name)), String(re)).toBe(true);
    }
  });

  it('keeps per-capita patent indicators apart from patent totals', () => {
    for (const g of x.indicatorGroups) {
      const perCapita = g.members.map((m) => /万人/.test(m.name));
      expect(new Set(perCapita).size, g.label).toBe(1);
    }
  });

  it('marks the indicator table shared by the 武进 market-supervision and food-safety plans as same text', () => {
    const market = slugOf(/武进.*市场监督管理/);
    const food = slugOf(/武进.*食品安全/);
    const g = x.sameText.find((g) => g.kind === 'table' && g.members.some((m) => m.plan === market) && g.members.some((m) => m.plan === food));
    expect(g).toBeDefined();
  });

  it('links the 溧阳 notice citation to plan 溧阳 and not the provincial food-safety plan', () => {
    const liyang = slugOf(/溧阳/);
    const d = x.documents.find((d) => d.title === '溧阳市“十四五”知识产权发展规划')!;
    expect(d.planSlug).toBe(liyang);
    expect(d.citedBy.some((r) => r.plan === liyang && r.id === 'notice')).toBe(true);
    expect(x.documents.find((d) => d.title === '江苏省“十四五”食品安全规划')!.planSlug).toBe(null);
  });

  it('collects the 通州 responsible bodies with the market regulator leading', () => {
    const tz = slugOf(/通州/);
    const b = x.bodies.find((b) => b.name === '区市场监管局（知识产权局）')!;
    expect(b.plans).toContain(tz);
    expect(b.leadCount).toBeGreaterThanOrEqual(5);
    expect(b.tasks.length).toBeGreaterThanOrEqual(20);
  });

  it('finds the prose targets of the examples', () => {
    const raws = x.proseTargets.map((t) => t.raw);
    expect(raws).toContain('200家'); // 曾都: 发展放心店200家
    expect(x.proseTargets.some((t) => t.raw.startsWith('3100件') && t.year === 2025)).toBe(true); // 溧阳: 发明专利拥有量达3100件
  });

  it('relates clauses only across plans, with scores above the threshold', () => {
    expect(x.related.length).toBeGreaterThan(50);
    for (const r of x.related) for (const s of r.similar) {
      expect(s.plan).not.toBe(r.from.plan);
      expect(s.score).toBeGreaterThanOrEqual(x.thresholds.relatedMin);
    }
  });
});
