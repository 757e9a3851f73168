// FNV-1a 32-bit over UTF-8: short ids and fingerprints that depend only on the text they are of.

/** 8 hex digits of FNV-1a 32 of a string. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
