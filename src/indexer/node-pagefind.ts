// Loads a built Pagefind bundle (dist/pagefind/pagefind.js) in Node, so tests and the CLI run the
// very code the browser runs; fetch is served from disk and the bytes are counted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { PagefindLike } from '../core/search/engine.ts';
import { groupLoader } from '../core/search/store.ts';

export interface NodePagefind {
  pf: PagefindLike & { init?(): Promise<void> };
  /** Bytes served since the last reset (compressed files as stored). */
  bytes(): number;
  files(): string[];
  reset(): void;
}

/** Imports the bundle with a file-backed fetch and a zh-CN document stub (as on the site); `merge`
 * lists further index folders, merged as the page does; by default the other shards' indexes of a site
 * assembled from shards (`<dir>/shards/<name>/`, see src/build/assemble.ts). */
export async function loadNodePagefind(dir = 'dist/pagefind', merge: string[] = shardIndexes(dir)): Promise<NodePagefind> {
  const base = pathToFileURL(resolve(dir) + '/').href;
  let bytes = 0;
  let served: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    const body = readFileSync(fileURLToPath(url.split('?')[0]));
    bytes += body.length;
    served.push((url.startsWith(base) ? url.slice(base.length) : url).split('?')[0]);
    return new Response(body, { status: 200 });
  }) as typeof fetch;
  const g = globalThis as Record<string, unknown>;
  g.document ??= { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
  const mod = (await import(base + 'pagefind.js')) as Omit<NodePagefind['pf'], 'group'> & { options(o: object): Promise<void>; mergeIndex(url: string): Promise<void> };
  // Result URLs are site paths, as in the browser (else Pagefind prefixes the file: base).
  await mod.options({ baseUrl: '/' });
  await mod.init?.();
  await Promise.all(merge.map((m) => mod.mergeIndex(pathToFileURL(resolve(m) + '/').href)));
  // Pagefind's API plus the clause store (as the search page does).
  const pf: NodePagefind['pf'] = { ...mod, group: groupLoader(base) };
  return { pf, bytes: () => bytes, files: () => served, reset: () => { bytes = 0; served = []; } };
}

/** Index folders of the other shards in an assembled site's Pagefind folder, in name order. */
export function shardIndexes(dir: string): string[] {
  const root = join(dir, 'shards');
  return existsSync(root) ? readdirSync(root).sort().map((n) => join(root, n)) : [];
}
