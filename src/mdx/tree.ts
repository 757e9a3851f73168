// Builds the mdast tree of one plan page. The page is shaped here, in the tree: heading levels come
// from each unit's ancestry, labels and lead sentences are real nodes, responsibility annotations and
// citations are links, tables are table elements. Components only wrap what the tree says.
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { OutlineNode, PlanDoc, PlanPage, Responsibility, TableNode } from '../core/schema/plan.ts';
import { headingLine, isHeadingKind } from '../core/outline.ts';
import { tableView } from '../core/table-view.ts';
import { labelGap } from '../core/text.ts';
import { frontmatterNode } from './frontmatter.ts';

/** What the page links to, decided by the build from the cross-links (null: no page to link). */
export interface PageLinks {
  /** URL of a responsible body's page. */
  bodyHref(name: string): string | null;
  /** URL of a cited document's page. */
  documentHref(title: string): string | null;
  /** True when the unit has cross-links worth a <ClauseXref> (related clauses, same text, indicators). */
  hasXref(plan: string, id: string): boolean;
  /** Earlier wordings of a reworded unit, oldest first (the id registry's "changed" events); none when absent. */
  earlier?(plan: string, id: string): { since: string; text: string }[];
}

/** Links for a page built without cross-links (tests, previews). */
export const NO_LINKS: PageLinks = { bodyHref: () => null, documentHref: () => null, hasXref: () => false };

/** Level of the page's own heading (h1); units start one below. */
const PAGE_HEADING = 1;
const MAX_HEADING = 6;

/** A string attribute; the serializer makes the value safe. */
function attr(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** Attributes whose value is written as a number expression `{n}`: only ever our own integers. */
export const NUMBER_ATTRIBUTES = new Set(['level', 'rowspan', 'colspan']);

function numberAttr(name: string, value: number): MdxJsxAttribute {
  if (!NUMBER_ATTRIBUTES.has(name) || !Number.isSafeInteger(value)) throw new Error(`${name} must be a known integer attribute, got ${value}`);
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: String(value) } };
}

function flow(name: string, attributes: MdxJsxAttribute[], children: MdxJsxFlowElement['children'] = []): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

function inline(name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Phrasing content with adjacent text nodes joined, as any parser reads them back. */
function merged(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.value + n.value);
    else if (n.type !== 'text' || n.value !== '') out.push(n);
  }
  return out;
}

/** A paragraph of phrasing content. */
function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children: merged(children) };
}

/** Body text lines as paragraphs; empty lines carry nothing and are skipped. */
export function textParagraphs(value: string): Paragraph[] {
  return value
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => paragraph([text(line)]));
}

/** The label as a node. The space print puts after it (see labelGap) is the component's to write
 * (a `gap` attribute): whitespace between elements would be dropped by MDX. */
function labelNodes(label: string, followed: boolean): PhrasingContent[] {
  // Whitespace alone is no label (and MDX would drop it at an element's edge anyway).
  if (label.trim() === '') return [];
  const gap = followed && labelGap(label) !== '';
  return [inline('UnitLabel', gap ? [{ type: 'mdxJsxAttribute', name: 'gap', value: null }] : [], [text(label)])];
}

/** Text with each of `names` (longest first) replaced by a link node; names not in the text follow it. */
export function linkNames(raw: string, names: { name: string; node: (name: string) => PhrasingContent }[]): PhrasingContent[] {
  const sorted = [...names].filter((n) => n.name).sort((a, b) => b.name.length - a.name.length);
  let parts: (string | PhrasingContent)[] = [raw];
  const missing: PhrasingContent[] = [];
  for (const n of sorted) {
    let found = false;
    parts = parts.flatMap((p) => {
      if (typeof p !== 'string' || !p.includes(n.name)) return [p];
      found = true;
      const pieces = p.split(n.name);
      return pieces.flatMap((piece, i) => (i ? [n.node(n.name), piece] : [piece]));
    });
    if (!found) missing.push(n.node(n.name));
  }
  const out = parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? text(p) : p));
  for (const m of missing) out.push(text(' '), m);
  return out;
}

