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
        if (!r.ok) throw new Error(`clause ${id}: HTTP ${r.status}`);
        return JSON.parse(await gunzipIfNeeded(new Uint8Array(await r.arrayBuffer()))) as ClauseData;
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
