// Headings that plans of every field give their opening and closing divisions (GB/T 9704-style plans
// and work programmes): a numbered line that starts with one of them and runs straight on into text
// (（一）指导思想以习近平…) is a heading glued to its text, split after the heading.
// Reviewed list: only words that are whole headings in these documents, never the start of a sentence.
export const HEADING_WORDS = [
  '指导思想', '基本原则', '工作原则', '总体要求', '总体思路', '总体目标', '发展目标', '主要目标', '工作目标', '具体目标',
  '目标任务', '主要任务', '重点任务', '工作任务', '保障措施', '组织保障', '组织领导', '组织实施', '工作要求', '工作措施',
  '实施步骤', '工作步骤', '进度安排', '时间安排', '工作机制', '职责分工', '监督考核', '考核评估', '评估考核', '宣传引导',
  '资金保障', '经费保障', '发展基础', '面临形势', '发展环境', '现实基础', '编制目的', '编制依据', '适用范围', '工作范围',
  '实施范围', '重点领域', '发展定位', '战略定位', '主要内容', '工作重点', '附则',
];

const WORDS = new Set(HEADING_WORDS);

/** A heading word opening `rest` and running on into text with no punctuation between: the split, or null. */
export function gluedHeading(rest: string): { title: string; text: string } | null {
  for (const len of [4, 2]) {
    const head = rest.slice(0, len);
    const after = rest.slice(len);
    if (!WORDS.has(head) || after.length < 8) continue;
    // Punctuation right after the word means the line is already split the usual way (指导思想。以…).
    if (/^[\s\u3000]*[。.:：,，;；、]/.test(after)) return null;
    // The word must end where it stands: not go on into a longer name (组织实施阶段, 发展目标的…), and
    // what follows must read as a clause of its own, running some way before its first punctuation.
    if (/^(的|和|与|及|阶段|工作|机制|体系|情况|方案|措施|要求|任务|目标|原则)/.test(after)) return null;
    const clause = /^[^。.:：,，;；、（(]*/.exec(after)![0];
    if (clause.length < 10) return null;
    return { title: head, text: after.replace(/^[\s\u3000]+/, '') };
  }
  return null;
}
