// How a plan, or one unit of it, is cited: plain Chinese (发文机关《题名》（文号）路径 URL), GB/T 7714-2015
// (an electronic resource, [EB/OL], with the access date) and RIS for reference managers. Pure and
// browser-safe: the overview page renders them at build time, the text page's script for the clause a
// reader picks, so both always agree.

/** What a citation is made of. Empty strings mean "not known" and are left out. */
export interface CiteSource {
  title: string;
  /** 发文机关 (issuing body). */
  issuer: string;
  /** 文号, e.g. 溧政办发〔2022〕71号. */
  docNumber: string;
  /** 成文日期 or 发布日期 as published (2022-12-30, 2022年12月30日, 2022-11-01 14:10). */
  date: string;
  /** Region the plan is for (RIS CY). */
  region: string;
  /** Citation path of the unit (三、（二）2.); '' for the whole plan. */
  path: string;
  /** Absolute URL when the site's origin is known, else the site path. */
  url: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
}

/** A date as YYYY-MM-DD (2022年12月30日 and 2022-12-30 14:10 both read), or '' when there is none. */
export function isoDate(s: string): string {
  const m = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(s);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
}

/** The year a plan was issued: from its date, else from the 〔YYYY〕 of its 文号; '' when neither says. */
export function issueYear(src: Pick<CiteSource, 'date' | 'docNumber'>): string {
  return isoDate(src.date).slice(0, 4) || (/[〔［\[(（](\d{4})[〕］\])）]/.exec(src.docNumber)?.[1] ?? '');
}

/** A citation path as readers write it: a trailing 、 dropped (第四章二、 → 第四章二). */
export function citePath(path: string): string {
  return path.replace(/、$/, '');
}

/** Plain citation: 发文机关《题名》（文号）路径 URL; the year stands in for a missing 文号. */
export function plainCitation(s: CiteSource): string {
  const year = issueYear(s);
  const number = s.docNumber ? `（${s.docNumber}）` : year ? `（${year}年）` : '';
  return `${s.issuer}《${s.title}》${number}${citePath(s.path)} ${s.url}`;
}

/** GB/T 7714-2015, electronic resource: 责任者. 题名: 文号, 路径[EB/OL]. (发布日期)[引用日期]. URL. */
export function gbtCitation(s: CiteSource): string {
  const other = [s.docNumber, citePath(s.path)].filter(Boolean).join(', ');
  const date = isoDate(s.date);
  return `${s.issuer ? `${s.issuer}. ` : ''}${s.title}${other ? `: ${other}` : ''}[EB/OL]. ${date ? `(${date})` : ''}[${s.accessed}]. ${s.url}.`;
}

/** One RIS record (type GOVDOC), CRLF line ends as the format asks; fields that are not known are left out. */
export function risRecord(s: CiteSource): string {
  const slash = (d: string) => d.replaceAll('-', '/');
  const date = isoDate(s.date);
  const fields: [string, string][] = [
    ['TY', 'GOVDOC'],
    ['TI', s.title],
    ['AU', s.issuer],
    ['PB', s.issuer],
    ['CY', s.region],
    ['PY', issueYear(s)],
    ['DA', date && slash(date)],
    ['M1', s.docNumber],
    ['SE', citePath(s.path)],
    ['UR', s.url],
    ['Y2', slash(s.accessed)],
    ['LA', 'zh-CN'],
  ];
  // A field value is one line: line breaks inside a title would end the field early.
  const lines = fields.filter(([, v]) => v).map(([k, v]) => `${k}  - ${v.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  return [...lines, 'ER  - ', ''].join('\r\n');
}

/** A file name for a RIS download: the plan slug and unit id, ASCII only. */
export function risFileName(slug: string, id = ''): string {
  return `${[slug, id].filter(Boolean).join('-').replace(/[^A-Za-z0-9-]+/g, '_')}.ris`;
}
