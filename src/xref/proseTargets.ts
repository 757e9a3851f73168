// Quantified targets written in prose: “到2025年，……达到95%以上”, “发展放心店200家”.
//
// A number counts when it carries a unit (%, 件, 家, 亿元 …; bare numbers and years do not) and
// its sentence reads as a target: a future year (到2025年, or any year ≥ the plan's start), a
// target word (力争, 确保, 目标, 预期), a target verb just before the number (达到, 发展, 培育,
// 新增 …), or an enclosing heading about 目标/指标. Clauses under review headings (回顾, 成效,
// 基础, 现状 …) are skipped: they report the past, not targets.
import type { PlanDoc } from '../core/schema/plan.ts';
import type { Clause } from './clauses.ts';
import { preview } from '../core/text.ts';
import type { ProseTarget } from '../core/schema/xref.ts';
import { QTY } from './quantities.ts';

/** Headings of review sections: what follows reports the past. */
export const REVIEW = /回顾|成效|成就|成绩|发展基础|工作基础|现状|完成情况|存在问题|面临形势/;
const GOAL_HEADING = /目标|指标/;
const GOAL_WORD = /力争|确保|目标|预期|规划期末|期末/;
const VERB_BEFORE = /(达到|达|超过|突破|不低于|不少于|不超过|控制在|保持在|提高到|提升到|提高至|提升至|增加到|增长|发展|培育|新增|完成|建成|建设|创建|打造|实现|扶持|引进|培养|举办|开展|新培育|累计|总数在|保持)[^，。；,;\d]{0,8}$/;

/** Sentences of a text, each ending at 。；！？ (kept). */
export function sentences(text: string): string[] {
  return (text.match(/[^。；;！!？?\n]+[。；;！!？?]?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** Years a sentence aims at: 到/至20xx年, or 20xx年底/末/前. */
export function targetYears(s: string): number[] {
  return [...s.matchAll(/(?:(?:到|至|在)\s*(20\d\d)\s*年|(20\d\d)\s*年\s*(?:底|末|前))/g)].map((m) => Number(m[1] ?? m[2]));
}

/** Comparison operator from the words around a number. */
export function qualifierOp(before: string, after: string): ProseTarget['op'] {
  if (/以上|之上/.test(after) || /不低于|不少于|至少/.test(before)) return '≥';
  if (/以下|以内|之内/.test(after) || /不超过|不高于|控制在/.test(before)) return '≤';
  if (/超过|突破|高于/.test(before)) return '>';
  return null;
}

/** What is measured: the words before the number without leading dashes and trailing verbs (达到, 累计达 …). */
export function cleanSubject(s: string): string {
  return s
    .replace(/^[—\-\s“”、]+/, '')
    .replace(/^(以上|以下|左右|以内)[、，]?/, '')
    .replace(/(力争|累计|分别|均|要|将|不低于|不少于|不超过|控制在|保持在|提高到|提升到|提高至|提升至|增加到|达到|超过|突破|达|为|在)+$/, '')
    .trim();
}

/** Quantified targets of one plan's clauses, in document order. */
export function extractProseTargets(plan: PlanDoc, clauses: Clause[]): ProseTarget[] {
  const from = plan.meta.period.from;
  const out: ProseTarget[] = [];
  for (const c of clauses) {
    if (c.plan !== plan.slug || c.unit.kind === 'table') continue;
    if ([...c.ancestors, c.unit.title].some((t) => REVIEW.test(t))) continue;
    const goalContext = c.ancestors.some((t) => GOAL_HEADING.test(t));
    let lastYear: number | null = null;
    for (const s of sentences(c.own)) {
      const years = targetYears(s);
      const yearsAny = [...s.matchAll(/(20\d\d)\s*年/g)].map((m) => Number(m[1]));
      const future = years.length > 0 || (from !== null && yearsAny.some((y) => y >= from));
      // Year: the sentence's own, else an earlier 到20xx年 of the clause, else the plan's end year under a 目标/指标 heading.
      const year = years[0] ?? (from !== null ? yearsAny.find((y) => y >= from) : undefined) ?? lastYear ?? (goalContext ? plan.meta.period.to : null);
      if (years.length) lastYear = years[0];
      let prevEnd = 0;
      for (const m of s.matchAll(QTY)) {
        const at = m.index ?? 0;
        const since = prevEnd;
        prevEnd = at + m[0].length;
        if (/^\d{4}$/.test(m[1]) && /^年/.test(s.slice(at + m[0].length))) continue;
        const before = s.slice(Math.max(0, at - 30), at);
        const prev = s[at - 1] ?? '';
        if (/[\d.第]/.test(prev)) continue;
        if (!(future || goalContext || GOAL_WORD.test(s) || VERB_BEFORE.test(before))) continue;
        // The subject starts after the previous quantity of the sentence (驰名商标110件、著名商标500件).
        const subject = cleanSubject(s.slice(Math.max(since, at - 30), at).split(/[，,：:；;。]/).pop() ?? '');
        out.push({
          clause: c.ref,
          sentence: preview(s, 200),
          year: year ?? null,
          raw: m[0],
          value: Number(m[1]),
          max: m[2] !== undefined ? Number(m[2]) : null,
          unit: m[3] === '％' ? '%' : m[3],
          op: qualifierOp(before, m[4] ?? ''),
          subject,
        });
      }
    }
  }
  return out;
}
