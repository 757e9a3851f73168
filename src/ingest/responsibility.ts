// Who carries out a task, in every common form: 〔责任单位：A牵头，B按职责分工负责〕, （A负责）,
// （牵头单位：A；配合单位：B）, 〔A牵头，B负责〕, 由A牵头，B配合, and a 责任单位：… line. A list ends at
// 。; a deadline or a catch-all (等有关部门) is not a body; a rule stated once with 下同 (排名第一的为
// 牵头单位) holds for the annotations after it. Lead bodies (牵头, 主办, 承办) and supporting ones (配合,
// 协办, 参与, and the rest of a list that names a lead) are told apart; a list with no lead named is
// read as all responsible (lead). Matching runs on the folded view; names are cut from the text as written.
import type { Responsibility } from './model.ts';
import { foldWithMap, sourceSlice, type FoldedLine } from './fold.ts';
import { stripGlosses } from './docNumber.ts';

/** What annotations earlier in the plan said about the ones after them (下同). */
export interface ResponsibilityRules {
  /** 排名第一的为牵头单位：the first body of a plain list leads, the rest support. */
  firstLeads: boolean;
}

/** Fresh rules for a plan. */
export function newRules(): ResponsibilityRules {
  return { firstLeads: false };
}

const OPEN = '(〔[【';
const CLOSE = ')〕]】';
const LABELS = /^(责任单位|责任部门|牵头单位|牵头部门|主办单位|承办单位|配合单位|协办单位|参与单位|责任处室|实施单位)\s*:/;
const DUTY_END = /(牵头|负责|配合|承办|主办|协办|落实|实施|卖力)\s*[。.]?$/;
const LEAD_LABEL = /^(牵头单位|牵头部门|主办单位|承办单位)\s*:/;
const OTHER_LABEL = /^(配合单位|协办单位|参与单位)\s*:/;
const RESP_LABEL = /^(责任单位|责任部门|责任处室|实施单位)\s*:/;
const LEAD_TAIL = /(牵头|主办|承办)(负责|卖力)?$/;
const OTHER_TAIL = /(按照?职责分工负责|按职责分工卖力|按职责分工|分工负责|共同负责|配合|协办|参与|落实)$/;
const ALL_TAIL = /(负责|卖力|实施)$/;
/** Names end in an organ word; a piece that does not shares the suffix of the next (哈尔滨、黑河市政府). */
const ORG_END = /(局|委|办|厅|部|院|署|政府|单位|中心|公司|部门|管委会|小组|集团|银行|分行|指挥部|协会|学校|医院|站|所|队|会|库|组|室|处|科|行|社|团|馆|台|网|司|镇|乡|街道|村|园区|高新区|开发区)(\([^)]*\))?$/;
const NOT_BODY = /^(\d{4}\s*年|\d{1,2}\s*月|年底|月底|长期|持续|\d)|完成$|前$|以前$|底$/;

interface Annotation {
  /** The annotation as written. */
  raw: string;
  /** Folded text inside it (without brackets). */
  inner: string;
  /** Source span of `inner`. */
  source: string;
  start: number;
  end: number;
}

/** Every responsibility annotation in a text, with its place; once a 下同 rule is in force, a bracketed
 * list of organs alone is one too. */
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
    if (j >= f.length) break;
    const inner = f.slice(i + 1, j).trim();
    const organList = rules.firstLeads && pieces(inner).length > 1 && pieces(inner).every((p) => ORG_END.test(p));
    if (inner.length >= 2 && inner.length <= 300 && (LABELS.test(inner) || organList || /牵头单位|排名第一/.test(inner) || (DUTY_END.test(inner.split('。')[0]) && /[\u3400-\u9fff]{2}/.test(inner)))) {
      out.push(annotation(text, line, i, j + 1));
      i = j;
    }
  }
  // 由A牵头，B配合。 and a 责任单位：… sentence standing free.
  for (const m of f.matchAll(/由([^,。;由]{2,80}?)(牵头|承办|主办|负责)[^,。;]{0,6}(,([^。;]{2,160}?)(配合|协办|参与|按职责分工负责|负责))?[。;]?/g)) {
    const start = m.index ?? 0;
    if (!out.some((a) => start >= a.start && start < a.end)) out.push(annotation(text, line, start, start + m[0].length, true));
  }
  for (const m of f.matchAll(/(?:^|。)\s*((责任单位|牵头单位|责任部门)\s*:[^。]{2,200})[。]?/g)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    if (!out.some((a) => start >= a.start && start < a.end)) out.push(annotation(text, line, start, start + m[1].length, true));
  }
  return out.sort((a, b) => a.start - b.start);
}

function annotation(text: string, line: FoldedLine, start: number, end: number, bare = false): Annotation {
  const inner = bare ? line.text.slice(start, end) : line.text.slice(start + 1, end - 1);
  return { raw: sourceSlice(text, line, start, end), inner: inner.trim(), source: sourceSlice(text, line, bare ? start : start + 1, bare ? end : end - 1), start, end };
}

