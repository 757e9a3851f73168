// 〔责任单位：A牵头，B、C按职责分工负责〕: who leads a task and who takes part.
import type { Responsibility } from './model.ts';

const HEAD = '\\s*责任(?:单位|部门)\\s*[:：]';
const ANNOTATION = new RegExp(
  [`〔${HEAD}([^〔〕]*)〕`, `［${HEAD}([^［］]*)］`, `\\[${HEAD}([^\\[\\]]*)\\]`, `【${HEAD}([^【】]*)】`, `[（(]${HEAD}((?:[^（）()]|[（(][^（）()]*[）)])*)[）)]`].join('|'),
);

/** Splits a list of bodies on 、，, outside brackets (区市场监管局（知识产权局） stays whole). */
export function splitBodies(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('（(〔['.includes(ch)) depth++;
    if ('）)〕]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;和及'.includes(ch) && !(ch === '和' || ch === '及')) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const DUTY_TAIL = /(按照?职责分工负责|按职责分工|分工负责|共同负责|配合|参与|负责|落实)$/;

/** Reads the first responsibility annotation in a text; returns it and the text without it. */
export function readResponsibility(text: string): { responsibility: Responsibility | null; text: string } {
  const m = ANNOTATION.exec(text);
  if (!m) return { responsibility: null, text };
  const inner = (m.slice(1).find((g) => g !== undefined) ?? '').trim();
  let lead: string[] = [];
  let others: string[] = [];
  const k = inner.indexOf('牵头');
  if (k >= 0) {
    lead = splitBodies(inner.slice(0, k));
    others = splitBodies(inner.slice(k + 2).replace(/^[，,、]/, '').replace(DUTY_TAIL, ''));
  } else {
    const bodies = splitBodies(inner.replace(DUTY_TAIL, ''));
    if (bodies.length === 1) lead = bodies;
    else others = bodies;
  }
  return {
    responsibility: { lead, others: others.filter(Boolean), raw: m[0] },
    text: (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/\s+$/, ''),
  };
}
