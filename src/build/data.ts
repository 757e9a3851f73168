// The one reader of published data (content/data, or dist/data): every file is validated against
// the schema it was written with, so the site, search, cross-links, bench and tests read one shape.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { Ledger, Lineage, PlanDoc, PlanIndex, Regions, type Xref, XrefIndex, XrefPlanPart } from '../core/schema/index.ts';
import { joinXref } from '../xref/split.ts';

/** Reads and validates one JSON file; a mismatch names the file and the first fields that differ. */
export function readValidated<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (or \`npm run ingest\`) first`);
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file} does not match its schema:\n${issues.join('\n')}`);
  }
  return result.data;
}

/** The plan index (plans.json). */
export function readPlanIndex(dataDir: string): PlanIndex {
  return readValidated(join(dataDir, 'plans.json'), PlanIndex);
}

/** Every published plan (plans/<slug>.json), in file-name order. */
export function readPlanDocs(dataDir: string): PlanDoc[] {
  const dir = join(dataDir, 'plans');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` (or \`npm run ingest\`) first`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readValidated(join(dir, f), PlanDoc));
}

/** The cross-links, joined from xref/index.json and one xref/<slug>.json per plan. */
export function readXref(dataDir: string): Xref {
  const index = readValidated(join(dataDir, 'xref', 'index.json'), XrefIndex);
  const parts = new Map(index.plans.map((slug) => [slug, readValidated(join(dataDir, 'xref', `${slug}.json`), XrefPlanPart)]));
  return joinXref(index, parts);
}

/** The implementation ledger (ledger.json). */
export function readLedger(dataDir: string): Ledger {
  return readValidated(join(dataDir, 'ledger.json'), Ledger);
}

/** The region tree (regions.json). */
export function readRegions(dataDir: string): Regions {
  return readValidated(join(dataDir, 'regions.json'), Regions);
}

/** Plan lineage (lineage.json). */
export function readLineage(dataDir: string): Lineage {
  return readValidated(join(dataDir, 'lineage.json'), Lineage);
}
