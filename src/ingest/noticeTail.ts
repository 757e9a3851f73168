// An issuing notice whose plan is not printed after it (a notice-only copy, or a plan that follows with no
// title): the notice goes on past its first sentence with points of its own (一、…各地要…), the plan named
// by its short name (《规划》), its signature, date and the file it attaches. Those lines are the notice's,
// not plan text. GB/T 9704 notices close with the signature and date, so once they are read the notice is over.
import type { LineInfo, LineKind } from './lineKinds.ts';
import type { MarkerKind } from './model.ts';

/** Kinds that are always part of a notice. */
const NOTICE_PART = new Set<LineKind>(['notice-text', 'notice-note', 'date', 'signature', 'recipients', 'notice-title', 'doc-number']);
/** The plan named by its short name, as only the notice that issues it does. */
const SHORT_NAME = /《(规划|纲要|方案|意见|计划|办法|要点|细则|预案|清单|通知|实施方案|行动计划)》/;
/** The notice tells its recipients what to do: 各地、各部门要…, 有关部门要…, 请…认真/按照…. */
const INSTRUCTION = /(各|有关)[^,。;]{0,40}(要|应|务必)|请[^。;]{0,40}(要|认真|切实|抓紧|及时|按照|结合|加强)/;
/** A plan's own preamble, which says the plan is drawn up here (…，制定本方案。), is never the notice's. */
const PREAMBLE = /制定本|特制定|现制定|制定如下|提出如下|制订本/;
/** The file a notice attaches, named as a document (…纲要.docx). */
const FILE_NAME = /\.(docx?|pdf|wps|xlsx?)$/i;

/** A notice's paragraphs are a few sentences; a longer line is a plan's text (or all of it on one line). */
const MAX_NOTICE_PARAGRAPH = 400;

/** True for a line that reads as the notice rather than the plan. */
export function noticeLike(info: LineInfo): boolean {
  if (NOTICE_PART.has(info.kind)) return true;
  const t = info.folded;
  if (t.length > MAX_NOTICE_PARAGRAPH || PREAMBLE.test(t)) return false;
  return FILE_NAME.test(t) || SHORT_NAME.test(t) || INSTRUCTION.test(t);
}

/** Lines [from, to) that carry the notice on: a run of notice-like lines from `from`, where a point of the
 * notice's own numbering that is not notice-like is taken along once others were. The run counts only
 * when the text ends with it or the plan starts after it with something else than the notice's next
 * point (1. after 三、, or prose); a run followed by more of the same numbering was the plan's. */
export function noticeContinuation(infos: LineInfo[], from: number, to: number): number[] {
  const run: number[] = [];
  let pointKind: MarkerKind | null = null;
  let strong = 0;
  let i = from;
  for (; i < to; i++) {
    const x = infos[i];
    if (x.kind === 'blank') continue;
    const point = x.marker && x.marker.kind !== 'dash' ? x.marker.kind : null;
    if (point && !pointKind) pointKind = point;
    if (noticeLike(x)) strong++;
    else if (!(point && point === pointKind && strong > 0)) break;
    run.push(i);
  }
  if (!run.length) return [];
  const next = i < to ? infos[i] : null;
  if (next && next.marker && next.marker.kind === pointKind) return [];
  return run;
}
