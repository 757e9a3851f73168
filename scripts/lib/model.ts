// The typed plan model: what the parser produces and every later stage consumes.
// Field names are part of the open-data interface (dist/data/plans/<slug>.json).
import type { StrippedRole } from './furniture.ts';

/** How a division is numbered, as written in the text. */
export type MarkerKind =
  | 'chapter' // 第四章
  | 'cn' // 一、
  | 'cn-paren' // （一） or (一)
  | 'num' // 1. 1． 1、
  | 'num-paren' // （1） or (1)
  | 'num-half' // 1)
  | 'dash' // ——
  | 'box'; // 专栏3

/** What a unit is to a reader. */
export type UnitKind = 'chapter' | 'section' | 'item' | 'box' | 'paragraph' | 'table';

/** 〔责任单位：…〕 split into the body that leads (牵头) and the others. */
export interface Responsibility {
  lead: string[];
  others: string[];
  raw: string;
}

/** One node of a plan's outline. `title + text` is the unit's full text after its label. */
export interface Unit {
  id: string;
  kind: UnitKind;
  marker: MarkerKind | null;
  /** The number exactly as written (第四章, 一、, （一）, 1．, ——, 专栏2); empty when none. */
  label: string;
  /** Heading text, an item's first sentence, or a paragraph's lead sentence; may be empty. */
  title: string;
  /** Body text that follows the title on the same unit. */
  text: string;
  /** 1-based line in the seed file where the unit starts. */
  line: number;
  /** Structural path as a reader cites it, e.g. 三、（二）2. */
  path: string;
  responsibility: Responsibility | null;
  /** Titles of documents cited with 《…》 in this unit's own text (not its children). */
  citations: string[];
  /** Present when kind === 'table'. */
  table?: Table;
  children: Unit[];
}

export interface TableRow {
  id: string;
  line: number;
  /** Cells as written, multi-line cells joined with '\n'; merged cells filled down. */
  cells: string[];
  /** True for a group row such as △食品安全抽检. */
  group: boolean;
  /** True when a category cell was empty in the source and filled from the row above. */
  filled: boolean[];
}

export interface Table {
  id: string;
  caption: string;
  notes: string[];
  header: string[];
  rows: TableRow[];
}

/** A value from an indicator table: the text as written plus what it means as numbers. */
export interface IndicatorValue {
  raw: string;
  /** ≥ ≤ > < for 超过/以上/以下 and symbols; null when exact. */
  op: '≥' | '≤' | '>' | '<' | null;
  /** First (or only) number. */
  value: number | null;
  /** Upper bound of a range such as 1-2个. */
  max: number | null;
  /** All numbers of an a/b pair such as 100/90. */
  values: number[];
  /** Unit written in the cell (件, %, 家, 亿元 …), if any. */
  unit: string;
}

export interface Indicator {
  /** Id of the table row (e.g. t1-r4); the anchor on the page. */
  id: string;
  tableId: string;
  category: string;
  group: string;
  name: string;
  unit: string;
  baseline: IndicatorValue | null;
  target: IndicatorValue | null;
  attribute: '预期性' | '约束性' | null;
  /** Remaining columns (完成情况, 完成率, 序号 …) keyed by header. */
  other: Record<string, string>;
}

export interface PlanMeta {
  title: string;
  region: string;
  issuer: string;
  docNumber: string;
  date: string;
  period: { from: number | null; to: number | null };
  kind: string;
  publishedAt: string;
  infoSource: string;
  reviewer: string;
  recipients: string;
  copyTo: string;
  printedBy: string;
  printedDate: string;
}

/** The issuing notice, kept as document information rather than body text. */
export interface Notice {
  lines: string[];
}

export interface Warning {
  file: string;
  line: number;
  message: string;
  text: string;
}

export interface Plan {
  slug: string;
  meta: PlanMeta;
  source: { file: string; startLine: number; endLine: number };
  notice: Notice | null;
  /** Lines set aside as not plan text (title, notice, web metadata, footer, page numbers …), with why. */
  stripped: { line: number; text: string; role: StrippedRole }[];
  /** Top-level units: preamble paragraphs first, then the divisions. */
  body: Unit[];
  indicators: Indicator[];
  warnings: Warning[];
}
