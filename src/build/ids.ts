// The id registry on disk: src/build/ids/<slug>.json, one reviewed file per plan, kept in the repo like
// a lockfile. The build pins the parsed plans' ids to it (src/publish/stable-ids.ts), writes back the files
// whose units changed (one unit a line, so a review reads the diff), and publishes where each id leads
// now (content/data/ids/<slug>.json → dist/data/ids/).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IdRegistry, PublishedIds, type IdEvent } from '../core/schema/ids.ts';
import type { PlanDoc } from '../core/schema/plan.ts';
import { walkOutline } from '../core/outline.ts';
import type { Plan } from '../ingest/model.ts';
import { pinIds, type PinResult } from '../publish/stable-ids.ts';
import { readValidated } from './data.ts';

/** The registry of one plan, or null before its first build. */
export function readRegistry(dir: string, slug: string): IdRegistry | null {
  const f = join(dir, `${slug}.json`);
  return existsSync(f) ? readValidated(f, IdRegistry) : null;
}

/** A registry as written: one unit or event a line. */
export function registryJson(r: IdRegistry): string {
  const list = (xs: object[]) => (xs.length ? `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : '[]');
  return `{\n  "version": ${r.version},\n  "slug": ${JSON.stringify(r.slug)},\n  "units": ${list(r.units)},\n  "history": ${list(r.history)}\n}\n`;
}

export interface PinnedCorpus {
  plans: Plan[];
  /** Per plan slug: its events, all builds (history), for the pages. */
  history: Map<string, IdEvent[]>;
  results: PinResult[];
  /** Registry files that were (or, frozen, would be) rewritten. */
  updated: string[];
}

/** Pins every plan's ids to its registry in `dir` and writes back what changed; with `frozen`, writes
 * nothing (the caller fails the build when `updated` is not empty, as a CI check). */
export function pinCorpus(plans: Plan[], dir: string, today: string, frozen = false): PinnedCorpus {
  const results = plans.map((p) => pinIds(p, readRegistry(dir, p.slug), today));
  const updated: string[] = [];
  for (const r of results) {
    const f = join(dir, `${r.registry.slug}.json`);
    const text = registryJson(r.registry);
    if (existsSync(f) && readFileSync(f, 'utf8') === text) continue;
    updated.push(f);
    if (frozen) continue;
    mkdirSync(dir, { recursive: true });
    writeFileSync(f, text);
  }
  return { plans: results.map((r) => r.plan), history: new Map(results.map((r) => [r.registry.slug, r.registry.history])), results, updated };
}

/** Where each id of a published plan leads, and its history (dist/data/ids/<slug>.json). */
export function publishedIds(doc: PlanDoc, history: IdEvent[]): PublishedIds {
  const urls: Record<string, string> = {};
  for (const n of walkOutline(doc.outline)) {
    urls[n.id] = n.url;
    if (n.kind === 'table') for (const r of n.table.rows) urls[r.id] = r.url;
  }
  return PublishedIds.parse({ slug: doc.slug, urls, history: history.map((e) => ({ ...e, nearestUrl: (e.status === 'deleted' ? urls[e.nearest] : urls[e.id]) ?? null })) });
}

/** Writes content/data/ids/<slug>.json for every plan. */
export function writeIdsData(docs: PlanDoc[], history: Map<string, IdEvent[]>, contentData: string): void {
  mkdirSync(join(contentData, 'ids'), { recursive: true });
  for (const d of docs) writeFileSync(join(contentData, 'ids', `${d.slug}.json`), JSON.stringify(publishedIds(d, history.get(d.slug) ?? [])) + '\n');
}
