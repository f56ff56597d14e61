// report: what the results database holds, per experiment and failure type; --rows lists
// every detection and outcome row as the original's reporter does.
import { existsSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { DEFAULT_DB_PATH, checkOwnership, restrictToGhostTables } from './recorder.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { InputError, sqliteProblem } from '../src/errors.ts';
import { forTerminal, toJson } from '../src/safe-text.ts';

const HELP = `Usage: report [--db FILE] [--rows]

Prints the detection and outcome summaries from the results database (written by
the harness, lab-run --record and external replay --record), and the latest
feedback-ledger entries.

  --db FILE   results database (default: metrics/results.db)
  --rows      list every detection and outcome row instead of the summaries
  -h, --help  show this help
`;

interface DetectionSummaryRow {
  experiment: string;
  failure_type: string;
  n: number;
  avg_detect_ms: number;
}

interface OutcomeSummaryRow {
  experiment: string;
  failure_type: string;
  action_taken: string;
  n: number;
  ok: number;
  avg_mttr_ms: number | null;
}

// Names come from the database, which records names from input: shown escaped.
const cell = (value: unknown, width: number) => forTerminal(String(value)).padEnd(width);
const num = (value: number | null, digits = 3) => (value === null ? 'n/a' : value.toFixed(digits));

export function detectionSummaryLines(db: DatabaseSync): string[] {
  const rows = db
    .prepare(
      `SELECT experiment, failure_type, COUNT(*) AS n, AVG(detect_ms) AS avg_detect_ms
       FROM detection_rows GROUP BY experiment, failure_type ORDER BY MIN(id)`,
    )
    .all() as unknown as DetectionSummaryRow[];
  if (rows.length === 0) return ['Detections: none recorded'];
  return [
    'Detections',
    `${cell('experiment', 22)}${cell('failure_type', 20)}${cell('count', 7)}avg detect (ms)`,
    ...rows.map((r) => `${cell(r.experiment, 22)}${cell(r.failure_type, 20)}${cell(r.n, 7)}${num(r.avg_detect_ms)}`),
  ];
}

export function outcomeSummaryLines(db: DatabaseSync): string[] {
  const rows = db
    .prepare(
      `SELECT experiment, failure_type, action_taken, COUNT(*) AS n, SUM(success) AS ok, AVG(mttr_ms) AS avg_mttr_ms
       FROM outcome_rows GROUP BY experiment, failure_type, action_taken ORDER BY MIN(id)`,
    )
    .all() as unknown as OutcomeSummaryRow[];
  if (rows.length === 0) return ['Outcomes: none recorded'];
  return [
    'Outcomes',
    `${cell('experiment', 22)}${cell('failure_type', 20)}${cell('action', 20)}${cell('ok/total', 10)}avg mttr (ms)`,
    ...rows.map(
      (r) =>
        `${cell(r.experiment, 22)}${cell(r.failure_type, 20)}${cell(r.action_taken, 20)}${cell(`${r.ok}/${r.n}`, 10)}${num(r.avg_mttr_ms)}`,
    ),
  ];
}

export function feedbackLines(db: DatabaseSync, limit = 5): string[] {
  const rows = db
    .prepare('SELECT run_id, payload_json, created FROM feedback_rows ORDER BY id DESC LIMIT ?')
    .all(limit) as unknown as Array<{ run_id: string; payload_json: string; created: number }>;
  const total = (db.prepare('SELECT COUNT(*) AS n FROM feedback_rows').get() as { n: number }).n;
  if (total === 0) return ['Feedback ledger: empty'];
  const lines = [`Feedback ledger: ${total} run(s), latest first`];
  for (const row of rows) {
    let pass = '?';
    try {
      pass = (JSON.parse(row.payload_json) as { harness_all_pass?: boolean }).harness_all_pass ? 'PASS' : 'FAIL';
    } catch {
      pass = 'unreadable payload';
    }
    lines.push(`  ${forTerminal(row.run_id)}  ${new Date(row.created * 1000).toISOString()}  ${pass}`);
  }
  return lines;
}

export function rowLines(db: DatabaseSync): string[] {
  const detections = db
    .prepare('SELECT experiment, failure_type, stream_index, detect_ms FROM detection_rows ORDER BY id')
    .all();
  const outcomes = db
    .prepare('SELECT experiment, failure_type, action_taken, success, mttr_ms FROM outcome_rows ORDER BY id')
    .all();
  return [...detections, ...outcomes].map((row) => toJson(row));
}

export function main(argv: string[], io: Io): number {
  const { values } = parseFlags('report', argv, {
    db: { type: 'string' },
    rows: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const path = values.db ?? DEFAULT_DB_PATH;
  if (!existsSync(path)) {
    io.stdout('No results database found. Run `npm run harness` first.\n');
    return 0;
  }
  if (statSync(path).isDirectory()) throw new InputError(path, undefined, 'is a directory, not a results database');
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true });
  } catch (err) {
    throw sqliteProblem(err, path) ?? new InputError(path, undefined, `cannot open results database (${(err as Error).message})`, { cause: err });
  }
  try {
    db.exec('PRAGMA busy_timeout = 30000');
    // Another program's database, or views named like GHOST's tables, are refused before any
    // query; the queries then may read GHOST's tables only (no views: a recursive one would hang).
    checkOwnership(db, path);
    restrictToGhostTables(db);
  } catch (err) {
    db.close();
    throw sqliteProblem(err, path) ?? err;
  }
  try {
    const lines = values.rows
      ? rowLines(db)
      : [...detectionSummaryLines(db), '', ...outcomeSummaryLines(db), '', ...feedbackLines(db)];
    io.stdout(`${lines.join('\n')}\n`);
  } catch (err) {
    throw sqliteProblem(err, path) ?? new InputError(path, undefined, `not a GHOST results database (${(err as Error).message})`, { cause: err });
  } finally {
    db.close();
  }
  return 0;
}

runIfMain(import.meta.url, main);
