// Tiny builders for hand-made plan fixtures used by the cross-link tests (laid out as the build does).
import type { Indicator, IndicatorValue, Plan, Responsibility, Unit, UnitKind } from '../../src/ingest/model.ts';
import type { PlanDoc } from '../../src/core/schema/index.ts';
import { siteUrls } from '../../src/core/urls.ts';
import { layoutPlan } from '../../src/publish/layout.ts';

export interface UnitSpec {
  id: string;
  kind?: UnitKind;
  title?: string;
  text?: string;
  path?: string;
  resp?: Partial<Responsibility>;
  cites?: string[];
  children?: UnitSpec[];
  rows?: string[][];
}

/** A Unit with defaults for every field the builders do not care about. */
export function unit(s: UnitSpec): Unit {
  const kind = s.kind ?? 'item';
  return {
    id: s.id,
    kind,
    marker: null,
    label: '',
    number: 0,
    title: s.title ?? '',
    text: s.text ?? '',
    line: 1,
    path: s.path ?? s.id,
    responsibility: s.resp ? { lead: s.resp.lead ?? [], others: s.resp.others ?? [], raw: s.resp.raw ?? '' } : null,
    citations: s.cites ?? [],
    table:
      kind === 'table'
        ? { id: s.id, caption: s.title ?? '', notes: [], header: [], rows: (s.rows ?? []).map((cells, i) => ({ id: `${s.id}-r${i + 1}`, line: 1, cells, group: false, filled: cells.map(() => false) })) }
        : undefined,
    children: (s.children ?? []).map(unit),
  };
}

/** An indicator value from a plain number. */
export function val(value: number, unitName = '件', op: IndicatorValue['op'] = null): IndicatorValue {
  return { raw: `${value}${unitName}`, op, value, max: null, values: [value], unit: unitName, year: null };
}

/** An indicator row with a name and optional target. */
export function indicator(id: string, name: string, target?: number): Indicator {
  return { id, tableId: 't1', category: '', group: '', name, unit: '', baseline: null, target: target === undefined ? null : val(target), actual: null, completion: null, review: false, attribute: '预期性', other: {} };
}

/** A published plan with defaults; period 2021–2025 unless given. */
export function plan(slug: string, title: string, body: UnitSpec[], extra: { indicators?: Indicator[]; notice?: string[]; period?: [number, number] } = {}): PlanDoc {
  return layoutPlan(parsedPlan(slug, title, body, extra), siteUrls('/'));
}

/** The same plan as the parser would hand it over. */
export function parsedPlan(slug: string, title: string, body: UnitSpec[], extra: { indicators?: Indicator[]; notice?: string[]; period?: [number, number] } = {}): Plan {
  const [from, to] = extra.period ?? [2021, 2025];
  return {
    slug,
    meta: { title, region: '', regionCode: '', regionPath: [], issuer: '', docNumber: '', date: '', period: { from, to }, kind: '规划', publishedAt: '', indexNo: '', topicClass: '', validity: '', infoSource: '', reviewer: '', recipients: '', copyTo: '', printedBy: '', printedDate: '' },
    source: { file: `${slug}.txt`, format: 'txt', bytes: 0, sha256: '', startLine: 1, endLine: 1 },
    notice: extra.notice ? { lines: extra.notice } : null,
    stripped: [],
    body: body.map(unit),
    indicators: extra.indicators ?? [],
    warnings: [],
  };
}