/** 〔责任单位：…〕 as written, each named body a chip linking to its page. */
function responsibilityNode(r: Responsibility, links: PageLinks): Paragraph | null {
  const chip = (role: 'lead' | 'other') => (name: string): PhrasingContent => {
    const href = links.bodyHref(name);
    return inline('BodyChip', [attr('role', role), ...(href ? [attr('href', href)] : [])], [text(name)]);
  };
  const names = [...r.lead.map((name) => ({ name, node: chip('lead') })), ...r.others.map((name) => ({ name, node: chip('other') }))].filter((n) => n.name.trim() !== '');
  const raw = r.raw.trim();
  if (!raw && !names.length) return null;
  return paragraph([inline('Resp', [], merged(raw ? linkNames(raw, names) : names.flatMap((n, i) => (i ? [text(' '), n.node(n.name)] : [n.node(n.name)]))))]);
}

/** Documents cited with 《…》, linked to their pages. */
function citationsNode(citations: string[], links: PageLinks): Paragraph {
  const docs = citations.map((t): PhrasingContent => {
    const href = links.documentHref(t);
    return href ? { type: 'link', url: href, title: null, children: [text(`《${t}》`)] } : text(`《${t}》`);
  });
  return paragraph([inline('Cites', [], merged(docs))]);
}

/** The heading, or the first paragraph with its label and run-in lead sentence. */
function openingNodes(u: OutlineNode, level: number | null): RootContent[] {
  const lines = u.text.split('\n').filter((l) => l !== '');
  const title = u.title.trim() === '' ? [] : [text(u.title)];
  if (level !== null) {
    const label = labelNodes(u.label, title.length > 0);
    // A paragraph holding only a JSX element is unravelled by MDX: the heading gets no <p> around it.
    const heading = label.length || title.length ? [paragraph([inline('UnitHeading', [numberAttr('level', level)], merged([...label, ...title]))])] : [];
    return [...heading, ...lines.map((l) => paragraph([text(l)]))];
  }
  // An element, not Markdown emphasis: `**…**` depends on the characters around it, an element does not.
  const lead: PhrasingContent[] = title.length ? [inline('UnitLead', [], title)] : [];
  // The first line runs on after the label and lead, unless it is only whitespace (which MDX would
  // drop next to an element): then it keeps a paragraph of its own, as every other line does.
  const runOn = lines.length > 0 && lines[0].trim() !== '' ? [text(lines[0])] : [];
  const rest = runOn.length ? lines.slice(1) : lines;
  const opening = merged([...labelNodes(u.label, lead.length + runOn.length > 0), ...lead, ...runOn]);
  // One element holds the opening, so it renders as one paragraph whatever it starts or ends with.
  return [...(opening.length ? [paragraph([inline('UnitOpening', [], opening)])] : []), ...rest.map((l) => paragraph([text(l)]))];
}

