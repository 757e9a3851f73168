// 文号: the number of an official document (溧政办发〔2022〕71号, 国发〔2021〕30号), in every spelling
// copies carry: other brackets ([ ] ［］ （） 【】), spaces, 號, pinyin glosses left by script converters.
import { foldWithMap, sourceSlice } from './fold.ts';

const DOC = /[\u4e00-\u9fff]{1,14}\s*[〔\[［(【]\s*(\d{4})\s*[〕\]］)】]\s*(\d{1,5})\s*号/;

/** The 文号 in a text as written (glosses and inner spaces removed), with `whole` when it is all the text holds. */
export function docNumberIn(text: string): { text: string; year: number; whole: boolean } | null {
  const line = foldWithMap(text);
  const m = DOC.exec(line.text);
  if (!m) return null;
  const from = m.index ?? 0;
  const raw = sourceSlice(text, line, from, from + m[0].length);
  const written = stripGlosses(raw).replace(/[\s\u3000]+/g, '');
  const rest = line.text.slice(0, from) + line.text.slice(from + m[0].length);
  return { text: written, year: Number(m[1]), whole: rest.replace(/[\s\u3000:：,，。]/g, '').length <= 2 };
}

/** Source text without pinyin glosses (發(fā) → 發). */
export function stripGlosses(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff])[(（]\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-5]?\s?[)）]/g, '');
}
