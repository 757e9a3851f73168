// The issuing notice (印发通知) in front of a plan: kept as document information, not body text.
import type { SourceLine } from './lines.ts';
import { DATE_LINE, DOC_NUMBER, NOTICE_NOTE } from './furniture.ts';

export interface NoticeInfo {
  issuer: string;
  docNumber: string;
  date: string;
  recipients: string;
  title: string;
}

/** Formats 2022年12月30日 as 2022-12-30. */
export function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Reads issuer, 文号, date, recipients and the notice title from the lines before a plan's title. */
export function readNotice(lines: SourceLine[]): NoticeInfo {
  const texts = lines.map((l) => l.text).filter(Boolean);
  const info: NoticeInfo = { issuer: '', docNumber: '', date: '', recipients: '', title: '' };
  const doc = texts.map((t) => DOC_NUMBER.exec(t)).find(Boolean);
  if (doc) info.docNumber = doc[0].replace(/\s+/g, '');
  const titleStart = texts.findIndex((t) => /关于印发/.test(t));
  let afterTitle = 0;
  if (titleStart >= 0) {
    let end = titleStart;
    while (end < texts.length - 1 && !/通知$/.test(texts[end]) && end - titleStart < 3) end++;
    info.title = texts.slice(titleStart, end + 1).join('');
    afterTitle = end + 1;
  }
  const rec = texts.slice(afterTitle).find((t) => /[：:]$/.test(t) && t.length < 120);
  if (rec) info.recipients = rec.replace(/[：:]$/, '');
  for (let i = texts.length - 1; i >= 0; i--) {
    const m = DATE_LINE.exec(texts[i]);
    if (!m) continue;
    info.date = isoDate(m[1], m[2], m[3]);
    const prev = texts[i - 1];
    if (prev && prev.length <= 30 && !/[。，；：]/.test(prev) && !NOTICE_NOTE.test(prev)) info.issuer = prev;
    break;
  }
  if (!info.issuer) {
    const header = texts.find((t) => /^.{2,30}文件$/.test(t));
    if (header) info.issuer = header.replace(/文件$/, '');
  }
  return info;
}
