// What a plan's title says about it: region, period and kind.

const REGION_PART = /^[^省市区县盟旗“"《\s（(]{1,6}?(?:自治区|自治州|省|市|盟|区|县|旗)/;

/** Leading place names of a title: 常州市武进区“十四五”… → 常州市武进区. */
export function regionOf(title: string): string {
  let rest = title;
  let region = '';
  for (let k = 0; k < 3; k++) {
    const m = REGION_PART.exec(rest);
    if (!m) break;
    region += m[0];
    rest = rest.slice(m[0].length);
  }
  return region;
}

const FIVE_YEAR: Record<string, [number, number]> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

/** Period from （2021-2025）-style brackets, else from “十四五”-style names. */
export function periodOf(title: string): { from: number | null; to: number | null } {
  const m = /(\d{4})\s*年?\s*[-—–~～至到]+\s*(\d{4})/.exec(title);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  for (const [name, [from, to]] of Object.entries(FIVE_YEAR)) if (title.includes(name)) return { from, to };
  // 第十四个五年规划 (the full form of 十四五).
  const nth = /第(十[一二三四五])个五年/.exec(title.replace(/個/g, '个'));
  if (nth) {
    const [from, to] = FIVE_YEAR[`${nth[1]}五`] ?? [];
    if (from) return { from, to };
  }
  const y = /(\d{4})\s*年/.exec(title);
  if (y) return { from: Number(y[1]), to: Number(y[1]) };
  return { from: null, to: null };
}

/** Kind of plan by the wording of its title. */
export function kindOf(title: string): string {
  const t = title.replace(/\s*[（(][^）)]*[）)]$/, '').trim();
  if (/工作方案|实施方案|方案$/.test(t)) return '工作方案';
  if (/行动计划|计划$/.test(t)) return '行动计划';
  if (/纲要$/.test(t)) return '规划纲要';
  if (/专项规划/.test(t)) return '专项规划';
  if (/规划$/.test(t) && /十[一二三四五六]五/.test(t)) return '五年规划';
  if (/规划$/.test(t)) return '规划';
  return '其他';
}
