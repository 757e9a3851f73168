// buildXref on a small hand-made corpus of three plans.
import { describe, expect, it } from 'vitest';
import { buildXref } from '../../src/xref/index.ts';
import { indicator, plan } from './fixtures.ts';

const SHARED = '加强知识产权质押融资服务，引导金融机构开展知识产权质押业务，扩大质押融资规模，缓解企业融资难题。';

const a = plan(
  'a-ip',
  '甲市“十四五”知识产权发展规划',
  [
    { id: 'p1', kind: 'paragraph', text: '为贯彻落实《江苏省“十四五”食品安全规划》《乙区 工作方案(2022-2025年)》，制定本规划。', cites: ['江苏省“十四五”食品安全规划', '乙区 工作方案(2022-2025年)'] },
    {
      id: 's1',
      kind: 'section',
      title: '发展目标',
      children: [{ id: 's1-1', kind: 'paragraph', text: '到2025年，发明专利拥有量达3100件，有效注册商标达15000件以上，PCT专利申请量累计达200件。' }],
    },
    {
      id: 's2',
      kind: 'section',
      title: '主要任务',
      children: [
        { id: 's2-1', title: '强化金融支持。', text: SHARED, resp: { lead: ['市市场监管局'], others: ['市 金融办', '市财政局'] } },
        { id: 's2-2', title: '推动PCT申请。', text: '鼓励企业通过PCT途径提交国际专利申请，对PCT专利申请给予资助，扩大海外专利布局。', resp: { lead: ['市科技局'], others: ['市市场监管局'] } },
      ],
    },
    { id: 't1', kind: 'table', title: '主要指标', rows: [['发明专利拥有量（件）', '3100'], ['累计PCT专利申请量（件）', '200'], ['知识产权质押融资累计金额（亿元）', '11']] },
  ],
  { indicators: [indicator('t1-r1', '发明专利拥有量（件）', 3100), indicator('t1-r2', '累计PCT专利申请量（件）', 200), indicator('t1-r3', '知识产权质押融资累计金额（亿元）', 11)], notice: ['《甲市"十四五"知识产权发展规划》已经市政府同意，现印发给你们。'] },
);

const b = plan(
  'b-ip',
  '乙区工作方案（2022-2025年）',
  [
    { id: 's1', kind: 'section', title: '重点任务', children: [{ id: 's1-1', title: '强化金融支持。', text: SHARED.replace('缓解', '解决'), resp: { lead: ['市市场监管局'], others: [] } }] },
    { id: 't1', kind: 'table', title: '主要指标', rows: [['PCT专利申请量（件）', '50'], ['知识产权质押贷款', '5']] },
  ],
  { indicators: [indicator('t1-r1', 'PCT专利申请量（件）', 50), indicator('t1-r2', '知识产权质押贷款', 5)], period: [2022, 2025] },
);

const c = plan(
  'c-food',
  '丙区食品安全规划',
  [
    { id: 'p1', kind: 'paragraph', text: '“十四五”规划期间，发展放心店200家，食品安全抽检合格率保持在98%以上，严格落实食品安全主体责任。' },
    { id: 'r1', kind: 'section', title: '“十三五”工作回顾', children: [{ id: 'r1-1', kind: 'paragraph', text: '五年来累计抽检食品12000批次，检测合格率达到97%，发展放心店150家，成效明显。' }] },
    { id: 't1', kind: 'table', title: '主要指标', rows: [['PCT专利申请量（件）', '50'], ['知识产权质押贷款', '5']] },
  ],
  { indicators: [indicator('t1-r1', '每万人发明专利拥有量', 30)] },
);

