// The record reader's front (src/record-reader.ts): format detection and forced formats, stdin,
// labels in error messages, unreadable sources, batches, abort and following a growing file.
// Each framing's own reading is tested in src/formats/framings.test.ts.
import { appendFile, mkdir, rename, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { readRecordBatches, readRecords } from './record-reader.ts';
import type { StreamRecord } from './types.ts';
import { bytes, collect, errorMessage, escape, file, messages, tempDir, useTempDir } from './formats/reader-test-support.ts';

useTempDir();

describe('format detection', () => {
  it('reads input starting with [ as a JSON array, after whitespace', async () => {
    expect(await messages(await file('in', '\n\t [{"message":"a"}]'))).toEqual(['a']);
  });

  it('reads input starting with { as JSON Lines', async () => {
    expect(await messages(await file('in', '  {"message":"a"}\n{"message":"b"}'))).toEqual(['a', 'b']);
  });

  it('reads anything else as plain text', async () => {
    expect(await messages(await file('in', '2025-01-01 started\n'))).toEqual(['2025-01-01 started']);
  });

  it('uses a forced format instead of detecting one', async () => {
    const path = await file('in', '{"message":"a"}\n');
    expect(await collect(path, { format: 'text' })).toEqual([
      { index: 0, record: { severity: 'INFO', service: 'app-service', message: '{"message":"a"}', labels: { source: 'pod_log' } } },
    ]);
  });

  it('reports input forced to json that does not start with [', async () => {
    const path = await file('in', '{"message":"a"}\n');
    expect(await errorMessage(path, { format: 'json' })).toBe(`${path}: record 0: expected '[' at the start of a JSON array, found "{"`);
  });

  it('reads a JSON array forced to jsonl line by line', async () => {
    const path = await file('in', '[\n{"message":"a"}\n]\n');
    expect(await errorMessage(path, { format: 'jsonl' })).toMatch(new RegExp(`^${escape(path)}: line 1: invalid JSON: `));
  });

  it.each([undefined, 'json', 'jsonl', 'text'] as const)('yields no records for an empty file (format %s)', async (format) => {
    const path = await file('empty', '');
    expect(await collect(path, format ? { format } : {})).toEqual([]);
  });

  it.each([undefined, 'json', 'jsonl', 'text'] as const)('yields no records for a whitespace-only file (format %s)', async (format) => {
    const path = await file('blank', ' \n\r\n\t\n');
    expect(await collect(path, format ? { format } : {})).toEqual([]);
  });

  it.each([
    ['json', '[{"message":"a"}]'],
    ['jsonl', '{"message":"a"}\n'],
    ['text', 'a\n'],
  ])('skips a UTF-8 byte order mark before %s', async (_format, content) => {
    expect(await messages(await file('bom', bytes([0xef, 0xbb, 0xbf], content)))).toEqual(['a']);
  });

  it('reads a file holding only a byte order mark as empty', async () => {
    expect(await collect(await file('bom', bytes([0xef, 0xbb, 0xbf])))).toEqual([]);
  });
});

describe('stdin', () => {
  it('reads "-" from the stream passed as stdin', async () => {
    const stdin = Readable.from([Buffer.from('{"message":"a"}\n{"mess'), Buffer.from('age":"b"}\n')]);
    expect(await messages('-', { stdin })).toEqual(['a', 'b']);
  });

  it('accepts string chunks from stdin', async () => {
    const stdin = Readable.from(['[{"message":"a"},', ' {"message":"b"}]']);
    expect(await messages('-', { stdin })).toEqual(['a', 'b']);
  });

  it('names stdin as <stdin> in errors', async () => {
    const stdin = Readable.from([Buffer.from('{"message":"a"}\nnope\n')]);
    expect(await errorMessage('-', { stdin })).toMatch(/^<stdin>: line 2: invalid JSON: /);
  });

  it('reports a failing stdin stream as an input error', async () => {
    const stdin = new PassThrough();
    const reader = readRecords('-', { stdin });
    const next = reader.next();
    stdin.destroy(new Error('EIO: i/o error'));
    await expect(next).rejects.toThrow('<stdin>: read failed: EIO: i/o error');
  });

  it('stops waiting on a silent stdin when the signal aborts', async () => {
    const stdin = new PassThrough();
    stdin.write('{"message":"a"}\n');
    const controller = new AbortController();
    const reader = readRecords('-', { stdin, signal: controller.signal });
    expect((await reader.next()).value).toEqual({ index: 0, record: { message: 'a' } });
    const next = reader.next();
    controller.abort();
    expect((await next).done).toBe(true);
  });
});

describe('labels in error messages', () => {
  it('uses the label option instead of the path', async () => {
    const path = await file('a.jsonl', 'nope\n');
    expect(await errorMessage(path, { format: 'jsonl', label: 'capture.jsonl' })).toMatch(/^capture\.jsonl: line 1: /);
  });
});

describe('unreadable sources', () => {
  it('reports a missing file on the first iteration', async () => {
    const path = join(tempDir(), 'missing.json');
    const reader = readRecordBatches(path);
    await expect(reader.next()).rejects.toThrow(new InputError(path, undefined, 'no such file'));
  });

  it('reports a directory on the first iteration', async () => {
    const sub = join(tempDir(), 'captures');
    await mkdir(sub);
    await expect(readRecordBatches(sub).next()).rejects.toThrow(`${sub}: is a directory`);
  });
});

describe('batches', () => {
  it('yields a small file as a single batch', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\n{"message":"b"}\n{"message":"c"}\n');
    const batches: StreamRecord[][] = [];
    for await (const batch of readRecordBatches(path)) batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([3]);
  });

  it('caps batches at a few thousand records and keeps indexes contiguous', async () => {
    const path = await file('many.jsonl', '{}\n'.repeat(20_000));
    const sizes: number[] = [];
    let expected = 0;
    for await (const batch of readRecordBatches(path)) {
      sizes.push(batch.length);
      for (const { index } of batch) expect(index).toBe(expected++);
    }
    expect(expected).toBe(20_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4096);
  });
});

