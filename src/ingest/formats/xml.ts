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

/** Parses an XML document; throws with the parser's message when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const qname = (uri: string, prefix: string, local: string) => {
    const p = CANONICAL[uri] ?? prefix;
    return p ? `${p}:${local}` : local;
  };
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.uri ? qname(a.uri, a.prefix, a.local) : a.local] = a.value;
    }
    const el: XmlElement = { name: qname(tag.uri, tag.prefix, tag.local), attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].children.push(t);
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
