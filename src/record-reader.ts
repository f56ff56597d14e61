// Streaming reader for captured records: a JSON array, JSON Lines or plain `kubectl logs` text,
// from a file or stdin. Memory stays bounded by one chunk plus the largest single record, so a
// multi-gigabyte capture costs the same as a small one.
//
// This front file composes the pieces in src/formats/: a byte source (sources.ts), format
// detection (detect.ts), and one reader per framing (json-lines.ts, json-array.ts,
// concatenated.ts, text.ts, cri.ts) handing values to the per-value dispatch (values.ts).
import { InputError } from './errors.ts';
import type { StreamRecord } from './types.ts';
import { FormatDetector, type Framing } from './formats/detect.ts';
import { ConcatenatedJsonParser } from './formats/concatenated.ts';
import { CriLines } from './formats/cri.ts';
import { JsonArrayParser } from './formats/json-array.ts';
import { JsonLinesParser } from './formats/json-lines.ts';
import { DEFAULT_MAX_RECORD_BYTES, type FormatParser } from './formats/parser.ts';
import { fileChunks, streamChunks } from './formats/sources.ts';
import { TextParser } from './formats/text.ts';
import { ValueReader, type ReadStats, type Shape } from './formats/values.ts';
import { logPathTarget, type Target } from './formats/target.ts';

export { DEFAULT_MAX_RECORD_BYTES, MAX_RECORD_BYTES_LIMIT, type FormatParser } from './formats/parser.ts';
export { StrictUtf8, Utf8Failure, decodeStrict, firstInvalidUtf8 } from './formats/utf8.ts';

export type InputFormat = 'json' | 'jsonl' | 'text' | 'cri' | 'k8s' | 'docker' | 'fluentbit' | 'vector' | 'loki';

/** What a forced format fixes: the framing, the shape of each value, or both. */
const FORCED: Readonly<Record<InputFormat, { framing?: Framing; shape?: Shape }>> = {
  json: { framing: 'json', shape: 'record' },
  jsonl: { framing: 'jsonl', shape: 'record' },
  text: { framing: 'text' },
  cri: { framing: 'cri' },
  k8s: { shape: 'k8s' },
  docker: { shape: 'docker' },
  fluentbit: { shape: 'fluentbit' },
  vector: { shape: 'vector' },
  loki: { shape: 'loki' },
};

export interface ReadOptions {
  /** Skip detection and read as this format. */
  format?: InputFormat;
  /** Keep polling the file for appended data after reaching its end, like `tail -f`. */
  follow?: boolean;
  /** Ends reading (and following) quietly; records already yielded stay valid. */
  signal?: AbortSignal;
  /** Where `-` reads from; defaults to process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** How long follow mode waits before looking for new data again. */
  pollMs?: number;
  /** Name used in error messages; defaults to the path, or `<stdin>`. */
  label?: string;
  /** Bytes per file read. Tests shrink it to force records across chunk boundaries. */
  chunkSize?: number;
  /** Filled while reading: how many values could not be read as a log line or a signal. */
  stats?: ReadStats;
  /** The target of records that name none; a kubelet log path names one by itself. */
  target?: Target;
  /**
   * The largest record (a line, an array element, an object) in bytes; a longer one is an
   * error naming its line or record, so no input can make the reader hold more than this.
   */
  maxRecordBytes?: number;
}

const DEFAULT_CHUNK_SIZE = 1 << 20;
const DEFAULT_POLL_MS = 200;
/**
 * Reads are large (fewer syscalls) but decoding, parsing and yielding go in smaller pieces.
 * Strings over V8's regular-object limit (~128 KiB) land in large-object space, reclaimed only
 * by full GCs; and a batch that is still alive when the young generation is collected gets
 * copied and makes V8 grow that generation. Measured on a million records: 1 MiB pieces
 * peaked ~30% higher than 64 KiB ones, and 16 KiB pieces were another ~10% lower and ~15%
 * faster than 64 KiB (fewer survivors per young-generation collection). Plain text pays most
 * per record (each line's severity is inferred as it is read), so a text batch lives longest:
 * on 300,000 bare messages 16 KiB pieces promoted about 1 MB at every young-generation
 * collection and peaked at 184-188 MB, growing with the input, where 4 KiB pieces peak at 125 MB,
 * flat, and read the lines 20 % faster; JSON Lines, JSON and CRI logs are the same either way.
 */
const DECODE_PIECE = 1 << 12;
/** Only tiny records reach this many per piece; the cap bounds the latency of one batch. */
const MAX_BATCH = 4096;

/**
 * Yields the records in `source` (a path, or `-` for stdin) in batches of up to a few thousand,
 * so a caller can handle a million records without an await per record.
 */
