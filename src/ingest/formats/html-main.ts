// Finding a page's main content: walk down from <body> into the child that holds most of the page's
// Chinese text outside links while it holds at least 70% of it, so breadcrumbs, menus, metadata and footers beside
// the article stay out. Chrome inside the article (share and print bars, font-size switches) is
// recognised by tag, role, class and id.
import type { Element, ElementContent, Root } from 'hast';

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'option', 'button', 'input', 'textarea', 'map']);
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const CHROME_NAME = /(^|[-_\s])(nav|navbar|menu|menus|breadcrumbs?|crumbs?|position|location|share|bdshare|print|toolbar|tools|sidebar|side|related|comment|comments|copyright|footer|foot|header|top|topbar|fontsize|zihao|search|login|banner|qrcode|ewm)([-_\s\d]|$)/i;
const CHROME_ROLE = /^(navigation|banner|contentinfo|search|complementary|menu|menubar|toolbar)$/;

/** Elements that are page chrome wherever they stand. */
export function isChrome(el: Element): boolean {
  if (NOT_TEXT.has(el.tagName) || CHROME_TAGS.has(el.tagName)) return true;
  const p = el.properties;
  if (typeof p.role === 'string' && CHROME_ROLE.test(p.role)) return true;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (typeof p.style === 'string' && /display\s*:\s*none/i.test(p.style)) return true;
  const names = [...(Array.isArray(p.className) ? p.className : []), typeof p.id === 'string' ? p.id : ''].map(String);
  return names.some((n) => CHROME_NAME.test(n));
}

/** Chinese characters outside links and chrome, per element. */
function weigh(node: Element | Root, weights: Map<Element | Root, number>, skip: Set<Element>): number {
  let w = 0;
  for (const c of node.children) w += weighChild(c, weights, skip);
  weights.set(node, w);
  return w;
}

function weighChild(c: ElementContent | Root['children'][number], weights: Map<Element | Root, number>, skip: Set<Element>): number {
  if (c.type === 'text') return c.value.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (c.type !== 'element' || skip.has(c) || isChrome(c)) return 0;
  const w = weigh(c, weights, skip);
  return c.tagName === 'a' ? 0 : w;
}

/** The element holding the page's main text, and how much text it holds (Chinese characters outside links). */
export function findMain(tree: Root, skip: Set<Element>): { main: Element | Root; weight: number; pageWeight: number } {
  const weights = new Map<Element | Root, number>();
  const pageWeight = weigh(tree, weights, skip);
  let main: Element | Root = tree;
  for (;;) {
    const children: Element[] = (main.children as ElementContent[]).filter((c): c is Element => c.type === 'element' && !skip.has(c) && !isChrome(c));
    let best: Element | null = null;
    for (const c of children as Element[]) if (!best || (weights.get(c) ?? 0) > (weights.get(best) ?? 0)) best = c;
    if (!best || (weights.get(best) ?? 0) < 0.7 * (weights.get(main) ?? 0) || best.tagName === 'p') break;
    main = best;
  }
  return { main, weight: weights.get(main) ?? 0, pageWeight };
}
