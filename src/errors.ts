// A small error hierarchy: user errors become one line on stderr, everything else is a bug.
import { statSync } from 'node:fs';

/** Bad input data: exit 1, message names the file and position. */
export class InputError extends Error {
  override name = 'InputError';
  readonly file: string;
  readonly position: string | undefined;
  constructor(file: string, position: string | undefined, detail: string, options?: ErrorOptions) {
    super(position ? `${file}: ${position}: ${detail}` : `${file}: ${detail}`, options);
    this.file = file;
    this.position = position;
  }
}

/** Bad flags or arguments: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A run that completed but did not meet its bar (a failed experiment, a refused command): exit 1. */
export class RunError extends Error {
  override name = 'RunError';
}

export function isUserError(err: unknown): err is InputError | UsageError | RunError {
  return err instanceof InputError || err instanceof UsageError || err instanceof RunError;
}

// SQLite's result codes for a lock another connection still holds once the busy timeout is over.
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;

/** Whether `err` is SQLite saying another connection holds the lock (busy or locked), by its code. */
export function isDatabaseBusy(err: unknown): boolean {
  const { code, errcode } = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; errcode?: unknown };
  if (code !== 'ERR_SQLITE_ERROR' || typeof errcode !== 'number') return false;
  const primary = errcode & 0xff;
  return primary === SQLITE_BUSY || primary === SQLITE_LOCKED;
}

/**
 * The user error that `err` amounts to, or undefined for a bug. Besides the hierarchy above, a
 * results database still locked after the busy timeout counts: another run is writing to it.
 */
export function asUserError(err: unknown): InputError | UsageError | RunError | undefined {
  if (isUserError(err)) return err;
  if (isDatabaseBusy(err)) {
    return new RunError(
      'the results database is locked by another run that is still writing to it; ' +
        'try again when it finishes, or use another --db',
      { cause: err },
    );
  }
  return undefined;
}

// SQLite's primary result codes that say something about the database file, not about GHOST.
const SQLITE_FILE_PROBLEMS: Readonly<Record<number, string>> = {
  1: 'does not have the tables and columns GHOST uses (another program\'s or another version\'s database)',
  3: 'cannot be accessed (permission denied)',
  8: 'is read-only; make it writable or use another --db',
  10: 'could not be read or written (I/O error)',
  11: 'is damaged (the database disk image is malformed); restore it or use another --db',
  13: 'cannot grow: the disk is full',
  14: 'cannot be opened',
  17: 'changed its tables while GHOST was using it',
  23: 'holds something GHOST will not read (a view or trigger where its tables should be)',
  26: 'is not a SQLite database',
};

/**
 * The one-line user error a SQLite failure on the results database at `path` amounts to, or
 * undefined when `err` is not a SQLite error (or a lock, which asUserError already explains).
 */
export function sqliteProblem(err: unknown, path: string): InputError | RunError | undefined {
  if (isUserError(err)) return undefined;
  const { code, errcode, errstr } = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; errcode?: unknown; errstr?: unknown };
  if (code !== 'ERR_SQLITE_ERROR' || typeof errcode !== 'number') return undefined;
  if (isDatabaseBusy(err)) return asUserError(err);
  const primary = errcode & 0xff;
  const what = SQLITE_FILE_PROBLEMS[primary] ?? `gave SQLite error ${primary}`;
  const detail = err instanceof Error ? err.message : typeof errstr === 'string' ? errstr : '';
  return new InputError(path, undefined, `results database ${what} (${detail})`, { cause: err });
}

export function exitCodeFor(err: unknown): number {
  return err instanceof UsageError ? 2 : 1;
}

/**
 * Opens a file the user named with `open`; any failure becomes an InputError naming the file,
 * since a wrong path or a file of the wrong kind is bad input, not a bug.
 */
export function openUserFile<T>(file: string, what: string, open: () => T): T {
  try {
    return open();
  } catch (err) {
    if (isUserError(err)) throw err;
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      throw new InputError(file, undefined, `is a directory, not a ${what}`, { cause: err });
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw new InputError(file, undefined, `cannot open ${what} (${detail})`, { cause: err });
  }
}

/** Why a file could not be read, from the error's code: the words the readers put after its name. */
export function readFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`;
}
