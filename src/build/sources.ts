// The reviewed sources table (src/build/sources.json): each plan's official URL, when known, and when its
// text was retrieved. Validated here, published as dist/data/sources.json.
import { SourcesTable } from '../core/schema/sources.ts';
import table from './sources.json' with { type: 'json' };

/** The sources table; a malformed entry stops the build with the slug and field named. */
export function reviewedSources(): SourcesTable {
  const r = SourcesTable.safeParse(table);
  if (!r.success) throw new Error(`src/build/sources.json: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}
