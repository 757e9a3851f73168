// Dates as plans and pages write them: 2022年12月30日, 二〇二二年十二月三十日, 2022-12-30, 2022.12.30.
import { cnNumber } from './markers.ts';

const ARABIC = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?/;
const CHINESE = /([〇零一二三四五六七八九○0oO]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const DIGIT: Record<string, string> = { '〇': '0', '零': '0', '○': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9', '0': '0', 'o': '0', 'O': '0' };

/** The first date in a text as YYYY-MM-DD, with `whole` when the text is that date alone (a time may follow). */
export function dateIn(text: string): { iso: string; whole: boolean } | null {
  let y: number, mo: number, d: number, m: RegExpExecArray | null;
  if ((m = ARABIC.exec(text))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = CHINESE.exec(text))) [y, mo, d] = [Number([...m[1]].map((c) => DIGIT[c]).join('')), cnNumber(m[2]), cnNumber(m[3])];
  else return null;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1949 || y > 2100) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\s*\d{1,2}:\d{2}(:\d{2})?\s*/, '');
  // A signature date may name the place it was signed (2018年4月14日于北京市).
  const bare = rest.replace(/[\s\u3000:：,，。()（）]/g, '').replace(/^于.{2,8}$/, '');
  return { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, whole: bare.length === 0 };
}
