// A tiny static file server over dist/ for the browser tests and screenshots (directory index, 404.html,
// and the response headers of dist/_headers, as Netlify or Cloudflare Pages would send them).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/** Resolves a URL path to a file under root, or null. */
export function resolveFile(root: string, urlPath: string): string | null {
  const rel = normalize(decodeURIComponent(urlPath.split('?')[0].split('#')[0])).replace(/^(\.\.[/\\])+/, '');
  let f = join(root, rel);
  if (existsSync(f) && statSync(f).isDirectory()) f = join(f, 'index.html');
  return existsSync(f) && statSync(f).isFile() ? f : null;
}

/** Rules of a Netlify-style _headers file: a path pattern (`*` wildcard), then indented `Name: value` lines. */
export function readHeaders(root: string): { pattern: RegExp; headers: [string, string][] }[] {
  const f = join(root, '_headers');
  if (!existsSync(f)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: new RegExp('^' + line.trim().split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$'), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

import type { SiteServer } from '../../src/build/preview.ts';

export type { SiteServer };
export { serveWithReadmeCommand } from '../../src/build/preview.ts';

/** Starts a server on a free port; resolves with its base URL and a close function. With `gzipEncoding`,
 * `.gz` files are sent as their inner type with `Content-Encoding: gzip`, as astro preview and many CDNs do,
 * so the browser inflates them before the page sees them. */
export async function serveDist(root: string, opts: { gzipEncoding?: boolean } = {}): Promise<SiteServer & { server: Server }> {
  const rules = readHeaders(root);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    for (const r of rules) if (r.pattern.test(path)) for (const [k, v] of r.headers) res.setHeader(k, v);
    const f = path === '/_headers' ? null : resolveFile(root, req.url ?? '/');
    if (!f) {
      const nf = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(existsSync(nf) ? readFileSync(nf) : 'not found');
      return;
    }
    if (opts.gzipEncoding && f.endsWith('.gz')) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(f.slice(0, -3))] ?? 'application/octet-stream', 'Content-Encoding': 'gzip' });
      res.end(readFileSync(f));
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(f)] ?? 'application/octet-stream' });
    res.end(readFileSync(f));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((ok) => server.close(() => ok())) };
}
