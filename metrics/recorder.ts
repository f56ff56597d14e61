// SQLite record of what the loop detected and did. The runner owns it: agents return values,
// the loop that drives them writes rows here.
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync, constants as sqlite, type SQLInputValue } from 'node:sqlite';
import { systemClock, type Clock } from '../src/clock.ts';
import { InputError, isDatabaseBusy, openUserFile, sqliteProblem } from '../src/errors.ts';
import type { RecordSink } from '../src/record-sink.ts';
import type { Outcome } from '../src/types.ts';

export const DEFAULT_DB_PATH = resolve(dirname(fileURLToPath(import.meta.url)), 'results.db');

// The original's tables and columns, kept so its queries still work on our database.
const DDL = `
CREATE TABLE IF NOT EXISTS detection_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    experiment TEXT NOT NULL,
    failure_type TEXT NOT NULL,
    stream_index INTEGER,
    detect_ms REAL NOT NULL,
    created REAL NOT NULL,
    target TEXT
);
CREATE TABLE IF NOT EXISTS outcome_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    experiment TEXT NOT NULL,
    failure_type TEXT NOT NULL,
    action_taken TEXT NOT NULL,
    success INTEGER NOT NULL,
    decide_ms REAL,
    act_ms REAL,
    mttr_ms REAL,
    stream_index INTEGER,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS experiment_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    started_at REAL NOT NULL,
    meta TEXT
);
CREATE TABLE IF NOT EXISTS feedback_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    created REAL NOT NULL
);
`;

export const BUSY_TIMEOUT_MS = 30_000;

/**
 * Results databases carry this mark in the SQLite header (`PRAGMA application_id`, "GHST"), so
 * GHOST can tell its own databases from another program's and never writes into those.
 */
export const GHOST_APPLICATION_ID = 0x47485354;

/** GHOST's tables and their columns, as DDL creates them. */
export const GHOST_TABLES: Readonly<Record<string, readonly string[]>> = {
  detection_rows: ['id', 'experiment', 'failure_type', 'stream_index', 'detect_ms', 'created'],
  outcome_rows: ['id', 'experiment', 'failure_type', 'action_taken', 'success', 'decide_ms', 'act_ms', 'mttr_ms', 'stream_index', 'created'],
  experiment_runs: ['id', 'name', 'started_at', 'meta'],
  feedback_rows: ['id', 'run_id', 'payload_json', 'created'],
};

/** What an existing database file is to GHOST. */
export type Ownership =
  /** Marked as GHOST's, or empty (new). */
  | 'ghost'
  /** Unmarked but holding only GHOST's tables: a results database from before the mark. */
  | 'unmarked-ghost';

const isSqliteInternal = (name: string) => name.startsWith('sqlite_');

/**
 * Read-only check of whose database `db` is; throws an InputError naming `path` for one that is
 * not GHOST's (another program's mark, tables or views GHOST does not create, a GHOST table
 * that is a view or lacks a column). Reads the header and the schema only: nothing is written,
 * so a refused database is left exactly as it was.
 */
export function checkOwnership(db: DatabaseSync, path: string): Ownership {
  const { application_id: mark } = db.prepare('PRAGMA application_id').get() as { application_id: number };
  if (mark !== 0 && mark !== GHOST_APPLICATION_ID) {
    throw new InputError(
      path,
      undefined,
      `belongs to another program (application_id 0x${(mark >>> 0).toString(16)}), not a GHOST results database; nothing was written (use another --db)`,
    );
  }
  const objects = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as Array<{ type: string; name: string; tbl_name: string; sql: string | null }>;
  const foreign: string[] = [];
  for (const { type, name, tbl_name: table, sql } of objects) {
    if (isSqliteInternal(name)) continue;
    // A virtual table computes its rows, which could take any time: only plain tables count.
    const ghostTable = Object.hasOwn(GHOST_TABLES, name) && /^\s*CREATE\s+TABLE\b/i.test(sql ?? '');
    if (type === 'table' && ghostTable) continue;
    if (type === 'index' && Object.hasOwn(GHOST_TABLES, table)) continue;
    foreign.push(`${type} ${name}`);
  }
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    throw new InputError(path, undefined, `not a GHOST results database: it holds ${shown}, which GHOST does not create; nothing was written (use another --db)`);
  }
  for (const { type, name } of objects) {
    if (type !== 'table' || !Object.hasOwn(GHOST_TABLES, name)) continue;
    const info = db.prepare('SELECT name, hidden FROM pragma_table_xinfo(?)').all(name) as Array<{ name: string; hidden: number }>;
    // Generated columns compute their values on every read: GHOST never creates them.
    const generated = info.filter((c) => c.hidden !== 0).map((c) => c.name);
    if (generated.length > 0) {
      throw new InputError(path, undefined, `table ${name} has generated column ${generated.join(', ')}, which GHOST does not create; nothing was written`);
    }
    const columns = new Set(info.map((c) => c.name));
    const missing = GHOST_TABLES[name]!.filter((c) => !columns.has(c));
    if (missing.length > 0) {
      throw new InputError(path, undefined, `table ${name} lacks column ${missing.join(', ')}: not a results database this GHOST can write; nothing was written`);
    }
  }
  return mark === 0 && objects.some((o) => !isSqliteInternal(o.name)) ? 'unmarked-ghost' : 'ghost';
}

