// Reading the results database for the report: which columns each table has, a table's rows
// with the columns that exist, the values in them, and the feedback ledger's entries.
import type { DatabaseSync } from 'node:sqlite';
import { isPlainObject } from '../src/value-kinds.ts';
import type { HistoryEntry, Row, TableColumns } from './report-types.ts';

export const REPORT_TABLES = ['feedback_rows', 'detection_rows', 'outcome_rows', 'experiment_runs'] as const;

/** Read the tables' columns (before the connection is limited to reading rows). */
export function readColumns(db: DatabaseSync): TableColumns {
  const out: Record<string, Set<string>> = {};
  for (const table of REPORT_TABLES) {
    const rows = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
    out[table] = new Set(rows.map((r) => r.name));
  }
  return out;
}

/** Every row of `table` with the wanted columns that exist (others read as undefined), in id order. */
export function readTable(db: DatabaseSync, schema: TableColumns, table: string, wanted: readonly string[]): Row[] {
  const have = schema[table] ?? new Set<string>();
  const list = wanted.filter((c) => have.has(c));
  if (list.length === 0) return [];
  const order = have.has('id') ? ' ORDER BY id' : '';
  return db.prepare(`SELECT ${list.join(', ')} FROM ${table}${order}`).all() as Row[];
}

export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const iso = (seconds: unknown): string => {
  const n = num(seconds);
  return n === null ? 'unknown time' : new Date(n * 1000).toISOString().replace('.000Z', 'Z');
};

export function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function historyEntry(row: Row): HistoryEntry {
  const payload = parseJson(row['payload_json']);
  const entry: HistoryEntry = {
    run_id: String(row['run_id']),
    created: iso(row['created']),
    harness_all_pass: null,
    experiments: {},
    figures: {},
    policy_versions: {},
    problem: null,
  };
  if (!isPlainObject(payload)) {
    entry.problem = 'payload is not a JSON object';
    return entry;
  }
  for (const [key, value] of Object.entries(payload)) {
    const pass = /^(experiment\d+)_all_pass$/.exec(key);
    if (pass?.[1] && typeof value === 'boolean') entry.experiments[pass[1]] = value;
    else if (key === 'harness_all_pass' && typeof value === 'boolean') entry.harness_all_pass = value;
    else if (typeof value === 'number') entry.figures[key] = value;
    else if (key === 'policy_versions' && isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) entry.policy_versions[k] = String(v);
    }
  }
  return entry;
}
