// Reads (index, record) pairs from a dataset file for the experiments (data/seed.ts writes
// the datasets). The record reader does the parsing, so datasets and captures fail the same
// way on bad input.
import { readRecords } from '../src/record-reader.ts';
import type { StreamRecord } from '../src/types.ts';

export async function* streamFile(path: string): AsyncGenerator<StreamRecord> {
  yield* readRecords(path, { format: 'json' });
}

/** All records of a small dataset, in order. */
export async function loadRecords(path: string): Promise<StreamRecord[]> {
  const out: StreamRecord[] = [];
  for await (const item of streamFile(path)) out.push(item);
  return out;
}
