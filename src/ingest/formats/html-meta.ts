// The metadata block of a government information page (政府信息公开): 索引号, 发布机构, 文号, dates,
// 主题分类, 有效性 … in whatever layout the site uses (a table, a list, label spans, [ 索引号 ]), read
// into `字段：值` lines for the parser, which sets them aside as facts.
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';

/** Labels as sites write them → the field name the lines use. */
const LABELS: Record<string, string> = {
  索引号: '索引号',
  发布机构: '发布机构',
  发文机关: '发文机关',
  发文单位: '发文机关',
  文号: '文号',
  发文字号: '文号',
  成文日期: '成文日期',
  发文日期: '成文日期',
  发布日期: '发布日期',
  公开日期: '发布日期',
  主题分类: '主题分类',
  体裁分类: '体裁分类',
  有效性: '有效性',
  公开方式: '公开方式',
  信息来源: '信息来源',
};

const LABEL_NOISE = /[\s\u3000\u00a0:：[\]【】［］]/g;
const LABEL_AT_START = new RegExp(`^[\\s\\u3000\\u00a0[【［]*(${Object.keys(LABELS).map((l) => l.split('').join('[\\s\\u3000\\u00a0]*')).join('|')})[\\s\\u3000\\u00a0\\]】］]*[:：]?`);

export interface PageMeta {
  /** `字段：值` lines in page order, one per field found. */
  lines: string[];
  /** The element holding the block (to leave out of the plan text), when there is one. */
  container: Element | null;
}

interface Found {
  field: string;
  value: string;
  label: Element;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s\u3000\u00a0:：\]】］|]+|[\s\u3000\u00a0|]+$/g, '');

/** The field an element's own text labels, and any value written after the label in it. */
function labelOf(el: Element): { field: string; rest: string } | null {
  const text = toText(el);
  if (text.length > 80) return null;
  const m = LABEL_AT_START.exec(text);
  if (!m) return null;
  const field = LABELS[m[1].replace(LABEL_NOISE, '')];
  return field ? { field, rest: clean(text.slice(m[0].length)) } : null;
}

/** Reads the metadata fields of a page (needs two or more to count as a metadata block). */
export function readPageMeta(tree: Root): PageMeta {
  const found: Found[] = [];
  const parents = new Map<Element, Element | Root>();
  const visit = (node: Element | Root) => {
    for (let i = 0; i < node.children.length; i++) {
      const c = node.children[i];
      if (c.type !== 'element' || /^(script|style|head|noscript|template)$/.test(c.tagName)) continue;
      parents.set(c, node);
      const label = labelOf(c);
      // The deepest element that is the label: skip this one when a child is the label too.
      if (label && !c.children.some((x) => x.type === 'element' && labelOf(x))) {
        const value = label.rest || valueAfter(node.children.slice(i + 1) as ElementContent[]);
        if (value && !found.some((f) => f.field === label.field)) found.push({ field: label.field, value, label: c });
        continue;
      }
      visit(c);
    }
  };
  visit(tree);
  if (found.length < 2) return { lines: [], container: null };
  return { lines: found.map((f) => `${f.field}：${f.value}`), container: commonAncestor(found.map((f) => f.label), parents) };
}

/** The value after a label: the text of the following siblings up to the next label. */
function valueAfter(siblings: ElementContent[]): string {
  let s = '';
  for (const n of siblings) {
    if (n.type === 'element' && labelOf(n)) break;
    if (n.type === 'text') s += n.value;
    else if (n.type === 'element') s += ` ${toText(n)} `;
    if (clean(s) && n.type === 'element' && /^(td|th|dd)$/.test(n.tagName)) break;
  }
  return clean(s);
}

/** The lowest element holding all the labels. */
function commonAncestor(nodes: Element[], parents: Map<Element, Element | Root>): Element | null {
  const chain = (n: Element) => {
    const out: Element[] = [];
    for (let p: Element | Root | undefined = n; p && p.type === 'element'; p = parents.get(p)) out.push(p);
    return out;
  };
  const [first, ...rest] = nodes.map(chain);
  return first.find((a) => rest.every((c) => c.includes(a)) && a !== nodes[0]) ?? null;
}
