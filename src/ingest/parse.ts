// Seed text in, typed plans out. Pure: no file system, clock or randomness.
import type { Indicator, Plan, StrippedRole, Unit, Warning } from './model.ts';
import { toLines } from './lines.ts';
import { assignRoles, titleFromHead, type Role } from './roles.ts';
import type { LineInfo } from './lineKinds.ts';
import { issuerInTitle, readNotice, type NoticeInfo } from './notice.ts';
import { stripGlosses } from './docNumber.ts';
import { foldLine } from './fold.ts';
import { toBlocks } from './blocks.ts';
import { reflow } from './reflow.ts';
import { buildOutline } from './outline.ts';
import { buildTable } from './indicators.ts';
import { assignIds } from './ids.ts';
import { numberingWarnings } from './numbering.ts';
import { periodOf, kindOf } from './meta.ts';
import { ownPlaces, resolveRegion } from './region.ts';
import type { RegionRef } from '../core/schema/plan.ts';
import { plainSource, type SourceText } from './source.ts';

/** How a role is recorded among the lines a plan sets aside. */
const STRIPPED: Record<Exclude<Role, 'blank' | 'body'>, StrippedRole> = {
  chrome: 'site', meta: 'web-meta', news: 'news', contents: 'contents', notice: 'notice', title: 'title', duplicate: 'duplicate',
  footer: 'footer', 'page-number': 'page-number', image: 'image', bookmark: 'bookmark',
};

/** A 来源 that names an organ (曾都区市场监督管理局) can stand for the issuer; a 文号 or a site cannot. */
const ORGAN = /(人民政府|政府|办公室|办公厅|委员会|局|厅|部|院|署|委|管委会|党委)$/;

/** An attachment label (附件2) in the head of a plan. */
const ATTACHMENT = /^附\s*件\s*[0-9一二三四五六七八九十]+\s*[:：]?$/;
/** Head lines that show a plan has an issuing notice of its own. */
const NOTICE_OWN = new Set(['notice-head', 'notice-title', 'doc-number', 'recipients', 'notice-text', 'signature', 'date']);

/** A parsed plan (kept as a name for the parser's output). */
export type ParsedPlan = Plan;

/** Decides a plan's slug from its title; returns null when no reviewed slug exists. */
export type SlugLookup = (title: string) => string | null;

/** Derives an ASCII slug for a plan with no reviewed entry: stable for the same file and position. */
export function derivedSlug(file: string, index: number): string {
  const stem = file.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'plan';
  return `plan-${stem}${index ? `-${index + 1}` : ''}`;
}

