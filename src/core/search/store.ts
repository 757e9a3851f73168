// Clause store: the display fields and facet values of the clauses of one Pagefind record (a group
// of consecutive clauses, src/indexer/groups.ts) in one small gzipped JSON file named after the
// record's Pagefind page id (`<index>/clause/<id>.json.gz`). Pagefind indexes every meta field as
// words, so title/text stay out of Pagefind's meta (they shared index chunks with our ASCII terms),
// and the engine reads a group's clauses in one request instead of Pagefind fragments (which repeat
// the bigram terms and are not written at all). In a site assembled from shards each shard's ids
// carry its own language tag, so the stores of all shards share one folder.
// Browser-safe (no node: imports; it is bundled into the search page); the writer is store-build.ts.

/** What the engine needs to rank, filter and show one clause. */
export interface ClauseData {
  url: string;
  title: string;
  text: string;
  plan: string;
  planTitle: string;
  path: string;
  kind: string;
  /** Filter values of the clause (the keys of the Pagefind filters: plan, region, unit, body …). */
  facets: Record<string, string[]>;
}

/** A store file as written: facet values shared by every clause of the group once, the rest per clause. */
export interface StoredGroup {
  facets: Record<string, string[]>;
  clauses: (Omit<ClauseData, 'facets'> & { facets?: Record<string, string[]> })[];
}

/** Folder of the store inside the Pagefind output folder. */
export const STORE_DIR = 'clause';

/** The stored form of a group's clauses: facets every clause shares are written once. */
export function packGroup(clauses: ClauseData[]): StoredGroup {
  const shared: Record<string, string[]> = {};
  const first = clauses[0]?.facets ?? {};
  for (const [k, vs] of Object.entries(first)) {
    const key = JSON.stringify(vs);
    if (clauses.every((c) => JSON.stringify(c.facets[k] ?? []) === key)) shared[k] = vs;
  }
  return {
    facets: shared,
    clauses: clauses.map(({ facets, ...c }) => {
      const own = Object.fromEntries(Object.entries(facets).filter(([k, v]) => !(k in shared) && v.length));
      return Object.keys(own).length ? { ...c, facets: own } : c;
    }),
  };
}

/** A group's clauses from its stored form. */
export function unpackGroup(g: StoredGroup): ClauseData[] {
  return g.clauses.map((c) => ({ ...c, facets: { ...g.facets, ...(c.facets ?? {}) } }));
}

/** Loader of a group's clauses by Pagefind page id from `base` (URL of the Pagefind folder, with a
 * trailing slash), memoized; uses fetch and DecompressionStream (browser and Node alike). */
export function groupLoader(base: string): (id: string) => Promise<ClauseData[]> {
  const cache = new Map<string, Promise<ClauseData[]>>();
  return (id) => {
    let p = cache.get(id);
    if (!p) {
      p = fetch(`${base}${STORE_DIR}/${id}.json.gz`).then(async (r) => {
        if (!r.ok) throw new Error(`clause group ${id}: HTTP ${r.status}`);
        return unpackGroup(JSON.parse(await gunzipIfNeeded(new Uint8Array(await r.arrayBuffer()))) as StoredGroup);
      });
      p.catch(() => cache.delete(id));
      cache.set(id, p);
    }
    return p;
  };
}

/** Text of a stored clause file whether or not the host already inflated it: hosts that send
 * `Content-Encoding: gzip` for `.gz` files (astro preview, many CDNs) hand the browser plain JSON, others
 * hand it the gzip bytes; the gzip magic number (1f 8b) tells which, since JSON never starts with it. */
export async function gunzipIfNeeded(bytes: Uint8Array): Promise<string> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