const SETUP_ATTEMPTS = 50;
const SETUP_RETRY_MS = 100;

function setUp(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  try {
    // Wait for a concurrent writer instead of failing at once (a connection setting: nothing is written).
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Whose database this is, before any write or journal change.
    if (path !== ':memory:') checkOwnership(db, path);
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec(DDL);
    addTargetColumn(db);
    // New databases get the mark; one from before the mark is adopted (it holds only GHOST's tables).
    db.exec(`PRAGMA application_id = ${GHOST_APPLICATION_ID}`);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Databases made before detections named their target (`namespace/Kind/name`) get the nullable column. */
function addTargetColumn(db: DatabaseSync): void {
  const columns = db.prepare('PRAGMA table_info(detection_rows)').all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'target')) db.exec('ALTER TABLE detection_rows ADD COLUMN target TEXT');
}

/**
 * Open (creating if needed) the results database in WAL mode with a busy timeout. A path that
 * is a directory, not a SQLite file, another program's database, read-only or damaged is the
 * user's error and is reported as one line naming it; a database that is not GHOST's is left
 * untouched.
 */
export function openResultsDb(path: string = DEFAULT_DB_PATH): DatabaseSync {
  return openUserFile(path, 'results database', () => {
    if (path !== ':memory:') {
      checkWritable(path);
      mkdirSync(dirname(path), { recursive: true });
    }
    // Two processes creating the same new database can both hit SQLITE_BUSY while switching
    // it to WAL, where SQLite returns at once instead of waiting: retry that setup.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return setUp(path);
      } catch (err) {
        if (!isDatabaseBusy(err) || attempt >= SETUP_ATTEMPTS) throw sqliteProblem(err, path) ?? err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETUP_RETRY_MS);
      }
    }
  });
}

// Functions a query on the results database may call (aggregates and plain formatting).
const READER_FUNCTIONS = new Set(['count', 'sum', 'total', 'avg', 'min', 'max', 'round', 'coalesce', 'ifnull', 'length', 'lower', 'upper', 'substr', 'printf', 'format', 'datetime', 'strftime', 'json_extract']);

/**
 * Limit what later statements on `db` may do to reading GHOST's own tables from top-level SQL:
 * no view, no trigger, no recursive query, no table GHOST does not create, no function beyond
 * aggregates and formatting. node:sqlite has no progress handler to stop a running query, so
 * the bound is set before a query runs: a statement that would read a view (a recursive view
 * named like a GHOST table runs forever) is refused when it is prepared, with SQLite's
 * "not authorized", and every statement that is allowed scans GHOST's tables once.
 */
export function restrictToGhostTables(db: DatabaseSync): void {
  db.setAuthorizer((action, arg1, arg2, _dbName, viaViewOrTrigger) => {
    if (viaViewOrTrigger !== null) return sqlite.SQLITE_DENY;
    if (action === sqlite.SQLITE_SELECT) return sqlite.SQLITE_OK;
    if (action === sqlite.SQLITE_READ) return arg1 !== null && Object.hasOwn(GHOST_TABLES, arg1) ? sqlite.SQLITE_OK : sqlite.SQLITE_DENY;
    if (action === sqlite.SQLITE_FUNCTION) return arg2 !== null && READER_FUNCTIONS.has(arg2.toLowerCase()) ? sqlite.SQLITE_OK : sqlite.SQLITE_DENY;
    return sqlite.SQLITE_DENY;
  });
}

// A results database nobody may write is refused, as outputs are: root could write it anyway.
function checkWritable(path: string): void {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st?.isFile()) return;
  let writable = (st.mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new InputError(path, undefined, 'results database is read-only; make it writable or use another --db');
}

/**
 * Run `work` inside one write transaction: either every row lands or none does. BEGIN
 * IMMEDIATE takes the write lock up front, so a second writer waits at the start rather than
 * failing halfway.
 */
