// Facts from what stands before a plan: the issuing notice (发文机关, 文号, 主送, signature and date) and
// the metadata block of a government page (索引号, 发布机构, 文号, 成文日期, 发布日期, 主题分类, 有效性).
import type { LineInfo } from './lineKinds.ts';
import { docNumberIn, stripGlosses } from './docNumber.ts';
import { dateIn } from './dates.ts';

export interface NoticeInfo {
  issuer: string;
  docNumber: string;
  /** 成文日期: the signature date of the notice, else the metadata's. */
  date: string;
  /** 发布日期 from the metadata. */
  published: string;
  recipients: string;
  /** Metadata fields by key (first value wins). */
  fields: Record<string, string>;
}

/** Formats 2022年12月30日 as 2022-12-30. */
export function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The organ a document titled 某某关于……的意见 is issued by: the words before 关于. */
export function issuerInTitle(title: string): string {
  const m = /^(.{2,40}?)(?:关于|關於)/.exec(stripGlosses(title).replace(/\s+/g, '').replace(/^[《“"]/, '').replace(/^[【\[][^】\]]{1,10}[】\]]/, ''));
  return m && ORGAN.test(m[1]) ? m[1] : '';
}

const ORGAN = /(政府|办公室|办公厅|辦公室|辦公廳|委员会|委員會|局|厅|廳|部|委|院|党委|市委|区委|县委|省委|管委会|國務院|国务院)$/;

/** Reads the facts of a plan's head lines (and the metadata lines found anywhere in the plan). */
export function readNotice(head: LineInfo[], metaLines: LineInfo[] = []): NoticeInfo {
  const fields: Record<string, string> = {};
  for (const l of [...head, ...metaLines]) for (const f of l.meta ?? []) if (f.value && !(f.key in fields)) fields[f.key] = f.value;
  const info: NoticeInfo = { issuer: '', docNumber: '', date: '', published: '', recipients: '', fields };
  const lines = head.filter((l) => l.kind !== 'blank');
  // The number printed on a line of its own, else the metadata's, else one in the notice's title; a number
  // inside notice prose is more often a document it cites (…民政发〔2012〕118号同时废止).
  const own = (kinds: string[]) => lines.filter((l) => kinds.includes(l.kind)).map((l) => l.docNumber).find(Boolean);
  const meta = fields['文号'] ? docNumberIn(fields['文号'])?.text : undefined;
  info.docNumber = own(['doc-number']) ?? meta ?? own(['notice-title', 'notice-head']) ?? lines.map((l) => l.docNumber).find(Boolean) ?? '';
  const rec = lines.find((l) => l.kind === 'recipients');
  if (rec) info.recipients = stripGlosses(rec.line.text).replace(/[:：]\s*$/, '');
  // The signature: the organ named just above the notice's date (the last date of the head).
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].kind !== 'date' || !lines[i].date) continue;
    info.date = lines[i].date!;
    // Joint issuers sign on consecutive lines above the date, or in columns set apart by spaces (read row
    // by row): they are joined with a space. Twelve bodies in six rows of two is the most seen.
    const organs: string[][] = [];
    for (let k = i - 1; k >= 0 && organs.length < 8; k--) {
      const prev = lines[k];
      if (prev.kind === 'signature' || (prev.kind === 'text' && prev.folded.length <= 30 && !/[。,;:]/.test(prev.folded) && organs.length === 0)) {
        organs.unshift(stripGlosses(prev.line.text).trim().split(/\s{2,}|\u3000+/).map((o) => o.replace(/\s*[(（]代章[)）]$/, '')));
      } else break;
    }
    info.issuer = organs.flat().join(' ');
    break;
  }
  if (!info.date) {
    // A notice collapsed onto one line ends with its signature and date: the last date it holds.
    for (const l of lines) {
      if (l.kind !== 'notice-title' && l.kind !== 'notice-text') continue;
      const dates = [...l.folded.matchAll(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g)];
      const last = dates.length ? dateIn(dates[dates.length - 1][0]) : null;
      if (last && l.folded.trimEnd().endsWith(dates[dates.length - 1][0])) info.date = last.iso;
    }
  }
  if (!info.issuer) {
    // A signature whose date the copy damaged (2019222) or dropped: the last organ lines after the notice's text.
    let k = lines.length - 1;
    while (k >= 0 && lines[k].kind !== 'signature') k--;
    if (k > 0 && lines.slice(0, k).some((l) => l.kind === 'notice-text' || l.kind === 'recipients')) {
      const organs: string[][] = [];
      for (; k >= 0 && lines[k].kind === 'signature' && organs.length < 8; k--) organs.unshift(stripGlosses(lines[k].line.text).trim().split(/\s{2,}|\u3000+/));
      info.issuer = organs.flat().join(' ');
    }
  }
  if (!info.issuer) {
    const header = lines.find((l) => l.kind === 'notice-head');
    if (header) info.issuer = stripGlosses(header.line.text).replace(/\s*文\s*件$/, '').trim();
  }
  if (!info.issuer) {
    // 某市人民政府关于印发…的通知: the organ before 关于.
    const title = lines.find((l) => l.kind === 'notice-title');
    if (title) info.issuer = issuerInTitle(title.line.text);
  }
  if (!info.issuer) {
    // A notice title broken after its organ (兰州市人民政府办公厅 ↵ 印发关于…的 ↵ 实施意见的通知).
    const k = lines.findIndex((l, i) => l.kind === 'signature' && /^(关于|印发)/.test(lines[i + 1]?.folded ?? ''));
    if (k >= 0) info.issuer = stripGlosses(lines[k].line.text).trim().replace(/^[(（][^()（）]{2,12}[)）]/, '');
  }

  if (!info.date && fields['成文日期']) info.date = dateIn(fields['成文日期'])?.iso ?? '';
  if (fields['发布日期']) info.published = dateIn(fields['发布日期'])?.iso ?? '';
  return info;
}