describe('abort and follow', () => {
  it('yields nothing when the signal is already aborted', async () => {
    const path = await file('a.jsonl', '{"message":"a"}\n');
    expect(await collect(path, { signal: AbortSignal.abort() })).toEqual([]);
  });

  it('follows a JSON Lines file, waiting for appended and half-written lines, until aborted', async () => {
    const path = await file('live.jsonl', '{"message":"one"}\n');
    const controller = new AbortController();
    const reader = readRecords(path, { follow: true, pollMs: 5, signal: controller.signal });
    expect((await reader.next()).value).toEqual({ index: 0, record: { message: 'one' } });

    const second = reader.next();
    await appendFile(path, '{"message":"two"}\n');
    expect((await second).value).toEqual({ index: 1, record: { message: 'two' } });

    const third = reader.next();
    await appendFile(path, '{"message":"thr');
    await delay(40);
    await appendFile(path, 'ee"}\n');
    expect((await third).value).toEqual({ index: 2, record: { message: 'three' } });

    const end = reader.next();
    controller.abort();
    expect((await end).done).toBe(true);
  });

  it('starts over when the followed file is truncated in place', async () => {
    const path = await file('trunc.jsonl', '{"message":"before one"}\n{"message":"before two"}\n');
    const controller = new AbortController();
    const reader = readRecords(path, { follow: true, pollMs: 5, signal: controller.signal });
    expect((await reader.next()).value?.record).toEqual({ message: 'before one' });
    expect((await reader.next()).value?.record).toEqual({ message: 'before two' });

    const next = reader.next();
    await delay(20);
    await truncate(path, 0);
    await delay(20);
    await appendFile(path, '{"message":"after"}\n');
    expect((await next).value).toEqual({ index: 2, record: { message: 'after' } });
    controller.abort();
    expect((await reader.next()).done).toBe(true);
  });

  it('moves to the new file when the followed one is rotated, after reading the old one out', async () => {
    const path = await file('rot.jsonl', '{"message":"old one"}\n');
    const controller = new AbortController();
    const reader = readRecords(path, { follow: true, pollMs: 5, signal: controller.signal });
    expect((await reader.next()).value?.record).toEqual({ message: 'old one' });

    const next = reader.next();
    await delay(20);
    await rename(path, `${path}.1`);
    // Written to the old file after the rename, as a logger does until it reopens.
    await appendFile(`${path}.1`, '{"message":"old last"}\n');
    await delay(20);
    await writeFile(path, '{"message":"new one"}\n');
    expect((await next).value?.record).toEqual({ message: 'old last' });
    expect((await reader.next()).value?.record).toEqual({ message: 'new one' });
    await appendFile(`${path}.1`, '{"message":"too late"}\n');
    await appendFile(path, '{"message":"new two"}\n');
    expect((await reader.next()).value?.record).toEqual({ message: 'new two' });
    controller.abort();
    expect((await reader.next()).done).toBe(true);
  });

  it('follows a text file that starts empty', async () => {
    const path = await file('live.log', '');
    const controller = new AbortController();
    const reader = readRecords(path, { follow: true, pollMs: 5, signal: controller.signal });
    const first = reader.next();
    await delay(20);
    await appendFile(path, 'container crash detected\n');
    expect((await first).value?.record).toEqual({
      severity: 'ERROR',
      service: 'app-service',
      message: 'container crash detected',
      labels: { source: 'pod_log' },
    });
    controller.abort();
    expect((await reader.next()).done).toBe(true);
  });
});
