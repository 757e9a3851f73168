// Ids that survive edits. The parser numbers units by their place (s3-2-p4), so inserting a paragraph
// would shift the id of every later paragraph under the same parent, and old links would open other
// text without notice. This pass pins ids to text instead, against the reviewed registry of the last
// build (src/build/ids/<slug>.json):
//   1. a unit whose text (fingerprint) is registered keeps its registered id, wherever it now stands;
//   2. a unit whose text was reworded keeps the id of the registered unit it most resembles under the
//      same parent, and the earlier wording is recorded ("changed");
//   3. a new unit gets its place-derived id, or, when that id was ever used for other text, the same id
//      with a letter (s1-p2b), so no id ever comes to mean other text;
//   4. a registered unit that is gone is recorded ("deleted") with the nearest unit that still exists.
// Pure: the previous registry and the build date come in, the re-identified plan and the new registry go out.
import type { IdEvent, IdRegistry, RegisteredKind, RegisteredUnit } from '../core/schema/ids.ts';
import type { Plan, TableRow, Unit } from '../ingest/model.ts';
import { isHeadingKind } from '../core/outline.ts';
import { diceBigrams, searchKey } from '../core/text.ts';
import { shortHash } from '../core/hash.ts';

/** A reworded unit keeps its id when its text is at least this similar (bigram Dice of search keys) to
 * the registered text under the same parent: a changed figure or a few words keep it well above 0.5,
 * while two different paragraphs of one section score 0.1–0.3 on the seven plans. */
export const CHANGED_MIN = 0.5;
/** At the same place (same parent, same place-derived id) a lower bar: a heading reworded in a few of its
 * few characters is still that heading. */
export const CHANGED_MIN_SAME_PLACE = 0.3;

/** A unit or table row in document order, with the parser's ids. */
interface Node {
  kind: RegisteredKind;
  parserId: string;
  /** Parser id of the node it sits in ('' at the top). */
  parserParent: string;
  text: string;
  key: string;
  fp: string;
}

export interface PinResult {
  /** The plan with pinned ids (units, tables, rows, indicators). */
  plan: Plan;
  registry: IdRegistry;
  /** Events first seen in this build. */
  events: IdEvent[];
  /** How many units kept a registered id (same text / reworded), got a new one, or are gone. */
  counts: { kept: number; changed: number; added: number; deleted: number };
}

/** A unit's own text as registered: heading and body lines for divisions, the run-in lead otherwise. */
export function unitText(u: Unit): string {
  if (u.kind === 'table') return [u.table?.caption ?? u.title, ...(u.table?.header.length ? [u.table.header.join('\t')] : [])].filter(Boolean).join('\n');
  return isHeadingKind(u.kind) ? [u.title, u.text].filter(Boolean).join('\n') : u.title + u.text;
}

/** A table row's text as registered: its cells, tab-separated. */
export function rowText(r: TableRow): string {
  return r.cells.join('\t');
}

function node(kind: RegisteredKind, parserId: string, parserParent: string, text: string): Node {
  const key = searchKey(text);
  return { kind, parserId, parserParent, text, key, fp: shortHash(key) };
}

/** Every unit and table row of a plan in document order. */
function flatten(units: Unit[], parent = ''): Node[] {
  return units.flatMap((u) => [
    node(u.kind, u.id, parent, unitText(u)),
    ...(u.table?.rows.map((r) => node('row', r.id, u.id, rowText(r))) ?? []),
    ...flatten(u.children, u.id),
  ]);
}

/** `base`, or base + b, c … (then -n27 …) until it is not taken. */
function freeId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let k = 1; ; k++) {
    const id = k < 26 ? base + String.fromCharCode(97 + k) : `${base}-n${k}`;
    if (!taken.has(id)) return id;
  }
}

/** The place-derived id of a node under its (pinned) parent: the parser's id with the parent part replaced. */
function placeId(n: Node, parentId: string): string {
  if (!n.parserParent || !n.parserId.startsWith(n.parserParent + '-')) return n.parserId;
  return `${parentId ? parentId + '-' : ''}${n.parserId.slice(n.parserParent.length + 1)}`;
}

