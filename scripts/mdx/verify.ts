// Reads generated MDX back to prove that it means exactly the tree it was written from.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Components the writer emits; any other element name in parsed output is a leak. */
export const COMPONENTS = new Set(['Unit', 'UnitTitle', 'Resp', 'Cites', 'PlanTable']);

const ALLOWED_TYPES = new Set(['root', 'paragraph', 'text', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

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
 * MDX unwraps a paragraph holding only JSX text elements; Sätteri's tree shows that, the JS
 * parser's tree does not. Apply to both sides before comparing.
 */
export function unravel<T>(node: T): T {
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  if (!Array.isArray(n.children)) return node;
  const children = (n.children as Record<string, unknown>[]).map((c) => {
    const kids = c.children as Record<string, unknown>[] | undefined;
    if (c.type === 'paragraph' && kids?.length === 1 && kids[0].type === 'mdxJsxTextElement') {
      return { ...kids[0], type: 'mdxJsxFlowElement' };
    }
    return c;
  });
  return { ...n, children: children.map((c) => unravel(c)) } as T;
}

/** Lists every node or attribute in a parsed tree that is not inert text or our own component. */
export function inertnessProblems(tree: Nodes): string[] {
  const problems: string[] = [];
  const walk = (node: Nodes) => {
    if (!ALLOWED_TYPES.has(node.type)) problems.push(`node ${node.type}`);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name || !COMPONENTS.has(node.name)) problems.push(`element <${node.name ?? ''}>`);
      if (node.type === 'mdxJsxTextElement' && node.name !== 'UnitTitle') problems.push(`inline <${node.name}>`);
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute') problems.push('spread attribute');
        else if (a.value !== null && typeof a.value === 'object' && !(a.name === 'depth' && /^\d+$/.test(a.value.value))) {
          problems.push(`expression attribute ${a.name}={${a.value.value}}`);
        }
      }
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(tree);
  return problems;
}
