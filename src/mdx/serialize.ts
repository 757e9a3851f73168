// Serializes a page tree to MDX so that plan text stays inert, exact text for both MDX parsers
// (the JS one: micromark-extension-mdxjs, and Astro's default Sätteri).
import type { Nodes, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Handle, type Unsafe } from 'mdast-util-to-markdown';
import type { Yaml } from './frontmatter.ts';

/**
 * Escapes on top of mdast-util-to-markdown + mdast-util-mdx (which already escape `{`, `<`, `*`,
 * `_`, `[`, backticks, line-start `#` `>` `-` `1.` and leading/trailing spaces). A matched
 * ASCII punctuation character is written as `\x`, anything else as a character reference.
 */
export const EXTRA_UNSAFE: Unsafe[] = [
  // `import`/`export` at the start of a line is an ESM block (module code run at build time).
  // Sätteri also takes `import{` and `export\t`, so any continuation counts: write `&#x69;mport`.
  { atBreak: true, character: 'i', after: 'mport' },
  { atBreak: true, character: 'e', after: 'xport' },
  // Keep every paragraph on one source line: a CR or LF in text becomes `&#xD;` / `&#xA;`, so
  // nothing in text can start a line (headings, lists, tables, setext underlines, ESM).
  { character: '\r', inConstruct: 'phrasing' },
  { character: '\n', inConstruct: 'phrasing' },
  // Smart punctuation (on by default in Astro's Sätteri) skips escaped characters:
  // `\"`, `\'`, `-\-`, `.\..` stay straight quotes, hyphens and dots.
  { character: '"', inConstruct: 'phrasing' },
  { character: "'", inConstruct: 'phrasing' },
  { character: '-', after: '(?=-)', inConstruct: 'phrasing' },
  { character: '.', after: '(?=\\.\\.)', inConstruct: 'phrasing' },
  // GFM strikethrough (`~x~`, `~~x~~`), on by default in Astro.
  { character: '~', inConstruct: 'phrasing' },
];

const yamlHandle: Handle = (node: Yaml) => `---\n${node.value}\n---`;

/**
 * mdast-util-mdx-jsx escapes only the quote in attribute values, so `&amp;` in a value would be
 * decoded by the parser into `&`. Pre-encode `&`; also CR and LF, which keeps every tag on one
 * line (raw line breaks in values happen to survive both parsers, but need not).
 */
export function encodeAttributeValue(value: string): string {
  return value.replace(/[&\r\n]/g, (c) => (c === '&' ? '&amp;' : c === '\r' ? '&#xD;' : '&#xA;'));
}

function withEncodedAttributes<T extends Nodes>(node: T): T {
  const copy: Record<string, unknown> = { ...node };
  if ('attributes' in node && Array.isArray(node.attributes)) {
    copy.attributes = node.attributes.map((a) =>
      a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? { ...a, value: encodeAttributeValue(a.value) } : a,
    );
  }
  if ('children' in node && Array.isArray(node.children)) {
    copy.children = (node.children as Nodes[]).map((c) => withEncodedAttributes(c));
  }
  return copy as T;
}

/** Writes a page tree as MDX; the only place text is turned into MDX source. */
export function serializeMdx(tree: Root): string {
  return toMarkdown(withEncodedAttributes(tree), {
    // quoteSmart: JSON arrays read better in single quotes than with every `"` as `&#x22;`.
    extensions: [mdxToMarkdown({ quoteSmart: true }), { unsafe: EXTRA_UNSAFE, handlers: { yaml: yamlHandle } }],
  });
}
