import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, RunError, UsageError, asUserError, isDatabaseBusy, openUserFile, readFailure } from './errors.ts';

let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ghost-errors-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The error a second writer gets at once (no busy timeout) while another connection holds the write lock. */
function busyError(): unknown {
  const path = join(dir, 'busy.db');
  const holder = new DatabaseSync(path);
  holder.exec('CREATE TABLE t (x)');
  holder.exec('BEGIN IMMEDIATE');
  const second = new DatabaseSync(path);
  try {
    second.exec('BEGIN IMMEDIATE');
  } catch (err) {
    return err;
  } finally {
    second.close();
    holder.close();
  }
  throw new Error('expected the second writer to be refused');
}

describe('openUserFile', () => {
  it('returns what the open returns when it succeeds', () => {
    expect(openUserFile('x', 'thing', () => 42)).toBe(42);
  });

  it('turns a failed open into an InputError naming the file and what it should have been', () => {
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'not a database');
    const open = () => openUserFile(file, 'results database', () => new DatabaseSync(file).exec('SELECT * FROM t'));
    expect(open).toThrow(InputError);
    expect(open).toThrow(`${file}: cannot open results database (file is not a database)`);
  });

  it('says a directory is a directory', () => {
    expect(() => openUserFile(dir, 'results database', () => new DatabaseSync(dir))).toThrow(
      `${dir}: is a directory, not a results database`,
    );
  });

  it('lets a user error from the open through unchanged', () => {
    const usage = new UsageError('bad flag');
    expect(() =>
      openUserFile('x', 'thing', () => {
        throw usage;
      }),
    ).toThrow(usage);
  });
});

describe('asUserError', () => {
  it('returns user errors as they are', () => {
    const err = new InputError('f', 'line 1', 'bad');
    expect(asUserError(err)).toBe(err);
  });

  it('treats a results database locked by another writer as a failed run', () => {
    const known = asUserError(busyError());
    expect(known).toBeInstanceOf(RunError);
    expect(known?.message).toMatch(/locked by another run/);
  });

  it('knows a busy database by its SQLite code, not by its message', () => {
    expect(isDatabaseBusy(busyError())).toBe(true);
    expect(isDatabaseBusy(new Error('database is locked'))).toBe(false);
    expect(isDatabaseBusy(Object.assign(new Error('no such table'), { code: 'ERR_SQLITE_ERROR', errcode: 1 }))).toBe(false);
  });

  it('names why a file could not be read from its code', () => {
    const code = (c: string) => Object.assign(new Error(c), { code: c });
    expect([code('ENOENT'), code('EISDIR'), code('EACCES')].map(readFailure)).toEqual(['no such file', 'is a directory', 'cannot read (EACCES)']);
  });

  it('leaves other errors to be reported as bugs', () => {
    expect(asUserError(new TypeError('x is undefined'))).toBeUndefined();
    expect(asUserError('a string')).toBeUndefined();
    expect(asUserError(null)).toBeUndefined();
  });
});
