// Writes what the site is built from: content/data (the open data: plans, index, CSV, cross-links)
// and content/plans (one MDX file per plan page). Every plan is laid out once and validated against
// the published schema before anything is written.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ledger, Lineage, PlanDoc, Regions, type IdEvent, type ProgressIssue, type Xref } from '../core/schema/index.ts';
import type { SiteUrls } from '../core/urls.ts';
import { displayName } from '../core/text.ts';
import type { Plan } from '../ingest/model.ts';
import { layoutPlan, planSummary } from '../publish/layout.ts';
import { indicatorsCsv } from '../publish/open-data.ts';
import { ledgerCsv, observationsCsv, progressTemplate } from '../publish/ledger-csv.ts';
import { buildImplementation, type ProgressFile } from '../ledger/index.ts';
import { pageToMdx, type PageLinks } from '../mdx/index.ts';
import { buildXref } from '../xref/index.ts';
import { splitXref } from '../xref/split.ts';
import { sortPlans } from '../xref/clauses.ts';
import { docKey } from '../xref/documents.ts';
import type { ProjectPaths } from './config.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A published JSON file's text, indented: how every file that does not grow with the corpus is written. */
export const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
/** A published JSON file's text, compact: files that grow with the corpus (a JSON viewer indents them). */
export const compact = (v: unknown) => JSON.stringify(v) + '\n';

/** Laid-out, validated plans; a plan that does not match the schema is a bug, reported by slug. */
export function publishPlans(plans: Plan[], urls: SiteUrls): PlanDoc[] {
  return plans.map((p) => {
    const r = PlanDoc.safeParse(layoutPlan(p, urls));
    if (!r.success) throw new Error(`plan ${p.slug} (${p.source.file}) does not match the published schema: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return r.data;
  });
}

/** What a page links to, from the cross-links, and the earlier wording of reworded units (id registry). */
export function pageLinks(xref: Xref, urls: SiteUrls, history: Map<string, IdEvent[]> = new Map()): PageLinks {
  const bodies = new Map<string, string>();
  for (const b of xref.bodies) for (const n of [b.name, ...b.variants]) bodies.set(displayName(n), urls.body(b.id));
  const docs = new Map<string, string>();
  for (const d of xref.documents) for (const t of [d.title, ...d.variants]) docs.set(docKey(t), urls.document(d.id));
  const withXref = new Set<string>();
  for (const r of xref.related) if (r.similar.some((s) => s.plan !== r.from.plan)) withXref.add(`${r.from.plan}#${r.from.id}`);
  for (const g of xref.sameText) for (const m of g.members) withXref.add(`${m.plan}#${m.id}`);
  for (const c of xref.taskIndicators.byClause) withXref.add(`${c.clause.plan}#${c.clause.id}`);
  return {
    bodyHref: (name) => bodies.get(displayName(name)) ?? null,
    documentHref: (title) => docs.get(docKey(title)) ?? null,
    hasXref: (plan, id) => withXref.has(`${plan}#${id}`),
    earlier: (plan, id) => (history.get(plan) ?? []).filter((e) => e.id === id && e.status === 'changed').map(({ since, text }) => ({ since, text })),
  };
}

/** Replaces content/data and content/plans with the corpus; returns the published plans and the progress
 * rows left out. `history` holds each plan's id events (src/build/ids.ts): reworded units show their
 * earlier wording. In a shard, `others` are the other shards' plans (stubs from the manifest): the region
 * tree, lineage, the same indicator across plans and successor baselines reach them; the ledger and
 * lineage written are this shard's plans' own. */
export function writeContent(plans: Plan[], paths: ProjectPaths, urls: SiteUrls, progress: ProgressFile[] = [], history: Map<string, IdEvent[]> = new Map(), others: PlanDoc[] = []): { docs: PlanDoc[]; xref: Xref; issues: ProgressIssue[] } {
  const docs = publishPlans(plans, urls);
  const xref = buildXref(docs, undefined, others);
  const own = new Set(docs.map((d) => d.slug));
  const foreign = new Set(others.map((d) => d.slug));
  const foreignFiles = new Set(progress.filter((f) => foreign.has(f.plan)).map((f) => f.file));
  const impl = buildImplementation([...docs, ...others], progress, urls);
  // Validated like the plans: a mismatch is a bug and stops the build here, not in a page.
  const ledger = Ledger.parse({
    ...impl.ledger,
    entries: impl.ledger.entries.filter((e) => own.has(e.plan)),
    // Another shard reports the rows of its plans' progress files.
    issues: impl.ledger.issues.filter((i) => !foreignFiles.has(i.file)),
  });
  const regions = Regions.parse(impl.regions);
  const lineage = Lineage.parse({ ...impl.lineage, plans: impl.lineage.plans.filter((p) => own.has(p.slug)) });
  const links = pageLinks(xref, urls, history);
  rmSync(paths.contentPlans, { recursive: true, force: true });
  rmSync(paths.contentData, { recursive: true, force: true });
  write(join(paths.contentData, 'plans.json'), json(docs.map(planSummary)));
  for (const d of docs) {
    write(join(paths.contentData, 'plans', `${d.slug}.json`), compact(d));
    for (const page of d.pages) write(join(paths.contentPlans, d.slug, `${page.id}.mdx`), pageToMdx(d, page, links));
  }
  write(join(paths.contentData, 'indicators.csv'), indicatorsCsv(docs));
  // Cross-links per plan (each clause written once), compact: the largest open data grows with the corpus only.
  const { index, parts } = splitXref(xref, sortPlans(docs).map((d) => d.slug));
  write(join(paths.contentData, 'xref', 'index.json'), compact(index));
  for (const [slug, part] of parts) write(join(paths.contentData, 'xref', `${slug}.json`), compact(part));
  write(join(paths.contentData, 'ledger.json'), compact(ledger));
  write(join(paths.contentData, 'ledger.csv'), ledgerCsv(ledger));
  write(join(paths.contentData, 'observations.csv'), observationsCsv(ledger));
  write(join(paths.contentData, 'regions.json'), json(regions));
  write(join(paths.contentData, 'lineage.json'), json(lineage));
  for (const d of docs) if (d.indicators.some((i) => !i.review)) write(join(paths.contentData, 'progress', `${d.slug}.csv`), progressTemplate(d));
  return { docs, xref, issues: ledger.issues };
}
