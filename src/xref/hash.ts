// Short stable ids: FNV-1a 32-bit over UTF-8, so an id depends only on the normalized name.

/** Id for a name that does not change when other names are added to the corpus. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

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