/** Parses one seed file's text (plain, or extracted from another format with structure hints) into its plans. */
export function parseSeed(file: string, input: string | SourceText, slugOf: SlugLookup): ParsedPlan[] {
  const source = typeof input === 'string' ? plainSource(input) : input;
  const lines = toLines(source.text);
  const hints = new Map(source.tables.map((t) => [t.startLine, t]));
  const { plans: cuts, roles } = assignRoles(lines);
  const roleOf = (n: number) => roles[n - 1];
  let issuing: NoticeInfo | null = null;
  return cuts.map((cut, index) => {
    const warnings: Warning[] = [];
    const stripped: ParsedPlan['stripped'] = [];
    const setAside = (info: LineInfo) => {
      const r = roleOf(info.line.n);
      // Footer lines go on to toBlocks, whose footer reader records what it takes (and keeps the rest as text).
      if (r.role !== 'blank' && r.role !== 'body' && r.role !== 'footer') stripped.push({ line: info.line.n, text: info.line.raw, role: STRIPPED[r.role], reason: r.reason });
    };
    [...cut.head, ...cut.titleLines, ...cut.body, ...cut.footer].forEach(setAside);
    const noticeLines = cut.head.filter((i) => roleOf(i.line.n).role === 'notice').map((i) => i.line.text);
    const metaLines = [...cut.body, ...cut.footer].filter((i) => i.kind === 'meta');
    const noticeInfos = [...cut.head, ...cut.body.filter((i) => roleOf(i.line.n).role === 'notice')];
    const own = readNotice(noticeInfos, metaLines);
    // An attachment (附件2) after another plan of the same file is issued by that plan's notice.
    const attached = !!issuing && cut.head.some((i) => ATTACHMENT.test(i.folded)) && !cut.head.some((i) => NOTICE_OWN.has(i.kind));
    const notice: NoticeInfo = attached && issuing ? { ...issuing, fields: { ...issuing.fields, ...own.fields } } : own;
    if (own.issuer || own.docNumber) issuing = own;
    // The outline is built from body lines alone (and the footer, which toBlocks reads for its facts).
    const kept = (i: LineInfo) => i.kind === 'blank' || roleOf(i.line.n).role === 'body' || roleOf(i.line.n).role === 'footer';
    const bodyLines = [...cut.body, ...cut.footer].filter(kept).map((i) => i.line);
    const blocks = toBlocks(bodyLines, hints);
    for (const s of blocks.stripped) if (!stripped.some((x) => x.line === s.line)) stripped.push(s);
    for (const l of blocks.strayFooter) warnings.push({ file, line: l.n, message: 'unexpected text in the footer, kept as a paragraph', text: l.text.slice(0, 80) });
    const outline = buildOutline(reflow(blocks.blocks), file);
    warnings.push(...outline.warnings);
    if (!outline.body.length) warnings.push({ file, line: cut.head.find((i) => i.kind !== 'blank')?.line.n ?? 1, message: 'no plan text: the copy holds only what stands around a plan (an issuing notice, metadata)', text: '' });
    for (const d of assignIds(outline.body)) warnings.push({ file, line: d.line, message: `numbering repeats; id disambiguated as ${d.id}`, text: d.text });
    warnings.push(...numberingWarnings(outline.body, file));
    const printedTitle = cut.titleLines.map((i) => i.line.text).filter(Boolean).join('');
    const newsLines = [...cut.head, ...cut.body].filter((i) => roleOf(i.line.n).role === 'news');
    const firstLines = cut.body.filter((i) => roleOf(i.line.n).role === 'body').slice(0, 3);
    const planTitle = shownTitle(stripGlosses(printedTitle).trim()) || titleFromHead([...cut.head, ...cut.body.filter((i) => roleOf(i.line.n).role === 'news')], firstLines) || '';
    const tableIndicators = new Map<Unit, Indicator[]>();
    for (const t of outline.pendingTables) {
      const built = buildTable(t.raw, { id: t.unit.id, caption: t.caption, notes: t.notes, file, period: periodOf(foldLine(planTitle)) }, warnings);
      t.unit.table = built.table;
      tableIndicators.set(t.unit, built.indicators);
      if (built.table.header.length === 0) warnings.push({ file, line: t.raw.rows[0].n, message: 'table without a header row; published as a plain table', text: t.raw.rows[0].cells.join(' | ').slice(0, 80) });
    }
    const indicators = inDocumentOrder(outline.body, tableIndicators);
    let title = planTitle || (notice.fields['名称'] ?? '').replace(/^.*?(关于|關於)?印发《?(.+?)》?的?通知$/, '$2');
    const firstLine = cut.titleLines[0]?.line.n ?? cut.body.find((i) => i.kind !== 'blank')?.line.n ?? 1;
    if (!printedTitle) {
      if (title) warnings.push({ file, line: firstLine, message: 'no title printed above the text; title taken from the issuing notice', text: title.slice(0, 80) });
      else {
        title = file.replace(/\.[^.]*$/, '');
        warnings.push({ file, line: firstLine, message: 'no plan title found; the file name is used as title', text: title });
      }
    }
    const reviewed = slugOf(title);
    const slug = reviewed ?? derivedSlug(file, index);
    if (!reviewed) warnings.push({ file, line: firstLine, message: `no reviewed slug for this title; using ${slug}`, text: title });
    const all = [...cut.head, ...cut.titleLines, ...cut.body, ...cut.footer];
    const context = [...cut.head, ...cut.body.slice(0, 80)].map((i) => i.line.text).join('\n');
    const noticeTitles = noticeInfos.filter((i) => i.kind === 'notice-title').map((i) => i.line.text);
    const region = resolveRegion([title, notice.issuer, notice.fields['发布机构'] ?? '', printedTitle, ...noticeTitles], context, ownPlaces(context));
    // The notice's signature, header or title; the plan's own title (某市人民政府关于…); a headline; then the page's metadata.
    const issuer = notice.issuer || issuerInTitle(title) || headlineIssuer(newsLines) || (notice.fields['发布机构'] ?? '').replace(/^[【\[][^】\]]{1,10}[】\]]/, '') || (ORGAN.test(notice.fields['来源'] ?? '') ? notice.fields['来源'] : '') || blocks.footer.printedBy || '';
    const publishedRaw = notice.fields['发布日期'] ?? blocks.webMeta['发布时间'] ?? blocks.webMeta['发布日期'] ?? '';
    const published = notice.published || (/^\d{4}-\d{2}-\d{2}/.exec(publishedRaw)?.[0] ?? '');
    const plan: ParsedPlan = {
      slug,
      meta: {
        title,
        region: region ? regionName(region.path) || region.name : firstRegionPart(issuer),
        regionCode: region?.code ?? '',
        regionPath: region?.path ?? [],
        issuer,
        docNumber: notice.docNumber,
        date: notice.date || published || blocks.footer.printedDate,
        period: periodOf(foldLine(title)),
        kind: kindOf(foldLine(title)),
        publishedAt: publishedRaw,
        indexNo: notice.fields['索引号'] ?? '',
        topicClass: notice.fields['主题分类'] ?? '',
        validity: notice.fields['有效性'] ?? '',
        infoSource: notice.fields['来源'] ?? '',
        reviewer: notice.fields['审核人'] ?? '',
        recipients: notice.recipients,
        copyTo: blocks.footer.copyTo,
        printedBy: blocks.footer.printedBy,
        printedDate: blocks.footer.printedDate,
      },
      source: { file, format: source.format, bytes: 0, sha256: '', startLine: all[0]?.line.n ?? 1, endLine: all[all.length - 1]?.line.n ?? 1 },
      notice: noticeLines.length ? { lines: noticeLines } : null,
      stripped: stripped.sort((a, b) => a.line - b.line),
      body: outline.body,
      indicators,
      warnings,
    };
    return plan;
  });
}

