// An Atom 1.0 feed (RFC 4287) as a tree, serialized by xast-util-to-xml so every name, attribute and
// text is escaped by the serializer, never by string concatenation.
import type { Element, Root, Text } from 'xast';
import type { Raw } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** An atom:link. */
export interface AtomLink {
  rel: 'self' | 'alternate' | 'related';
  href: string;
  type?: string;
  title?: string;
}

/** An atom:category: a term, the scheme (IRI) it belongs to, and a label for people. */
export interface AtomCategory {
  term: string;
  scheme?: string;
  label?: string;
}

/** One atom:entry. */
export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  /** RFC 3339; omitted when not known. */
  published?: string;
  authors: string[];
  links: AtomLink[];
  categories: AtomCategory[];
  summary: string;
}

/** One atom:feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  /** Feed authors: RFC 4287 needs one here unless every entry names its own. */
  authors: string[];
  links: AtomLink[];
  generator: string;
  entries: AtomEntry[];
}

// XML 1.0 cannot carry most C0 controls, lone surrogates or U+FFFE/FFFF, escaped or not: a text with
// one (a damaged seed) would make the whole feed unreadable, so each becomes U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML 1.0 (characters it cannot carry become U+FFFD). */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

const t = xmlSafe;

/** Text content as nodes. XML forbids "]]>" in character data, and the serializer escapes only & and <
 * there, so the '>' of each "]]>" goes out as a fixed character reference (a raw node of constant text). */
function textNodes(s: string): (Text | Raw)[] {
  const parts = xmlSafe(s).split(']]>');
  return parts.flatMap((part, i): (Text | Raw)[] =>
    i < parts.length - 1 ? [{ type: 'text', value: `${part}]]` }, { type: 'raw', value: '&#x3E;' }] : [{ type: 'text', value: part }],
  );
}
const links = (ls: AtomLink[]) => ls.map((l) => x('link', { rel: l.rel, href: t(l.href), type: l.type, title: l.title && t(l.title) }));
const authors = (names: string[]) => names.map((n) => x('author', [x('name', textNodes(n))]));
const categories = (cs: AtomCategory[]) => cs.map((c) => x('category', { term: t(c.term), scheme: c.scheme && t(c.scheme), label: c.label && t(c.label) }));

/** Children each on its own line, indented: whitespace between elements is ignorable in Atom, and
 * it makes the feed readable as text. */
function lines(indent: string, children: (Element | undefined)[]): (Element | Text)[] {
  const out: (Element | Text)[] = [];
  for (const c of children) if (c) out.push({ type: 'text', value: `\n${indent}  ` }, c);
  out.push({ type: 'text', value: `\n${indent}` });
  return out;
}

function entryElement(e: AtomEntry): Element {
  return x('entry', lines('  ', [
    x('id', e.id),
    x('title', { type: 'text' }, textNodes(e.title)),
    x('updated', e.updated),
    e.published ? x('published', e.published) : undefined,
    ...authors(e.authors),
    ...links(e.links),
    ...categories(e.categories),
    x('summary', { type: 'text' }, textNodes(e.summary)),
  ]));
}

/** The feed as an xast tree (an XML declaration, then atom:feed in the Atom namespace, lang zh-CN). */
export function atomTree(f: AtomFeed): Root {
  const feed = x('feed', { xmlns: ATOM_NS, 'xml:lang': 'zh-CN' }, lines('', [
    x('id', f.id),
    x('title', { type: 'text' }, textNodes(f.title)),
    x('subtitle', { type: 'text' }, textNodes(f.subtitle)),
    x('updated', f.updated),
    ...authors(f.authors),
    ...links(f.links),
    x('generator', f.generator),
    ...f.entries.map(entryElement),
  ]));
  return { type: 'root', children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' }, { type: 'text', value: '\n' }, feed, { type: 'text', value: '\n' }] };
}

/** The feed as an XML document (UTF-8 text). */
export function atomXml(f: AtomFeed): string {
  // allowDangerousXml only lets textNodes' constant '&#x3E;' through; every other text is escaped.
  return toXml(atomTree(f), { closeEmptyElements: true, allowDangerousXml: true });
}
