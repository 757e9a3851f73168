// Ids that survive edits (src/publish/stable-ids.ts): a plan is parsed, registered, edited and parsed
// again; every old id must still name its own text, a reworded unit keeps its id with the earlier wording,
// a removed unit is recorded with its nearest surviving unit, and no id ever names other text.
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse.ts';
import type { Plan, Unit } from '../../src/ingest/model.ts';
import { pinIds, unitText } from '../../src/publish/stable-ids.ts';

const ORIGINAL = `某县“十四五”测试规划

一、总体要求

（一）指导思想。坚持以人民为中心的发展思想，推进高质量发展。

（二）基本原则。坚持统筹兼顾，坚持问题导向。

二、主要任务

第一段讲专利创造，全县发明专利拥有量达到500件。

第二段讲商标品牌，培育地理标志商标10件。

第三段讲版权保护，作品登记量年均增长10%。

第四段讲人才培养，培训知识产权人才300人次。

三、保障措施

加强组织领导，建立联席会议制度。
`;

const parse = (text: string): Plan => parseSeed('test.txt', text, () => 'test-plan')[0];
const flat = (us: Unit[]): Unit[] => us.flatMap((u) => [u, ...flat(u.children)]);
const byId = (p: Plan) => new Map(flat(p.body).map((u) => [u.id, u]));

describe('stable ids', () => {
  const first = pinIds(parse(ORIGINAL), null, '2026-01-01');

  it('keeps the place-derived ids on a plan\'s first build', () => {
    expect(flat(first.plan.body).map((u) => u.id)).toEqual(flat(parse(ORIGINAL).body).map((u) => u.id));
    expect(first.events).toEqual([]);
    expect(first.registry.units.find((u) => u.id === 's2-p2')?.text).toBe('第二段讲商标品牌，培育地理标志商标10件。');
  });

  it('is a fixed point: the same text pinned again changes nothing', () => {
    const again = pinIds(parse(ORIGINAL), first.registry, '2026-02-01');
    expect(again.registry).toEqual(first.registry);
    expect(again.counts).toEqual({ kept: first.registry.units.length, changed: 0, added: 0, deleted: 0 });
  });

  describe('after an insertion, a rewording and a deletion', () => {
    const edited = ORIGINAL
      .replace('第一段讲专利创造', '新增一段讲数据知识产权，开展数据产权登记试点。\n\n第一段讲专利创造')
      .replace('培育地理标志商标10件', '培育地理标志商标12件')
      .replace('第三段讲版权保护，作品登记量年均增长10%。\n\n', '');
    const parsed = parse(edited);
    const second = pinIds(parsed, first.registry, '2026-03-01');
    const now = byId(second.plan);
    const before = byId(first.plan);

    it('the parser alone would have shifted the later paragraphs', () => {
      expect(unitText(byId(parsed).get('s2-p2')!)).toContain('第一段');
    });

    it('every old id that still exists names the same text, or its reworded form', () => {
      for (const id of ['s1', 's1-1', 's2', 's2-p1', 's2-p4', 's3', 's3-p1']) expect(unitText(now.get(id)!), id).toBe(unitText(before.get(id)!));
      expect(unitText(now.get('s2-p2')!)).toBe('第二段讲商标品牌，培育地理标志商标12件。');
    });

    it('records the rewording with the earlier text, and the deletion with the nearest unit', () => {
      expect(second.events).toEqual([
        { id: 's2-p2', status: 'changed', since: '2026-03-01', text: '第二段讲商标品牌，培育地理标志商标10件。', nearest: '' },
        { id: 's2-p3', status: 'deleted', since: '2026-03-01', text: '第三段讲版权保护，作品登记量年均增长10%。', nearest: 's2' },
      ]);
      expect(second.counts).toMatchObject({ changed: 1, added: 1, deleted: 1 });
    });

    it('gives the new paragraph an id that never named other text', () => {
      const added = flat(second.plan.body).find((u) => unitText(u).startsWith('新增一段'))!;
      expect(before.has(added.id)).toBe(false);
      expect(added.id).toBe('s2-p1b');
    });

    it('never reuses a retired id, even when the parser would place a new unit there', () => {
      const third = pinIds(parse(edited.replace('第四段讲人才培养', '第四段之前再加一段。\n\n第四段讲人才培养')), second.registry, '2026-04-01');
      const ids = flat(third.plan.body).map((u) => u.id);
      expect(ids).not.toContain('s2-p3');
      expect(new Set(ids).size).toBe(ids.length);
      expect(third.registry.history.map((e) => e.id)).toEqual(['s2-p2', 's2-p3']);
    });
  });

  it('a division moved to another place keeps its id, and so do its children', () => {
    const moved = ORIGINAL.replace('（一）指导思想。坚持以人民为中心的发展思想，推进高质量发展。\n\n（二）基本原则。坚持统筹兼顾，坚持问题导向。', '（一）基本原则。坚持统筹兼顾，坚持问题导向。\n\n（二）指导思想。坚持以人民为中心的发展思想，推进高质量发展。');
    const r = pinIds(parse(moved), first.registry, '2026-05-01');
    const now = byId(r.plan);
    expect(unitText(now.get('s1-1')!)).toContain('指导思想');
    expect(now.get('s1-1')!.label).toBe('（二）');
    expect(r.events).toEqual([]);
  });

  it('rewrites table and row ids of indicators with their units', () => {
    const table = ['某县测试规划', '一、发展目标', '具体指标如下表：', '指标\t2020年\t2025年\t属性', '发明专利拥有量（件）\t300\t500\t预期性', '商标注册量（件）\t1000\t1500\t预期性', '二、保障措施', '加强组织领导。'].join('\n');
    const p1 = pinIds(parse(table), null, '2026-01-01');
    expect(p1.plan.indicators.length).toBe(2);
    const edited = parse(table.replace('一、发展目标', '一、发展基础\n说明文字。\n二、发展目标'));
    expect(edited.indicators[0].id, 'the parser moves the rows to s2').toMatch(/^s2-/);
    const p2 = pinIds(edited, p1.registry, '2026-02-01');
    expect(p2.plan.indicators.map((i) => i.id)).toEqual(p1.plan.indicators.map((i) => i.id));
    expect(p2.plan.indicators.map((i) => i.tableId)).toEqual(p1.plan.indicators.map((i) => i.tableId));
  });
});
