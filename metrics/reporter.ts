// report: what the results database holds, per experiment and failure type; --rows lists
// every detection and outcome row as the original's reporter does.
import { existsSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { BUSY_TIMEOUT_MS, DEFAULT_DB_PATH, checkOwnership, restrictToGhostTables } from './recorder.ts';
import { buildReportData } from './report-data.ts';
import { readColumns } from './report-rows.ts';
import type { ReportData, ReportOptions, TableColumns } from './report-types.ts';
import { renderReportHtml } from './report-html.ts';
import { DEFAULT_DATA_DIR } from '../experiments/paths.ts';
import { writeFileAtomic } from '../src/atomic-file.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { InputError, UsageError, sqliteProblem } from '../src/errors.ts';
import { forTerminal, toJson } from '../src/safe-text.ts';
import { stdoutLines, type LineWriter } from '../src/line-writer.ts';

const HELP = `Usage: report [--db FILE] [--rows | --html FILE | --json] [--run RUN_ID]

Prints the detection and outcome summaries from the results database (written by
the harness, lab-run --record and external replay --record), and the latest
feedback-ledger entries. With --html, writes one self-contained HTML page with
charts (the latest harness run, detection quality per class, timelines of lab runs
and replays, time to detect and act, history across runs); --json prints the data
that page is drawn from.

  --db FILE     results database (default: metrics/results.db)
  --rows        list every detection and outcome row instead of the summaries
  --html FILE   write the HTML report to FILE (written whole or not at all)
  --json        print the report's data as one JSON document
  --run RUN_ID  the feedback-ledger run to show (default: the latest)
  --data DIR    where the harness's ground truth is (default: data/)
  -h, --help    show this help
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

/**
 * Every detection row, then every outcome row, one JSON line each, written as the statements
 * step through them: millions of rows are never held, nor joined into one string.
 */
export async function writeRows(db: DatabaseSync, out: LineWriter): Promise<void> {
  const queries = [
    'SELECT experiment, failure_type, stream_index, detect_ms FROM detection_rows ORDER BY id',
    'SELECT experiment, failure_type, action_taken, success, mttr_ms FROM outcome_rows ORDER BY id',
  ];
  // Both are prepared first, so a database without either table fails before any output.
  const statements = queries.map((sql) => db.prepare(sql));
  for (const statement of statements) {
    for (const row of statement.iterate()) {
      const held = out.line(toJson(row));
      if (held) await held;
    }
  }
  await out.flush();
}

/**
 * Open the results database read-only, refuse one that is not GHOST's, read which columns its
 * tables have, and then let statements read GHOST's tables only (no views: a recursive one
 * would hang).
 */
function openResults(path: string): { db: DatabaseSync; columns: TableColumns } {
  if (statSync(path).isDirectory()) throw new InputError(path, undefined, 'is a directory, not a results database');
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: true });
  } catch (err) {
    throw sqliteProblem(err, path) ?? new InputError(path, undefined, `cannot open results database (${(err as Error).message})`, { cause: err });
  }
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkOwnership(db, path);
    const columns = readColumns(db);
    restrictToGhostTables(db);
    return { db, columns };
  } catch (err) {
    db.close();
    throw sqliteProblem(err, path) ?? err;
  }
}

/** The report's data from the database at `path` (which must exist), for the page and --json. */
export async function loadReportData(path: string, options: ReportOptions): Promise<ReportData> {
  const { db, columns } = openResults(path);
  try {
    return await buildReportData(db, { ...options, columns });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw sqliteProblem(err, path) ?? new InputError(path, undefined, `not a GHOST results database (${(err as Error).message})`, { cause: err });
  } finally {
    db.close();
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags('report', argv, {
    db: { type: 'string' },
    rows: { type: 'boolean' },
    html: { type: 'string' },
    json: { type: 'boolean' },
    run: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const page = values.html !== undefined || values.json === true;
  if (values.rows && page) throw new UsageError('report: --rows cannot be combined with --html or --json (see report --help)');
  if (!page && (values.run !== undefined || values.data !== undefined)) {
    throw new UsageError('report: --run and --data apply to --html and --json (see report --help)');
  }
  const path = values.db ?? DEFAULT_DB_PATH;
  if (!existsSync(path)) {
    if (page) throw new InputError(path, undefined, 'no such results database; run `npm run harness` first');
    io.stdout('No results database found. Run `npm run harness` first.\n');
    return 0;
  }
  if (page) {
    const data = await loadReportData(path, { dbPath: values.db ?? 'metrics/results.db', runId: values.run, dataDir: values.data ?? DEFAULT_DATA_DIR });
    if (values.html !== undefined) await writeFileAtomic(values.html, renderReportHtml(data));
    io.stdout(values.json ? `${toJson(data, 2)}\n` : `Report written to ${values.html}\n`);
    return 0;
  }
  const { db } = openResults(path);
  try {
    if (values.rows) {
      await writeRows(db, stdoutLines(io));
    } else {
      const lines = [...detectionSummaryLines(db), '', ...outcomeSummaryLines(db), '', ...feedbackLines(db)];
      io.stdout(`${lines.join('\n')}\n`);
    }
  } catch (err) {
    throw sqliteProblem(err, path) ?? new InputError(path, undefined, `not a GHOST results database (${(err as Error).message})`, { cause: err });
  } finally {
    db.close();
  }
  return 0;
}

runIfMain(import.meta.url, main);
