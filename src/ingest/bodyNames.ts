// The names in a list of responsible bodies (市发展改革委、市财政局等有关部门，各区人民政府): split on
// 、，; and between whole names joined by 及/和, with role words, 等, deadlines and catch-alls removed.
// Works on the folded view; the caller cuts each name from the text as written.

export const OPEN = '(〔[【';
export const CLOSE = ')〕]】';

/** Names end in an organ word; a piece that does not shares the suffix of the next (哈尔滨、黑河市政府). */
export const ORG_END = /(局|委|办|厅|部|院|署|政府|单位|中心|公司|部门|管委会|小组|集团|银行|分行|支行|人行|指挥部|协会|学校|医院|站|所|队|会|库|组|室|处|科|社|团|馆|台|网|司|镇|乡|街道|村|社区|园区|高新区|开发区)(\([^)]*\))?$/;

/** Not a body: a deadline or time (2022年底前, 6月底完成, 年内持续推进, 长期坚持) or a number. */
const DEADLINE = /^(\d{4}\s*年|\d{1,2}\s*月|年内|年底|年中|月底|长期|持续|常态化|[上下]半年|今年|明年|每年|[一二三四]季度|\d)|(完成|前|以前|底|推进|到位|坚持)$/;

/** A catch-all, not a body one can name: 有关部门, 各相关单位, 市直各相关部门, 区级相关部门, 区直各部门.
 * Territorial and defined groups stay bodies (各区人民政府, 各街道, 国务院各部门, 市食安委各有关成员单位). */
const CATCH_ALL = /^((省|市|州|盟|区|县|旗)(直|级|属)?)?(各)?(有关|相关|其他|其它)?(各)?(部门|单位)$/;

/** True for a catch-all such as 区直各部门 (a bare 部门 or 单位 with only place and 各/有关 words before it). */
export function isCatchAll(name: string): boolean {
  const m = CATCH_ALL.exec(name);
  // 部门 or 单位 alone after a place (市部门) is not written; require 各, 有关/相关, or 直/级.
  return !!m && /各|有关|相关|其他|其它|直|级|属/.test(name);
}

/** True for a piece that is a deadline or time rather than a body. */
export function isDeadline(piece: string): boolean {
  return DEADLINE.test(piece) && !ORG_END.test(piece);
}

/** Splits a folded text on `seps` outside brackets (各镇（街道）stays whole). */
export function splitOutside(text: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A name joined to the next by 及/和/以及 splits there, unless the second part is a bare organ word of the
 * same place (各县党委和人民政府, 高新区党工委和管委会 stay one body). */
const JOIN = /(?<=(?:局|委|办|厅|部|院|政府|单位|部门|中心|管委会))(?:及|和|以及)(?!(?:人民政府|政府|管委会|党委|党工委|纪委|办公室)$)/;

/** Splits a folded list into pieces on 、,; (outside brackets) and on 及/和/以及 between whole names. */
export function pieces(list: string): string[] {
  return splitOutside(list, '、,;')
    .flatMap((p) => p.split(JOIN))
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Names of a folded list: role words, 等, deadlines and catch-alls removed; pieces without an organ
 * word joined to the next (a shared suffix). */
export function names(list: string): string[] {
  const raw = pieces(list)
    .map((p) => p.replace(/^(由|请|各有关|责任单位|责任部门|牵头单位|配合单位)\s*:?/, '').replace(/等.{0,12}(有关部门|单位|部门)$/, '').replace(/等$/, '').trim())
    .filter((p) => p && p.length <= 40 && !isDeadline(p) && !isCatchAll(p));
  const out: string[] = [];
  let pending = '';
  for (const p of raw) {
    const whole = pending ? `${pending}、${p}` : p;
    if (ORG_END.test(p) || p.length > 12) {
      out.push(whole);
      pending = '';
    } else pending = whole;
  }
  // A single character left at the end is a name cut off by the copy (（市政府办公室、市), not a body.
  if (pending.length >= 2) out.push(pending);
  return out;
}
