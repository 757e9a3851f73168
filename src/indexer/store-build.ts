// Writes the clause store (see src/core/search/store.ts) after Pagefind has written its files, then
// removes what the site never fetches: Pagefind's fragments (the engine reads the store instead) and
// its UI bundles (the search page is ours). Node only.
import { gzipSync, gunzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packGroup, STORE_DIR, type ClauseData } from '../core/search/store.ts';

/** Files of Pagefind's own UIs, which the site does not load. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** Page id → url of every record Pagefind wrote (read back from its fragments). */
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

/** Writes one gzipped file per Pagefind record (`groups`: record url → its clauses), removes the
 * fragments and unused UI files; returns the number of store files written. */
export function writeClauseStore(outputPath: string, groups: Map<string, ClauseData[]>): number {
  const dir = join(outputPath, STORE_DIR);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const [id, url] of pagefindIds(outputPath)) {
    const clauses = groups.get(url);
    if (!clauses) continue;
    writeFileSync(join(dir, `${id}.json.gz`), gzipSync(JSON.stringify(packGroup(clauses)), { level: 9 }));
    n++;
  }
  rmSync(join(outputPath, 'fragment'), { recursive: true, force: true });
  for (const f of readdirSync(outputPath)) if (UNUSED.test(f)) rmSync(join(outputPath, f));
  return n;
}
