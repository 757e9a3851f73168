// The published plan: dist/data/plans/<slug>.json and the entries of dist/data/plans.json.
// Written once here; ingest validates what it writes and every reader validates what it reads
// (src/build/data.ts), so the site, search, cross-links, bench and tests share one shape.
import { z } from 'zod';

/** How a division is numbered, as written in the text. */
export const MarkerKind = z.enum([
  'part', // 第一篇, 第一部分
  'chapter', // 第四章
  'chapter-section', // 第二节 (under a chapter)
  'article', // 第三条 (办法-style texts)
  'cn', // 一、 (also 壹、)
  'cn-paren', // （一） or (一), ㈠
  'num', // 1. 1． 1、
  'num-paren', // （1） or (1), ⑴
  'num-half', // 1)
  'decimal-1', // 1 总则 (a number and a space, in texts numbered 1 / 1.1 / 1.1.1)
  'decimal-2', // 1.1
  'decimal-3', // 1.1.1
  'circled', // ①
  'alpha', // a. a． a、
  'alpha-paren', // (a) （a）
  'dash', // ——
  'box', // 专栏3
]);
export type MarkerKind = z.infer<typeof MarkerKind>;

/** What a unit is to a reader. */
export const UnitKind = z.enum(['chapter', 'section', 'item', 'box', 'paragraph', 'table']);
export type UnitKind = z.infer<typeof UnitKind>;

/** Period of a plan in years; either end may be unknown. */
export const Period = z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() });
export type Period = z.infer<typeof Period>;

/** One annotation as written with its bodies: the lead (牵头) ones and the others. */
export const ResponsibilityPart = z.object({
  lead: z.array(z.string()),
  others: z.array(z.string()),
  /** The annotation exactly as written, e.g. 〔责任单位：区市场监管局牵头，…〕. */
  raw: z.string(),
});
export type ResponsibilityPart = z.infer<typeof ResponsibilityPart>;

/** Who carries out a unit: the bodies of all its annotations, the one that closes it (`raw`, '' when all
 * stay in the text), and, when the text holds several (one per sentence), each of them in `parts`. */
export const Responsibility = ResponsibilityPart.extend({
  parts: z.array(ResponsibilityPart).optional(),
});
export type Responsibility = z.infer<typeof Responsibility>;

/** One row of a plan table. */
export const TableRow = z.object({
  id: z.string(),
  line: z.number().int(),
  /** Cells as written, multi-line cells joined with '\n'; merged cells filled down. */
  cells: z.array(z.string()),
  /** True for a group row such as △食品安全抽检. */
  group: z.boolean(),
  /** Per cell: true when it was empty in the source and filled from the row above (a merged cell). */
  filled: z.array(z.boolean()),
  /** Bodies named in the row's 牵头单位 / 配合单位 / 责任单位 columns; absent when the table has none. */
  responsibility: Responsibility.nullable().optional(),
  /** Page path of the row (with base) + '#id'. */
  url: z.string(),
});
export type TableRow = z.infer<typeof TableRow>;

export const Table = z.object({
  id: z.string(),
  caption: z.string(),
  notes: z.array(z.string()),
  header: z.array(z.string()),
  rows: z.array(TableRow),
});
export type Table = z.infer<typeof Table>;

const nodeFields = {
  id: z.string(),
  marker: MarkerKind.nullable(),
  /** The number exactly as written (第四章, 一、, （一）, 1．, ——, 专栏2); empty when none. */
  label: z.string(),
  /** Heading text, an item's first sentence, or a paragraph's lead sentence; may be empty. */
  title: z.string(),
  /** Body text that follows the title in the same unit. */
  text: z.string(),
  /** 1-based line in the source text where the unit starts. */
  line: z.number().int(),
  /** Structural path as a reader cites it, e.g. 三、（二）2. */
  path: z.string(),
  /** Id of the body page that shows the unit ('text' for a one-page plan). */
  page: z.string(),
  /** Page path (with base) + '#id'. */
  url: z.string(),
  responsibility: Responsibility.nullable(),
  /** Titles of documents cited with 《…》 in the unit's own text (not its children). */
  citations: z.array(z.string()),
};

/** A numbered or unnumbered unit of text with its sub-units. */
export interface TextNode extends z.infer<z.ZodObject<typeof nodeFields>> {
  kind: Exclude<UnitKind, 'table'>;
  children: OutlineNode[];
}
/** A table in the text: it carries its table and rows, and has no sub-units. */
export interface TableNode extends z.infer<z.ZodObject<typeof nodeFields>> {
  kind: 'table';
  table: Table;
  children: [];
}
export type OutlineNode = TextNode | TableNode;

export const TextNode: z.ZodType<TextNode> = z.object({
  kind: z.enum(['chapter', 'section', 'item', 'box', 'paragraph']),
  ...nodeFields,
  get children() {
    return z.array(OutlineNode);
  },
});
export const TableNode: z.ZodType<TableNode> = z.object({
  kind: z.literal('table'),
  ...nodeFields,
  table: Table,
  children: z.tuple([]),
});
export const OutlineNode: z.ZodType<OutlineNode> = z.union([TableNode, TextNode]);

