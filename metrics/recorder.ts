// SQLite record of what the loop detected and did. The runner owns it: agents return values,
// the loop that drives them writes rows here.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { systemClock, type Clock } from '../src/clock.ts';
import { openUserFile } from '../src/errors.ts';
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

const SETUP_ATTEMPTS = 50;
const SETUP_RETRY_MS = 100;

function isBusy(err: unknown): boolean {
  return err instanceof Error && /database is (locked|busy)/i.test(err.message);
}

function setUp(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  try {
    // Wait for a concurrent writer instead of failing at once.
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec(DDL);
    addTargetColumn(db);
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
 * is a directory or not a SQLite file is the user's error and is reported as one.
 */
export function openResultsDb(path: string = DEFAULT_DB_PATH): DatabaseSync {
  return openUserFile(path, 'results database', () => {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    // Two processes creating the same new database can both hit SQLITE_BUSY while switching
    // it to WAL, where SQLite returns at once instead of waiting: retry that setup.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return setUp(path);
      } catch (err) {
        if (!isBusy(err) || attempt >= SETUP_ATTEMPTS) throw err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETUP_RETRY_MS);
      }
    }
  });
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
      await inTransaction(db, () => {
        clearExperiments(db, experiments);
        for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
          const list = columns.join(', ');
          const insert = db.prepare(`INSERT INTO ${table} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
          for (const row of staging.prepare(`SELECT ${list} FROM ${table} ORDER BY id`).iterate()) {
            insert.run(...columns.map((c) => (row as Record<string, SQLInputValue>)[c] as SQLInputValue));
          }
        }
      });
    } finally {
      db.close();
    }
    return result;
  } finally {
    staging.close();
  }
}

/** Where an experiment's rows go; experiments take this interface, not the database. */
export interface RecordSink {
  recordDetection(failureType: string, detectMs: number, streamIndex: number | null, target?: string | null): void;
  recordOutcome(outcome: Outcome): void;
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
