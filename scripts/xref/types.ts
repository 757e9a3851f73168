// Cross-link data computed from all parsed plans (content/data/xref.json).
// Field names are part of the interface rendered by the site: keep them stable.
import type { IndicatorValue } from '../lib/model.ts';

/** A pointer to one unit (clause) of a plan, enough to render a link with a preview. */
export interface ClauseRef {
  /** Plan slug. */
  plan: string;
  /** Unit id (or table-row id); 'notice' for the issuing notice. */
  id: string;
  /** Site path + '#id' (from unitUrls); the plan page for the notice. */
  url: string;
  /** Structural path as a reader cites it, e.g. 三、（二）2.; '印发通知' for the notice. */
  path: string;
  /** Unit title (lead sentence or heading), may be empty. */
  title: string;
  /** At most 80 characters of the clause text (title + text), '…' when cut. */
  excerpt: string;
}

/** A clause with a similarity score in [0, 1]. */
export interface ScoredRef extends ClauseRef {
  score: number;
}

/** One task a responsible body carries. */
export interface BodyTask extends ClauseRef {
  role: 'lead' | 'other';
}

/** A responsible body (责任单位) across plans. */
export interface Body {
  /** 'b-' + 8 hex digits of FNV-1a 32 of the normalized name: stable across corpus changes. */
  id: string;
  /** Name as written (normalized: whitespace removed, brackets full-width). */
  name: string;
  /** Distinct spellings merged into this entry, sorted. */
  variants: string[];
  /** Slugs of plans naming the body, sorted. */
  plans: string[];
  leadCount: number;
  otherCount: number;
  /** Tasks in plan then document order. */
  tasks: BodyTask[];
}

/** A document cited with 《…》. */
export interface CitedDocument {
  /** 'd-' + 8 hex digits of FNV-1a 32 of the normalized title. */
  id: string;
  /** Normalized title without 《》. */
  title: string;
  /** Distinct spellings as written, sorted. */
  variants: string[];
  /** Slug of the corpus plan whose title this is, else null. */
  planSlug: string | null;
  /** Where it is cited, plan then document order (one entry per clause). */
  citedBy: ClauseRef[];
}

/** A clause matching a topic. */
export interface TopicHit extends ClauseRef {
  /** Number of synonym occurrences in the clause's own text. */
  count: number;
  /** Synonyms that matched, sorted. */
  terms: string[];
}

/** A reviewed topic (scripts/xref/topics.ts) with the clauses that mention it. */
export interface Topic {
  /** ASCII id from the reviewed table, e.g. 'food-safety'. */
  id: string;
  name: string;
  synonyms: string[];
  /** Total occurrences over all clauses. */
  count: number;
  plans: string[];
  clauses: TopicHit[];
}

/** Most similar clauses in other plans for one task clause. */
export interface RelatedEntry {
  from: ClauseRef;
  similar: ScoredRef[];
}

/** Clauses (or whole tables) whose normalized text is identical or nearly so across plans. */
export interface SameTextGroup {
  /** 's-' + hash of the members' plan/id keys. */
  id: string;
  kind: 'clause' | 'table';
  /** True when all normalized texts are equal. */
  identical: boolean;
  /** 1 when identical, else the lowest score among the links that joined the group (≥ threshold). */
  score: number;
  members: ClauseRef[];
}

/** An indicator of a plan, linkable. */
export interface IndicatorRef {
  plan: string;
  /** Indicator id (table-row id). */
  id: string;
  url: string;
  name: string;
  /** Key term used for matching (name without unit, 累计/年度/新增, 量/数 …). */
  term: string;
}

/** Indicator → clauses of the same plan that mention its key term. */
export interface IndicatorTasks {
  indicator: IndicatorRef;
  clauses: ScoredRef[];
}

/** Clause → indicators of the same plan it works toward (reverse of IndicatorTasks). */
export interface ClauseIndicators {
  clause: ClauseRef;
  indicators: IndicatorRef[];
}

/** One plan's indicator in an indicator group. */
export interface IndicatorMember {
  plan: string;
  id: string;
  url: string;
  name: string;
  unit: string;
  /** Plan period, for showing members side by side. */
  period: { from: number | null; to: number | null };
  baseline: IndicatorValue | null;
  target: IndicatorValue | null;
  attribute: '预期性' | '约束性' | null;
}

/** The same indicator across plans. */
export interface IndicatorGroup {
  /** 'g-' + hash of the key. */
  id: string;
  /** Matching key: the most frequent key term of the members (ties: shortest, then code order), e.g. PCT专利申请. */
  key: string;
  /** Display name: the most frequent member name without its unit, e.g. 累计PCT专利申请量. */
  label: string;
  /** Distinct slugs, sorted. */
  plans: string[];
  members: IndicatorMember[];
}

/** A quantified target written in prose. */
export interface ProseTarget {
  clause: ClauseRef;
  /** The sentence holding the target (≤ 200 chars). */
  sentence: string;
  /** Target year (到2025年 …), null when none in the sentence. */
  year: number | null;
  /** The quantity as written, e.g. 95%以上, 6000件以上, 200家. */
  raw: string;
  value: number;
  max: number | null;
  unit: string;
  /** ≥ for 以上/超过/不低于/力争…以上, ≤ for 以下/不超过/控制在…以内, null when exact. */
  op: '≥' | '≤' | '>' | '<' | null;
  /** Up to 30 characters before the number: what is measured. */
  subject: string;
}

/** Thresholds used, published for transparency. */
export interface XrefThresholds {
  relatedMin: number;
  relatedTop: number;
  relatedMinChars: number;
  sameTextMin: number;
  sameTextMinChars: number;
  indicatorTermMin: number;
  indicatorGroupMin: number;
}

export interface Xref {
  version: 1;
  thresholds: XrefThresholds;
  bodies: Body[];
  documents: CitedDocument[];
  topics: Topic[];
  related: RelatedEntry[];
  sameText: SameTextGroup[];
  /** Indicator ↔ clause links, both directions. */
  taskIndicators: { byIndicator: IndicatorTasks[]; byClause: ClauseIndicators[] };
  indicatorGroups: IndicatorGroup[];
  proseTargets: ProseTarget[];
}
