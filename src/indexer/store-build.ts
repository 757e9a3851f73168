// Writes the clause store (see store.ts) after Pagefind has written its files. Node only.
import { gzipSync, gunzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORE_DIR, type ClauseData } from '../core/search/store.ts';

/** Page id → url of every clause Pagefind wrote (read back from its fragments). */
export function pagefindIds(outputPath: string): Map<string, string> {
  const dir = join(outputPath, 'fragment');
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.pf_fragment')).sort()) {
    const raw = gunzipSync(readFileSync(join(dir, f)));
    const json = JSON.parse(raw.subarray(raw.subarray(0, 12).toString() === 'pagefind_dcd' ? 12 : 0).toString('utf8'));
    out.set(f.replace(/\.pf_fragment$/, ''), json.url);
  }
  return out;
}

/** Writes one gzipped JSON per clause; returns the number written. */
export function writeClauseStore(outputPath: string, clauses: ClauseData[]): number {
  const byUrl = new Map(clauses.map((c) => [c.url, c]));
  const dir = join(outputPath, STORE_DIR);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const [id, url] of pagefindIds(outputPath)) {
    const c = byUrl.get(url);
    if (!c) continue;
    writeFileSync(join(dir, `${id}.json.gz`), gzipSync(JSON.stringify(c), { level: 9 }));
    n++;
  }
  return n;
}
