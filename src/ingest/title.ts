// Recognising a plan's title, also when it is broken over two or three lines.
import type { SourceLine } from './lines.ts';
import { readMarker } from './markers.ts';
import { furnitureRole, DATE_LINE, DOC_NUMBER, NOTICE_NOTE } from './furniture.ts';

const TITLE_END = /(规划|方案|计划|纲要|意见|要点|办法|细则|规划纲要)(\s*[（(][^（()）]{2,24}[）)])?$/;
const PERIOD_ONLY = /^[（(]\s*\d{4}\s*(年)?\s*[-—–~～至到]+\s*\d{4}\s*(年)?\s*[）)]$/;
const SENTENCE_PUNCT = /[。；！？，,;：:]/;

/** A line that can end a plan title (…发展规划, …工作方案（2022-2025年）). */
export function isTitleEnd(text: string): boolean {
  if (text.length < 6 || text.length > 70) return false;
  if (SENTENCE_PUNCT.test(text.replace(/[（(][^）)]*[）)]$/, ''))) return false;
  if (/^[《“"]/.test(text) || /关于印发|通知$|的通知/.test(text)) return false;
  if (readMarker(text)) return false;
  return TITLE_END.test(text);
}

/** A short line that may be the first part of a title broken over lines. */
function isTitleFragment(text: string): boolean {
  if (text === '' || text.length > 40) return false;
  if (SENTENCE_PUNCT.test(text) || readMarker(text) || furnitureRole(text)) return false;
  if (DATE_LINE.test(text) || DOC_NUMBER.test(text) || NOTICE_NOTE.test(text)) return false;
  if (/文件$|通知$|关于印发|^[（(]|[）)]$/.test(text)) return false;
  return !isTitleEnd(text);
}

/** True when line i is the middle of a notice title (关于印发…的通知) broken over lines. */
function insideNoticeTitle(lines: SourceLine[], i: number): boolean {
  const prev = lines[i - 1]?.text ?? '';
  const next = lines[i + 1]?.text ?? '';
  return (/关于印发/.test(prev) && !/通知$/.test(prev)) || (/通知$/.test(next) && !SENTENCE_PUNCT.test(next));
}

export interface TitleSpan {
  /** Index (into the line array) of the title's first and last line. */
  start: number;
  end: number;
  title: string;
}

/** Finds every title in a file's lines, in order; the caller splits the file at them. */
export function findTitles(lines: SourceLine[]): TitleSpan[] {
  const spans: TitleSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isTitleEnd(lines[i].text) || insideNoticeTitle(lines, i)) continue;
    let start = i;
    // Walk back over at most two fragments, allowing one blank line between parts.
    for (let k = 0; k < 2; k++) {
      let j = start - 1;
      if (j >= 0 && lines[j].text === '') j--;
      if (j < 0 || !isTitleFragment(lines[j].text)) break;
      if (spans.length && j <= spans[spans.length - 1].end) break;
      start = j;
    }
    let end = i;
    let j = i + 1;
    if (j < lines.length && lines[j].text === '') j++;
    if (j < lines.length && PERIOD_ONLY.test(lines[j].text)) end = j;
    const title = lines
      .slice(start, end + 1)
      .map((l) => l.text)
      .filter(Boolean)
      .join('');
    spans.push({ start, end, title });
    i = end;
  }
  return spans;
}