export async function inTransaction<T>(db: DatabaseSync, work: () => Promise<T> | T): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw err;
  }
}

const TABLE_COLUMNS = {
  experiment_runs: ['name', 'started_at', 'meta'],
  detection_rows: ['experiment', 'failure_type', 'stream_index', 'detect_ms', 'created', 'target'],
  outcome_rows: ['experiment', 'failure_type', 'action_taken', 'success', 'decide_ms', 'act_ms', 'mttr_ms', 'stream_index', 'created'],
  feedback_rows: ['run_id', 'payload_json', 'created'],
} as const;

/**
 * Record one run of the named experiments: `work` writes its rows into an in-memory staging
 * database, and only when it succeeds are they copied into the results database, in one
 * transaction that first removes those experiments' previous rows. A run that fails or is
 * killed leaves the results database (or its absence) exactly as it was, and the write lock
 * is held for the copy only, not for the whole run.
 */
export async function recordRun<T>(
  path: string,
  experiments: readonly string[],
  work: (staging: DatabaseSync) => Promise<T>,
): Promise<T> {
  // An existing file that is not a results database is reported before the run, not after.
  if (existsSync(path)) openResultsDb(path).close();
  const staging = openResultsDb(':memory:');
  try {
    const result = await work(staging);
    const db = openResultsDb(path);
    try {
      // Checked again inside the write lock: another program may have claimed the file meanwhile.
      await inTransaction(db, () => {
        checkOwnership(db, path);
        clearExperiments(db, experiments);
        for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
          const list = columns.join(', ');
          const insert = db.prepare(`INSERT INTO ${table} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
          for (const row of staging.prepare(`SELECT ${list} FROM ${table} ORDER BY id`).iterate()) {
            insert.run(...columns.map((c) => (row as Record<string, SQLInputValue>)[c] as SQLInputValue));
          }
        }
      }).catch((err: unknown) => {
        throw sqliteProblem(err, path) ?? err;
      });
    } finally {
      db.close();
    }
    return result;
  } finally {
    staging.close();
  }
}

/**
 * One run of one experiment through recordRun: `work` gets the experiment's sink, so the
 * caller never holds the database.
 */
export async function recordExperiment<T>(
  path: string,
  experiment: string,
  run: { clock?: Clock; meta?: string | null },
  work: (sink: RecordSink) => Promise<T>,
): Promise<T> {
  return recordRun(path, [experiment], (db) => work(new Recorder(db, experiment, run.clock ?? systemClock, run.meta ?? null)));
}

/** Remove the rows of the named experiments (before writing their new run). */
export function clearExperiments(db: DatabaseSync, names: readonly string[]): void {
  const placeholders = names.map(() => '?').join(', ');
  for (const table of ['detection_rows', 'outcome_rows']) {
    db.prepare(`DELETE FROM ${table} WHERE experiment IN (${placeholders})`).run(...names);
  }
  db.prepare(`DELETE FROM experiment_runs WHERE name IN (${placeholders})`).run(...names);
}

/** Writes one experiment's rows; call inside a transaction for all-or-nothing. */
export class Recorder implements RecordSink {
  readonly experiment: string;
  #clock: Clock;
  #detection;
  #outcome;

  constructor(db: DatabaseSync, experiment: string, clock: Clock = systemClock, meta: string | null = null) {
    this.experiment = experiment;
    this.#clock = clock;
    db.prepare('INSERT INTO experiment_runs (name, started_at, meta) VALUES (?, ?, ?)').run(
      experiment,
      clock.epochSeconds(),
      meta,
    );
    this.#detection = db.prepare(
      'INSERT INTO detection_rows (experiment, failure_type, stream_index, detect_ms, created, target) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#outcome = db.prepare(
      `INSERT INTO outcome_rows (experiment, failure_type, action_taken, success, decide_ms, act_ms,
        mttr_ms, stream_index, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  recordDetection(failureType: string, detectMs: number, streamIndex: number | null, target: string | null = null): void {
    this.#detection.run(this.experiment, failureType, streamIndex, detectMs, this.#clock.epochSeconds(), target);
  }

  recordOutcome(outcome: Outcome): void {
    // mttr_ms here is decide + act, as the original stores it; detection time is in detection_rows.
    this.#outcome.run(
      this.experiment,
      outcome.failure_type,
      outcome.action_taken,
      outcome.success ? 1 : 0,
      outcome.decide_ms,
      outcome.act_ms,
      outcome.decide_ms + outcome.act_ms,
      outcome.stream_index,
      this.#clock.epochSeconds(),
    );
  }
}
