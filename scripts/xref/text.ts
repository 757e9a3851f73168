// Text helpers shared by the cross-link builders.

/** Comparison key: NFKC (full/half-width folded), lower case, only letters and digits kept. */
export function normKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Display normalization for names: no whitespace, half-width brackets made full-width. */
export function normName(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** Character bigrams of a key (a one-character key yields itself), in order, with repeats. */
export function bigrams(key: string): string[] {
  const cs = Array.from(key);
  if (cs.length < 2) return cs.length ? [cs[0]] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
  return out;
}

/** Dice coefficient of two keys' bigram sets: robust for short names such as indicators. */
export function diceBigrams(a: string, b: string): number {
  const A = new Set(bigrams(a));
  const B = new Set(bigrams(b));
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const g of A) if (B.has(g)) n++;
  return (2 * n) / (A.size + B.size);
}

/** Preview text: whitespace collapsed, at most `max` characters, '…' when cut. */
export function excerpt(s: string, max = 80): string {
  const cs = Array.from(s.replace(/\s+/g, ' ').trim());
  return cs.length <= max ? cs.join('') : cs.slice(0, max - 1).join('') + '…';
}

/** Scores are rounded so that JSON output is identical across platforms. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
