// 文号: the number of an official document (溧政办发〔2022〕71号, 国发〔2021〕30号), in every spelling
// copies carry: other brackets ([ ] ［］ （） 【】), spaces, 號, pinyin glosses left by script converters.
import { foldWithMap, sourceSlice } from './fold.ts';

const DOC = /[\u4e00-\u9fff]{1,14}\s*[〔\[［(【]\s*(\d{4})\s*[〕\]］)】]\s*(\d{1,5})\s*号/;

/** The 文号 in a text as written (glosses and inner spaces removed), with `whole` when it is all the text holds. */
export function docNumberIn(text: string): { text: string; year: number; whole: boolean } | null {
  const line = foldWithMap(text);
  const m = DOC.exec(line.text);
  if (!m) return null;
  // The issuer's code is a short abbreviation (溧政办发, 国发, 发改地区): words of a sentence before it
  // (…办公室以温委办〔2006〕47号) are cut at the last word that cannot be part of it.
  const cut = /^.*(以|的|和|及|与|按|据|经|由|为|是|在|于|将|关于|印发|根据|依据|文件)/.exec(m[0].slice(0, m[0].search(/\s*[〔\[［(【]/)));
  const from = (m.index ?? 0) + (cut ? cut[0].length : 0);
  const end = (m.index ?? 0) + m[0].length;
  const raw = sourceSlice(text, line, from, end);
  const written = stripGlosses(raw).replace(/[\s\u3000]+/g, '');
  const rest = line.text.slice(0, from) + line.text.slice(end);
  return { text: written, year: Number(m[1]), whole: rest.replace(/[\s\u3000:：,，。]/g, '').length <= 2 };
}

/** Source text without pinyin glosses (發(fā) → 發). */
export function stripGlosses(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff])[(（]\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[1-5]?\s?[)）]/g, '');
}
