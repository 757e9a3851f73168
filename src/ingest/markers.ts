// Recognising the numbering marker that opens a line: the GB/T 9704 levels (一、 （一） 1. （1）), the
// levels above them (第X篇, 第X章, 第X节, 第X条), and the variants seen in practice (half-width brackets,
// 1) and 1、, 壹、, ㈠ and ⑴, decimal 1 / 1.1 / 1.1.1, ①, a. and (a), ——, 专栏N). Traditional and
// full-width forms are read as well (第一節, （一）).
import type { MarkerKind } from './model.ts';

export interface Marker {
  kind: MarkerKind;
  /** The marker exactly as written, e.g. 第四章, 一、, （一）, 1．, 1.1, ①, ——, 专栏2. */
  label: string;
  /** Its number (1 for 一 / 1 / ① / a; the last part of 1.2.3); 0 for dash items. Used for ids and to warn about jumps. */
  value: number;
  /** The rest of the line after the marker and following spaces. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};

/** Reads a Chinese numeral up to the hundreds (一, 十二, 二十三, 一百零五; also 壹 … 拾). */
export function cnNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百' || ch === '佰') { total += (digit || 1) * 100; digit = 0; }
    else if (ch === '十' || ch === '拾') { total += (digit || 1) * 10; digit = 0; }
    else digit = CN_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

const CN = '[一二三四五六七八九十百零〇两壹贰貳叁參肆伍陆陸柒捌玖拾佰]+';
const SP = '[\\s\\u3000]*';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN_CN = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
const PAREN_NUM = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const PATTERNS: { kind: MarkerKind; re: RegExp; value: (m: RegExpExecArray) => number }[] = [
  { kind: 'part', re: new RegExp(`^(第${SP}(${CN})${SP}(?:篇|部分))${SP}`), value: (m) => cnNumber(m[2]) },
  { kind: 'chapter', re: new RegExp(`^(第${SP}(${CN}|\\d{1,2})${SP}章)${SP}`), value: (m) => cnNumber(m[2]) || Number(m[2]) },
  { kind: 'chapter-section', re: new RegExp(`^(第${SP}(${CN}|\\d{1,2})${SP}[节節])${SP}`), value: (m) => cnNumber(m[2]) || Number(m[2]) },
  { kind: 'article', re: new RegExp(`^(第${SP}(${CN}|\\d{1,3})${SP}[条條])${SP}`), value: (m) => cnNumber(m[2]) || Number(m[2]) },
  { kind: 'cn', re: new RegExp(`^((${CN})${SP}[、，,])${SP}`), value: (m) => cnNumber(m[2]) },
  { kind: 'cn-paren', re: new RegExp(`^([（(]${SP}(${CN})${SP}[）)][、．.]?)${SP}`), value: (m) => cnNumber(m[2]) },
  { kind: 'cn-paren', re: new RegExp(`^(([${PAREN_CN}]))${SP}`), value: (m) => PAREN_CN.indexOf(m[2]) + 1 },
  { kind: 'num-paren', re: /^([（(][\s\u3000]*(\d{1,2})[\s\u3000]*[）)][、．.]?)[\s\u3000]*/, value: (m) => Number(m[2]) },
  { kind: 'num-paren', re: new RegExp(`^(([${PAREN_NUM}]))${SP}`), value: (m) => PAREN_NUM.indexOf(m[2]) + 1 },
  { kind: 'num-half', re: /^((\d{1,2})[)）])[\s\u3000]*/, value: (m) => Number(m[2]) },
  { kind: 'decimal-3', re: /^((\d{1,2})[.．](\d{1,2})[.．](\d{1,2}))(?![\d.．])[\s\u3000]*/, value: (m) => Number(m[4]) },
  { kind: 'decimal-2', re: /^((\d{1,2})[.．](\d{1,2}))(?![\d.．%％])(?:[\s\u3000]+|(?=[\u3400-\u9fff]))/, value: (m) => Number(m[3]) },
  // Task lists of a 政府工作报告 run to hundreds of items (204.推进…).
  { kind: 'num', re: /^((\d{1,3})[.．、](?![\d.．]))[\s\u3000]*/, value: (m) => Number(m[2]) },
  { kind: 'decimal-1', re: /^((\d{1,2}))(?:[\s\u3000]+|(?=[\u3400-\u9fff]))(?=[\u3400-\u9fff])/, value: (m) => Number(m[2]) },
  { kind: 'circled', re: new RegExp(`^(([${CIRCLED}]))${SP}`), value: (m) => CIRCLED.indexOf(m[2]) + 1 },
  { kind: 'alpha', re: /^(([a-h])[.．、])(?=[\s\u3000]*[\u3400-\u9fff])[\s\u3000]*/, value: (m) => m[2].charCodeAt(0) - 96 },
  { kind: 'alpha-paren', re: /^([（(]([a-h])[）)])[\s\u3000]*/, value: (m) => m[2].charCodeAt(0) - 96 },
  { kind: 'box', re: /^(专栏[\s\u3000]*(\d{1,2}|[一二三四五六七八九十]+))(?:[\s\u3000]*[：:．.、]|[\s\u3000]+|$)[\s\u3000]*/, value: (m) => Number(m[2]) || cnNumber(m[2]) },
  { kind: 'dash', re: /^((?:——|－－|--|—)(?!—))[\s\u3000]*/, value: () => 0 },
];

/** Kinds whose marker may stand alone on its line (a heading whose title follows on the next line). */
const MAY_STAND_ALONE = new Set<MarkerKind>(['part', 'chapter', 'chapter-section', 'article', 'cn', 'cn-paren', 'num-paren', 'box']);
/** A quantity's unit or counter after a number (1.5亿元, 3家, 1号文件): a number, not a division. */
const UNIT_START = /^[万亿千百十个件家人元吨倍年月日天号次项条名所座台套户期批级类种版届]/;
/** Decimal kinds that may be glued to their heading (1总则, 1.1编制目的) when the heading is short. */
const GLUED_DECIMAL = new Set<MarkerKind>(['decimal-1', 'decimal-2']);

/** Returns the marker opening a trimmed line, or null when it has none. */
export function readMarker(text: string): Marker | null {
  for (const { kind, re, value } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // A bare number with nothing after it is a table cell or a page number, not a division.
    if (rest === '' && !MAY_STAND_ALONE.has(kind)) continue;
    // "1.5亿元" style decimals and "2025年" are excluded by the patterns; "1、2、3" lists are not markers.
    if (kind === 'num' && /^\d/.test(rest)) continue;
    // A bare number and a space opens a division only when a short heading follows (1 总则), not a sentence.
    if (kind === 'decimal-1' && (rest.length > 30 || /[。；;，,]/.test(rest))) continue;
    // Glued to its number, a decimal heading is short words (1总则, 1.1编制目的), never a quantity (1.5亿元).
    if (GLUED_DECIMAL.has(kind) && m[0] === m[1] && (UNIT_START.test(rest) || !/^[\u3400-\u9fff]{2,20}$/.test(rest))) continue;
    return { kind, label: kind === 'box' ? m[0].replace(/[\s\u3000]+$/, '') : m[1], value: value(m), rest };
  }
  return null;
}
