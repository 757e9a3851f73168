// The implementation ledger (dist/data/ledger.json), the region tree (dist/data/regions.json) and
// plan lineage (dist/data/lineage.json): what the indicator, region and lineage pages show.
// Every status names the numbers it was computed from and where each number was read.
import { z } from 'zod';
import { Attribute, IndicatorValue, Period, RegionRef } from './plan.ts';

/** What an observation is: the starting value, a value aimed at, or a value reached. */
export const ObservationRole = z.enum(['baseline', 'target', 'actual']);
export type ObservationRole = z.infer<typeof ObservationRole>;

/** Where a number was read. */
export const SourceKind = z.enum([
  'table', // a cell of the plan's own indicator table
  'prose', // a sentence of a review section (回顾, 发展基础 …) of a plan
  'successor', // the baseline of the same indicator in the region's next plan
  'progress', // a row of a progress file (seeds/progress/<plan>.csv) added by an official
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const ObservationSource = z.object({
  kind: SourceKind,
  /** Slug of the plan the number was read from; null for a progress row. */
  plan: z.string().nullable(),
  /** Where a reader checks it: the clause or table row, or the progress row's stated source. */
  url: z.string(),
  /** How the source is cited on the site, e.g. 《…》 表一, or the progress row's source text. */
  label: z.string(),
  /** The sentence or cells the number was read from, as written. */
  quote: z.string(),
  /** For a progress row: the file and its 1-based line. */
  file: z.string().nullable(),
  line: z.number().int().nullable(),
});
export type ObservationSource = z.infer<typeof ObservationSource>;

export const Observation = z.object({
  role: ObservationRole,
  /** The year the value is for; null when no source says. */
  year: z.number().int().nullable(),
  value: IndicatorValue,
  source: ObservationSource,
});
export type Observation = z.infer<typeof Observation>;

/** The rule's verdict; 'not-reported' when no actual is known, 'undetermined' when one is but the rule cannot apply. */
export const Status = z.enum(['achieved', 'ahead', 'on-track', 'behind', 'not-reported', 'undetermined']);
export type Status = z.infer<typeof Status>;

/** What the verdict was computed from. */
export const StatusBasis = z.object({
  /** Indexes into the entry's observations (null when not used). */
  start: z.number().int().nullable(),
  target: z.number().int().nullable(),
  actual: z.number().int().nullable(),
  /** How the target is read: at least, at most, within a range, or undetermined. */
  goal: z.enum(['at-least', 'at-most', 'range', 'none']),
  /** Share of the way from start to target covered by the actual (0–1+), when computed. */
  progress: z.number().nullable(),
  /** Share of the time from start year to target year elapsed at the actual's year, when computed. */
  elapsed: z.number().nullable(),
});
export type StatusBasis = z.infer<typeof StatusBasis>;

export const StatusResult = z.object({
  status: Status,
  /** The reason in words, as the site shows it (Chinese). */
  reason: z.string(),
  basis: StatusBasis,
});
export type StatusResult = z.infer<typeof StatusResult>;

/** One indicator of one plan with everything known about it. */
export const LedgerEntry = z.object({
  plan: z.string(),
  /** Indicator id (its table row id). */
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  category: z.string(),
  attribute: Attribute.nullable(),
  /** True for a row of a previous-period review table (its target was that period's). */
  review: z.boolean(),
  /** URL of the indicator's ledger page. */
  url: z.string(),
  /** URL of its table row in the plan text. */
  rowUrl: z.string(),
  /** Observations, baseline first, then by year. */
  observations: z.array(Observation),
  status: StatusResult,
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** Constants of the status rule, published with the ledger. */
export const StatusRule = z.object({
  /** Progress may lead or trail elapsed time by this share and still count as on track. */
  tolerance: z.number(),
});
export type StatusRule = z.infer<typeof StatusRule>;

/** A problem in a progress file: the row is left out and the build reports it. */
export const ProgressIssue = z.object({ file: z.string(), line: z.number().int(), message: z.string(), text: z.string() });
export type ProgressIssue = z.infer<typeof ProgressIssue>;

export const Ledger = z.object({
  version: z.literal(1),
  rule: StatusRule,
  entries: z.array(LedgerEntry),
  /** Progress rows that could not be used, with why. */
  issues: z.array(ProgressIssue),
});
export type Ledger = z.infer<typeof Ledger>;

/** One plan as a region page lists it. */
export const RegionPlan = z.object({
  slug: z.string(),
  title: z.string(),
  kind: z.string(),
  /** The plan's field (知识产权, 市场监督管理 …), read from its title. */
  field: z.string(),
  period: Period,
  url: z.string(),
});
export type RegionPlan = z.infer<typeof RegionPlan>;

/** A region of the hierarchy with the plans made for it; parents are listed before children. */
export const RegionNode = RegionRef.extend({
  /** 'province' | 'city' | 'county', from the code. */
  level: z.enum(['province', 'city', 'county']),
  parent: z.string().nullable(),
  children: z.array(z.string()),
  url: z.string(),
  plans: z.array(RegionPlan),
});
export type RegionNode = z.infer<typeof RegionNode>;

export const Regions = z.object({ version: z.literal(1), regions: z.array(RegionNode) });
export type Regions = z.infer<typeof Regions>;

/** A link to a plan with why it was made. */
export const PlanLink = z.object({ slug: z.string(), title: z.string(), url: z.string(), period: Period });
export type PlanLink = z.infer<typeof PlanLink>;

/** A plan of another level, with its region and whether its period overlaps this plan's. */
export const LevelLink = PlanLink.extend({ region: RegionRef, overlaps: z.boolean() });
export type LevelLink = z.infer<typeof LevelLink>;

/** The earlier plan's target against the later plan's baseline for one indicator. */
export const Continuity = z.object({
  name: z.string(),
  earlier: z.object({ id: z.string(), url: z.string(), target: IndicatorValue.nullable() }),
  later: z.object({ id: z.string(), url: z.string(), baseline: IndicatorValue.nullable() }),
});
export type Continuity = z.infer<typeof Continuity>;

/** A plan's place among the others: its field, its higher-level plans, predecessor and successor. */
export const PlanLineage = z.object({
  slug: z.string(),
  field: z.string(),
  /** The five-year plan number when the period is one (14 for 2021–2025), else null. */
  fiveYear: z.number().int().nullable(),
  /** Plans of the same field for a region above this one, nearest level first; 上位规划 when `overlaps`. */
  higher: z.array(LevelLink),
  /** Plans of the same field for regions below (下级规划 when `overlaps`). */
  lower: z.array(LevelLink),
  predecessor: PlanLink.nullable(),
  successor: PlanLink.nullable(),
  /** Indicators carried from the predecessor to this plan. */
  continuity: z.array(Continuity),
});
export type PlanLineage = z.infer<typeof PlanLineage>;

export const Lineage = z.object({ version: z.literal(1), plans: z.array(PlanLineage) });
export type Lineage = z.infer<typeof Lineage>;

/** One row of a progress file (seeds/progress/<plan>.csv), as an official writes it. */
export const ProgressRow = z.object({
  /** The indicator's id (s2-3-t1-r4) or its name exactly as in the plan's table. */
  indicator: z.string().min(1, 'required (the indicator id or its name as in the table)'),
  year: z.number().int().min(1949).max(2100),
  /** The value as published (13.5, 92%, 1.2万件). */
  value: z.string().min(1, 'required'),
  /** Where the value was published: a URL or a document (《2023年武进区知识产权工作总结》). */
  source: z.string().min(1, 'required (a URL or the name of the document the value was published in)'),
  note: z.string(),
});
export type ProgressRow = z.infer<typeof ProgressRow>;
