// Short stable ids: FNV-1a 32-bit over UTF-8 (src/core/hash.ts), so an id depends only on the normalized name.
import { shortHash } from '../core/hash.ts';

export { shortHash };

/** Assigns prefix+hash ids to sorted distinct keys; a (so far unseen) collision gets '-2', '-3' … in key order. */
export function hashIds(keys: string[], prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const k of [...new Set(keys)].sort()) {
    const base = prefix + shortHash(k);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    out.set(k, id);
  }
  return out;
}
