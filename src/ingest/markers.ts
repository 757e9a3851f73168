// Recognising the numbering marker that opens a line (GB/T 9704 levels and the variants seen in practice).
import type { MarkerKind } from './model.ts';

export interface Marker {
  kind: MarkerKind;
  /** The marker exactly as written, e.g. 第四章, 一、, （一）, 1．, ——, 专栏2. */
  label: string;
  /** Its number (1 for 一 / 1); 0 for dash items. Used to warn about jumps and repeats in numbering. */
  value: number;
  /** The rest of the line after the marker and following spaces. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese numeral up to the hundreds (一, 十二, 二十三, 一百零五). */
export function cnNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else digit = CN_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const PATTERNS: { kind: MarkerKind; re: RegExp; cn?: boolean }[] = [
  { kind: 'chapter', re: new RegExp(`^(第(${CN})章)[\\s\\u3000]*`), cn: true },
  { kind: 'cn', re: new RegExp(`^((${CN})[、，,])[\\s\\u3000]*`), cn: true },
  { kind: 'cn-paren', re: new RegExp(`^([（(][\\s\\u3000]*(${CN})[\\s\\u3000]*[）)][、．.]?)[\\s\\u3000]*`), cn: true },
  { kind: 'num-paren', re: /^([（(][\s\u3000]*(\d{1,2})[\s\u3000]*[）)][、．.]?)[\s\u3000]*/ },
  { kind: 'num-half', re: /^((\d{1,2})[)）])[\s\u3000]*/ },
  { kind: 'num', re: /^((\d{1,2})[.．、](?![\d.．]))[\s\u3000]*/ },
  { kind: 'box', re: /^(专栏[\s\u3000]*(\d{1,2}|[一二三四五六七八九十]+))(?:[\s\u3000]*[：:．.、]|[\s\u3000]+|$)[\s\u3000]*/ },
  { kind: 'dash', re: /^((?:——|－－|--|—)(?!—))[\s\u3000]*/ },
];

/** Returns the marker opening a trimmed line, or null when it has none. */
export function readMarker(text: string): Marker | null {
  for (const { kind, re, cn } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // A bare number with nothing after it is a table cell or a page number, not a division.
    if (rest === '' && kind !== 'chapter' && kind !== 'cn' && kind !== 'cn-paren' && kind !== 'box') continue;
    // "1.5亿元" style decimals and "2025年" are excluded by the patterns; "1、2、3" lists are not markers.
    if (kind === 'num' && /^\d/.test(rest)) continue;
    const numeral = m[2];
    const value = kind === 'dash' ? 0 : cn || /[^\d]/.test(numeral ?? '') ? cnNumber(numeral) || Number(numeral) || 0 : Number(numeral);
    return { kind, label: kind === 'box' ? m[0].replace(/[\s\u3000]+$/, '') : m[1], value, rest };
  }
  return null;
}