/** Splits a folded list into pieces on 、,，; (outside brackets) and on 及/和/以及 between whole names. */
function pieces(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、,;'.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.flatMap((p) => p.split(/(?<=(?:局|委|办|厅|部|院|政府|单位|部门|中心|管委会))(?:及|和|以及)/)).map((p) => p.trim()).filter(Boolean);
}

/** Names of a folded list, role words and catch-alls removed, pieces without an organ word joined to the next. */
function names(list: string): string[] {
  const raw = pieces(list)
    .map((p) => p.replace(/^(由|请|各有关|责任单位|责任部门|牵头单位|配合单位)\s*:?/, '').replace(/等.{0,12}(有关部门|单位|部门)$/, '').replace(/等$/, '').trim())
    .filter((p) => p && !NOT_BODY.test(p) && p.length <= 40);
  const out: string[] = [];
  let pending = '';
  for (const p of raw) {
    const whole = pending ? `${pending}、${p}` : p;
    if (ORG_END.test(p) || p.length > 12) {
      out.push(whole);
      pending = '';
    } else pending = whole;
  }
  if (pending) out.push(pending);
  return out;
}

/** Reads one annotation's folded inner text into lead and supporting bodies. */
export function readAnnotation(inner: string, rules: ResponsibilityRules = newRules()): { lead: string[]; others: string[] } {
  // The list ends at 。; what follows is a note (…不再做分工，下同).
  const [list, ...notes] = inner.split('。');
  const note = notes.join('。');
  if (/排名第一的?为牵头单位/.test(inner)) rules.firstLeads = true;
  const lead: string[] = [];
  const others: string[] = [];
  let sawLead = false;
  for (const clause of list.split(';').map((c) => c.trim()).filter(Boolean)) {
    if (LEAD_LABEL.test(clause)) { lead.push(...names(clause.replace(LEAD_LABEL, ''))); sawLead = true; continue; }
    if (OTHER_LABEL.test(clause)) { others.push(...names(clause.replace(OTHER_LABEL, ''))); continue; }
    const body = clause.replace(RESP_LABEL, '');
    // A clause may hold several segments: A牵头，B按职责分工负责.
    const segments = body.split(/,(?=[^,]*(?:牵头|负责|配合|协办|参与|落实|卖力))/);
    for (const seg of segments) {
      const s = seg.trim().replace(/[。.]$/, '');
      if (LEAD_TAIL.test(s)) { lead.push(...names(s.replace(LEAD_TAIL, ''))); sawLead = true; }
      else if (OTHER_TAIL.test(s) && (sawLead || RESP_LABEL.test(clause) && lead.length)) others.push(...names(s.replace(OTHER_TAIL, '')));
      else if (RESP_LABEL.test(clause) && sawLead) others.push(...names(s.replace(OTHER_TAIL, '').replace(ALL_TAIL, '')));
      else lead.push(...names(s.replace(OTHER_TAIL, '').replace(ALL_TAIL, '')));
    }
  }
  if (note && /排名第一/.test(note)) rules.firstLeads = true;
  if (!sawLead && rules.firstLeads && lead.length > 1 && others.length === 0) return { lead: lead.slice(0, 1), others: lead.slice(1) };
  return { lead: [...new Set(lead)], others: [...new Set(others)].filter((o) => !lead.includes(o)) };
}

/** The annotations of a unit's text: the bodies of all of them, and the text without the one that
 * closes it (a trailing annotation is shown as the unit's 责任单位 line; others stay in the text). */
export function readResponsibility(text: string, rules: ResponsibilityRules = newRules()): { responsibility: Responsibility | null; text: string } {
  const found = findAnnotations(text, rules);
  if (!found.length) return { responsibility: null, text };
  const lead: string[] = [];
  const others: string[] = [];
  for (const a of found) {
    const r = readAnnotation(a.inner, rules);
    lead.push(...r.lead);
    others.push(...r.others);
  }
  const line = foldWithMap(text);
  const last = found[found.length - 1];
  const trailing = line.text.slice(last.end).replace(/[\s。.;；]/g, '') === '';
  // Names are shown as written: cut from the source where the folded name stands.
  const written = (n: string) => {
    const at = line.text.indexOf(n);
    return stripGlosses(at >= 0 ? sourceSlice(text, line, at, at + n.length) : n);
  };
  const responsibility: Responsibility = {
    lead: [...new Set(lead.map(written))],
    others: [...new Set(others.map(written))].filter((o) => !lead.map(written).includes(o)),
    // The annotation taken out of the text (shown as the unit's 责任单位 line); '' when all stay in the text.
    raw: trailing ? last.raw : '',
  };
  const rest = trailing ? (text.slice(0, line.map[last.start]) + text.slice(line.map[last.end])).replace(/\s+$/, '') : text;
  return { responsibility, text: rest };
}
