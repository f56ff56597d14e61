// What someone who controls a --db file can do, tried as they would try it: the commands that
// write, read or adopt the results database refuse any database GHOST does not own, in one line,
// leaving it untouched (the first kind of database as a process, the others through the entry's main).
import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { GHOST_APPLICATION_ID, GHOST_TABLES, openResultsDb } from '../metrics/recorder.ts';
import { runCli, runInProcess, type CliResult } from './run-cli.ts';
import { expectOneLine, OOM_LINE, tempDir } from './hardening-test-support.ts';

const LAB_INPUT = () => {
  const file = join(tempDir(), 'in.jsonl');
  writeFileSync(file, `${JSON.stringify(OOM_LINE)}\n`);
  return file;
};

/** Everything about a database file a write could change: its bytes, its journal files, its journal mode. */
function fingerprint(path: string): { bytes: string; siblings: string[]; journal: string } {
  const bytes = readFileSync(path).toString('base64');
  const siblings = readdirSync(join(path, '..')).filter((n) => n.startsWith('x.db')).sort();
  let journal = 'unreadable';
  try {
    const db = new DatabaseSync(path, { readOnly: true });
    journal = (db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode;
    db.close();
  } catch {
    // a damaged file keeps 'unreadable'
  }
  return { bytes, siblings, journal };
}

function sqliteFile(setup: (db: DatabaseSync) => void): string {
  const path = join(tempDir(), 'x.db');
  const db = new DatabaseSync(path);
  setup(db);
  db.close();
  return path;
}

const GHOST_DDL = Object.entries(GHOST_TABLES)
  .map(([table, columns]) => `CREATE TABLE ${table} (${columns.map((c) => (c === 'id' ? 'id INTEGER PRIMARY KEY AUTOINCREMENT' : c)).join(', ')});`)
  .join('\n');

/** The commands that write the results database, as processes or (`inProcess`) through their main. */
const WRITERS: Array<[string, (db: string, input: string, inProcess?: boolean) => Promise<CliResult>]> = [
  ['lab-run --record', (db, input, inProcess) => (inProcess ? runInProcess : runCli)('adapters/lab-run.ts', ['--record', '--db', db, input])],
  ['replay --record', (db, input, inProcess) => (inProcess ? runInProcess : runCli)('tools/run-external-replay.ts', ['--data', input, '--record', '--db', db])],
];

// A database whose reading could run for a long time in the reader's process.
const MAY_HANG = 'a GHOST table with a generated column';

describe('databases GHOST owns', () => {
  const foreign: Array<[string, () => string]> = [
    ['another program\'s database', () => sqliteFile((db) => db.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (\'mine\')'))],
    ['a database marked by another program', () => sqliteFile((db) => db.exec('PRAGMA application_id = 1234; CREATE TABLE detection_rows (x)'))],
    ['a view named like a GHOST table', () =>
      sqliteFile((db) => db.exec(`${GHOST_DDL.replace(/CREATE TABLE detection_rows \([^;]*\);/, '')}
        CREATE VIEW detection_rows AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
        SELECT x AS id, 'e' AS experiment, 'OOMKilled' AS failure_type, 0 AS stream_index, 1.0 AS detect_ms, 0 AS created FROM c;`))],
    ['GHOST tables without GHOST\'s columns', () => sqliteFile((db) => db.exec('CREATE TABLE detection_rows (id INTEGER PRIMARY KEY, experiment TEXT)'))],
    [MAY_HANG, () =>
      sqliteFile((db) => db.exec(GHOST_DDL.replace(
        'CREATE TABLE detection_rows (id INTEGER PRIMARY KEY AUTOINCREMENT, experiment,',
        "CREATE TABLE detection_rows (id INTEGER PRIMARY KEY AUTOINCREMENT, experiment AS (printf('%.*c', 100000000, 'x')),",
      )))],
  ];
  // The first kind of database each writer refuses as a process; the others through its main.
  for (const [index, [what, make]] of foreign.entries()) {
    for (const [command, write] of WRITERS) {
      it(`${command} refuses ${what} in one line and leaves it untouched (no tables, no WAL)`, async () => {
        const db = make();
        const before = fingerprint(db);
        const run = await write(db, LAB_INPUT(), index > 0);
        expectOneLine(run, 1, db);
        expect(fingerprint(db)).toEqual(before);
      });
    }
    // As a process for the first kind and for the one that could hang (a generated column the
    // report would compute); the others through its main.
    const asProcess = index === 0 || what === MAY_HANG;
    it(`report refuses ${what} in one line, without hanging`, async () => {
      const db = make();
      const run = asProcess ? await runCli('metrics/reporter.ts', ['--db', db], { timeoutMs: 20_000 }) : await runInProcess('metrics/reporter.ts', ['--db', db]);
      expectOneLine(run, 1, db);
    });
  }

  it('harness refuses another program\'s database and leaves it untouched', async () => {
    const dir = tempDir();
    const seed = await runCli('data/seed.ts', ['--out', join(dir, 'data')]);
    expect(seed.code).toBe(0);
    const db = foreign[0]![1]();
    const before = fingerprint(db);
    const run = await runCli('harness.ts', ['--data', join(dir, 'data'), '--db', db]);
    expectOneLine(run, 1, db);
    expect(run.stdout).toBe('');
    expect(fingerprint(db)).toEqual(before);
  });

  it('marks a new results database, and adopts one written before the mark', async () => {
    const fresh = join(tempDir(), 'x.db');
    expect((await runInProcess('adapters/lab-run.ts', ['--record', '--db', fresh, LAB_INPUT()])).code).toBe(0);
    const old = sqliteFile((db) => db.exec(`${GHOST_DDL} INSERT INTO experiment_runs (name, started_at) VALUES ('experiment1', 0);`));
    expect((await runInProcess('adapters/lab-run.ts', ['--record', '--db', old, LAB_INPUT()])).code).toBe(0);
    for (const path of [fresh, old]) {
      const db = new DatabaseSync(path, { readOnly: true });
      expect((db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id).toBe(GHOST_APPLICATION_ID);
      expect((db.prepare("SELECT COUNT(*) AS n FROM experiment_runs WHERE name = 'lab_run'").get() as { n: number }).n).toBe(1);
      db.close();
    }
  });

  it('report reads a view named like a GHOST table only if the ownership check is bypassed, and then refuses it at prepare', async () => {
    // The schema check and the query restriction are two separate guards: with a database
    // that passes the first (a GHOST table swapped for a recursive view after the check),
    // the second still refuses the query instead of running it forever.
    const path = sqliteFile((db) => db.exec(GHOST_DDL));
    const db = new DatabaseSync(path);
    const { restrictToGhostTables } = await import('../metrics/recorder.ts');
    db.exec(`DROP TABLE detection_rows; CREATE VIEW detection_rows AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
      SELECT x AS id, 'e' AS experiment, 'k' AS failure_type, 0 AS stream_index, 1.0 AS detect_ms, 0 AS created FROM c`);
    restrictToGhostTables(db);
    const { detectionSummaryLines } = await import('../metrics/reporter.ts');
    expect(() => detectionSummaryLines(db)).toThrow(/not authorized/);
    db.close();
  });

  it('a damaged or read-only results database is one line for every command that opens it', async () => {
    const good = join(tempDir(), 'x.db');
    expect((await runCli('adapters/lab-run.ts', ['--record', '--db', good, LAB_INPUT()])).code).toBe(0);
    const conn = openResultsDb(good);
    conn.exec('PRAGMA journal_mode = DELETE');
    conn.close();
    const damaged = readFileSync(good);
    damaged.fill(0xa5, 100, damaged.length);
    const corrupt = join(tempDir(), 'x.db');
    writeFileSync(corrupt, damaged);
    const readOnly = join(tempDir(), 'x.db');
    writeFileSync(readOnly, readFileSync(good));
    chmodSync(readOnly, 0o444);
    for (const [path, why] of [[corrupt, /damaged|not a SQLite database/], [readOnly, /read-only/]] as const) {
      // The damaged file as processes; the read-only one through each writer's main.
      for (const [, write] of WRITERS) {
        const run = await write(path, LAB_INPUT(), path === readOnly);
        expectOneLine(run, 1, path);
        expect(run.stderr).toMatch(why);
      }
    }
    expectOneLine(await runCli('metrics/reporter.ts', ['--db', corrupt]), 1, corrupt);
  });
});