export async function* readRecordBatches(source: string, options: ReadOptions = {}): AsyncGenerator<StreamRecord[]> {
  const label = options.label ?? (source === '-' ? '<stdin>' : source);
  const signal = options.signal;
  const chunks =
    source === '-'
      ? streamChunks(options.stdin ?? process.stdin, label, signal)
      : fileChunks(source, label, {
          chunkSize: Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE),
          follow: options.follow ?? false,
          pollMs: options.pollMs ?? DEFAULT_POLL_MS,
          signal,
        });
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const detector = new FormatDetector(options.format === undefined ? undefined : FORCED[options.format].framing, label, maxBytes);
  const values = new ValueReader({
    label,
    shape: options.format === undefined ? undefined : FORCED[options.format].shape,
    stats: options.stats,
    target: options.target ?? (source === '-' ? undefined : logPathTarget(source)),
  });
  let parser: FormatParser | undefined;
  for await (const chunk of chunks) {
    if (signal?.aborted) return;
    let bytes: Uint8Array | undefined = chunk;
    if (parser === undefined) {
      bytes = detector.push(chunk);
      if (bytes === undefined) continue;
      parser = createParser(detector, label, values, maxBytes);
    }
    const current = parser;
    for (let i = 0; i < bytes.length; i += DECODE_PIECE) {
      const piece = bytes.subarray(i, i + DECODE_PIECE);
      yield* runStep((out) => current.write(piece, out));
      if (signal?.aborted) return;
    }
  }
  // An abort drops a half-written last line rather than reporting it as malformed.
  if (signal?.aborted) return;
  if (parser === undefined) {
    const rest = detector.finish();
    if (rest === undefined) return;
    const started = createParser(detector, label, values, maxBytes);
    parser = started;
    for (let i = 0; i < rest.length; i += DECODE_PIECE) {
      const piece = rest.subarray(i, i + DECODE_PIECE);
      yield* runStep((out) => started.write(piece, out));
    }
  }
  const last = parser;
  yield* runStep((out) => last.end(out));
}

/**
 * Runs one parser step and yields what it produced. On an error the records before the bad
 * spot are still handed over first, so a caller sees the same prefix whatever the chunk size.
 */
function* runStep(step: (out: StreamRecord[]) => void): Generator<StreamRecord[]> {
  const out: StreamRecord[] = [];
  let failed = false;
  let failure: unknown;
  try {
    step(out);
  } catch (err) {
    failed = true;
    failure = err;
  }
  yield* splitBatches(out);
  if (failed) throw failure;
}

/**
 * Start reading and return once the first batch is in hand, so a missing, unreadable or
 * malformed start of input is reported before the caller creates anything (a database, an
 * output file). The batches that follow are read as the caller iterates.
 */
export async function openRecordBatches(source: string, options: ReadOptions = {}): Promise<AsyncIterable<StreamRecord[]>> {
  const batches = readRecordBatches(source, options);
  const first = await batches.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      yield* batches;
    },
  };
}

/** The same stream one record at a time, for callers that do not care about per-record awaits. */
export async function* readRecords(source: string, options: ReadOptions = {}): AsyncGenerator<StreamRecord> {
  for await (const batch of readRecordBatches(source, options)) yield* batch;
}

function* splitBatches(out: StreamRecord[]): Generator<StreamRecord[]> {
  if (out.length <= MAX_BATCH) {
    if (out.length > 0) yield out;
    return;
  }
  for (let i = 0; i < out.length; i += MAX_BATCH) yield out.slice(i, i + MAX_BATCH);
}

function createParser(detector: FormatDetector, label: string, values: ValueReader, maxBytes: number): FormatParser {
  const text = { label, linesBefore: detector.lines, maxBytes };
  switch (detector.format) {
    case 'json':
      return new JsonArrayParser(label, detector.offset, values, maxBytes);
    case 'jsonl':
      return new JsonLinesParser(label, detector.offset, detector.lines, values, maxBytes);
    case 'concat':
      return new ConcatenatedJsonParser(label, detector.offset, detector.lines, values, maxBytes);
    case 'cri': {
      const cri = new CriLines(values);
      const lines = new TextParser(values, { ...text, onLine: (line, out) => cri.line(line, out) });
      return { write: (bytes, out) => lines.write(bytes, out), end: (out) => (lines.end(out), cri.end(out)) };
    }
    case 'yaml':
      throw new InputError(label, `line ${detector.lines + 1}`, 'this looks like YAML; GHOST reads Kubernetes objects as JSON: use kubectl ... -o json');
    default:
      return new TextParser(values, text);
  }
}

