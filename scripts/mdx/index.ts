// MDX writer: one body page of a parsed plan -> one MDX file (docs/CONTRACT.md).
//
// Astro settings this output needs (astro.config.mjs is owned by the site). Verified with
// astro 7.3.5 + @astrojs/mdx 8.0.2 (Sätteri compiler) by building a scratch site from hostile text:
//
//   import mdx from '@astrojs/mdx';
//   export default defineConfig({
//     integrations: [mdx({ gfm: false, smartypants: false })],
//   });
//
// (`markdown: { gfm: false, smartypants: false }` works too: mdx() inherits it, unless
// `extendMarkdownConfig: false`.)
// - gfm: false is required: otherwise www.x.com, https://x.y and a@b.com in plan text become
//   <a> links. No escaping prevents this (autolink literals are found in decoded text).
// - smartypants: false keeps "quotes", --, ... straight under any processor. With Sätteri the
//   writer's escapes already do this (verified); a unified/remark processor applies SmartyPants
//   to decoded text, so escapes would not help there (untested: @astrojs/markdown-remark is not
//   installed).
// Everything else (import/export lines, {expressions}, <tags>, Markdown syntax, entities) is
// neutralized by the writer itself; tests/mdx checks it with both MDX parsers.

import type { Plan } from '../lib/model.ts';
import type { PlanPage } from '../lib/pages.ts';
import { serializeMdx } from './serialize.ts';
import { pageTree } from './tree.ts';

export { pageTree, unitNode, textParagraphs, titleParagraph } from './tree.ts';
export { serializeMdx, encodeAttributeValue, EXTRA_UNSAFE } from './serialize.ts';
export { yamlString, frontmatterNode } from './frontmatter.ts';

/** The ingest CLI's entry point: a page's MDX source, safe to write to content/plans/<slug>/<page>.mdx. */
export function pageToMdx(plan: Plan, page: PlanPage): string {
  return serializeMdx(pageTree(plan, page));
}
