// Minimal HTML helpers for tests over dist/: tags with attributes, ids, links (no parser dependency).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Tag { name: string; attrs: Record<string, string>; index: number }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
/** Decodes the few entities Astro emits in attribute values. */
export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Start tags of the given name (or all) with their attributes; script/style bodies are skipped. */
export function tags(html: string, name?: string): Tag[] {
  const clean = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m) => m.replace(/>[\s\S]*?<\//, (x) => '>' + ' '.repeat(x.length - 3) + '</'));
  const out: Tag[] = [];
  const re = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  for (let m; (m = re.exec(clean)); ) {
    const n = m[1].toLowerCase();
    if (name && n !== name) continue;
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) attrs[a[1].toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    out.push({ name: n, attrs, index: m.index });
  }
  return out;
}

/** All id attribute values of a page. */
export function ids(html: string): string[] {
  return tags(html).map((t) => t.attrs.id).filter((x): x is string => x !== undefined);
}

/** Every HTML file under a directory, as paths relative to it. */
export function htmlFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const f = join(dir, e);
    if (statSync(f).isDirectory()) out.push(...htmlFiles(root, f));
    else if (e.endsWith('.html')) out.push(relative(root, f));
  }
  return out;
}

/** Site path of a built file: a/b/index.html → /a/b/. */
export function sitePath(rel: string): string {
  return '/' + rel.replace(/index\.html$/, '').replace(/\\/g, '/');
}

/** Reads a file of dist/. */
export function read(root: string, rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}
