// Cross-link data computed from all plans (joined in memory; published split per plan, see XrefIndex below). Field names are part of the open data.
import { z } from 'zod';
import { Attribute, IndicatorValue, Period } from './plan.ts';

/** A pointer to one unit (clause) of a plan, enough to render a link with a preview. */
export const ClauseRef = z.object({
  /** Plan slug. */
  plan: z.string(),
  /** Unit id (or table-row id); 'notice' for the issuing notice. */
  id: z.string(),
  /** The unit's URL; the plan's overview page for the notice. */
  url: z.string(),
  /** Structural path as a reader cites it, e.g. 三、（二）2.; '印发通知' for the notice. */
  path: z.string(),
  /** Unit title (lead sentence or heading), may be empty. */
  title: z.string(),
  /** At most 80 characters of the clause text (title + text), '…' when cut. */
  excerpt: z.string(),
});
export type ClauseRef = z.infer<typeof ClauseRef>;

/** A clause with a similarity score in [0, 1]. */
export const ScoredRef = ClauseRef.extend({ score: z.number() });
export type ScoredRef = z.infer<typeof ScoredRef>;

/** One task a responsible body carries. */
export const BodyTask = ClauseRef.extend({ role: z.enum(['lead', 'other']) });
export type BodyTask = z.infer<typeof BodyTask>;

/** A responsible body (责任单位) across plans. */
export const Body = z.object({
  /** 'b-' + 8 hex digits of FNV-1a 32 of the name key: stable across corpus changes. */
  id: z.string(),
  /** Name as written (whitespace removed, brackets full-width). */
  name: z.string(),
  /** Distinct spellings merged into this entry, sorted. */
  variants: z.array(z.string()),
  /** Slugs of plans naming the body, sorted. */
  plans: z.array(z.string()),
  leadCount: z.number().int(),
  otherCount: z.number().int(),
  /** Tasks in plan then document order. */
  tasks: z.array(BodyTask),
});
export type Body = z.infer<typeof Body>;

/** A document cited with 《…》. */
export const CitedDocument = z.object({
  /** 'd-' + 8 hex digits of FNV-1a 32 of the title key. */
  id: z.string(),
  /** Display title without 《》. */
  title: z.string(),
  /** Distinct spellings as written, sorted. */
  variants: z.array(z.string()),
  /** Slug of the corpus plan whose title this is, else null. */
  planSlug: z.string().nullable(),
  /** Where it is cited, plan then document order (one entry per clause). */
  citedBy: z.array(ClauseRef),
});
export type CitedDocument = z.infer<typeof CitedDocument>;

/** A clause matching a topic. */
export const TopicHit = ClauseRef.extend({
  /** Number of synonym occurrences in the clause's own text. */
  count: z.number().int(),
  /** Synonyms that matched, sorted. */
  terms: z.array(z.string()),
});
export type TopicHit = z.infer<typeof TopicHit>;

/** A reviewed topic (src/xref/topics.ts) with the clauses that mention it. */
export const Topic = z.object({
  /** ASCII id from the reviewed table, e.g. 'food-safety'. */
  id: z.string(),
  name: z.string(),
  synonyms: z.array(z.string()),
  /** Total occurrences over all clauses. */
  count: z.number().int(),
  plans: z.array(z.string()),
  clauses: z.array(TopicHit),
});
export type Topic = z.infer<typeof Topic>;

/** Most similar clauses in other plans for one task clause. */
export const RelatedEntry = z.object({ from: ClauseRef, similar: z.array(ScoredRef) });
export type RelatedEntry = z.infer<typeof RelatedEntry>;

/** Clauses (or whole tables) whose normalized text is identical or nearly so across plans. */
export const SameTextGroup = z.object({
  /** 's-' + hash of the members' plan/id keys. */
  id: z.string(),
  kind: z.enum(['clause', 'table']),
  /** True when all normalized texts are equal. */
  identical: z.boolean(),
  /** 1 when identical, else the lowest score among the links that joined the group (≥ threshold). */
  score: z.number(),
  members: z.array(ClauseRef),
});
export type SameTextGroup = z.infer<typeof SameTextGroup>;

/** An indicator of a plan, linkable. */
export const IndicatorRef = z.object({
  plan: z.string(),
  /** Indicator id (table-row id). */
  id: z.string(),
  url: z.string(),
  name: z.string(),
  /** Key term used for matching (name without unit, 累计/年度/新增, 量/数 …). */
  term: z.string(),
});
export type IndicatorRef = z.infer<typeof IndicatorRef>;

/** Indicator → clauses of the same plan that mention its key term. */
export const IndicatorTasks = z.object({ indicator: IndicatorRef, clauses: z.array(ScoredRef) });
export type IndicatorTasks = z.infer<typeof IndicatorTasks>;

/** Clause → indicators of the same plan it works toward (reverse of IndicatorTasks). */
export const ClauseIndicators = z.object({ clause: ClauseRef, indicators: z.array(IndicatorRef) });
export type ClauseIndicators = z.infer<typeof ClauseIndicators>;

/** One plan's indicator in an indicator group. */
export const IndicatorMember = z.object({
  plan: z.string(),
  id: z.string(),
  url: z.string(),
  name: z.string(),
  unit: z.string(),
  /** Plan period, for showing members side by side. */
  period: Period,
  baseline: IndicatorValue.nullable(),
  target: IndicatorValue.nullable(),
  attribute: Attribute.nullable(),
});
export type IndicatorMember = z.infer<typeof IndicatorMember>;