/** A value from an indicator table: the text as written plus what it means as numbers. */
export const IndicatorValue = z.object({
  raw: z.string(),
  /** ≥ ≤ > < for 超过/以上/以下 and symbols; null when exact. */
  op: z.enum(['≥', '≤', '>', '<']).nullable(),
  /** First (or only) number. */
  value: z.number().nullable(),
  /** Upper bound of a range such as 1-2个. */
  max: z.number().nullable(),
  /** All numbers of an a/b pair such as 100/90. */
  values: z.array(z.number()),
  /** Unit written in the cell (件, %, 家, 亿元 …), if any. */
  unit: z.string(),
  /** The year the value refers to (2020 under a 2020年 column), when the table says. */
  year: z.number().int().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const Attribute = z.enum(['预期性', '约束性']);

export const Indicator = z.object({
  /** Id of the table row (e.g. s2-3-t1-r4); the anchor on the page. */
  id: z.string(),
  tableId: z.string(),
  category: z.string(),
  group: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: IndicatorValue.nullable(),
  target: IndicatorValue.nullable(),
  /** What was achieved (a review table's 完成情况 / 实际 column). */
  actual: IndicatorValue.nullable(),
  /** The completion rate a review table states (完成率). */
  completion: IndicatorValue.nullable(),
  /** True for a row of a previous-period review table: its target is not a target of this plan. */
  review: z.boolean(),
  attribute: Attribute.nullable(),
  /** Remaining columns (序号, 备注 …) keyed by header. */
  other: z.record(z.string(), z.string()),
  /** URL of the row. */
  url: z.string(),
});
export type Indicator = z.infer<typeof Indicator>;

/** A region of the administrative hierarchy (GB/T 2260). */
export const RegionRef = z.object({ code: z.string(), name: z.string() });
export type RegionRef = z.infer<typeof RegionRef>;

/** Facts about a plan read from its notice, title, metadata and footer. */
export const PlanMeta = z.object({
  title: z.string(),
  /** The region the plan is for, as named (常州市武进区); '' when unknown. */
  region: z.string(),
  /** Its GB/T 2260 code (320412); '' when not resolved. */
  regionCode: z.string(),
  /** The region and its parents, province first (江苏省 › 常州市 › 武进区); empty when not resolved. */
  regionPath: z.array(RegionRef),
  issuer: z.string(),
  docNumber: z.string(),
  date: z.string(),
  period: Period,
  kind: z.string(),
  publishedAt: z.string(),
  /** 索引号 of a government information page. */
  indexNo: z.string(),
  /** 主题分类. */
  topicClass: z.string(),
  /** 有效性 as published (现行有效, 已废止 …). */
  validity: z.string(),
  infoSource: z.string(),
  reviewer: z.string(),
  recipients: z.string(),
  copyTo: z.string(),
  printedBy: z.string(),
  printedDate: z.string(),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

export const Warning = z.object({ file: z.string(), line: z.number().int(), message: z.string(), text: z.string() });
export type Warning = z.infer<typeof Warning>;

/** Why a line of the source was set aside instead of published as plan text. */
export const StrippedRole = z.enum(['title', 'notice', 'web-meta', 'site', 'news', 'contents', 'image', 'page-number', 'bookmark', 'footer', 'duplicate']);
export type StrippedRole = z.infer<typeof StrippedRole>;

/** One body page of a plan. */
export const PlanPage = z.object({
  /** 'text' for a one-page plan, else the id of the page's top-level division (s1, s2 …). */
  id: z.string(),
  title: z.string(),
  order: z.number().int(),
  url: z.string(),
});
export type PlanPage = z.infer<typeof PlanPage>;

/** One entry of plans.json: the plan's main facts (as in its meta), its URL and counts. */
export const PlanSummary = z.object({
  slug: z.string(),
  ...PlanMeta.pick({ title: true, region: true, issuer: true, docNumber: true, date: true, period: true, kind: true }).shape,
  /** URL of the plan's overview page. */
  url: z.string(),
  counts: z.object({ units: z.number().int(), indicators: z.number().int(), tables: z.number().int() }),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** plans.json: every plan of the site. */
export const PlanIndex = z.array(PlanSummary);
export type PlanIndex = z.infer<typeof PlanIndex>;

/** Formats a seed may come in. */
export const SourceFormat = z.enum(['txt', 'docx', 'pdf', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Where a plan comes from: the original file as published, and the lines of its extracted text. */
export const PlanSource = z.object({
  /** File name in seeds/. */
  file: z.string(),
  format: SourceFormat,
  /** Size of the original file in bytes. */
  bytes: z.number().int(),
  /** SHA-256 of the original file (hex); '' when the plan was not read from a file. */
  sha256: z.string(),
  /** Download URL of the original file (copied into the site); '' when not published. */
  url: z.string(),
  /** Lines of the extracted text (the /source/ page) the plan spans, 1-based and inclusive. */
  startLine: z.number().int(),
  endLine: z.number().int(),
});
export type PlanSource = z.infer<typeof PlanSource>;

/** plans/<slug>.json: one plan whole. */
export const PlanDoc = PlanSummary.extend({
  meta: PlanMeta,
  source: PlanSource,
  notice: z.object({ lines: z.array(z.string()) }).nullable(),
  /** Lines set aside as not plan text, with their role and why (a person can check each one). */
  stripped: z.array(z.object({ line: z.number().int(), text: z.string(), role: StrippedRole, reason: z.string() })),
  pages: z.array(PlanPage),
  outline: z.array(OutlineNode),
  indicators: z.array(Indicator),
  warnings: z.array(Warning),
});
export type PlanDoc = z.infer<typeof PlanDoc>;
