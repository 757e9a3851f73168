// Every file of dist/data, described once: what it holds, its format and its schema (JSON Schema for
// JSON, Table Schema for CSV). The data package is made from this list, and the build stops on a
// file of dist/data that matches no entry, so a new published file cannot go out undescribed.
import { ObservationRole, SourceKind, Status } from '../core/schema/ledger.ts';

/** A Table Schema field (Frictionless Table Schema v1). */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'year' | 'boolean';
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
}

/** The Table Schema and CSV dialect of a CSV file. */
export interface TableDescription {
  fields: TableField[];
  primaryKey?: string[];
  /** Cells that mean "no value". */
  missingValues: string[];
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
}

/** One kind of file of dist/data. */
export interface RegisteredFile {
  /** Path relative to dist/data; `*` stands for one path segment (no '/'). */
  pattern: string;
  /** Title; `{*}` is replaced by what `*` matched. */
  title: string;
  description: string;
  format: 'json' | 'csv' | 'txt';
  mediatype: string;
  encoding: 'utf-8';
  /** JSON Schema of a JSON file (path relative to dist/data). */
  jsonSchema?: string;
  table?: TableDescription;
}

/** Files of dist/data that are not described by the package, and why. */
export const NOT_DESCRIBED: Readonly<Record<string, string>> = {
  'index.html': 'the /data/ page of the site, which documents the data',
  'datapackage.json': 'the package descriptor itself',
};

const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };
const OPS = ['≥', '≤', '>', '<'];
const str = (name: string, description: string, constraints?: TableField['constraints']): TableField => ({ name, type: 'string', description, ...(constraints ? { constraints } : {}) });
const num = (name: string, description: string): TableField => ({ name, type: 'number', description });
const year = (name: string, description: string): TableField => ({ name, type: 'year', description });
const int = (name: string, description: string): TableField => ({ name, type: 'integer', description });

/** Columns of indicators.csv (src/publish/open-data.ts), in file order. */
export const INDICATOR_FIELDS: TableField[] = [
  str('plan', 'Plan slug (data/plans/<slug>.json)', { required: true }),
  str('plan_title', 'Plan title as written'),
  str('id', 'Id of the table row, unique within the plan; the anchor of the row on its page', { required: true }),
  str('url', 'Site path of the row (page + #id); relative to the site origin'),
  str('table', 'Id of the table the row belongs to'),
  str('category', 'Category cell (merged cells filled down)'),
  str('group', 'Group row the indicator falls under (△…), if any'),
  str('name', 'Indicator name as written'),
  str('unit', 'Unit of the indicator'),
  str('baseline', 'Baseline value as written'),
  num('baseline_value', 'Baseline as a number'),
  year('baseline_year', 'Year the baseline refers to, when the table says'),
  str('target', 'Target value as written'),
  str('target_op', 'Comparison of the target (≥ for 以上/超过 …, ≤ for 以下 …); empty when exact', { enum: OPS }),
  num('target_value', 'Target as a number (lower bound of a range)'),
  num('target_max', 'Upper bound of a target range'),
  year('target_year', 'Year the target refers to, when the table says'),
  str('actual', 'What was achieved, as written (review tables)'),
  num('actual_value', 'Achieved value as a number'),
  year('actual_year', 'Year of the achieved value'),
  str('completion', 'Completion rate as written (完成率)'),
  num('completion_value', 'Completion rate as a number'),
  str('review', '"review" for a row of a previous-period review table', { enum: ['review'] }),
  str('attribute', '预期性 (expected) or 约束性 (binding)', { enum: ['预期性', '约束性'] }),
  str('other', 'Other columns as header=value, separated by "; "'),
];

/** Columns of ledger.csv (src/publish/ledger-csv.ts LEDGER_COLUMNS), in file order. */
export const LEDGER_FIELDS: TableField[] = [
  str('plan', 'Plan slug', { required: true }),
  str('id', 'Indicator id (its table row), unique within the plan', { required: true }),
  str('name', 'Indicator name as written'),
  str('unit', 'Unit of the indicator'),
  str('review', '"review" for a row of a previous-period review table', { enum: ['review'] }),
  str('status', 'Status by the documented rule (/indicators/status-rule/)', { required: true, enum: [...Status.options] }),
  str('reason', 'Why the rule gives this status, in words'),
  str('baseline', 'The starting value the status used, as written'),
  year('baseline_year', 'Its year'),
  str('target', 'The target the status used, as written'),
  year('target_year', 'Its year'),
  str('actual', 'The achieved value the status used, as written'),
  year('actual_year', 'Its year'),
  str('actual_source', 'Where the achieved value was read', { enum: [...SourceKind.options] }),
  str('url', 'Site path of the indicator\'s ledger page'),
];

/** Columns of observations.csv (src/publish/ledger-csv.ts OBSERVATION_COLUMNS), in file order. */
export const OBSERVATION_FIELDS: TableField[] = [
  str('plan', 'Plan slug', { required: true }),
  str('id', 'Indicator id', { required: true }),
  str('name', 'Indicator name as written'),
  str('role', 'What the number is', { required: true, enum: [...ObservationRole.options] }),
  year('year', 'The year the value is for, when a source says'),
  str('raw', 'The value as written'),
  num('value', 'The value as a number (lower bound of a range)'),
  str('op', 'Comparison (≥, ≤, >, <); empty when exact', { enum: OPS }),
  num('max', 'Upper bound of a range'),
  str('unit', 'Unit written with the value'),
  str('source_kind', 'Where the number was read', { required: true, enum: [...SourceKind.options] }),
  str('source_plan', 'Slug of the plan it was read from; empty for a progress row'),
  str('source_url', 'Where a reader checks it: clause or table row, or the stated source of a progress row'),
  str('source_label', 'How the source is cited'),
  str('source_file', 'Progress file of the row, if any'),
  int('source_line', 'Its 1-based line'),
];