describe('buildXref', () => {
  const x = buildXref([c, b, a]);

  it('is deterministic and independent of input order', () => {
    expect(JSON.stringify(buildXref([a, b, c]))).toBe(JSON.stringify(x));
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });

  it('merges bodies with whitespace variants and keeps roles', () => {
    const sj = x.bodies.find((bd) => bd.name === '市市场监管局')!;
    expect(sj.leadCount).toBe(2);
    expect(sj.otherCount).toBe(1);
    expect(sj.plans).toEqual(['a-ip', 'b-ip']);
    expect(sj.tasks.map((t) => `${t.plan}/${t.id}/${t.role}`)).toEqual(['a-ip/s2-1/lead', 'a-ip/s2-2/other', 'b-ip/s1-1/lead']);
    expect(x.bodies.find((bd) => bd.name === '市金融办')!.variants).toEqual(['市 金融办']);
    expect(new Set(x.bodies.map((bd) => bd.id)).size).toBe(x.bodies.length);
    expect(sj.id).toMatch(/^b-[0-9a-f]{8}$/);
  });

  it('links cited titles to corpus plans, also from the notice', () => {
    const self = x.documents.find((d) => d.planSlug === 'a-ip')!;
    expect(self.citedBy.map((r) => r.id)).toEqual(['notice']);
    const other = x.documents.find((d) => d.planSlug === 'b-ip')!;
    expect(other.title).toBe('乙区工作方案（2022-2025年）');
    expect(x.documents.find((d) => d.title === '江苏省“十四五”食品安全规划')!.planSlug).toBe(null);
  });

  it('finds topics with counts in document order', () => {
    const pledge = x.topics.find((t) => t.id === 'ip-pledge')!;
    expect(pledge.clauses.map((h) => `${h.plan}/${h.id}`)).toEqual(['a-ip/s2-1', 'b-ip/s1-1']);
    expect(pledge.clauses[0].count).toBe(3); // 质押融资, 质押, 质押融资
    const food = x.topics.find((t) => t.id === 'food-safety')!;
    expect(food.plans).toEqual(['a-ip', 'c-food']);
  });

  it('relates clauses across plans and marks identical text', () => {
    const rel = x.related.find((r) => r.from.plan === 'a-ip' && r.from.id === 's2-1')!;
    expect(rel.similar[0]).toMatchObject({ plan: 'b-ip', id: 's1-1' });
    expect(rel.similar.every((s) => s.plan !== 'a-ip')).toBe(true);
    const same = x.sameText.filter((g) => g.kind === 'clause');
    expect(same.map((g) => [g.identical, g.members.map((m) => `${m.plan}/${m.id}`).join()])).toEqual([[false, 'a-ip/s2-1,b-ip/s1-1']]);
    expect(same[0].score).toBeGreaterThanOrEqual(0.95);
    const tables = x.sameText.filter((g) => g.kind === 'table');
    expect(tables.map((g) => [g.identical, g.members.map((m) => `${m.plan}/${m.id}`).join()])).toEqual([[true, 'b-ip/t1,c-food/t1']]);
  });

  it('links indicators to clauses both ways', () => {
    const pct = x.taskIndicators.byIndicator.find((t) => t.indicator.plan === 'a-ip' && t.indicator.id === 't1-r2')!;
    expect(pct.indicator.term).toBe('PCT专利申请');
    expect(pct.clauses.map((r) => r.id)).toEqual(['s1-1', 's2-2']);
    const back = x.taskIndicators.byClause.find((t) => t.clause.plan === 'a-ip' && t.clause.id === 's2-1')!;
    expect(back.indicators.map((i) => i.id)).toEqual(['t1-r3']);
  });

  it('groups indicators across plans but keeps per-capita apart from totals', () => {
    const labels = x.indicatorGroups.map((g) => `${g.key}:${g.plans.join('+')}`).sort();
    expect(labels).toEqual(['PCT专利申请:a-ip+b-ip', '知识产权质押融资:a-ip+b-ip']);
  });

  it('extracts prose targets but not review figures', () => {
    const t = x.proseTargets.map((p) => `${p.clause.plan}/${p.clause.id}:${p.raw}:${p.year}:${p.op}`);
    expect(t).toEqual([
      'a-ip/s1-1:3100件:2025:null',
      'a-ip/s1-1:15000件以上:2025:≥',
      'a-ip/s1-1:200件:2025:null',
      'c-food/p1:200家:null:null',
      'c-food/p1:98%以上:null:≥',
    ]);
    expect(x.proseTargets[3].subject).toBe('发展放心店');
  });
});
