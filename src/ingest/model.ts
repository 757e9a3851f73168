// What the parser produces: a plan whose units are not yet laid out on pages. The layout pass
// (src/publish/layout.ts) turns it into the published PlanDoc (src/core/schema/plan.ts), which is
// all that later stages read. Shared pieces (markers, values, facts) come from the published schema.
import type { IndicatorValue, MarkerKind, PlanMeta, Responsibility, ResponsibilityPart, SourceFormat, StrippedRole, UnitKind, Warning } from '../core/schema/plan.ts';

export type { IndicatorValue, MarkerKind, PlanMeta, Responsibility, ResponsibilityPart, StrippedRole, UnitKind, Warning };

/** One node of a plan's outline as parsed. `title + text` is the unit's full text after its label. */
export interface Unit {
  id: string;
  kind: UnitKind;
  marker: MarkerKind | null;
  /** The number exactly as written (第四章, 一、, （一）, 1．, ——, 专栏2); empty when none. */
  label: string;
  /** The number the label means (4 for 第四章, 2 for 1.2), for ids and numbering checks; 0 when none. */
  number: number;
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
  /** Bodies named in the row's 牵头单位 / 配合单位 / 责任单位 columns (tables that have them). */
  responsibility?: Responsibility | null;
}

export interface Table {
  id: string;
  caption: string;
  notes: string[];
  header: string[];
  rows: TableRow[];
}

/** An indicator row as parsed (its URL is added by the layout pass). */
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
  /** Achieved value (review tables). */
  actual: IndicatorValue | null;
  /** Completion rate (review tables). */
  completion: IndicatorValue | null;
  /** Row of a previous-period review table: its target is not this plan's. */
  review: boolean;
  attribute: '预期性' | '约束性' | null;
  /** Remaining columns (完成情况, 完成率, 序号 …) keyed by header. */
  other: Record<string, string>;
}

/** The issuing notice, kept as document information rather than body text. */
export interface Notice {
  lines: string[];
}

export interface Plan {
  slug: string;
  meta: PlanMeta;
  /** The seed file, its format, and the lines of its extracted text the plan spans. bytes and sha256
   * describe the original file; the parser leaves them 0 and '' for the build, which reads the file. */
  source: { file: string; format: SourceFormat; bytes: number; sha256: string; startLine: number; endLine: number };
  notice: Notice | null;
  /** Lines set aside as not plan text (title, notice, web metadata, footer, page numbers …), with why. */
  stripped: { line: number; text: string; role: StrippedRole; reason: string }[];
  /** Top-level units: preamble paragraphs first, then the divisions. */
  body: Unit[];
  indicators: Indicator[];
  warnings: Warning[];
}