/** Columns of a progress file (src/ingest/progress.ts PROGRESS_COLUMNS): the published templates. */
export const PROGRESS_FIELDS: TableField[] = [
  str('indicator', 'Indicator id of the plan (its table row)', { required: true }),
  year('year', 'The year the value is for'),
  str('value', 'The value as the source states it'),
  str('source', 'Where the value is published (document, page or URL)'),
  str('note', 'Free text; the template gives the indicator name'),
];

const table = (pattern: string, title: string, description: string, fields: TableField[], primaryKey?: string[]): RegisteredFile => ({
  pattern, title, description, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
  table: { fields, ...(primaryKey ? { primaryKey } : {}), missingValues: [''], dialect: CSV_DIALECT },
});

const json = (pattern: string, title: string, description: string, jsonSchema: string): RegisteredFile => ({ pattern, title, description, format: 'json', mediatype: 'application/json', encoding: 'utf-8', jsonSchema });

/** Every kind of file of dist/data. */
export const DATA_FILES: RegisteredFile[] = [
  json('plans.json', 'Plan index', 'Every plan with its main facts (title, region, issuer, document number, date, period, kind), its URL and counts.', 'schema/plans.schema.json'),
  json('plans/*.json', 'Plan {*}', 'One plan whole: facts, issuing notice, lines set aside, pages, the outline tree of units with ids, paths, URLs and responsibility, tables and indicators.', 'schema/plan.schema.json'),
  json('xref/index.json', 'Cross-links across plans', 'Responsible bodies, cited documents and topics (their clauses are in the plan files), same-text groups (members as plan#id pointers) and indicator groups across plans; `plans` gives the order in which the plan files join.', 'schema/xref-index.schema.json'),
  json('xref/*.json', 'Cross-links of plan {*}', 'Links whose source is this plan: related clauses, body tasks, document citations, topic hits, indicator–clause links and prose targets; every clause of the plan that any link names is written once in `clauses`, and pointed at elsewhere as plan#id.', 'schema/xref-plan.schema.json'),
  json('ids/*.json', 'Ids of plan {*}', 'Where each unit id of the plan leads now (id → page URL + #id), and what became of ids whose text was reworded (changed: the earlier wording) or removed (deleted: the earlier wording and the nearest unit that still exists). Ids are pinned to text by a reviewed registry, so links survive edits.', 'schema/ids.schema.json'),
  json('provenance.json', 'Provenance', 'Per plan slug: the official URL of the plan where known (null otherwise), the day its text was retrieved (null when not recorded) and the day it entered the corpus.', 'schema/provenance.schema.json'),
  json('shards.json', 'Shard manifest', 'Sharded builds only: the shards the corpus was split into (by province), the seeds each builds, every plan without its text and the corpus\'s index terms.', 'schema/shards.schema.json'),
  json('manifest.json', 'Checksum manifest', 'SHA-256 and size of every seed file and published data file (the same lines as SHA256SUMS).', 'schema/manifest.schema.json'),
  table('indicators.csv', 'Indicators', 'Every indicator of every plan, one row each. UTF-8 with a byte-order mark so that Excel reads it right.', INDICATOR_FIELDS, ['plan', 'id']),
  json('ledger.json', 'Implementation ledger', 'Every indicator with its observations (baseline, targets, actuals with year and source) and its status by the documented rule, with the numbers it was computed from.', 'schema/ledger.schema.json'),
  json('regions.json', 'Region tree', 'The GB/T 2260 regions of the plans, province to county, with their plans by level and field.', 'schema/regions.schema.json'),
  json('lineage.json', 'Plan lineage', 'Predecessor and successor plans of the same region and field, and indicator continuity between them.', 'schema/lineage.schema.json'),
  table('ledger.csv', 'Ledger', 'One row per indicator with its status and the numbers the status was computed from. UTF-8 with a byte-order mark.', LEDGER_FIELDS, ['plan', 'id']),
  table('observations.csv', 'Observations', 'One row per number of the ledger with its role, year and source. UTF-8 with a byte-order mark.', OBSERVATION_FIELDS),
  table('progress/*.csv', 'Progress file template {*}', 'A plan\'s progress file ready to fill: one row per indicator. Filled copies go to seeds/progress/<slug>.csv.', PROGRESS_FIELDS),
  { pattern: 'schema/*.schema.json', title: 'JSON Schema {*}', description: 'JSON Schema (draft 2020-12) of a published JSON file, exported from the schema the build validates with.', format: 'json', mediatype: 'application/schema+json', encoding: 'utf-8' },
  { pattern: 'SHA256SUMS', title: 'Checksums for sha256sum -c', description: 'One line per seed and data file, in the format of GNU sha256sum; check a copy with `sha256sum -c SHA256SUMS` inside the data folder.', format: 'txt', mediatype: 'text/plain', encoding: 'utf-8' },
];

function patternRegExp(pattern: string): RegExp {
  return new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('([^/]+?)') + '$');
}

/** The entry describing a path of dist/data and what its `*` matched, or null when none does. */
export function registeredFile(path: string): { entry: RegisteredFile; match: string } | null {
  for (const entry of DATA_FILES) {
    const m = patternRegExp(entry.pattern).exec(path);
    if (m) return { entry, match: m[1] ?? '' };
  }
  return null;
}
