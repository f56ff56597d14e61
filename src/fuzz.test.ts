// Seeded fuzzing of the record reader and the watchers: valid captures, mutated byte by byte,
// must each end in records or in one positioned InputError, never in anything else. Ground
// truth and labels with class names shaped like prototype keys must end the same way, and the
// scorer must count any class name without touching Object.prototype.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths.ts';
import { InputError } from './errors.ts';
import { PyRandom } from './py-random.ts';
import { readRecordBatches, type InputFormat, type ReadOptions } from './record-reader.ts';
import { classifyRecord, type ReplayStep } from './replay.ts';
import { createScorer, HEALTHY, NOT_DETECTED } from './score.ts';
import { groundTruthFromLabels, parseGroundTruth } from './ground-truth.ts';
import { FAILURE_TYPES, isFailureType } from '../skills/failure-types.ts';
import type { GroundTruthEntry } from './types.ts';

const SEED = 20_261_124;
const CASES = 20_000;
/** Every 100th case goes through a real file with a tiny read size instead of a stream. */
const FILE_CASE_EVERY = 100;
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

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Byte sequences that sit on the parsers' decision points. */
const TOKENS: readonly Buffer[] = [
  ...['[', ']', '{', '}', '"', '\\', ',', ':', '\n', '\r\n', '\r', ' ', '\t', 'null', '1e999', '-', '"\\u', '\\ud800', '"\\"', '[]', '{}'].map(utf8),
  Buffer.from([0xef, 0xbb, 0xbf]), // byte order mark
  Buffer.from([0xff]),
  Buffer.from([0xc3]), // lead byte without its continuation
  Buffer.from([0x80]), // continuation without a lead byte
  Buffer.from([0xed, 0xa0, 0x80]), // an encoded UTF-16 surrogate
  Buffer.from([0xf4, 0x90, 0x80, 0x80]), // past U+10FFFF
  Buffer.from([0xf0, 0x9f, 0x98]), // a four-byte character cut short
  Buffer.from([0x00]),
  utf8('\u2028'),
];

function sampleDocuments(rng: PyRandom): Buffer[] {
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

function randomBytes(rng: PyRandom, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = rng.getrandbits(8);
  return out;
}

function insert(bytes: Buffer, at: number, piece: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
}

/** One random edit: a bit flip, a cut, a splice from another document, random bytes or a token. */
function mutate(rng: PyRandom, bytes: Buffer, docs: readonly Buffer[]): Buffer {
  const n = bytes.length;
  const at = rng.randbelow(n + 1);
  switch (rng.randbelow(7)) {
    case 0: {
      if (n === 0) return bytes;
      const out = Buffer.from(bytes);
      const i = rng.randbelow(n);
      out[i] = out[i]! ^ (1 << rng.randbelow(8));
      return out;
    }
    case 1:
      return bytes.subarray(0, at);
    case 2: {
      const other = rng.choice(docs);
      const from = rng.randbelow(other.length + 1);
      return insert(bytes, at, other.subarray(from, from + 1 + rng.randbelow(200)));
    }
    case 3:
      return insert(bytes, at, randomBytes(rng, 1 + rng.randbelow(8)));
    case 4: {
      const out = Buffer.from(bytes);
      const piece = randomBytes(rng, 1 + rng.randbelow(8));
      piece.copy(out, Math.min(at, Math.max(0, n - piece.length)));
      return out;
    }
    case 5:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + rng.randbelow(64))]);
    default:
      return insert(bytes, at, rng.choice(TOKENS));
  }
}

