// The folded view of a line, on which structure is detected: width, case and script folded (core/text
// foldChar: NFKC, lower case, Traditional → Simplified) and the pinyin glosses that script converters
// leave behind removed (發(fā) → 发, 臺(tái) → 台). The published text stays exactly as written; the map
// leads every folded position back to the source, so values read on the folded view are cut from it.
import { foldChar } from '../core/text.ts';

/** A pinyin syllable in brackets right after a CJK character: a gloss, not text. */
const GLOSS = /^\(\s?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-5]?)\s?\)/;

export interface FoldedLine {
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the source it came from; one extra entry for the end. */
  map: number[];
}

/** The folded line with a map back to the source. */
export function foldWithMap(source: string): FoldedLine {
  const map: number[] = [];
  const text = foldInto(source, map);
  map.push(source.length);
  return { text, map };
}

/** The line as structure detection sees it. */
export function foldLine(source: string): string {
  // Every line is folded this way: no map is built when no value is cut from the source.
  return foldInto(source, null);
}

/** Folds `source`, pushing each folded unit's source offset onto `map` when one is given. */
function foldInto(source: string, map: number[] | null): string {
  let text = '';
  let i = 0;
  let prevCjk = false;
  while (i < source.length) {
    const cp = source.codePointAt(i)!;
    const c = cp > 0xffff ? String.fromCodePoint(cp) : source[i];
    if (prevCjk && (c === '(' || c === '（')) {
      const gloss = GLOSS.exec(source.slice(i).replace(/^（/, '(').replace(/^(\([^)）]*)）/, '$1)'));
      if (gloss) {
        i += gloss[0].length;
        continue;
      }
    }
    const f = foldChar(c);
    if (map) for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    // CJK as /[\u3400-\u9fff]/ tests it (a character outside the BMP is not).
    prevCjk = cp >= 0x3400 && cp <= 0x9fff;
    i += c.length;
  }
  return text;
}

/** The source text behind folded positions [from, to). */
export function sourceSlice(source: string, line: FoldedLine, from: number, to: number): string {
  return source.slice(line.map[from], line.map[to]);
}
