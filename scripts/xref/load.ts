// Reading parsed plans from disk, for the CLI report and the real-data test (the builders stay pure).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan, Unit } from '../lib/model.ts';

/** Published outline nodes back to Units: same fields plus url, minus marker. */
function toUnits(nodes: (Omit<Unit, 'marker' | 'children'> & { marker?: Unit['marker']; children: unknown[] })[]): Unit[] {
  return nodes.map((n) => ({ ...n, marker: n.marker ?? null, children: toUnits(n.children as typeof nodes) }));
}

/** All parsed plans of a directory (content/data/plans/<slug>.json, whose body is published as `outline`), in file-name order. */
export function readPlans(dir: string): Plan[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const j = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return { stripped: [], ...j, body: j.body ?? toUnits(j.outline ?? []) } as Plan;
    });
}
