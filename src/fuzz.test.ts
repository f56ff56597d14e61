// Seeded fuzzing of the record reader and the watchers: valid captures, mutated byte by byte,
// must each end in records or in one positioned InputError, never in anything else. Ground
// truth and labels with class names shaped like prototype keys must end the same way, the
// scorer must count any class name without touching Object.prototype, and control characters
// in any field must never reach a terminal raw. Huge lines: src/fuzz-huge.test.ts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { PyRandom } from './py-random.ts';
import type { InputFormat, ReadOptions } from './record-reader.ts';
import type { ReplayStep } from './replay.ts';
import { createScorer, HEALTHY, NOT_DETECTED } from './score.ts';
import { groundTruthFromLabels, parseGroundTruth } from './ground-truth.ts';
import { FAILURE_TYPES, isFailureType } from '../skills/failure-types.ts';
import type { GroundTruthEntry } from './types.ts';
import {
  chunked,
  consume,
  count,
  insert,
  sampleDocuments,
  SEED,
  utf8,
  withinTimeout,
  type Tally,
  type Verdict,
} from './formats/fuzz-test-support.ts';

const CASES = 20_000;
/** Every 100th case goes through a real file with a tiny read size instead of a stream. */
const FILE_CASE_EVERY = 100;

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

function randomBytes(rng: PyRandom, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = rng.getrandbits(8);
  return out;
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

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ghost-fuzz-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

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
