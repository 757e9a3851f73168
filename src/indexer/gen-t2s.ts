// The char-level Traditional→Simplified table of src/core/t2s-table.ts, taken from opencc-js, so the
// browser can fold Traditional text without shipping OpenCC's phrase dictionaries.
// Regenerate with: node scripts/gen-t2s.ts (a test checks the committed table is current).
import * as OpenCC from 'opencc-js/t2cn';

/** Pairs "TS" for every BMP/CJK char that opencc maps to a different single string. */
export function buildT2sPairs(): string {
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
  let out = '';
  for (const [a, b] of ranges) {
    for (let cp = a; cp <= b; cp++) {
      const c = String.fromCodePoint(cp);
      const s = converters.map((f) => f(c)).find((x) => x !== c);
      if (s && [...s].length === 1) out += c + s;
    }
  }
  return out;
}
