// Seed text in, typed plans out. Pure: no file system, clock or randomness.
import type { Indicator, Plan, Unit, Warning } from './model.ts';
import { furnitureRole, webMetaField } from './furniture.ts';
import { toLines } from './lines.ts';
import { segmentFile } from './segment.ts';
import { readNotice } from './notice.ts';
import { toBlocks } from './blocks.ts';
import { reflow } from './reflow.ts';
import { buildOutline } from './outline.ts';
import { buildTable } from './indicators.ts';
import { assignIds } from './ids.ts';
import { regionOf, periodOf, kindOf } from './meta.ts';
import { plainSource, type SourceText } from './source.ts';

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
  const segments = segmentFile(lines);
  return segments.map((seg, index) => {
    const warnings: Warning[] = [];
    const stripped: ParsedPlan['stripped'] = [];
    const webMeta: Record<string, string> = {};
    const noticeLines: string[] = [];
    for (const l of seg.head) {
      if (l.text === '') continue;
      const role = furnitureRole(l.text) ?? 'notice';
      const field = webMetaField(l.text);
      if (field) webMeta[field.key] = field.value;
      stripped.push({ line: l.n, text: l.raw, role });
      if (role === 'notice') noticeLines.push(l.text);
    }
    for (const l of seg.titleLines) if (l.text !== '') stripped.push({ line: l.n, text: l.raw, role: 'title' });
    const notice = readNotice(seg.head.filter((l) => !furnitureRole(l.text)));
    const blocks = toBlocks(seg.body, hints);
    stripped.push(...blocks.stripped);
    Object.assign(webMeta, blocks.webMeta);
    for (const l of blocks.strayFooter) warnings.push({ file, line: l.n, message: 'unexpected text in the footer, kept as a paragraph', text: l.text.slice(0, 80) });
    const outline = buildOutline(reflow(blocks.blocks), file);
    warnings.push(...outline.warnings);
    const dup = assignIds(outline.body);
    for (const id of dup) warnings.push({ file, line: 0, message: `numbering repeats; id disambiguated as ${id}`, text: id });
    const tableIndicators = new Map<Unit, Indicator[]>();
    for (const t of outline.pendingTables) {
      const built = buildTable(t.raw, { id: t.unit.id, caption: t.caption, notes: t.notes, file }, warnings);
      t.unit.table = built.table;
      tableIndicators.set(t.unit, built.indicators);
      if (built.table.header.length === 0) warnings.push({ file, line: t.raw.rows[0].n, message: 'table without a header row; published as a plain table', text: t.raw.rows[0].cells.join(' | ').slice(0, 80) });
    }
    const indicators = inDocumentOrder(outline.body, tableIndicators);
    const title = seg.title.title;
    if (!seg.title.title || segments.length === 1 && seg.titleLines.length === 1 && !/规划|方案|计划|纲要/.test(title)) {
      warnings.push({ file, line: seg.titleLines[0]?.n ?? 1, message: 'no plan title recognised; first line used as title', text: title.slice(0, 80) });
    }
    const reviewed = slugOf(title);
    const slug = reviewed ?? derivedSlug(file, index);
    if (!reviewed) warnings.push({ file, line: seg.titleLines[0]?.n ?? 1, message: `no reviewed slug for this title; using ${slug}`, text: title });
    const first = seg.head[0] ?? seg.titleLines[0];
    const last = seg.body[seg.body.length - 1] ?? seg.titleLines[seg.titleLines.length - 1];
    const published = webMeta['发布时间'] ?? webMeta['发布日期'] ?? '';
    const plan: ParsedPlan = {
      slug,
      meta: {
        title,
        region: bestRegion(regionOf(title), regionOf(notice.issuer)),
        regionCode: '',
        regionPath: [],
        issuer: notice.issuer || webMeta['信息来源'] || blocks.footer.printedBy || '',
        docNumber: notice.docNumber,
        date: notice.date || (/^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? '') || blocks.footer.printedDate,
        period: periodOf(title),
        kind: kindOf(title),
        publishedAt: published,
        indexNo: webMeta['索引号'] ?? '',
        topicClass: webMeta['主题分类'] ?? '',
        validity: webMeta['有效性'] ?? '',
        infoSource: webMeta['信息来源'] ?? '',
        reviewer: webMeta['审核人'] ?? '',
        recipients: notice.recipients,
        copyTo: blocks.footer.copyTo,
        printedBy: blocks.footer.printedBy,
        printedDate: blocks.footer.printedDate,
      },
      source: { file, format: source.format, bytes: 0, sha256: '', startLine: first?.n ?? 1, endLine: last?.n ?? 1 },
      notice: noticeLines.length ? { lines: noticeLines } : null,
      stripped: stripped.sort((a, b) => a.line - b.line),
      body: outline.body,
      indicators,
      warnings,
    };
    return plan;
  });
}

/** The issuer's region when it is a fuller form of the title's (通州区 → 南通市通州区). */
function bestRegion(fromTitle: string, fromIssuer: string): string {
  if (fromIssuer && (!fromTitle || (fromIssuer.endsWith(fromTitle) && fromIssuer.length > fromTitle.length))) return fromIssuer;
  return fromTitle;
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
