// Builds the mdast tree of one plan page following docs/CONTRACT.md.
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plan, Unit } from '../lib/model.ts';
import type { PlanPage } from '../lib/pages.ts';
import { frontmatterNode } from './frontmatter.ts';

/** A string attribute; the serializer makes the value safe. */
function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** A number attribute written as `{n}`; only ever our own integers, never plan text. */
function numberAttr(name: string, value: number): MdxJsxAttribute {
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${value}`);
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: String(value) } };
}

function flow(name: string, attributes: MdxJsxAttribute[], children: MdxJsxFlowElement['children'] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

/** Body text lines as paragraphs; empty lines carry nothing and are skipped. */
export function textParagraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ({ type: 'paragraph', children: [{ type: 'text', value: line }] }));
}

/**
 * `<UnitTitle>` as the only content of a paragraph, written on one line: MDX unravels such a
 * paragraph, so the component gets the bare title text with no `<p>` around or inside it.
 * A whitespace-only title is dropped (MDX would drop it too, silently).
 */
export function titleParagraph(title: string): Paragraph | null {
  if (title.trim() === '') return null;
  return {
    type: 'paragraph',
    children: [{ type: 'mdxJsxTextElement', name: 'UnitTitle', attributes: [], children: [{ type: 'text', value: title }] }],
  };
}

/** One unit and its descendants; a table unit is only a reference the site resolves from JSON. */
export function unitNode(plan: Plan, unit: Unit, depth: number): MdxJsxFlowElement {
  if (unit.kind === 'table') return flow('PlanTable', [attr('id', unit.id), attr('plan', plan.slug)]);
  const attributes = [attr('id', unit.id), attr('kind', unit.kind)];
  if (unit.marker !== null) attributes.push(attr('marker', unit.marker));
  attributes.push(attr('label', unit.label), attr('path', unit.path), numberAttr('depth', depth));

  const children: MdxJsxFlowElement['children'] = [];
  const title = titleParagraph(unit.title);
  if (title) children.push(title);
  children.push(...textParagraphs(unit.text));
  const r = unit.responsibility;
  if (r) {
    children.push(flow('Resp', [attr('lead', JSON.stringify(r.lead)), attr('others', JSON.stringify(r.others)), attr('raw', r.raw)]));
  }
  if (unit.citations.length > 0) children.push(flow('Cites', [attr('docs', JSON.stringify(unit.citations))]));
  for (const child of unit.children) children.push(unitNode(plan, child, depth + 1));
  return flow('Unit', attributes, children);
}

/** The whole page: frontmatter, then its units at depth 1. */
export function pageTree(plan: Plan, page: PlanPage): Root {
  const children: RootContent[] = [
    frontmatterNode({ plan: plan.slug, page: page.id, title: page.title, order: page.order }),
    ...page.units.map((u) => unitNode(plan, u, 1)),
  ];
  return { type: 'root', children };
}
