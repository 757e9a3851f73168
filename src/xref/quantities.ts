// Quantities written in prose: a number with a unit (95%, 6000件, 1-2家, 3.5亿元), optionally
// followed by 以上/以下/左右. Bare numbers and years are not quantities.
const UNITS = ['个百分点', '万人次', '人次', '万件', '万家', '万户', '万元', '亿元', '万人', '平方米', '公里', '小时', '分钟', '%', '％', '‰', '件', '家', '个', '元', '人', '户', '项', '次', '批', '所', '名', '倍', '座', '台', '条', '篇', '场', '套', '只', '吨', '天'];
/** A quantity: groups 1 value, 2 upper bound, 3 unit, 4 qualifier. */
export const QTY = new RegExp(
  `(\\d+(?:\\.\\d+)?)(?:\\s*[-~～—至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|')})(以上|以下|左右|以内|之内)?`,
  'g',
);
