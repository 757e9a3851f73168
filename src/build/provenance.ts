// The reviewed provenance table (src/build/provenance.json): each plan's official URL, when known, and
// when its text was retrieved. Validated here, published as dist/data/provenance.json.
import { ProvenanceTable } from '../core/schema/provenance.ts';
import table from './provenance.json' with { type: 'json' };

/** The provenance table; a malformed entry stops the build with the slug and field named. */
export function reviewedProvenance(): ProvenanceTable {
  const r = ProvenanceTable.safeParse(table);
  if (!r.success) throw new Error(`src/build/provenance.json: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}
