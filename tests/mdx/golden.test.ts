// A small plan written to MDX, compared with reviewed fixture files.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../scripts/lib/model.ts';
import { planPages, type PlanPage } from '../../scripts/lib/pages.ts';
import { pageToMdx } from '../../scripts/mdx/index.ts';
import { checkRoundTrip, parseSatteri, plan, render, unit } from './helpers.ts';

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
        unit('t1', { kind: 'table', marker: null, label: '', path: '第一章 一、表1', title: '主要指标' }),
      ],
    }),
  ],
});

const chapter2 = unit('s2', { kind: 'chapter', marker: 'chapter', label: '第二章', path: '第二章', title: '保障措施', text: '加强组织领导。' });

function goldenPlan(): Plan {
  return plan('demo-plan', [preamble, chapter, chapter2]);
}

describe('golden MDX', () => {
  it('a single-page plan matches the reviewed fixture', async () => {
    const p = goldenPlan();
    const [page] = planPages(p);
    expect(page.id).toBe('text');
    await expect(pageToMdx(p, page)).toMatchFileSnapshot('./fixtures/demo-plan.text.mdx');
  });

  it('a page of a split plan has its own frontmatter', async () => {
    const p = goldenPlan();
    const page: PlanPage = { id: 's2', title: '第二章 保障措施', order: 2, units: [chapter2] };
    await expect(pageToMdx(p, page)).toMatchFileSnapshot('./fixtures/demo-plan.s2.mdx');
  });

  it('frontmatter reads back as the page fields', () => {
    const p = goldenPlan();
    const page: PlanPage = { id: 's1', title: '第一章: "总则" # --- x\n', order: 3, units: [chapter] };
    expect(parseFrontmatter(pageToMdx(p, page)).frontmatter).toEqual({ plan: 'demo-plan', page: 's1', title: '第一章: "总则" # --- x\n', order: 3 });
  });

  it('escapes characters strict YAML parsers reject, and Astro reads them back', () => {
    const title = 'a\u007f\u0085\u009f\u2028\u2029\ufeff\ufffe\uffff\u0000\u001b😀b';
    const p = goldenPlan();
    const mdx = pageToMdx(p, { id: 'x', title, order: 1, units: [] });
    expect(mdx).toContain('title: "a\\u007f\\u0085\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff\\u0000\\u001b😀b"');
    expect(parseFrontmatter(mdx).frontmatter.title).toBe(title);
  });

  it('the fixture round-trips through both parsers', () => {
    const p = goldenPlan();
    const [page] = planPages(p);
    const { body, expected } = render(p, page);
    checkRoundTrip(body, expected);
  });

  it('UnitTitle reaches the component without a paragraph around it (Sätteri)', () => {
    const p = goldenPlan();
    const { body } = render(p, planPages(p)[0]);
    const tree = parseSatteri(body);
    const s1 = tree.children[1];
    expect(s1).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Unit' });
    expect((s1 as { children: unknown[] }).children[0]).toMatchObject({
      type: 'mdxJsxFlowElement',
      name: 'UnitTitle',
      children: [{ type: 'text', value: '总体要求: "稳中求进"' }],
    });
  });
});
