// Saved web page reader (.html/.htm): the page's main content in reading order, its metadata block
// as `字段：值` lines at the top, the article title when it stands outside the content, tables kept as
// tables. Navigation and other chrome are left out. Pure: bytes in, SourceText out.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SeedError } from '../decode.ts';
import type { SourceText } from '../source.ts';
import { assemble, type FormatBlock } from './assemble.ts';
import { decodeHtml } from './html-decode.ts';
import { findMain, isChrome } from './html-main.ts';
import { readPageMeta } from './html-meta.ts';
import { isLayoutTable, readHtmlTable, rowCells, tableRows } from './html-table.ts';

const BLOCK = new Set(['address', 'article', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption', 'body', 'html']);
/** A plan has at least this many Chinese characters; a page with fewer holds none. */
const MIN_PLAN_CHARS = 300;

const element = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: {}, children });

function hasBlock(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (BLOCK.has(c.tagName) || hasBlock(c)));
}

/** Walks content into lines and tables: inline runs become lines (through hast-util-to-text, which
 * joins source line breaks inside Chinese text), a data table a table, an empty paragraph a blank line. */
function contentBlocks(node: Element | Root, skip: Set<Element>, out: FormatBlock[]): void {
  let inline: ElementContent[] = [];
  const flush = () => {
    if (inline.length === 0) return;
    // A no-break space is how pages type a space that must not collapse: in the text it is a space.
    for (const line of toText(element(inline)).replace(/\u00a0/g, ' ').split('\n')) if (line.trim() !== '') out.push({ kind: 'line', text: line });
    inline = [];
  };
  for (const c of node.children) {
    if (c.type === 'text') {
      inline.push(c);
      continue;
    }
    if (c.type !== 'element' || skip.has(c) || isChrome(c)) continue;
    if (!BLOCK.has(c.tagName) && !hasBlock(c)) {
      inline.push(c);
      continue;
    }
    flush();
    if (c.tagName === 'table') {
      if (isLayoutTable(c)) for (const tr of tableRows(c)) for (const td of rowCells(tr)) contentBlocks(td, skip, out);
      else out.push({ kind: 'table', rows: readHtmlTable(c) });
      continue;
    }
    const before = out.length;
    contentBlocks(c, skip, out);
    if (c.tagName === 'p' && out.length === before) out.push({ kind: 'blank' });
  }
  flush();
}

/** Elements in document order that match a test. */
function findAll(node: Element | Root, test: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (test(c)) out.push(c);
    findAll(c, test, out);
  }
  return out;
}

const WIDE = '[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]';
const SOURCE_BREAK = new RegExp(`(${WIDE})[ \\t]*[\\r\\n]+[ \\t]*(?=${WIDE})`, 'g');

/** Removes line breaks of the HTML source between Chinese characters (with the indentation around
 * them): browsers show none there, and text that is not Chinese keeps its collapsing to a space. */
function joinSourceBreaks(node: Element | Root): void {
  for (const c of node.children) {
    if (c.type === 'text') c.value = c.value.replace(SOURCE_BREAK, '$1');
    else if (c.type === 'element' && c.tagName !== 'pre' && c.tagName !== 'textarea') joinSourceBreaks(c);
  }
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

/** The article's title: the page's ArticleTitle meta, its first <h1>, an element named as a title, or <title>. */
function pageTitle(tree: Root): { text: string; el: Element | null } {
  const metaTitle = findAll(tree, (e) => e.tagName === 'meta' && /^(articletitle|title)$/i.test(String(e.properties.name ?? '')))[0];
  const content = metaTitle ? String(metaTitle.properties.content ?? '').trim() : '';
  const h1 = findAll(tree, (e) => e.tagName === 'h1' && !isChrome(e))[0];
  const named = findAll(tree, (e) => [...(Array.isArray(e.properties.className) ? e.properties.className : []), String(e.properties.id ?? '')].some((n) => /(^|[-_])title($|[-_])/i.test(String(n))) && toText(e).trim().length >= 6 && toText(e).trim().length <= 100)[0];
  const el = h1 ?? named ?? null;
  if (content) return { text: content, el };
  if (el) return { text: toText(el).replace(/\s+/g, ' ').trim(), el };
  const title = findAll(tree, (e) => e.tagName === 'title')[0];
  const parts = title ? toText(title).split(/[_|｜—–-]{1,2}/).map((s) => s.trim()).filter(Boolean) : [];
  return { text: parts.sort((a, b) => b.length - a.length)[0] ?? '', el: null };
}

/** Reads a saved web page; a page with no plan in it throws SeedError naming the file. */
export function readHtml(bytes: Uint8Array, file: string): SourceText {
  const tree = fromHtml(decodeHtml(bytes, file));
  const meta = readPageMeta(tree);
  const title = pageTitle(tree);
  const skip = new Set<Element>(meta.container ? [meta.container] : []);
  const { main, weight: chars } = findMain(tree, skip);
  if (chars < MIN_PLAN_CHARS) {
    throw new SeedError(file, `no plan text found in this web page (${chars} Chinese characters outside links; an index page, or the plan is an attachment to save instead)`);
  }
  joinSourceBreaks(main);
  const body: FormatBlock[] = [];
  contentBlocks(main, skip, body);
  const opening = body.filter((b) => b.kind === 'line').slice(0, 8).map((b) => squash((b as { text: string }).text)).join('');
  const blocks: FormatBlock[] = meta.lines.map((text) => ({ kind: 'line', text }));
  if (title.text && !opening.includes(squash(title.text))) blocks.push({ kind: 'line', text: title.text });
  blocks.push(...body);
  return assemble('html', blocks);
}
