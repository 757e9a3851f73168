// The footer of an official document: 抄送 (copied to), the printing office and its date.
import type { SourceLine } from './lines.ts';
import { COPY_TO, furnitureRole } from './furniture.ts';

/** "2022年12月30日印发", alone or after the printing office on the same line. */
const PRINTED = /^(.{0,30}?)[\s\u3000]*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印\s*发$/;
import { isoDate } from './notice.ts';

export interface FooterInfo {
  /** Index in the body lines where the footer starts (body length when there is none). */
  start: number;
  copyTo: string;
  printedBy: string;
  printedDate: string;
  /** Line numbers recognised as footer text. */
  footerLines: Set<number>;
}

/** Finds the footer at the end of a plan's body lines and reads its fields. */
export function readFooter(body: SourceLine[]): FooterInfo {
  const info: FooterInfo = { start: body.length, copyTo: '', printedBy: '', printedDate: '', footerLines: new Set() };
  // The footer block (抄送, office, 印发 date, page furniture) is short: it is looked for in the last 40 lines.
  const from = Math.max(0, body.length - 40);
  let start = -1;
  for (let i = from; i < body.length; i++) {
    if (COPY_TO.test(body[i].text)) { start = i; break; }
  }
  const printed = body.findIndex((l, i) => i >= from && PRINTED.test(l.text));
  let office = -1;
  if (printed >= 0) {
    for (let k = printed - 1; k >= Math.max(from, printed - 4); k--) {
      const t = body[k].text;
      if (t === '' || furnitureRole(t)) continue;
      if (t.length <= 30 && !/[。，；：、]/.test(t)) office = k;
      break;
    }
  }
  if (start < 0) start = office >= 0 ? office : printed;
  if (start < 0) return info;
  info.start = start;
  let inCopy = false;
  for (let i = start; i < body.length; i++) {
    const l = body[i];
    if (l.text === '') continue;
    if (COPY_TO.test(l.text)) {
      info.copyTo = l.text.replace(COPY_TO, '').trim();
      info.footerLines.add(l.n);
      inCopy = !/[。]$/.test(l.text);
      continue;
    }
    if (inCopy && /^[\s\u3000]/.test(l.raw) && !furnitureRole(l.text)) {
      info.copyTo += l.text;
      info.footerLines.add(l.n);
      inCopy = !/[。]$/.test(l.text);
      continue;
    }
    inCopy = false;
    const m = PRINTED.exec(l.text);
    if (m) {
      info.printedDate = isoDate(m[2], m[3], m[4]);
      if (m[1].trim()) info.printedBy = m[1].trim();
      info.footerLines.add(l.n);
    } else if (i === office) {
      info.printedBy = l.text;
      info.footerLines.add(l.n);
    }
  }
  return info;
}