/** Splits the input at random points so records and characters straddle chunk boundaries. */
function chunked(rng: PyRandom, bytes: Buffer): Buffer[] {
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

type Verdict = { kind: 'clean' } | { kind: 'user' } | { kind: 'lost'; why: string };

/** Reads every record and classifies it; any way of ending other than records or a positioned InputError is lost. */
async function consume(source: string, options: ReadOptions): Promise<Verdict> {
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

async function withinTimeout(work: Promise<Verdict>): Promise<Verdict> {
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

interface Tally {
  tried: number;
  clean: number;
  userErrors: number;
  lost: Array<{ index: number; format: string; why: string; input: string }>;
}

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ghost-fuzz-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function count(tally: Tally, verdict: Verdict, index: number, format: InputFormat | undefined, bytes: Buffer): void {
  tally.tried += 1;
  if (verdict.kind === 'clean') tally.clean += 1;
  else if (verdict.kind === 'user') tally.userErrors += 1;
  else tally.lost.push({ index, format: format ?? 'auto', why: verdict.why, input: bytes.subarray(0, 300).toString('base64') });
}

async function fuzz(seed: number, cases: number): Promise<Tally> {
  const rng = new PyRandom(seed);
  const docs = sampleDocuments(rng);
  const formats: ReadonlyArray<InputFormat | undefined> = [undefined, 'json', 'jsonl', 'text'];
  const tally: Tally = { tried: 0, clean: 0, userErrors: 0, lost: [] };
  for (let index = 0; index < cases; index++) {
    let bytes = rng.choice(docs);
    for (let edits = 1 + rng.randbelow(3); edits > 0; edits--) bytes = mutate(rng, bytes, docs);
    const format = rng.choice(formats);
    const options: ReadOptions = { label: `case-${index}`, ...(format ? { format } : {}) };
    let verdict: Verdict;
    if (index % FILE_CASE_EVERY === 0) {
      const path = join(dir, `case-${index}`);
      await writeFile(path, bytes);
      verdict = await withinTimeout(consume(path, { ...options, chunkSize: 1 + rng.randbelow(64) }));
      await rm(path);
    } else {
      const stdin = Readable.from(chunked(rng, bytes));
      verdict = await withinTimeout(consume('-', { ...options, stdin }));
    }
    count(tally, verdict, index, format, bytes);
  }
  return tally;
}

describe('fuzzing the reader and the watchers', () => {
  it('ends every one of 20,000 mutated inputs in records or a positioned input error', async () => {
    const tally = await fuzz(SEED, CASES);
    console.log(
      `fuzz (seed ${SEED}): ${tally.tried} cases tried, ${tally.clean} handled cleanly, ` +
        `${tally.userErrors} user errors, lost: ${tally.lost.length}`,
    );
    expect(tally.lost.slice(0, 5)).toEqual([]);
    expect(tally.tried).toBe(CASES);
    expect(tally.clean + tally.userErrors).toBe(CASES);
  });
});

// ---------------------------------------------------------------------------------------------
// Huge lines and folding-heavy text

/** Runs that make a line long, and characters whose case folding is longer than themselves. */
const LONG_RUNS: readonly string[] = ['x', ' ', '\u00df', '\u0130', '\u0390', '\ufb03', 'OOMKilled \u00df', '"', '\\', '{', '['];
const HUGE_CASES = 300;

async function fuzzHuge(seed: number, cases: number): Promise<Tally> {
  const rng = new PyRandom(seed);
  const docs = sampleDocuments(rng);
  const formats: ReadonlyArray<InputFormat | undefined> = [undefined, 'json', 'jsonl', 'text'];
  const tally: Tally = { tried: 0, clean: 0, userErrors: 0, lost: [] };
  for (let index = 0; index < cases; index++) {
    const doc = rng.choice(docs);
    const run = utf8(rng.choice(LONG_RUNS).repeat(1 + rng.randbelow(200_000)));
    const bytes = insert(doc, rng.randbelow(doc.length + 1), run);
    const format = rng.choice(formats);
    // Half the cases under a limit the run may pass, half under the default.
    const limit = rng.randbelow(2) === 0 ? { maxRecordBytes: 1 + rng.randbelow(400_000) } : {};
    const options: ReadOptions = { label: `huge-${index}`, ...(format ? { format } : {}), ...limit };
    const stdin = Readable.from(chunked(rng, bytes));
    const verdict = await withinTimeout(consume('-', { ...options, stdin }));
    count(tally, verdict, index, format, bytes);
  }
  return tally;
}

describe('fuzzing with huge lines and folding-heavy text', () => {
  it(`ends every one of ${HUGE_CASES} inputs with a long run in records or a positioned input error`, async () => {
    const tally = await fuzzHuge(SEED + 1, HUGE_CASES);
    console.log(`fuzz huge (seed ${SEED + 1}): ${tally.tried} cases, ${tally.clean} clean, ${tally.userErrors} user errors, lost: ${tally.lost.length}`);
    expect(tally.lost.slice(0, 5)).toEqual([]);
    expect(tally.clean + tally.userErrors).toBe(HUGE_CASES);
    expect(tally.clean).toBeGreaterThan(0);
    expect(tally.userErrors).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Control characters in every field that reaches a human

/** Characters a terminal may act on; a line break counts only where it is not a line's end. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROL_POOL: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u061c', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u001b[2J', '\u001b]0;title\u0007', '\u001b]8;;http://x\u001b\\', '\u009b31m', 'PASS', '100.0%', 'a', 'é', ' ', '\\', '%s',
];
const HUMAN_CASES = 60;

function hostileText(rng: PyRandom, allowLineBreaks = true): string {
  let text = '';
  for (let n = 1 + rng.randbelow(10); n > 0; n--) text += rng.choice(CONTROL_POOL);
  return allowLineBreaks ? text : text.replace(/[\n\r\u2028\u2029\u0085\u000b\u000c]/g, '~');
}

function memoryIo(stdin?: NodeJS.ReadableStream) {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), ...(stdin ? { stdin } : {}) };
  return io;
}

describe('control characters in every field that reaches a human', () => {
  it(`never reach a terminal raw, over ${HUMAN_CASES} seeded cases per output`, async () => {
    const rng = new PyRandom(SEED + 1);
    const score = await import('../tools/score-corpus.ts');
    const observe = await import('../adapters/observe.ts');
    const reporter = await import('../metrics/reporter.ts');
    const harness = await import('../harness.ts');
    const { Recorder, recordRun } = await import('../metrics/recorder.ts');
    const { runMain } = await import('./cli.ts');
    const { createRunner } = await import('./command-runner.ts');
    const { rejectionReporter } = await import('./input-options.ts');
    const seen: string[] = [];
    for (let i = 0; i < HUMAN_CASES; i++) {
      const h = () => hostileText(rng);
      // score tables and score --json: id, format and message of a labelled corpus.
      const corpus = join(dir, `corpus-${i}.jsonl`);
      const oneLine = `OOMKilled ${hostileText(rng, false)} end`;
      await writeFile(corpus, `${JSON.stringify({ id: h(), format: h(), message: oneLine, labels: { reason: 'healthy' } })}\n`);
      for (const args of [[corpus], ['--json', corpus]]) {
        const out = memoryIo();
        await runMain(score.main, args, out);
        seen.push(out.out, out.err);
      }
      // observe: detections as JSON lines, the summary on stderr.
      const io = memoryIo(Readable.from([`${JSON.stringify({ severity: h(), service: h(), message: `OOMKilled ${h()}` })}\n`]));
      await observe.main(['--summary', '-'], io);
      seen.push(io.out, io.err);
      // report: experiment, class and action names from the database, in tables and rows.
      const db = join(dir, `results-${i}.db`);
      await recordRun(db, [h()], async (staging) => {
        const rec = new Recorder(staging, h());
        rec.recordDetection(h(), 1, 0);
        rec.recordOutcome({ failure_type: h(), action_taken: h(), action_params: {}, success: true, verify_ok: true, duration_ms: 1, decide_ms: 1, act_ms: 1, timestamp: 0, stream_index: 0, dry_run: false });
      });
      for (const args of [[], ['--rows']]) {
        const out = memoryIo();
        await reporter.main(['--db', db, ...args], out);
        seen.push(out.out);
      }
      // the harness console: scenario names come from labels.reason.
      const stream = { records: 1, total_failures: 1, detected: 1, false_positives: 0, healthy_count: 0, resolved: 1, avg_mttr_ms: 1, mttr_samples_ms: [1] } as never;
      const rows = [{ failure_type: h(), result: 'FAIL' as const, detect_ms: 1, decide_ms: 1, act_ms: 1, mttr_ms: 2 }];
      seen.push(harness.formatReport({ rows1: rows, rows2: rows, summary3: stream, rows4: rows, summary5: stream, summary6: { alone: stream, mixed: stream }, storm7: { records: 1, scenarios: [], trace_sha256: '0'.repeat(64) } }, h()).join('\n'));
      // error lines and the bus's rejection lines.
      const errIo = memoryIo();
      await runMain(() => {
        throw new InputError(h(), `record ${i}`, h());
      }, [], errIo);
      rejectionReporter(h(), (t) => (errIo.err += t))(i, new Error(h()));
      seen.push(errIo.err);
      // --print: commands and notes.
      let printed = '';
      const runner = createRunner({ print: true, write: (t) => (printed += t) });
      await runner.run({ program: 'kubectl', args: [h(), h()] });
      runner.note(h());
      seen.push(printed);
    }
    const raw = seen.filter((text) => RAW_CONTROL.test(text));
    expect(raw.slice(0, 3)).toEqual([]);
  });
});

// Class names that are Object.prototype members, or that set a prototype when used as a key.
const PROTOTYPE_KEYS = ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
const CLASS_POOL: readonly string[] = [...FAILURE_TYPES, ...PROTOTYPE_KEYS, HEALTHY, NOT_DETECTED, 'Bogus', ''];

/** Object.prototype as it stands: a scorer or reader that writes to it changes this. */
function prototypeShape(): string {
  return JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()) + String(({} as Record<string, unknown>)['true_positives']);
}

function fakeStep(index: number, type: string): ReplayStep {
  return {
    index,
    record: {},
    event: { failure_type: type, severity: 'ERROR', service: 'app-service', message: '', timestamp: 0, raw_log: {} },
    detect_ms: 0,
    outcome: null,
    mttr_ms: null,
    health: null,
  };
}

describe('fuzzing class names shaped like prototype keys', () => {
  it('ends every ground truth and labelled corpus in scores or one positioned error, leaving Object.prototype alone', () => {
    const rng = new PyRandom(SEED + 1);
    const pick = () => rng.choice(CLASS_POOL) as string;
    const before = prototypeShape();
    let accepted = 0;
    let refused = 0;
    for (let c = 0; c < 2_000; c++) {
      // A ground-truth file: entries with random classes, some params keyed by prototype names.
      const entries = Array.from({ length: 1 + rng.randbelow(6) }, (_, i) => {
        const params = rng.randbelow(3) === 0 ? `{"${rng.choice(PROTOTYPE_KEYS)}": {"memory": "1Gi"}}` : '{"memory": "1Gi"}';
        return `{"index": ${i * 2 + rng.randbelow(2)}, "failure_type": ${JSON.stringify(pick())}, "expected_action": "scale_memory", "expected_params": ${params}}`;
      });
      const file = `gt-${c}.json`;
      let groundTruth: GroundTruthEntry[] = [];
      try {
        groundTruth = parseGroundTruth(file, JSON.parse(`[${entries.join(', ')}]`));
        expect(groundTruth.every((g) => isFailureType(g.failure_type))).toBe(true);
        accepted += 1;
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        expect((err as Error).message).toMatch(new RegExp(`^${file}: entry \\d+: "failure_type" .* is not a failure class \\(`));
        refused += 1;
      }
      // Labels of a corpus, the other way ground truth arrives.
      const records = Array.from({ length: 1 + rng.randbelow(6) }, () => ({ message: 'm', labels: { reason: pick() } }));
      try {
        groundTruthFromLabels(`corpus-${c}.json`, records);
        expect(records.every((r) => r.labels.reason === HEALTHY || isFailureType(r.labels.reason))).toBe(true);
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        expect((err as Error).message).toMatch(new RegExp(`^corpus-${c}\\.json: record \\d+: label .* is neither a failure class nor "healthy"$`));
      }
      // The scorer takes any class names it is handed, prototype-shaped ones included.
      const odd = entries.map((_, i) => ({ index: i * 2, failure_type: pick(), expected_action: 'a', expected_params: {} }));
      const scorer = createScorer([...groundTruth, ...odd], 3);
      for (let i = 0; i < 12; i += 1 + rng.randbelow(2)) scorer.add(fakeStep(i, pick()));
      const score = scorer.result();
      expect(Object.getPrototypeOf(score.per_class)).toBeNull();
      expect(Object.getPrototypeOf(score.confusion)).toBeNull();
      const counted = Object.values(score.confusion).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0);
      expect(counted).toBeGreaterThanOrEqual(score.total_failures);
    }
    expect(prototypeShape()).toBe(before);
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
