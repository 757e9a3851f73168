// MDX writer: one body page of a published plan -> one MDX file.
//
// Astro settings this output needs (astro.config.mjs): the MDX integration with GFM and smart
// punctuation off, so that www.x.com, https://x.y and a@b.com in plan text stay text (autolink
// literals are found in decoded text, so no escaping prevents them) and "quotes", --, ... stay as
// written. Everything else (import/export lines, {expressions}, <tags>, Markdown syntax, entities)
// is neutralized by the writer itself; tests/mdx checks it with both MDX parsers.
import type { PlanDoc, PlanPage } from '../core/schema/plan.ts';
import { serializeMdx } from './serialize.ts';
import { pageTree, type PageLinks } from './tree.ts';

export { pageTree, unitNode, textParagraphs, linkNames, NO_LINKS, NUMBER_ATTRIBUTES, type PageLinks } from './tree.ts';
export { serializeMdx, encodeAttributeValue, EXTRA_UNSAFE } from './serialize.ts';
export { yamlString, frontmatterNode } from './frontmatter.ts';

/** A page's MDX source, safe to write to content/plans/<slug>/<page>.mdx. */
export function pageToMdx(doc: PlanDoc, page: PlanPage, links?: PageLinks): string {
  return serializeMdx(pageTree(doc, page, links));
}
