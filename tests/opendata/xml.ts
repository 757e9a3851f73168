// Parsing feeds in tests with a real XML parser (@xmldom/xmldom): any warning or error fails.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses XML text; throws on anything the parser reports, warnings included, except warnings
 * matching `allowWarning`. */
export function parseXml(text: string, allowWarning?: RegExp): Document {
  return new DOMParser({
    onError: (level, msg) => {
      if (level === 'warning' && allowWarning?.test(msg)) return;
      throw new Error(`XML ${level}: ${msg}`);
    },
  }).parseFromString(text, 'application/xml');
}

/** Child elements of an element in the Atom namespace, by local name. */
export function atomChildren(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name) out.push(n as Element);
  return out;
}

/** Text of the single Atom child of that name (throws unless exactly one). */
export function atomText(el: Element, name: string): string {
  const c = atomChildren(el, name);
  if (c.length !== 1) throw new Error(`<${el.localName}> has ${c.length} <${name}> children, not 1`);
  return c[0].textContent ?? '';
}
