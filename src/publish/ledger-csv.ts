// The ledger as CSV: ledger.csv (one row per indicator with its status), observations.csv (one row
// per number with its source) and, per plan, the progress file template an official fills in.
import type { Indicator, Ledger, LedgerEntry, Observation, PlanDoc } from '../core/schema/index.ts';
import { csvLine, csvText } from './open-data.ts';

/** Columns of ledger.csv, in order. */
export const LEDGER_COLUMNS = ['plan', 'id', 'name', 'unit', 'review', 'status', 'reason', 'baseline', 'baseline_year', 'target', 'target_year', 'actual', 'actual_year', 'actual_source', 'url'] as const;
/** Columns of observations.csv, in order. */
export const OBSERVATION_COLUMNS = ['plan', 'id', 'name', 'role', 'year', 'raw', 'value', 'op', 'max', 'unit', 'source_kind', 'source_plan', 'source_url', 'source_label', 'source_file', 'source_line'] as const;

const at = (e: LedgerEntry, i: number | null): Observation | null => (i === null ? null : e.observations[i] ?? null);

/** ledger.csv: each indicator with the status and the numbers the status was computed from. */
export function ledgerCsv(ledger: Ledger): string {
  const lines = [LEDGER_COLUMNS.join(',')];
  for (const e of ledger.entries) {
    const { start, target, actual } = e.status.basis;
    const [s, t, a] = [at(e, start), at(e, target), at(e, actual)];
    lines.push(csvLine([e.plan, e.id, e.name, e.unit, e.review ? 'review' : '', e.status.status, e.status.reason, s?.value.raw ?? '', s?.year ?? '', t?.value.raw ?? '', t?.year ?? '', a?.value.raw ?? '', a?.year ?? '', a?.source.kind ?? '', e.url]));
  }
  return csvText(lines);
}

/** observations.csv: every number of the ledger with its role, year and source. */
export function observationsCsv(ledger: Ledger): string {
  const lines = [OBSERVATION_COLUMNS.join(',')];
  for (const e of ledger.entries) {
    for (const o of e.observations) {
      const v = o.value;
      lines.push(csvLine([e.plan, e.id, e.name, o.role, o.year, v.raw, v.value, v.op ?? '', v.max, v.unit, o.source.kind, o.source.plan ?? '', o.source.url, o.source.label, o.source.file ?? '', o.source.line]));
    }
  }
  return csvText(lines);
}

/** A progress file ready to fill: one row per indicator, its id given and its name as a note. */
export function progressTemplate(plan: Pick<PlanDoc, 'indicators'>): string {
  const lines = ['indicator,year,value,source,note'];
  for (const i of plan.indicators.filter((x: Indicator) => !x.review)) lines.push(csvLine([i.id, '', '', '', i.name]));
  return csvText(lines);
}
