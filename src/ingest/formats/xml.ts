// A small element tree over saxes, for the XML parts of a .docx. Names in WordprocessingML's namespace
// get the prefix `w:` whatever prefix the file used (transitional or strict), so readers can match them.
import { SaxesParser } from 'saxes';

/** An element: qualified name, attributes by qualified name, children (elements and text). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const CANONICAL: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
};

/** Parses an XML document; throws with the parser's message when it is not well-formed. With
 * `stream`, children of the named element are passed to `each` as they close instead of kept. Namespace
 * processing is left off (it doubles the time on a large document): a prefix bound to
 * WordprocessingML's namespace other than `w` is renamed to `w` by hand. */
export function parseXml(xml: string, stream?: { parent: string; each: (el: XmlElement) => void }): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const rename = new Map<string, string>();
  const qname = (name: string) => {
    if (rename.size === 0) return name;
    const colon = name.indexOf(':');
    const to = colon > 0 ? rename.get(name.slice(0, colon)) : undefined;
    return to ? `${to}${name.slice(colon)}` : name;
  };
  parser.on('opentag', (tag) => {
    const raw = tag.attributes as Record<string, string>;
    let attrs: Record<string, string> = raw;
    for (const key in raw) {
      if (!key.startsWith('xmlns:')) continue;
      const prefix = key.slice(6);
      if (CANONICAL[raw[key]] && prefix !== CANONICAL[raw[key]]) rename.set(prefix, CANONICAL[raw[key]]);
    }
    if (rename.size) attrs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [qname(k), v]));
    const el: XmlElement = { name: qname(tag.name), attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop()!;
    // Streamed elements are handed over as they close and not kept: a long document's tree never
    // has to be held whole.
    const parent = stack[stack.length - 1];
    if (stream && parent.name === stream.parent) {
      parent.children.pop();
      stream.each(el);
    }
  });
  parser.on('text', (t) => {
    const parent = stack[stack.length - 1];
    // Whitespace between elements is markup layout, except inside an element that holds text.
    if (parent.name === 'w:t' || parent.name === 'w:instrText' || parent.name === 'w:delText' || t.trim() !== '') parent.children.push(t);
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1].children.push(t);
  });
  parser.write(xml).close();
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('empty XML document');
  return top;
}

/** Child elements, optionally only those with a name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The first child element with a name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The w:val of a child element (e.g. <w:numFmt w:val="decimal"/>). */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** All text below an element, in document order. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}
