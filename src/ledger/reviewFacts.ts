// Values a plan reports as achieved in its review sections (“十三五”回顾, 发展基础, 主要成效 …):
// 万人发明专利拥有量达20.34件 is the 2020 value of that indicator for the plan's region. Only
// sentences under a review heading count, and a value needs a year: one the sentence states
// (截至2020年底, 2020年), or the end of the previous period when the sentence speaks of it
// (“十三五”期间, 期末, 以来).
import type { PlanDoc } from '../core/schema/index.ts';
import type { IndicatorValue } from '../core/schema/index.ts';
import { collectClauses } from '../xref/clauses.ts';
import { cleanSubject, REVIEW, sentences, qualifierOp } from '../xref/proseTargets.ts';
import { QTY } from '../xref/quantities.ts';
import { indicatorTerm } from '../xref/indicatorNames.ts';

/** A value stated in a review sentence, keyed by the term of what it measures. */
export interface ReviewFact {
  plan: string;
  /** indicatorTerm of the subject: what an indicator's name must reduce to. */
  term: string;
  /** True when the subject counts over a span (累计, 新增, 期间 …) rather than a level at a date. */
  cumulative: boolean;
  year: number;
  value: IndicatorValue;
  url: string;
  path: string;
  sentence: string;
}

const SPAN = /累计|新增|期间|共计|共|以来|年均|20\d\d\s*[-—–~～至到]\s*20\d\d/;
// Words around a subject that say when or where, not what: 2015年, “十三五”期间, 截至…底, 我区, 其中 ….
const NOT_SUBJECT = /(?:截至|截止|到)?(?:20\d\d\s*[-—–~～至到]\s*)?20\d\d\s*年(?:底|末|度)?(?:以来)?|[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|以来|末)?|期末|期初|以来|特别是在?|其中|我区|我市|我县|全区|全市|全县|共计|共有|共|分别|已经|已|均/g;
// What a clause says happened to its subject (…持续攀升), which is not part of the subject.
const TREND = /(?:持续|稳步|不断|明显|大幅|显著|快速|逐年|进一步)?(?:攀升|增长|提高|提升|增加|上升|扩大|加快|改善|下降|减少)$/;
const PREVIOUS_PERIOD = /“?十[一二三四五六七八九]五”?|期末|期间|以来|截至|截止|末/;

/** True when an indicator name or subject counts over a span rather than a level at a date. */
export function isCumulative(text: string): boolean {
  return SPAN.test(text);
}

/** Review facts of one plan, in document order. */
export function reviewFacts(plan: PlanDoc): ReviewFact[] {
  const from = plan.meta.period.from;
  if (from === null) return [];
  const out: ReviewFact[] = [];
  for (const c of collectClauses([plan])) {
    if (c.unit.kind === 'table' || ![...c.ancestors, c.unit.title].some((t) => REVIEW.test(t))) continue;
    for (const s of sentences(c.own)) {
      let prevEnd = 0;
      for (const m of s.matchAll(QTY)) {
        const at = m.index ?? 0;
        const since = prevEnd;
        prevEnd = at + m[0].length;
        if (/[\d.第]/.test(s[at - 1] ?? '')) continue;
        const before = s.slice(0, at);
        // Years the value is dated by; 2016年以来 starts a span and dates nothing.
        const stated = [...before.matchAll(/(20\d\d)\s*年(?!以来)/g)].map((y) => Number(y[1])).filter((y) => y < from);
        // 2019年、2020年 … 共获得: a span of years is not one year's level.
        if (stated.length > 1 && !/[-—–~～至到]\s*20\d\d\s*年/.test(before)) continue;
        const year = stated[0] ?? (PREVIOUS_PERIOD.test(before) ? from - 1 : null);
        if (year === null) continue;
        const span = s.slice(Math.max(since, at - 30), at).split(/[，,：:；;。]/).pop() ?? '';
        let subject = cleanSubject(span.replace(NOT_SUBJECT, ''));
        // 万人有效发明专利拥有量持续攀升，2015年达到18.78件: the subject ends the clause before.
        if (!subject) {
          const clauses = s.slice(since, at).split(/[，,；;]/);
          subject = cleanSubject((clauses.at(-2) ?? '').replace(NOT_SUBJECT, '').replace(TREND, ''));
        }
        const term = indicatorTerm(subject);
        if (term.length < 4) continue;
        const unit = m[3] === '％' ? '%' : m[3];
        out.push({
          plan: plan.slug,
          term,
          cumulative: isCumulative(span) || isCumulative(before.slice(-16)),
          year,
          value: { raw: m[0], op: qualifierOp(before.slice(-30), m[4] ?? ''), value: Number(m[1]), max: m[2] !== undefined ? Number(m[2]) : null, values: m[2] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[1])], unit, year },
          url: c.ref.url,
          path: c.ref.path,
          sentence: s,
        });
      }
    }
  }
  return out;
}
