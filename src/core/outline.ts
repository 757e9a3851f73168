// Walking a published outline. Browser-safe.
import type { OutlineNode, PlanDoc, TableNode } from './schema/plan.ts';
import { labelGap } from './text.ts';

/** Every node of an outline in document order (depth first). */
export function* walkOutline(nodes: OutlineNode[]): Generator<OutlineNode> {
  for (const n of nodes) {
    yield n;
    yield* walkOutline(n.children);
  }
}

/** Every node with its depth (1 = top level) and the titles of the nodes above it. */
export function* walkWithAncestry(nodes: OutlineNode[], depth = 1, ancestors: OutlineNode[] = []): Generator<{ node: OutlineNode; depth: number; ancestors: OutlineNode[] }> {
  for (const n of nodes) {
    yield { node: n, depth, ancestors };
    yield* walkWithAncestry(n.children, depth + 1, [...ancestors, n]);
  }
}

/** The table nodes of a plan in document order. */
export function planTables(doc: Pick<PlanDoc, 'outline'>): TableNode[] {
  return [...walkOutline(doc.outline)].filter((n): n is TableNode => n.kind === 'table');
}

/** Number of units of an outline. */
export function unitCount(nodes: OutlineNode[]): number {
  let n = 0;
  for (const _ of walkOutline(nodes)) n++;
  return n;
}

/** Kinds of unit shown as headings (the rest are items, paragraphs and tables). */
export function isHeadingKind(kind: OutlineNode['kind']): boolean {
  return kind === 'chapter' || kind === 'section' || kind === 'box';
}

/** A division's label and title as one line, spaced as print does (一、总体要求, 第一章 发展基础). */
export function headingLine(n: { label: string; title: string }): string {
  return `${n.label}${labelGap(n.label)}${n.title}`.trim();
}
