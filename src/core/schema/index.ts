// The published data contract: every JSON file of dist/data has a schema here, and its JSON Schema
// is published beside the data (dist/data/schema/) for outside users.
import { z } from 'zod';
import { PlanDoc, PlanIndex } from './plan.ts';
import { XrefIndex, XrefPlanPart } from './xref.ts';
import { Manifest } from './manifest.ts';
import { Ledger, Lineage, Regions } from './ledger.ts';
import { ShardManifest } from './shard-manifest.ts';
import { PublishedIds } from './ids.ts';
import { ProvenanceTable } from './provenance.ts';

export * from './plan.ts';
export * from './xref.ts';
export * from './manifest.ts';
export * from './ledger.ts';
export * from './shard-manifest.ts';
export * from './ids.ts';
export * from './provenance.ts';

/** Schema of each published JSON file, by the name its JSON Schema is published under. */
export const PUBLISHED_SCHEMAS = {
  'plan.schema.json': { schema: PlanDoc, title: 'PlanAtlas plan (data/plans/<slug>.json)' },
  'plans.schema.json': { schema: PlanIndex, title: 'PlanAtlas plan index (data/plans.json)' },
  'xref-index.schema.json': { schema: XrefIndex, title: 'PlanAtlas cross-links across plans (data/xref/index.json)' },
  'xref-plan.schema.json': { schema: XrefPlanPart, title: 'PlanAtlas cross-links of one plan (data/xref/<slug>.json)' },
  'ledger.schema.json': { schema: Ledger, title: 'PlanAtlas implementation ledger (data/ledger.json)' },
  'regions.schema.json': { schema: Regions, title: 'PlanAtlas region tree (data/regions.json)' },
  'lineage.schema.json': { schema: Lineage, title: 'PlanAtlas plan lineage (data/lineage.json)' },
  'manifest.schema.json': { schema: Manifest, title: 'PlanAtlas checksum manifest (data/manifest.json)' },
  'ids.schema.json': { schema: PublishedIds, title: 'PlanAtlas ids of a plan: where each leads now, and its history (data/ids/<slug>.json)' },
  'provenance.schema.json': { schema: ProvenanceTable, title: 'PlanAtlas provenance: official URL and retrieval date per plan (data/provenance.json)' },
  'shards.schema.json': { schema: ShardManifest, title: 'PlanAtlas shard manifest (data/shards.json, sharded builds only)' },
} as const;

/** Zod writes an empty tuple (a table node's children) as prefixItems: [], which the 2020-12
 * meta-schema forbids (minItems 1); items: false with maxItems: 0 already says "no items". */
function dropEmptyPrefixItems(ctx: { jsonSchema: { prefixItems?: unknown[] } }): void {
  if (Array.isArray(ctx.jsonSchema.prefixItems) && ctx.jsonSchema.prefixItems.length === 0) delete ctx.jsonSchema.prefixItems;
}

/** The JSON Schema (draft 2020-12) of every published JSON file. */
export function jsonSchemas(idBase: string): Record<string, object> {
  return Object.fromEntries(
    Object.entries(PUBLISHED_SCHEMAS).map(([name, { schema, title }]) => [name, { $id: idBase + name, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12', override: dropEmptyPrefixItems }) }]),
  );
}