/** The same indicator across plans. */
export const IndicatorGroup = z.object({
  /** 'g-' + hash of the key. */
  id: z.string(),
  /** Matching key: the most frequent key term of the members, e.g. PCT专利申请. */
  key: z.string(),
  /** Display name: the most frequent member name without its unit, e.g. 累计PCT专利申请量. */
  label: z.string(),
  /** Distinct slugs, sorted. */
  plans: z.array(z.string()),
  members: z.array(IndicatorMember),
});
export type IndicatorGroup = z.infer<typeof IndicatorGroup>;

/** A quantified target written in prose. */
export const ProseTarget = z.object({
  clause: ClauseRef,
  /** The sentence holding the target (≤ 200 chars). */
  sentence: z.string(),
  /** Target year (到2025年 …), null when none in the sentence. */
  year: z.number().int().nullable(),
  /** The quantity as written, e.g. 95%以上, 6000件以上, 200家. */
  raw: z.string(),
  value: z.number(),
  max: z.number().nullable(),
  unit: z.string(),
  /** ≥ for 以上/超过/不低于/力争…以上, ≤ for 以下/不超过/控制在…以内, null when exact. */
  op: z.enum(['≥', '≤', '>', '<']).nullable(),
  /** Up to 30 characters before the number: what is measured. */
  subject: z.string(),
});
export type ProseTarget = z.infer<typeof ProseTarget>;

/** Thresholds used, published for transparency. */
export const XrefThresholds = z.object({
  relatedMin: z.number(),
  relatedTop: z.number(),
  relatedMinChars: z.number(),
  sameTextMin: z.number(),
  sameTextMinChars: z.number(),
  indicatorTermMin: z.number(),
  indicatorGroupMin: z.number(),
});
export type XrefThresholds = z.infer<typeof XrefThresholds>;

export const Xref = z.object({
  version: z.literal(1),
  thresholds: XrefThresholds,
  bodies: z.array(Body),
  documents: z.array(CitedDocument),
  topics: z.array(Topic),
  related: z.array(RelatedEntry),
  sameText: z.array(SameTextGroup),
  /** Indicator ↔ clause links, both directions. */
  taskIndicators: z.object({ byIndicator: z.array(IndicatorTasks), byClause: z.array(ClauseIndicators) }),
  indicatorGroups: z.array(IndicatorGroup),
  proseTargets: z.array(ProseTarget),
});
export type Xref = z.infer<typeof Xref>;

// ── The published form: dist/data/xref/index.json and one dist/data/xref/<slug>.json per plan ──
// Cross-links are stored per plan, and a clause named by many links is written once (in its plan's
// `clauses` table) and pointed at as "plan#id" elsewhere, so the files grow with the corpus, not with
// the number of links times the length of clause excerpts. src/xref/split.ts joins them back into `Xref`.

/** A clause as the links show it: stored once per plan. */
export const ClauseDisplay = ClauseRef.pick({ url: true, path: true, title: true, excerpt: true });
export type ClauseDisplay = z.infer<typeof ClauseDisplay>;

/** "plan#id": a pointer to a clause in its plan's `clauses` table. */
export const RefKey = z.string();

/** Links whose source is one plan, with the display of every clause of that plan any link names. */
export const XrefPlanPart = z.object({
  version: z.literal(1),
  plan: z.string(),
  /** Clause id → how it is shown; every clause of this plan named anywhere in the cross-links. */
  clauses: z.record(z.string(), ClauseDisplay),
  related: z.array(z.object({ id: z.string(), similar: z.array(z.object({ ref: RefKey, score: z.number() })) })),
  bodyTasks: z.array(z.object({ body: z.string(), tasks: z.array(z.object({ id: z.string(), role: BodyTask.shape.role })) })),
  documentCites: z.array(z.object({ document: z.string(), clauses: z.array(z.string()) })),
  topicHits: z.array(z.object({ topic: z.string(), clauses: z.array(z.object({ id: z.string(), count: z.number().int(), terms: z.array(z.string()) })) })),
  indicatorTasks: z.array(z.object({ indicator: IndicatorRef.omit({ plan: true }), clauses: z.array(z.object({ id: z.string(), score: z.number() })) })),
  /** Clause id → ids of this plan's indicators it works toward, in document order. */
  clauseIndicators: z.array(z.object({ id: z.string(), indicators: z.array(z.string()) })),
  proseTargets: z.array(ProseTarget.omit({ clause: true }).extend({ id: z.string() })),
});
export type XrefPlanPart = z.infer<typeof XrefPlanPart>;

/** What spans plans: the lists of bodies, documents and topics (their clauses are in the plan parts),
 * same-text groups (members as pointers) and indicator groups. */
export const XrefIndex = z.object({
  version: z.literal(1),
  thresholds: XrefThresholds,
  /** Plan slugs in the order their parts are joined (the order of every joined list). */
  plans: z.array(z.string()),
  bodies: z.array(Body.omit({ tasks: true })),
  documents: z.array(CitedDocument.omit({ citedBy: true })),
  topics: z.array(Topic.omit({ clauses: true })),
  sameText: z.array(SameTextGroup.omit({ members: true }).extend({ members: z.array(RefKey) })),
  indicatorGroups: z.array(IndicatorGroup),
});
export type XrefIndex = z.infer<typeof XrefIndex>;
