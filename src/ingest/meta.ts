// What a plan's title says about it: period and kind (the region is resolved in region.ts).

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
  if (/行动计划/.test(t)) return '行动计划';
  if (/计划$/.test(t)) return '工作计划';
  if (/纲要$/.test(t)) return '规划纲要';
  if (/专项规划/.test(t)) return '专项规划';
  if (/规划$/.test(t) && /十[一二三四五]五|第十[一二三四五]个五年/.test(t)) return '五年规划';
  if (/规划$/.test(t)) return '规划';
  if (/意见$/.test(t)) return '意见';
  if (/要点$/.test(t)) return '工作要点';
  if (/预案$/.test(t)) return '应急预案';
  if (/(办法|细则|规定|条例)$/.test(t)) return '办法';
  if (/(清单|分工|事项|任务|(分解|分工|任务|责任)表)$/.test(t)) return '任务分工';
  return '其他';
}
