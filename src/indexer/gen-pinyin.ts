// The toneless readings of the common characters (GB2312, 6,763 chars) for src/core/pinyin-table.ts,
// taken from pinyin-pro, so the browser can tell homophones (typing errors of pinyin input methods)
// without shipping pinyin-pro's dictionaries. Regenerate: node scripts/gen-pinyin.ts (a test checks it).
import { pinyin } from 'pinyin-pro';

/** GB2312 hanzi in code order (rows 0xB0–0xF7, cells 0xA1–0xFE), decoded with the platform's GBK decoder. */
export function gb2312Hanzi(): string[] {
  const dec = new TextDecoder('gbk');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = dec.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(c)) out.push(c);
    }
  }
  return out;
}

/** 'syllable:chars' groups joined by ';', syllables sorted; a char with several readings is in each. */
export function buildPinyinGroups(): string {
  const groups = new Map<string, string[]>();
  for (const c of gb2312Hanzi()) {
    const readings = pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true }) as string[];
    for (const r of new Set(readings.map((x) => x.toLowerCase()).filter((x) => /^[a-z]+$/.test(x)))) {
      (groups.get(r) ?? groups.set(r, []).get(r)!).push(c);
    }
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, cs]) => `${s}:${cs.join('')}`).join(';');
}
