// Who carries out a task, in every common form: 〔责任单位：A牵头，B按职责分工负责〕, （A负责）,
// （牵头单位：A；配合单位：B）, 〔A牵头，B负责〕, 由A牵头，B配合, and a 责任单位：… line. A list ends at
// 。; a deadline or a catch-all (等有关部门) is not a body; a rule stated once with 下同 (排名第一的为
// 牵头单位) holds for the annotations after it. Lead bodies (牵头, 主办, 承办) and supporting ones (配合,
// 协办, 参与, and the rest of a list that names a lead) are told apart; a list with no lead named is
// read as all responsible (lead). Matching runs on the folded view; names are cut from the text as written.
import type { Responsibility, ResponsibilityPart } from './model.ts';
import { foldWithMap, sourceSlice, type FoldedLine } from './fold.ts';
import { stripGlosses } from './docNumber.ts';
import { CLOSE, OPEN, ORG_END, isDeadline, names, pieces, splitOutside } from './bodyNames.ts';

/** What annotations earlier in the plan said about the ones after them (下同). */
export interface ResponsibilityRules {
  /** 排名第一的为牵头单位：the first body of a plain list leads, the rest support. */
  firstLeads: boolean;
  /** Annotations read so far in the plan: once the plan uses them, a bracket cut off by the end of the
   * copy that opens with a body (（市政府办公室、市…) is one too. */
  seen: number;
}

/** Fresh rules for a plan. */
export function newRules(): ResponsibilityRules {
  return { firstLeads: false, seen: 0 };
}

/** Labels that open a list of bodies (责任单位：…), in brackets or on a line of their own. */
export const LABEL_WORDS = '责任单位|责任部门|牵头单位|牵头部门|主办单位|承办单位|配合单位|协办单位|参与单位|协作单位|责任处室|实施单位';
const LABELS = new RegExp(`^(${LABEL_WORDS})\\s*:`);
/** A label that opens a second list inside one annotation without a ; before it (牵头单位：A  责任单位：B). */
const LABEL_INSIDE = new RegExp(`[\\s,]+(?=(?:${LABEL_WORDS})\\s*:)`, 'g');
const LEAD_LABEL = /^(牵头单位|牵头部门|主办单位|承办单位)\s*:/;
const OTHER_LABEL = /^(配合单位|协办单位|参与单位|协作单位)\s*:/;
const ANY_LABEL = new RegExp(`^(${LABEL_WORDS})\\s*:`);
/** Role words that close a group of names: who leads, who supports, who is responsible (all alike). */
const LEAD_TAIL = /(牵头|主办|承办)(负责|卖力)?$/;
const OTHER_TAIL = /(配合|协办|参与|协作|协助)$/;
const ALL_TAIL = /(按照?职责分工负责|按职责分工卖力|按职责分工|分工负责|共同负责|分别负责|负责|卖力|落实|实施)$/;
const DUTY_END = /(牵头|负责|配合|承办|主办|协办|协作|落实|实施|卖力)\s*[。.]?$/;
/** A note inside an annotation, not a body: the rule that the first named leads, 下同, 不再单独列出. */
const NOTE = /排在首位|排名第一|排在第一|排名首位|列第一位|为牵头单位|下同|不再(单独)?(列出|列明|重复|做分工|分工)|以下.{0,40}(均需|均由|均要)/;
/** The rule that the first body of a plain list leads and the rest support (排名第一的为牵头单位, 排在首位的为牵头单位). */
const FIRST_LEADS = /(排在首位|排名第一|排在第一位?|排名首位|列第一位|列首位|排第一)的?(单位)?(为|是)牵头/;
/** A person, not a body: what follows 责任人 (or 联系人) in an annotation is left out. */
const PERSON = /^(责任人|联系人|责任领导|牵头领导|分管领导|联系领导)/;

interface Annotation {
  /** The annotation as written. */
  raw: string;
  /** Folded text inside it (without brackets). */
  inner: string;
  start: number;
  end: number;
}

