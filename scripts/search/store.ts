// Clause store: the display fields of each clause in a small gzipped JSON file named after the
// clause's Pagefind page id (`<index>/clause/<id>.json.gz`). Pagefind indexes every meta field as
// words, so keeping title/text out of Pagefind's meta keeps ~160 kB of Chinese meta words out of the
// index chunks (they shared a chunk with our ASCII terms), and the engine reads ~0.5 kB per clause
// instead of a ~1 kB Pagefind fragment (which repeats the bigram terms), on the main thread.
// Browser-safe (no node: imports; it is bundled into the search page); the writer is store-build.ts.

/** What the engine needs to rank and show one clause. */
export interface ClauseData {
  url: string;
  title: string;
  text: string;
  plan: string;
  planTitle: string;
  path: string;
  kind: string;
}

/** Folder of the store inside the Pagefind output folder. */
export const STORE_DIR = 'clause';

/** Loader of clause data by Pagefind page id from `base` (URL of the Pagefind folder, with a
 * trailing slash), memoized; uses fetch and DecompressionStream (browser and Node alike). */
export function clauseLoader(base: string): (id: string) => Promise<ClauseData> {
  const cache = new Map<string, Promise<ClauseData>>();
  return (id) => {
    let p = cache.get(id);
    if (!p) {
      p = fetch(`${base}${STORE_DIR}/${id}.json.gz`).then(async (r) => {
        if (!r.ok || !r.body) throw new Error(`clause ${id}: ${r.status}`);
        const text = await new Response(r.body.pipeThrough(new DecompressionStream('gzip'))).text();
        return JSON.parse(text) as ClauseData;
      });
      p.catch(() => cache.delete(id));
      cache.set(id, p);
    }
    return p;
  };
}
