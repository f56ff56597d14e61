// The guard's memory on disk (`--state FILE`): open incidents, cooldowns and the hourly
// window, so a restarted loop does not heal again what it healed before. A SQLite file under
// the same rules as the results database: its own mark in the header (application_id
// "GGST", distinct from results.db's "GHST"), checked before anything is written; WAL with
// a busy timeout; every save one transaction that replaces the single row, so a process
// killed at any point leaves the previous save or the new one, never half of one.
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { InputError, openUserFile, sqliteProblem } from './errors.ts';
import type { GuardMemory } from './guard.ts';
import { BUSY_TIMEOUT_MS, GHOST_APPLICATION_ID } from '../metrics/recorder.ts';

/** "GGST": a GHOST guard state file. */
export const GUARD_STATE_APPLICATION_ID = 0x47475354;

const DDL = `CREATE TABLE IF NOT EXISTS guard_memory (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    memory_json TEXT NOT NULL
);`;

/** A SQLite failure on the state file as one line naming it. */
function stateProblem(err: unknown, path: string): unknown {
  const problem = sqliteProblem(err, path);
  if (!(problem instanceof InputError)) return problem ?? err;
  return new InputError(path, undefined, problem.message.slice(path.length + 2).replace('results database', 'guard state file'), { cause: err });
}

function checkStateOwnership(db: DatabaseSync, path: string): void {
  const { application_id: mark } = db.prepare('PRAGMA application_id').get() as { application_id: number };
  if (mark === GHOST_APPLICATION_ID) throw new InputError(path, undefined, 'is a GHOST results database, not a guard state file; nothing was written (use another --state)');
  const objects = db.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all() as Array<{ type: string; name: string }>;
  if (mark !== GUARD_STATE_APPLICATION_ID && (mark !== 0 || objects.length > 0)) {
    throw new InputError(path, undefined, `is not a GHOST guard state file (application_id 0x${(mark >>> 0).toString(16)}); nothing was written (use another --state)`);
  }
  const foreign = objects.filter((o) => !(o.type === 'table' && o.name === 'guard_memory'));
  if (foreign.length > 0) throw new InputError(path, undefined, `holds ${foreign[0]?.type} ${foreign[0]?.name}, which a guard state file does not; nothing was written`);
}

function isMemory(value: unknown): value is GuardMemory {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    (typeof m['now'] === 'number' || m['now'] === null) &&
    typeof m['seq'] === 'number' &&
    Array.isArray(m['incidents']) &&
    Array.isArray(m['cooldowns']) &&
    Array.isArray(m['hour'])
  );
}

export class GuardStateFile {
  private readonly db: DatabaseSync;
  private readonly path: string;

  private constructor(db: DatabaseSync, path: string) {
    this.db = db;
    this.path = path;
  }

  /** Open (creating if needed); another program's file or a results database is refused untouched. */
  static open(path: string): GuardStateFile {
    const db = openUserFile(path, 'guard state file', () => new DatabaseSync(path));
    try {
      db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
      checkStateOwnership(db, path);
      db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = FULL');
      db.exec(DDL);
      db.exec(`PRAGMA application_id = ${GUARD_STATE_APPLICATION_ID}`);
      return new GuardStateFile(db, path);
    } catch (err) {
      db.close();
      throw stateProblem(err, path);
    }
  }

  /** Whether a state file is already at `path`. */
  static exists(path: string): boolean {
    return existsSync(path);
  }

  /** The saved memory; undefined for a new file. */
  load(): GuardMemory | undefined {
    const row = this.db.prepare('SELECT memory_json FROM guard_memory WHERE id = 1').get() as { memory_json: string } | undefined;
    if (!row) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.memory_json);
    } catch {
      parsed = undefined;
    }
    if (!isMemory(parsed)) throw new InputError(this.path, 'guard_memory', 'is not a saved guard memory; move the file away to start empty');
    // JSON has no -Infinity: a guard that had seen no event time saved null.
    return { ...parsed, now: parsed.now ?? Number.NEGATIVE_INFINITY };
  }

  save(memory: GuardMemory): void {
    const json = JSON.stringify({ ...memory, now: Number.isFinite(memory.now) ? memory.now : null });
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.db.prepare('INSERT INTO guard_memory (id, memory_json) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET memory_json = excluded.memory_json').run(json);
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw stateProblem(err, this.path);
    }
  }

  close(): void {
    this.db.close();
  }
}