/** True when a bracket's folded inside reads as a list of bodies closed by a duty word (A牵头，B配合;
 * 国务院各部门分别负责，年内持续推进): notes and deadlines after it are allowed, and a body must be named. */
function isDutyList(inner: string): boolean {
  const parts = splitOutside(inner.split('。')[0], ',;').map((p) => p.trim()).filter(Boolean);
  while (parts.length && (NOTE.test(parts[parts.length - 1]) || isDeadline(parts[parts.length - 1]))) parts.pop();
  const last = parts[parts.length - 1];
  if (!last || !DUTY_END.test(last) || !/[\u3400-\u9fff]{2}/.test(last)) return false;
  const named = parts.join('、').replace(/(按照?职责分工|分别|共同)?(牵头|负责|配合|承办|主办|协办|协作|落实|实施|卖力)/g, '、');
  return pieces(named).some((p) => ORG_END.test(p.replace(/^由/, '')) || /^各/.test(p));
}

/** Every responsibility annotation in a text, with its place; once a 下同 rule is in force, a bracketed
 * list of organs alone is one too. An annotation cut off by the end of the text (a truncated copy) counts
 * when its label shows what it is. */
export function findAnnotations(text: string, rules: ResponsibilityRules = newRules()): Annotation[] {
  const line = foldWithMap(text);
  const f = line.text;
  const out: Annotation[] = [];
  for (let i = 0; i < f.length; i++) {
    const o = OPEN.indexOf(f[i]);
    if (o < 0) continue;
    // The matching close, allowing brackets inside (各镇（街道）).
    let depth = 0;
    let j = i;
    for (; j < f.length; j++) {
      if (OPEN.includes(f[j])) depth++;
      else if (CLOSE.includes(f[j]) && --depth === 0) break;
    }
    if (j >= f.length) {
      const inner = f.slice(i + 1).trim();
      const opensWithBody = rules.seen > 0 && ORG_END.test(pieces(inner)[0] ?? '') && !/[。;]/.test(inner);
      if ((LABELS.test(inner) || opensWithBody) && inner.length <= 300) out.push(annotation(text, line, i, f.length, 'open'));
      break;
    }
    const inner = f.slice(i + 1, j).trim();
    const organList = rules.firstLeads && pieces(inner).length > 1 && pieces(inner).every((p) => ORG_END.test(p));
    if (inner.length >= 2 && inner.length <= 300 && (LABELS.test(inner) || organList || /牵头单位|排名第一/.test(inner) || isDutyList(inner))) {
      out.push(annotation(text, line, i, j + 1, 'closed'));
      i = j;
    }
  }
  // 由A牵头，B配合。 (A an organ, not 由区级负责审批) and a 责任单位：… sentence standing free.
  for (const m of f.matchAll(/由([^,。;由]{2,80}?)(牵头|承办|主办|负责)[^,。;]{0,6}(,([^。;]{2,160}?)(配合|协办|参与|协作|按职责分工负责|负责))?[。;]?/g)) {
    const start = m.index ?? 0;
    if (!pieces(m[1]).some((p) => ORG_END.test(p))) continue;
    if (!out.some((a) => start >= a.start && start < a.end)) out.push(annotation(text, line, start, start + m[0].length, 'bare'));
  }
  for (const m of f.matchAll(new RegExp(`(?:^|。)\\s*((?:${LABEL_WORDS})\\s*:[^。]{2,200})[。]?`, 'g'))) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    if (!out.some((a) => start >= a.start && start < a.end)) out.push(annotation(text, line, start, start + m[1].length, 'bare'));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An annotation at [start, end) of the folded line: bracketed and closed, bracketed and cut off, or bare. */
function annotation(text: string, line: FoldedLine, start: number, end: number, form: 'closed' | 'open' | 'bare'): Annotation {
  const from = form === 'bare' ? start : start + 1;
  const to = form === 'closed' ? end - 1 : end;
  return { raw: sourceSlice(text, line, start, end), inner: line.text.slice(from, to).trim(), start, end };
}

type Role = 'lead' | 'other' | 'all';

/** Reads one annotation's folded inner text into lead and supporting bodies. */
export function readAnnotation(inner: string, rules: ResponsibilityRules = newRules()): { lead: string[]; others: string[] } {
  if (FIRST_LEADS.test(inner)) rules.firstLeads = true;
  // The list ends at 。; what follows is a note (…不再做分工，下同).
  const list = inner.split('。')[0].replace(LABEL_INSIDE, ';');
  const lead: string[] = [];
  const others: string[] = [];
  const groups: { role: Role; names: string[] }[] = [];
  let person = false;
  for (const clause of list.split(';').map((c) => c.trim()).filter(Boolean)) {
    if (PERSON.test(clause) || person) { person = true; continue; }
    const labelRole: Role = LEAD_LABEL.test(clause) ? 'lead' : OTHER_LABEL.test(clause) ? 'other' : 'all';
    // Names gather until a role word closes them: A牵头，B、C等部门，D配合.
    let pending: string[] = [];
    const close = (role: Role, tail?: RegExp) => {
      if (!pending.length) return;
      if (tail) pending[pending.length - 1] = pending[pending.length - 1].replace(tail, '');
      groups.push({ role, names: names(pending.join('、')) });
      pending = [];
    };
    for (const piece of splitOutside(clause.replace(ANY_LABEL, ''), ',').map((p) => p.trim().replace(/[。.]$/, '')).filter(Boolean)) {
      if (NOTE.test(piece) || isDeadline(piece)) continue;
      pending.push(piece);
      if (LEAD_TAIL.test(piece)) close('lead', LEAD_TAIL);
      else if (OTHER_TAIL.test(piece)) close('other', OTHER_TAIL);
      else if (ALL_TAIL.test(piece)) close('all', ALL_TAIL);
    }
    close(labelRole);
  }
  const sawLead = groups.some((g) => g.role === 'lead');
  for (const g of groups) (g.role === 'lead' || (g.role === 'all' && !sawLead) ? lead : others).push(...g.names);
  if (!sawLead && rules.firstLeads && lead.length > 1 && others.length === 0) return { lead: lead.slice(0, 1), others: lead.slice(1) };
  return { lead: [...new Set(lead)], others: [...new Set(others)].filter((o) => !lead.includes(o)) };
}

/** Names are shown as written: each folded name is cut from the source where it stands. */
export function asWritten(text: string, line: FoldedLine = foldWithMap(text)): (name: string) => string {
  return (n) => {
    const at = line.text.indexOf(n);
    return stripGlosses(at >= 0 ? sourceSlice(text, line, at, at + n.length) : n);
  };
}

/** The annotations of a unit's text: the bodies of all of them, and the text without the one that
 * closes it (a trailing annotation is shown as the unit's 责任单位 line; others stay in the text). */
export function readResponsibility(text: string, rules: ResponsibilityRules = newRules()): { responsibility: Responsibility | null; text: string } {
  const found = findAnnotations(text, rules);
  if (!found.length) return { responsibility: null, text };
  const line = foldWithMap(text);
  const written = asWritten(text, line);
  const parts: ResponsibilityPart[] = found.map((a) => {
    rules.seen++;
    const r = readAnnotation(a.inner, rules);
    const lead = [...new Set(r.lead.map(written))];
    return { lead, others: [...new Set(r.others.map(written))].filter((o) => !lead.includes(o)), raw: a.raw };
  });
  const last = found[found.length - 1];
  const trailing = line.text.slice(last.end).replace(/[\s。.;；]/g, '') === '';
  const lead = [...new Set(parts.flatMap((p) => p.lead))];
  const responsibility: Responsibility = {
    lead,
    others: [...new Set(parts.flatMap((p) => p.others))].filter((o) => !lead.includes(o)),
    // The annotation taken out of the text (shown as the unit's 责任单位 line); '' when all stay in the text.
    raw: trailing ? last.raw : '',
    ...(parts.length > 1 ? { parts } : {}),
  };
  const rest = trailing ? (text.slice(0, line.map[last.start]) + text.slice(line.map[last.end])).replace(/\s+$/, '') : text;
  return { responsibility, text: rest };
}