/** A table unit: caption, header, rows with row headers, merged cells and attribute badges. */
function tableNode(u: TableNode): MdxJsxFlowElement {
  const view = tableView(u.table);
  // Cells are text elements in one paragraph per row: MDX unravels it, so a row holds its cells only.
  const cell = (name: 'th' | 'td', attrs: MdxJsxAttribute[], lines: string[], badge: string | null): MdxJsxTextElement => {
    const content: PhrasingContent[] = lines.flatMap((l, i) => (i ? [inline('br', [], []), text(l)] : [text(l)])).filter((n) => n.type !== 'text' || n.value !== '');
    return inline(name, attrs, badge ? [inline('span', [attr('class', `attr attr--${badge}`)], merged(content))] : merged(content));
  };
  const row = (attrs: MdxJsxAttribute[], cells: MdxJsxTextElement[]) => flow('tr', attrs, [paragraph(cells)]);
  const head = view.header.some(Boolean) ? [flow('thead', [], [row([], view.header.map((h) => cell('th', [attr('scope', 'col')], [h], null)))])] : [];
  const rows = view.rows.map((r) => {
    if (r.group) return row([attr('id', r.id), attr('class', 'group')], [cell('th', [attr('scope', 'colgroup'), numberAttr('colspan', view.columns)], r.cells[0].lines, null)]);
    return row([attr('id', r.id)], r.cells.map((c) => {
      const attrs = [...(c.rowHeader ? [attr('scope', 'row')] : []), ...(c.rowspan > 1 ? [numberAttr('rowspan', c.rowspan)] : []), ...(c.numeric ? [attr('class', 'num')] : [])];
      return cell(c.rowHeader ? 'th' : 'td', attrs, c.lines, c.attribute);
    }));
  });
  const notes = u.table.notes.map((n) => paragraph([text(n)]));
  return flow('PlanTable', [attr('id', u.id), attr('path', u.path), attr('caption', u.table.caption)], [...head, flow('tbody', [], rows), ...(notes.length ? [flow('TableNotes', [attr('slot', 'notes')], notes)] : [])]);
}

/** The latest earlier wording of a reworded unit: a note the page shows when the unit is linked to. */
function earlierNode(last: { since: string; text: string }): MdxJsxFlowElement {
  return flow('UnitEarlier', [attr('since', last.since)], textParagraphs(last.text));
}

/** One unit and its descendants; `level` is the heading level a heading unit here gets. */
export function unitNode(plan: string, u: OutlineNode, level: number, links: PageLinks): MdxJsxFlowElement {
  if (u.kind === 'table') return tableNode(u);
  const heading = isHeadingKind(u.kind);
  const earlier = links.earlier?.(plan, u.id) ?? [];
  const children: MdxJsxFlowElement['children'] = [
    ...(openingNodes(u, heading ? Math.min(level, MAX_HEADING) : null) as MdxJsxFlowElement['children']),
    ...(earlier.length ? [earlierNode(earlier[earlier.length - 1])] : []),
  ];
  const resp = u.responsibility && responsibilityNode(u.responsibility, links);
  if (resp) children.push(resp);
  if (u.citations.length) children.push(citationsNode(u.citations, links));
  if (links.hasXref(plan, u.id)) children.push(flow('ClauseXref', [attr('plan', plan), attr('id', u.id)]));
  for (const c of u.children) children.push(unitNode(plan, c, heading ? level + 1 : level, links));
  return flow('Unit', [attr('id', u.id), attr('kind', u.kind), attr('path', u.path || u.label), ...(earlier.length ? [attr('changed', earlier[earlier.length - 1].since)] : [])], children);
}

/** Between top-level divisions of a page: links to the previous and next one (and back to the top). */
function divisionNav(prev: OutlineNode | undefined, next: OutlineNode | undefined): MdxJsxFlowElement {
  const end = (name: string, n: OutlineNode | undefined) => (n ? [attr(name, n.id), attr(`${name}Title`, headingLine(n))] : []);
  return flow('DivisionNav', [...end('prev', prev), ...end('next', next)]);
}

/** The whole page: frontmatter, then its top-level units (headings start at h2); when the page holds
 * several top-level divisions, each ends with links to its neighbours. */
export function pageTree(doc: PlanDoc, page: PlanPage, links: PageLinks = NO_LINKS): Root {
  const units = doc.outline.filter((u) => u.page === page.id);
  const divisions = units.filter((u) => isHeadingKind(u.kind) && u.kind !== 'box');
  return {
    type: 'root',
    children: [
      frontmatterNode({ plan: doc.slug, page: page.id, title: page.title, order: page.order }),
      ...units.flatMap((u) => {
        const i = divisions.indexOf(u);
        const node = unitNode(doc.slug, u, PAGE_HEADING + 1, links);
        return i >= 0 && divisions.length > 1 ? [node, divisionNav(divisions[i - 1], divisions[i + 1])] : [node];
      }),
    ],
  };
}
