// Normalizing indicator names for matching (reviewed against the seeds' indicator tables).
//
// An indicator name such as 累计PCT专利申请量（件） or 知识产权质押融资累计金额 carries words that
// do not change what is measured: the unit in brackets, 累计/年度/新增/年均/全区/全市, and the
// suffixes 数/量/数量/金额/总量. Removing them gives the key term (PCT专利申请, 知识产权质押融资).
// A small synonym table folds wordings seen in the seeds (质押贷款 → 质押融资, 企事业单位 → 企业,
// 拥有有效 → 有效, 每万人 → 万人).
/** Wording variants folded before comparison: [from, to], applied in order. */
export const NAME_SYNONYMS: [string, string][] = [
  ['每万人', '万人'],
  ['质押贷款', '质押融资'],
  ['企事业单位', '企业'],
  ['拥有有效', '有效'],
  ['户数', '数'],
];

/** The name without unit brackets, counting words and quantity suffixes: the term a clause would mention. */
export function indicatorTerm(name: string): string {
  let s = name
    .normalize('NFKC')
    .replace(/\([^()]*\)/g, '')
    .replace(/[△▲☆★*※\s]/g, '');
  for (const [a, b] of NAME_SYNONYMS) s = s.split(a).join(b);
  s = s.replace(/累计|年度|新增|年均|全区|全市|全县/g, '');
  s = s.replace(/[^\p{L}\p{N}]+/gu, '').replace(/(数量|总量|总数|金额|额|数|量)$/, '');
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Features that must agree for two indicators to be the same: per-capita scope (万人/万企) and whether it is a rate. */
export function indicatorFlags(term: string): string {
  const scope = /^万人/.test(term) ? 'per-person' : /^万企/.test(term) ? 'per-firm' : 'total';
  const rate = /(率|比重|占比|增长|增速)/.test(term) ? 'rate' : 'level';
  return `${scope}/${rate}`;
}

/** Reviewed pairs of key terms for the same measure under a new name (十三五 → 十四五), grouped despite a low Dice. */
export const INDICATOR_SUCCESSORS: [string, string][] = [['万人发明专利拥有', '万人高价值发明专利拥有']];

/** True when two key terms were reviewed as the same measure renamed. */
export function isSuccessor(a: string, b: string): boolean {
  return INDICATOR_SUCCESSORS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** Display name of an indicator: the name as written without its unit in brackets. */
export function indicatorLabel(name: string): string {
  return name.replace(/[（(][^（）()]*[）)]$/, '').trim();
}