/** The organs a news headline or lead says issued the plan (中共中央 国务院印发《…》; 中新网12月20日电
 * 国务院办公厅近日印发《…》), joined by a space. */
function headlineIssuer(news: LineInfo[]): string {
  for (const n of news) {
    const t = stripGlosses(n.line.text).trim();
    const m = /^([^,，。;；:：《]{2,30}?)\s*印发\s*《[^《》]+》$/.exec(t) ?? /^.{2,12}\d{1,2}月\d{1,2}日(?:讯|电)\s*([^,，。;；:：《\s]{2,30}?)(?:近日|日前|今天|今日)?印发/.exec(t);
    if (m && m[1].split(/[\s、]+/).every((o) => ORGAN.test(o) || /^中共中央$/.test(o))) return m[1].split(/[\s、]+/).join(' ');
  }
  return '';
}

/** The title as shown: a site's region label in brackets before it ((湖北省)武汉市…方案) and 《》 around it are
 * the page's, not the title's. */
function shownTitle(printed: string): string {
  const bare = /^《[^《》]+》$/.test(printed) ? printed.slice(1, -1) : printed;
  return bare.replace(/^[(（][^()（）]{2,12}(省|自治区|市|州|盟|县|区|旗)[)）]\s*(?=\S)/, '');
}

/** How a region is named on the site: a district with its city (常州市武进区), anything else by its own name. */
function regionName(path: RegionRef[]): string {
  const [own, parent] = [path[path.length - 1], path[path.length - 2]];
  if (!own) return '';
  return parent && /区$/.test(own.name) && /市$/.test(parent.name) && path.length >= 3 ? parent.name + own.name : own.name;
}

/** With no unit found in GB/T 2260: the place an issuer names first (乙县人民政府 → 乙县), else nothing. */
function firstRegionPart(issuer: string): string {
  return /^[^省市区县旗盟州\s]{1,8}?(省|自治区|市|自治州|州|盟|区|县|旗)(?=.{0,12}(人民政府|委员会|办公室|政府|局))/.exec(issuer.replace(/^中共/, ''))?.[0] ?? '';
}

/** Indicators of all tables in the order the tables stand in the plan (tables were built in reading order of the source, which can differ when a caption moves a table up). */
function inDocumentOrder(units: Unit[], byTable: Map<Unit, Indicator[]>): Indicator[] {
  const out: Indicator[] = [];
  const walk = (us: Unit[]) => {
    for (const u of us) {
      out.push(...(byTable.get(u) ?? []));
      walk(u.children);
    }
  };
  walk(units);
  return out;
}
