// How indicators and bodies are shown (src/lib/indicators.ts, src/core/bodies.ts): units apart from values,
// charts only where values can share an axis, identical tables once, names with their region.
import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorValue } from '../../src/core/schema/index.ts';
import { columnYear, comparisonGroups, dumbbell, explorerRows, indicatorTopics, proseBySentence, unitOf, valueText } from '../../src/lib/indicators.ts';
import { bodyDisplayName, qualifiedBodyName, regionShort } from '../../src/core/bodies.ts';
import { builtPlans, DATA } from '../built.ts';
import { readXref } from '../../src/build/data.ts';

const v = (raw: string, value: number | null, over: Partial<IndicatorValue> = {}): IndicatorValue => ({ raw, op: null, value, max: null, values: value === null ? [] : [value], unit: '', year: null, ...over });
const ind = (over: Partial<Indicator>): Indicator => ({
  id: 's1-t1-r1', tableId: 's1-t1', category: '', group: '', name: '指标', unit: '', baseline: null, target: null, actual: null, completion: null,
  review: false, attribute: null, other: {}, url: '/plans/x/text/#s1-t1-r1', ...over,
});

describe('indicator values', () => {
  it('takes the unit out of the value when it has a column, keeps what is no number as written', () => {
    expect(valueText(v('80000件', 80000, { unit: '件' }), '件')).toBe('80000');
    expect(valueText(v('≥13', 13, { op: '≥' }), '个')).toBe('≥13');
    expect(valueText(v('95%以上', 95, { op: '≥', unit: '%' }), '%')).toBe('≥95');
    expect(valueText(v('1-2个', 1, { max: 2, unit: '个' }), '个')).toBe('1–2');
    expect(valueText(v('100/90', 100, { values: [100, 90] }), '%')).toBe('100/90');
    expect(valueText(v('-', null), '件')).toBe('-');
    expect(valueText(v('5亿元', 5, { unit: '亿元' }), '')).toBe('5亿元');
    expect(unitOf(ind({ target: v('80000件', 80000, { unit: '件' }) }))).toBe('件');
    expect(unitOf(ind({ unit: '%', target: v('80', 80) }))).toBe('%');
  });

  it('names a column year only when every value agrees', () => {
    expect(columnYear([v('1', 1, { year: 2020 }), null, v('2', 2, { year: 2020 })])).toBe(2020);
    expect(columnYear([v('1', 1, { year: 2020 }), v('2', 2, { year: 2025 })])).toBeNull();
    expect(columnYear([v('1', 1)])).toBeNull();
  });

  it('draws baseline → target from zero, shares in % up to 100, and nothing it cannot place', () => {
    const d = dumbbell(ind({ unit: '%', baseline: v('60', 60), target: v('75', 75) }))!;
    expect(d.baseline).toBeCloseTo(4 + 0.6 * 112, 1);
    expect(d.target).toBeCloseTo(4 + 0.75 * 112, 1);
    expect(dumbbell(ind({ target: v('19', 19) }))).toBeNull();
    expect(dumbbell(ind({ target: v('19', 19) }), 120, 18, 40)?.target).toBeCloseTo(4 + (19 / 40) * 112, 1);
    expect(dumbbell(ind({ unit: '件', baseline: v('2万件', 2, { unit: '万件' }), target: v('30000', 30000) }))).toBeNull();
    expect(dumbbell(ind({ baseline: v('-', null), target: v('5', 5) }))).toBeNull();
  });

  it('finds topics by their synonyms in name and category', () => {
    const topics = [{ id: 'patent', name: '专利', synonyms: ['专利', 'PCT'] }, { id: 'food', name: '食品安全', synonyms: ['食品'] }];
    expect(indicatorTopics({ name: '累计ＰＣＴ申请量', category: '', group: '' }, topics)).toEqual(['patent']);
    expect(indicatorTopics({ name: '抽检合格率', category: '食品安全', group: '' }, topics)).toEqual(['food']);
  });
});

describe('indicators of the seven plans', () => {
  const plans = builtPlans();
  const xref = readXref(DATA);

  it('lists a table that two plans publish identically once, with the other plan as also-in', () => {
    const rows = explorerRows(plans, xref);
    const total = plans.reduce((n, p) => n + p.indicators.length, 0);
    const shared = xref.sameText.filter((g) => g.kind === 'table' && g.identical);
    expect(shared.length).toBeGreaterThan(0);
    const copies = shared.flatMap((g) => g.members.slice(1)).reduce((n, m) => n + plans.find((p) => p.slug === m.plan)!.indicators.filter((i) => i.tableId === m.id).length, 0);
    expect(rows.length).toBe(total - copies);
    const withCopy = rows.filter((r) => r.alsoIn.length > 0);
    expect(withCopy.length).toBe(copies);
    for (const r of withCopy) expect(r.alsoIn[0].plan.indicators.find((i) => i.url === r.alsoIn[0].url)?.name).toBe(r.indicator.name);
  });

  it('compares across plans without comparing a table with its own copy', () => {
    const groups = comparisonGroups(xref.indicatorGroups, plans, xref);
    expect(groups.length).toBeLessThan(xref.indicatorGroups.length);
    for (const g of groups) {
      expect(g.rows.length).toBeGreaterThanOrEqual(2);
      const distinct = new Set(g.rows.map((r) => `${r.member.name}|${r.member.target?.raw}|${r.member.baseline?.raw}`));
      const sameTablePairs = g.rows.filter((r) => r.alsoIn.length > 0);
      expect(distinct.size + sameTablePairs.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lists each prose sentence once, with every quantity it sets', () => {
    const bySentence = proseBySentence(xref.proseTargets);
    const sentences = [...bySentence.values()].flat();
    expect(sentences.reduce((n, s) => n + s.targets.length, 0)).toBe(xref.proseTargets.length);
    const keys = sentences.map((s) => `${s.clause.plan}#${s.clause.id}|${s.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Math.max(...sentences.map((s) => s.targets.length))).toBeGreaterThan(1);
  });
});

describe('bodies with their region', () => {
  it('a 区/县/市 standing for the plan\'s own district becomes its name', () => {
    expect(regionShort('南通市通州区')).toBe('通州区');
    expect(regionShort('溧阳市')).toBe('溧阳市');
    expect(qualifiedBodyName('区市场监管局（知识产权局）', '南通市通州区')).toBe('通州区市场监管局（知识产权局）');
    expect(qualifiedBodyName('区委组织部', '南通市通州区')).toBe('通州区委组织部');
    expect(qualifiedBodyName('市场监管局', '南通市通州区')).toBe('市场监管局');
    expect(qualifiedBodyName('市公安局', '南通市通州区')).toBe('市公安局');
    expect(qualifiedBodyName('区属国有企业', '南通市通州区')).toBe('区属国有企业');
    expect(bodyDisplayName({ name: '区公安局', plans: ['a', 'b'] }, [{ slug: 'a', region: '南通市通州区' }, { slug: 'b', region: '常州市武进区' }])).toBe('区公安局');
  });
});
