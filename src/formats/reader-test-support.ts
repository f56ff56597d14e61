// What the record reader's tests share: a temporary folder per test, files written into it,
// and the records, messages or error a read of one ends with. Used by src/record-reader.test.ts
// (the front: detection, sources, batches, follow) and src/formats/framings.test.ts (each framing).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { InputError } from '../errors.ts';
import { readRecords, type ReadOptions } from '../record-reader.ts';
import type { StreamRecord } from '../types.ts';

let dir = '';

/**
 * Gives each test of the calling file a fresh temporary folder, removed after it. Called at the
 * top of each test file: test files share their module graph (vitest's `isolate: false`), so
 * hooks registered here at import would run for the first importing file only.
 */
export function useTempDir(): void {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'record-reader-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
}

/** The current test's temporary folder. */
export const tempDir = (): string => dir;

export async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

export async function collect(source: string, options: ReadOptions = {}): Promise<StreamRecord[]> {
  const records: StreamRecord[] = [];
  for await (const record of readRecords(source, options)) records.push(record);
  return records;
}

export async function messages(source: string, options: ReadOptions = {}): Promise<unknown[]> {
  return (await collect(source, options)).map((r) => r.record.message);
}

/** The error reading `source` ends with, plus the records delivered before it. */
export async function failure(source: string, options: ReadOptions = {}): Promise<{ error: unknown; records: StreamRecord[] }> {
  const records: StreamRecord[] = [];
  try {
    for await (const record of readRecords(source, options)) records.push(record);
  } catch (error) {
    return { error, records };
  }
  throw new Error(`expected reading ${source} to fail`);
}

export async function errorMessage(source: string, options: ReadOptions = {}): Promise<string> {
  const { error } = await failure(source, options);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

export const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
