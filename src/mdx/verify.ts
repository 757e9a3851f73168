// Reads generated MDX back to prove that it means exactly the tree it was written from.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

import { NUMBER_ATTRIBUTES } from './tree.ts';

/** Elements the writer emits as blocks; any other element name in parsed output is a leak. */
export const FLOW_ELEMENTS = new Set(['Unit', 'UnitEarlier', 'DivisionNav', 'PlanTable', 'TableNotes', 'ClauseXref', 'thead', 'tbody', 'tr']);
/** Elements the writer emits inside a paragraph. */
export const TEXT_ELEMENTS = new Set(['UnitHeading', 'UnitOpening', 'UnitLabel', 'UnitLead', 'Resp', 'BodyChip', 'Cites', 'th', 'td', 'span', 'br']);

const ALLOWED_TYPES = new Set(['root', 'paragraph', 'text', 'link', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Splits `---\n…\n---` off the top, the way Astro does before compiling MDX. */
export function splitFrontmatter(mdx: string): { yaml: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(mdx);
  if (!m) return { yaml: '', body: mdx };
  return { yaml: m[1], body: mdx.slice(m[0].length) };
}

/** Parses an MDX body with the reference JS parser (the one @mdx-js/mdx uses). */
export function parseMdxBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

/** Drops positions and parser data so trees compare by meaning only. */
export function bare<T>(node: T): T {
  if (Array.isArray(node)) return node.map((n) => bare(n)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'position' || k === 'data') continue;
    out[k] = bare(v);
  }
  return out as T;
}

/**
 * One form for a JSX element that stands alone on its line, however a parser reads it. The writer
 * emits it as a paragraph holding the element; Sätteri unwraps such a paragraph (the element becomes a
 * block with inline children, which is how Astro renders it); the JS parser reads a block element whose
 * children sit in a paragraph. All three become: a block element with the inline children. Whitespace
 * between elements in an unwrapped paragraph is dropped, as both parsers do.
 */
export function canonical<T>(node: T): T {
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if (!Array.isArray(n.children)) return node;
  const children = (n.children as Record<string, unknown>[]).flatMap((c) => {
    const kids = (c.children as Record<string, unknown>[] | undefined) ?? [];
    const onlyElements = kids.length > 0 && kids.every((k) => k.type === 'mdxJsxTextElement' || (k.type === 'text' && String(k.value).trim() === ''));
    if (c.type === 'paragraph' && onlyElements) {
      return kids.filter((k) => k.type === 'mdxJsxTextElement').map((k) => ({ ...k, type: 'mdxJsxFlowElement' }));
    }
    if (c.type === 'mdxJsxFlowElement' && kids.length === 1 && kids[0].type === 'paragraph' && TEXT_ELEMENTS.has(String(c.name))) {
      return [{ ...c, children: kids[0].children }];
    }
    return [c];
  });
  return { ...n, children: children.map((c) => canonical(c)) } as T;
}

/** Lists every node or attribute in a parsed tree that is not inert text or our own component. */
export function inertnessProblems(tree: Nodes): string[] {
  const problems: string[] = [];
  const walk = (node: Nodes) => {
    if (!ALLOWED_TYPES.has(node.type)) problems.push(`node ${node.type}`);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // A paragraph holding only text elements is unravelled by Sätteri: they may appear as blocks.
      const allowed = node.type === 'mdxJsxFlowElement' ? (n: string) => FLOW_ELEMENTS.has(n) || TEXT_ELEMENTS.has(n) : (n: string) => TEXT_ELEMENTS.has(n);
      if (!node.name || !allowed(node.name)) problems.push(`${node.type === 'mdxJsxFlowElement' ? 'element' : 'inline'} <${node.name ?? ''}>`);
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute') problems.push('spread attribute');
        else if (a.value !== null && typeof a.value === 'object' && !(NUMBER_ATTRIBUTES.has(a.name) && /^\d+$/.test(a.value.value))) {
          problems.push(`expression attribute ${a.name}={${a.value.value}}`);
        }
      }
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(tree);
  return problems;
}
