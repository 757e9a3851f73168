// The id registry: which id each unit of a plan has, with a fingerprint of its text, so that links
// survive edits. The reviewed registry (src/build/ids/<slug>.json, kept in the repo like a lockfile) has
// every unit's text; the published form (dist/data/ids/<slug>.json) has what a browser needs to follow
// an old link: where every id is now, and what became of ids that no longer hold their text.
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a unit is for the registry: a unit kind, or a table row. */
export const RegisteredKind = z.enum(['chapter', 'section', 'item', 'box', 'paragraph', 'table', 'row']);
export type RegisteredKind = z.infer<typeof RegisteredKind>;

/** One unit as registered. */
export const RegisteredUnit = z.object({
  id: z.string(),
  /** Id of the unit it sits in ('' at the top level). */
  parent: z.string(),
  kind: RegisteredKind,
  /** FNV-1a 32 (8 hex digits) of the text's search key: equal when only spacing or punctuation width differ. */
  fp: z.string().regex(/^[0-9a-f]{8}$/),
  /** The unit's own text (title and text, a table's caption, a row's cells), without its number. */
  text: z.string(),
});
export type RegisteredUnit = z.infer<typeof RegisteredUnit>;

/** What became of an id: its text was reworded (the id stays), or the unit is gone (the id is retired). */
export const IdEvent = z.object({
  id: z.string(),
  status: z.enum(['changed', 'deleted']),
  /** Build date on which the change was first seen. */
  since: Day,
  /** The wording before the change. */
  text: z.string(),
  /** For a deleted unit: the nearest unit that still exists (its parent, or an earlier sibling); '' for none. */
  nearest: z.string(),
});
export type IdEvent = z.infer<typeof IdEvent>;

/** src/build/ids/<slug>.json: the reviewed registry of one plan. */
export const IdRegistry = z.object({
  version: z.literal(1),
  slug: z.string(),
  /** Every current unit, in document order. */
  units: z.array(RegisteredUnit),
  /** Changes seen by earlier builds, oldest first. */
  history: z.array(IdEvent),
});
export type IdRegistry = z.infer<typeof IdRegistry>;

/** dist/data/ids/<slug>.json: where each id of a plan leads now, and its history. */
export const PublishedIds = z.object({
  slug: z.string(),
  /** Current id → URL (page + '#id'). */
  urls: z.record(z.string(), z.string()),
  history: z.array(IdEvent.extend({ nearestUrl: z.string().nullable() })),
});
export type PublishedIds = z.infer<typeof PublishedIds>;
