// A plan's field (知识产权, 市场监督管理, 食品安全 …): its title without the region, the period and
// the words naming the kind of document. Two plans are of one field when their fields are equal
// after folding a few reviewed synonyms, or one contains the other (知识产权 ⊂ 知识产权强县建设).
import type { PlanMeta } from '../core/schema/index.ts';
import { fold } from '../core/text.ts';

/** Wordings of one field folded to one spelling, applied in order. */
const FIELD_SYNONYMS: [RegExp, string][] = [[/市场监管/g, '市场监督管理']];

// Words naming the kind of document at the end of a title, tried until none is left
// (…发展专项规划 → …发展 → …). Longer wordings come first.
const KIND_TAIL = /(?:三年|五年)?(?:专项规划|总体规划|发展规划|建设规划|规划纲要|战略纲要|行动计划|行动方案|实施方案|工作方案|分工落实方案|责任分解方案|工作要点|工作计划|工作安排|推进计划|实施意见|指导意见|若干意见|若干措施|实施细则|应急预案|的建议|规划|方案|纲要|计划|意见|要点|建议|措施|细则)$/;
// 第十四个五年规划和二〇三五年远景目标纲要: the period words of a 国民经济和社会发展 plan.
const FIVE_YEAR_WORDS = /第[一二三四五六七八九十]+个五年(?:规划)?(?:和二〇[一二三四五六七八九〇]{2}年远景目标)?/g;
const PERIOD = /十[一二三四五六七八九]五|20\d\d\s*[-—–~～至到]\s*20\d\d\s*年?|(?:19|20)\d\d\s*年度?/g;
const SUFFIX = /(?:省|市|区|县|自治州|自治县|旗)$/;

/** The field of a plan, read from its title; '' when nothing is left. */
export function planField(meta: Pick<PlanMeta, 'title' | 'region' | 'regionPath'>): string {
  // Brackets hold periods and drafting notes ((2021-2025年), (试行), (征求意见稿)), never the field.
  let s = fold(meta.title).replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]/g, '');
  // X人民政府关于Y的意见: the field is Y.
  s = s.replace(/^.*?关于/, '');
  const names = [meta.region, ...meta.regionPath.map((r) => r.name)].filter(Boolean).map(fold).sort((a, b) => b.length - a.length);
  for (const name of names) s = s.split(name).join('');
  // Titles also name the region without its suffix at the start (武进“十四五”…).
  for (const name of names) {
    const short = name.replace(SUFFIX, '');
    if (short.length >= 2 && s.startsWith(short)) s = s.slice(short.length);
  }
  s = s.replace(/^(?:省|市|区|县|州|全省|全市|全区|全县|本市|本区)(?=[\u4e00-\u9fff])(?!场|级|域|直)/, '');
  s = s.replace(FIVE_YEAR_WORDS, '').replace(PERIOD, '').replace(/[“”"‘’《》「」]/g, '');
  for (let i = 0; i < 4 && KIND_TAIL.test(s); i++) s = s.replace(KIND_TAIL, '').replace(/(?:的|和|及)$/, '');
  // 国民经济和社会发展 names its field with 发展.
  if (!/社会发展$/.test(s)) s = s.replace(/(?:发展|建设|事业|工作|实施)$/, '');
  for (const [re, to] of FIELD_SYNONYMS) s = s.replace(re, to);
  return s;
}

/** True when two fields are the same field. */
export function sameField(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a)));
}
