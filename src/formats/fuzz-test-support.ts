// What the reader's fuzz tests share (src/fuzz.test.ts mutates inputs byte by byte,
// src/fuzz-huge.test.ts gives them huge lines): the seed, the sample documents cut from real
// captures, random chunking, and the verdict on each input, which must end in records or in
// one positioned InputError within a time limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { InputError } from '../errors.ts';
import type { PyRandom } from '../py-random.ts';
import { readRecordBatches, type InputFormat, type ReadOptions } from '../record-reader.ts';
import { classifyRecord } from '../replay.ts';

export const SEED = 20_261_124;
const CASE_TIMEOUT_MS = 5_000;
const POSITIONED = /: (record|line|after record) \d+/;

const REFERENCE_DIR = join(PROJECT_ROOT, 'data', 'reference', 'seed-42');
const REFERENCE_FILES = [
  'clean_failures.json',
  'healthy_baseline.json',
  'k8s_clean_signals.json',
  'mixed_stream.json',
  'near_real_stream.json',
];

export const utf8 = (text: string) => Buffer.from(text, 'utf8');

export function sampleDocuments(rng: PyRandom): Buffer[] {
  const docs: Buffer[] = [
    utf8('[]'),
    utf8('{}\n'),
    utf8('[{"severity":"ERROR","message":"OOMKilled"}]'),
    utf8('{"severity":"ERROR","message":"OOMKilled"}\r\n{"severity":"INFO","message":"ok"}\r\n'),
    utf8('\ufeff[{"severity":"WARNING","message":"p99 latency 900ms"}]'),
    utf8('ERROR OOMKilled: container exceeded memory\nINFO started\n'),
    Buffer.from(readFileSync(join(PROJECT_ROOT, 'tools', 'fixtures', 'lab-capture', 'logs.txt'), 'utf8').slice(0, 2000)),
  ];
  for (const name of REFERENCE_FILES) {
    const raw = readFileSync(join(REFERENCE_DIR, name));
    if (raw.length <= 4096) docs.push(raw);
    const records = JSON.parse(raw.toString('utf8')) as Array<Record<string, unknown>>;
    for (let i = 0; i < 20; i++) {
      const start = rng.randbelow(records.length);
      const slice = records.slice(start, start + 1 + rng.randbelow(6));
      docs.push(utf8(JSON.stringify(slice, null, 2)));
      docs.push(utf8(slice.map((r) => JSON.stringify(r)).join('\n') + '\n'));
      docs.push(utf8(slice.map((r) => String(r['message'] ?? '')).join('\n')));
    }
  }
  return docs;
}

export function insert(bytes: Buffer, at: number, piece: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
}

/** Splits the input at random points so records and characters straddle chunk boundaries. */
export function chunked(rng: PyRandom, bytes: Buffer): Buffer[] {
  const cuts = [0];
  for (let k = rng.randbelow(4); k > 0; k--) cuts.push(rng.randbelow(bytes.length + 1));
  cuts.push(bytes.length);
  cuts.sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  for (let i = 1; i < cuts.length; i++) {
    if (cuts[i]! > cuts[i - 1]!) chunks.push(bytes.subarray(cuts[i - 1], cuts[i]));
  }
  return chunks;
}

export type Verdict = { kind: 'clean' } | { kind: 'user' } | { kind: 'lost'; why: string };

/** Reads every record and classifies it; any way of ending other than records or a positioned InputError is lost. */
export async function consume(source: string, options: ReadOptions): Promise<Verdict> {
  try {
    for await (const batch of readRecordBatches(source, options)) {
      for (const { record } of batch) {
        const type = classifyRecord(record);
        if (type !== null && typeof type !== 'string') return { kind: 'lost', why: `classifyRecord returned ${String(type)}` };
      }
    }
    return { kind: 'clean' };
  } catch (err) {
    if (err instanceof InputError && POSITIONED.test(err.message)) return { kind: 'user' };
    return { kind: 'lost', why: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}

export async function withinTimeout(work: Promise<Verdict>): Promise<Verdict> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Verdict>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'lost', why: `no answer within ${CASE_TIMEOUT_MS} ms` }), CASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Tally {
  tried: number;
  clean: number;
  userErrors: number;
  lost: Array<{ index: number; format: string; why: string; input: string }>;
}

export function count(tally: Tally, verdict: Verdict, index: number, format: InputFormat | undefined, bytes: Buffer): void {
  tally.tried += 1;
  if (verdict.kind === 'clean') tally.clean += 1;
  else if (verdict.kind === 'user') tally.userErrors += 1;
  else tally.lost.push({ index, format: format ?? 'auto', why: verdict.why, input: bytes.subarray(0, 300).toString('base64') });
}
