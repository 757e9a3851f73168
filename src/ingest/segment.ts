// Splitting a seed file into plans: each plan runs from its issuing notice (if any) or title to the
// next plan's notice or title.
import type { SourceLine } from './lines.ts';
import { findTitles, type TitleSpan } from './title.ts';

export interface PlanSegment {
  /** Lines before the title: the issuing notice, when there is one. */
  head: SourceLine[];
  title: TitleSpan;
  titleLines: SourceLine[];
  /** Lines after the title up to the next plan. */
  body: SourceLine[];
}

const NOTICE_START = /^.{2,30}文件$|关于印发.{0,60}$/;

/** Index in lines (between from and to) where the notice of the next plan starts, or to. */
function noticeStart(lines: SourceLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (NOTICE_START.test(lines[i].text) && !/[。；]/.test(lines[i].text)) return i;
  }
  return to;
}

/** Splits a file's lines into plan segments; a file with no recognisable title is one plan. */
export function segmentFile(lines: SourceLine[]): PlanSegment[] {
  const titles = findTitles(lines);
  if (titles.length === 0) {
    const first = lines.findIndex((l) => l.text !== '');
    const span = { start: first, end: first, title: lines[first]?.text ?? '' };
    return [{ head: lines.slice(0, first), title: span, titleLines: lines.slice(first, first + 1), body: lines.slice(first + 1) }];
  }
  const out: PlanSegment[] = [];
  let headStart = 0;
  titles.forEach((t, k) => {
    const next = titles[k + 1];
    const bodyEnd = next ? noticeStart(lines, t.end + 1, next.start) : lines.length;
    out.push({
      head: lines.slice(headStart, t.start),
      title: t,
      titleLines: lines.slice(t.start, t.end + 1),
      body: lines.slice(t.end + 1, bodyEnd),
    });
    headStart = bodyEnd;
  });
  return out;
}