/** Pins the ids of a parsed plan to the previous registry (null: the plan's first build). */
export function pinIds(plan: Plan, previous: IdRegistry | null, today: string): PinResult {
  const nodes = flatten(plan.body);
  const prev = previous?.units ?? [];
  const history = previous?.history ?? [];
  // Every id ever given out: an id never comes back with other text.
  const taken = new Set<string>([...prev.map((u) => u.id), ...history.map((e) => e.id)]);
  const final = new Map<Node, string>();
  const used = new Set<string>();
  const changedFrom = new Map<Node, RegisteredUnit>();

  // 1. Same text: prefer the registered unit at the same place, then under the same parent, then the first.
  const byFp = new Map<string, RegisteredUnit[]>();
  for (const u of prev) byFp.set(u.kind + u.fp, [...(byFp.get(u.kind + u.fp) ?? []), u]);
  for (const n of nodes) {
    const candidates = (byFp.get(n.kind + n.fp) ?? []).filter((u) => !used.has(u.id));
    if (!candidates.length) continue;
    const score = (u: RegisteredUnit) => (u.id === n.parserId ? 2 : 0) + (u.parent === n.parserParent ? 1 : 0);
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    final.set(n, best.id);
    used.add(best.id);
  }

  // 2 and 3, top-down so that every parent's id is known: reworded units, then new ones.
  const byParserId = new Map(nodes.map((n) => [n.parserId, n]));
  const pinnedParent = (n: Node) => (n.parserParent ? final.get(byParserId.get(n.parserParent)!)! : '');
  for (const n of nodes) {
    if (final.has(n)) continue;
    const parentId = pinnedParent(n);
    const place = placeId(n, parentId);
    let best: RegisteredUnit | null = null;
    let bestScore = 0;
    for (const u of prev) {
      if (used.has(u.id) || u.kind !== n.kind || u.parent !== parentId) continue;
      const s = diceBigrams(u.text ? searchKey(u.text) : '', n.key);
      const min = u.id === place ? CHANGED_MIN_SAME_PLACE : CHANGED_MIN;
      if (s >= min && s > bestScore) [best, bestScore] = [u, s];
    }
    if (best) {
      final.set(n, best.id);
      used.add(best.id);
      changedFrom.set(n, best);
      continue;
    }
    const id = freeId(place, taken);
    taken.add(id);
    final.set(n, id);
  }

  // 4. Registered units that are gone: the nearest unit that is still there is their parent, or failing
  // that the closest earlier unit.
  const alive = new Set(final.values());
  const prevById = new Map(prev.map((u) => [u.id, u]));
  const nearest = (u: RegisteredUnit): string => {
    for (let p = prevById.get(u.parent); p; p = prevById.get(p.parent)) if (alive.has(p.id)) return p.id;
    for (let i = prev.indexOf(u) - 1; i >= 0; i--) if (alive.has(prev[i].id)) return prev[i].id;
    return '';
  };
  const events: IdEvent[] = [
    ...[...changedFrom].map(([n, u]): IdEvent => ({ id: final.get(n)!, status: 'changed', since: today, text: u.text, nearest: '' })),
    ...prev.filter((u) => !used.has(u.id)).map((u): IdEvent => ({ id: u.id, status: 'deleted', since: today, text: u.text, nearest: nearest(u) })),
  ];

  const ids = new Map(nodes.map((n) => [n.parserId, final.get(n)!]));
  const out = rewriteIds(plan, ids);
  const units = nodes.map((n): RegisteredUnit => ({ id: final.get(n)!, parent: pinnedParent(n), kind: n.kind, fp: n.fp, text: n.text }));
  const changed = changedFrom.size;
  return {
    plan: out,
    registry: { version: 1, slug: plan.slug, units, history: [...history, ...events] },
    events,
    counts: { kept: used.size - changed, changed, added: nodes.length - used.size, deleted: prev.length - used.size },
  };
}

/** A copy of the plan with every parser id replaced through `ids`. */
function rewriteIds(plan: Plan, ids: Map<string, string>): Plan {
  const out = structuredClone(plan);
  const to = (id: string) => ids.get(id) ?? id;
  const walk = (units: Unit[]) => {
    for (const u of units) {
      u.id = to(u.id);
      if (u.table) {
        u.table.id = to(u.table.id);
        for (const r of u.table.rows) r.id = to(r.id);
      }
      walk(u.children);
    }
  };
  walk(out.body);
  for (const i of out.indicators) {
    i.id = to(i.id);
    i.tableId = to(i.tableId);
  }
  return out;
}
