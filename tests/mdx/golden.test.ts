// A small plan written to MDX, compared with reviewed fixture files.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/ingest/model.ts';
import { pageToMdx } from '../../src/mdx/index.ts';
import { checkRoundTrip, doc, parseSatteri, plan, render, unit } from './helpers.ts';

const preamble = unit('p1', {
  kind: 'paragraph',
  marker: null,
  label: '',
  path: '',
  text: '为贯彻落实《“十四五”市场监管现代化规划》, 结合实际, 制定本规划。',
  citations: ['“十四五”市场监管现代化规划'],
});

const chapter = unit('s1', {
  kind: 'chapter',
  marker: 'chapter',
  label: '第一章',
  path: '第一章',
  title: '总体要求: "稳中求进"',
  children: [
    unit('s1-1', {
      label: '一、',
      path: '第一章 一、',
      title: '指导思想',
      text: '以新发展理念为引领。\n  坚持 1. 系统观念; export const y = 2;',
      children: [
        unit('s1-1-1', {
          kind: 'item',
          marker: 'num',
          label: '1．',
          path: '第一章 一、1．',
          title: '加强质量基础设施建设。',
          text: '围绕<重点产业>开展{计量}服务 & 标准化*试点*。',
          responsibility: { lead: ['区市场监管局'], others: ['区发改局', '区"经信"局'], raw: '〔责任单位：区市场监管局牵头，区发改局、区"经信"局按职责分工负责〕' },
          citations: ['标准化法'],
        }),
        unit('s1-1-2', { kind: 'box', marker: 'box', label: '专栏1', path: '第一章 一、专栏1', title: '重点工程', text: '——质量提升工程\n——品牌建设工程' }),
        unit('s1-1-t1', {
          kind: 'table', marker: null, label: '', path: '第一章 一、表1', title: '主要指标',
          table: {
            id: 's1-1-t1', caption: '表1 主要指标', notes: ['注：带*为约束性指标。'], header: ['类别', '指标', '2020年', '2025年', '属性'],
            rows: [
              { id: 's1-1-t1-r1', line: 9, cells: ['△质量提升', '', '', '', ''], group: true, filled: [false, false, false, false, false] },
              { id: 's1-1-t1-r2', line: 10, cells: ['质量', '制造业产品质量合格率（%）', '93', '≥95', '预期性'], group: false, filled: [false, false, false, false, false] },
              { id: 's1-1-t1-r3', line: 11, cells: ['质量', '食品抽检\n合格率（%）', '98', '98.5', '约束性'], group: false, filled: [true, false, false, false, false] },
            ],
          },
        }),
      ],
    }),
  ],
});

const chapter2 = unit('s2', { kind: 'chapter', marker: 'chapter', label: '第二章', path: '第二章', title: '保障措施', text: '加强组织领导。' });

function goldenPlan(): Plan {
  return plan('demo-plan', [preamble, chapter, chapter2]);
}

/** Links as the build would give them for the demo plan. */
const LINKS = {
  bodyHref: (name: string) => (name === '区市场监管局' ? '/bodies/b-demo/' : null),
  documentHref: (title: string) => (title === '标准化法' ? '/documents/d-demo/' : null),
  hasXref: (_plan: string, id: string) => id === 's1-1-1',
  // A reworded unit (the id registry recorded it): the latest earlier wording is shown when it is linked to.
  earlier: (_plan: string, id: string) => (id === 's2' ? [{ since: '2026-01-01', text: '最早的文字' }, { since: '2026-03-01', text: '加强组织保障。\n第二行' }] : []),
};

describe('golden MDX', () => {
  it('a single-page plan matches the reviewed fixture', async () => {
    const d = doc(goldenPlan());
    expect(d.pages.map((p) => p.id)).toEqual(['text']);
    await expect(pageToMdx(d, d.pages[0], LINKS)).toMatchFileSnapshot('./fixtures/demo-plan.text.mdx');
  });

  it('a page of a split plan holds only its own units', async () => {
    const d = doc(goldenPlan());
    const split = { ...d, outline: d.outline.map((u) => (u.id === 's2' ? { ...u, page: 's2' } : u)) };
    await expect(pageToMdx(split, { id: 's2', title: '第二章 保障措施', order: 2, url: '/plans/demo-plan/s2/' })).toMatchFileSnapshot('./fixtures/demo-plan.s2.mdx');
  });

  it('frontmatter reads back as the page fields', () => {
    const d = doc(goldenPlan());
    const mdx = pageToMdx(d, { id: 's1', title: '第一章: "总则" # --- x\n', order: 3, url: '/x/' });
    expect(parseFrontmatter(mdx).frontmatter).toEqual({ plan: 'demo-plan', page: 's1', title: '第一章: "总则" # --- x\n', order: 3 });
  });

  it('escapes characters strict YAML parsers reject, and Astro reads them back', () => {
    const title = 'a\u007f\u0085\u009f\u2028\u2029\ufeff\ufffe\uffff\u0000\u001b😀b';
    const d = doc(goldenPlan());
    const mdx = pageToMdx(d, { id: 'x', title, order: 1, url: '/x/' });
    expect(mdx).toContain('title: "a\\u007f\\u0085\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff\\u0000\\u001b😀b"');
    expect(parseFrontmatter(mdx).frontmatter.title).toBe(title);
  });

  it('the fixture round-trips through both parsers', () => {
    const { body, expected } = render(goldenPlan(), '全文', LINKS);
    checkRoundTrip(body, expected);
  });

  it('a heading reaches its component as bare text, with no paragraph around it (Sätteri)', () => {
    const { body } = render(goldenPlan(), '全文', LINKS);
    const tree = parseSatteri(body);
    const s1 = tree.children[1];
    expect(s1).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Unit' });
    expect((s1 as { children: unknown[] }).children[0]).toMatchObject({
      type: 'mdxJsxFlowElement',
      name: 'UnitHeading',
      attributes: [{ name: 'level', value: { value: '2' } }],
      children: [{ type: 'mdxJsxTextElement', name: 'UnitLabel', attributes: [{ name: 'gap', value: null }], children: [{ type: 'text', value: '第一章' }] }, { type: 'text', value: '总体要求: "稳中求进"' }],
    });
  });

  it('heading levels follow the headings above, not the depth of nesting', () => {
    const { body } = render(goldenPlan(), '全文', LINKS);
    const levels = [...body.matchAll(/<UnitHeading level=\{(\d)\}>/g)].map((m) => Number(m[1]));
    // 第一章 h2, its 一、 h3, the 专栏 under 一、 h4, 第二章 h2; the item 1． between them is not a heading.
    expect(levels).toEqual([2, 3, 4, 2]);
  });
});
