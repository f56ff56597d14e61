// Streams (index, record) pairs from a dataset file for the experiments; the record reader
// does the parsing, so datasets and captures fail the same way on bad input.
import { setTimeout as sleep } from 'node:timers/promises';
import { readRecords } from '../src/record-reader.ts';
import type { StreamRecord } from '../src/types.ts';

export interface StreamFileOptions {
  /** Pause between records, to pace a replay like a live stream. */
  intervalMs?: number;
}

export async function* streamFile(path: string, options: StreamFileOptions = {}): AsyncGenerator<StreamRecord> {
  const delay = options.intervalMs ?? 0;
  for await (const item of readRecords(path, { format: 'json' })) {
    if (delay > 0) await sleep(delay);
    yield item;
  }
}

/** All records of a small dataset, in order. */
export async function loadRecords(path: string): Promise<StreamRecord[]> {
  const out: StreamRecord[] = [];
  for await (const item of streamFile(path)) out.push(item);
  return out;
}
