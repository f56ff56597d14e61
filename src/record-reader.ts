// Streaming reader for captured records: a JSON array, JSON Lines or plain `kubectl logs` text,
// from a file or stdin. Memory stays bounded by one chunk plus the largest single record, so a
// multi-gigabyte capture costs the same as a small one.
import { closeSync, constants as fsConstants, openSync, statSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from './errors.ts';
import type { LogRecord, StreamRecord } from './types.ts';
import { inferSeverity } from '../skills/severity-skills.ts';

export type InputFormat = 'json' | 'jsonl' | 'text';

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
}

const DEFAULT_CHUNK_SIZE = 1 << 20;
const DEFAULT_POLL_MS = 200;
/**
 * Reads are large (fewer syscalls) but decoding, parsing and yielding go in smaller pieces.
 * Strings over V8's regular-object limit (~128 KiB) land in large-object space, reclaimed only
 * by full GCs; and a batch that is still alive when the young generation is collected gets
 * copied and makes V8 grow that generation. Measured on a million records: 1 MiB pieces
 * peaked ~30% higher than 64 KiB ones, and 16 KiB pieces were another ~10% lower and ~15%
 * faster than 64 KiB (fewer survivors per young-generation collection).
 */
const DECODE_PIECE = 1 << 14;
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
  const detector = new FormatDetector(options.format);
  let parser: FormatParser | undefined;
  for await (const chunk of chunks) {
    if (signal?.aborted) return;
    let bytes: Uint8Array | undefined = chunk;
    if (parser === undefined) {
      bytes = detector.push(chunk);
      if (bytes === undefined) continue;
      parser = createParser(detector, label);
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
    const started = createParser(detector, label);
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

// ---------------------------------------------------------------------------------------------
// Byte sources

interface FileChunkOptions {
  chunkSize: number;
  follow: boolean;
  pollMs: number;
  signal: AbortSignal | undefined;
}

/**
 * Reads with one read always in flight ahead of the consumer, so disk waits overlap parsing.
 * The two buffers are reused: a yielded chunk is valid until the consumer asks for the next one.
 * Following, like `tail -F`: a file truncated in place is read again from its start, and a
 * file replaced at the path (log rotation) is left for the new one once it has been read out.
 */
async function* fileChunks(path: string, label: string, options: FileChunkOptions): AsyncGenerator<Uint8Array> {
  let handle = await openForReading(path, label, options.signal);
  const buffers = [Buffer.allocUnsafe(options.chunkSize), Buffer.allocUnsafe(options.chunkSize)];
  let which = 0;
  // Regular files are read at explicit positions, so following can start over after a
  // truncation; a null position reads from the current offset, which pipes and FIFOs need.
  const positioned = (await handle.stat()).isFile();
  let position = 0;
  const read = (target: Buffer) => handle.read(target, 0, options.chunkSize, positioned ? position : null);
  let pending: Promise<{ bytesRead: number }> | undefined = read(buffers[0]!);
  try {
    while (true) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await pending);
      } catch (err) {
        pending = undefined;
        throw new InputError(label, undefined, `read failed: ${errorDetail(err)}`, { cause: err });
      }
      pending = undefined;
      if (options.signal?.aborted) return;
      if (bytesRead === 0) {
        if (!options.follow) return;
        try {
          await sleep(options.pollMs, undefined, options.signal ? { signal: options.signal } : {});
        } catch {
          return; // aborted while waiting
        }
        if (positioned) {
          const change = await followedFileChange(path, handle, position);
          if (change === 'replaced') {
            await handle.close();
            handle = await openForReading(path, label);
            position = 0;
          } else if (change === 'truncated') {
            position = 0;
          }
        }
        pending = read(buffers[which]!);
        continue;
      }
      const current = buffers[which]!;
      which ^= 1;
      position += bytesRead;
      pending = read(buffers[which]!);
      yield current.subarray(0, bytesRead);
    }
  } finally {
    // The read-ahead may still be running when the consumer stops early; close waits for it.
    pending?.catch(() => {});
    await handle.close();
  }
}

/**
 * What became of a followed file that had no more bytes: cut shorter than what was read
 * ('truncated'); read out while another file now sits at the path ('replaced': rotated; a
 * missing path means the new one is not there yet); or nothing. Lines written to the old
 * file after the last read are still read before moving on.
 */
async function followedFileChange(path: string, handle: FileHandle, position: number): Promise<'replaced' | 'truncated' | null> {
  const [atPath, mine] = await Promise.all([stat(path).catch(() => null), handle.stat()]);
  if (mine.size < position) return 'truncated';
  if (mine.size > position) return null;
  const replaced = atPath !== null && atPath.isFile() && (atPath.ino !== mine.ino || atPath.dev !== mine.dev);
  return replaced ? 'replaced' : null;
}

async function openForReading(path: string, label: string, signal?: AbortSignal): Promise<FileHandle> {
  let handle: FileHandle;
  // Opening a FIFO waits for a writer, out of reach of the abort signal: on abort, open the
  // FIFO for writing for a moment, so the open returns and reading ends at once (EOF).
  const wake = () => wakeFifoReader(path);
  signal?.addEventListener('abort', wake, { once: true });
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new InputError(label, undefined, openFailure(err), { cause: err });
  } finally {
    signal?.removeEventListener('abort', wake);
  }
  try {
    // open(2) succeeds on a directory; only the first read would fail, with a vaguer message.
    if ((await handle.stat()).isDirectory()) throw new InputError(label, undefined, 'is a directory');
  } catch (err) {
    await handle.close();
    if (err instanceof InputError) throw err;
    throw new InputError(label, undefined, `cannot read: ${errorDetail(err)}`, { cause: err });
  }
  return handle;
}

function wakeFifoReader(path: string): void {
  try {
    if (!statSync(path).isFIFO()) return;
    // Non-blocking: succeeds because our own open is waiting as the reader.
    closeSync(openSync(path, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK));
  } catch {
    // Not a FIFO any more, or no reader waiting: nothing to wake.
  }
}

function openFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot open: ${errorDetail(err)}`;
}

function errorDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Chunks from a readable stream, ending early (and quietly) when the signal aborts. Uses
 * data events with pause/resume rather than the async iterator: the iterator cannot be
 * returned while a read is pending, so an abort on a silent stdin would hang.
 */
async function* streamChunks(
  stream: NodeJS.ReadableStream,
  label: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let ended = false;
  let failed = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const onData = (chunk: string | Buffer): void => {
    queue.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    // One chunk at a time keeps memory flat when the producer is faster than the parser.
    stream.pause();
    notify();
  };
  const onEnd = (): void => {
    ended = true;
    notify();
  };
  const onError = (err: unknown): void => {
    failed = true;
    failure = err;
    notify();
  };
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('error', onError);
  signal?.addEventListener('abort', notify);
  try {
    while (!signal?.aborted) {
      const chunk = queue.shift();
      if (chunk !== undefined) {
        yield chunk;
        continue;
      }
      if (failed) throw new InputError(label, undefined, `read failed: ${errorDetail(failure)}`, { cause: failure });
      if (ended) return;
      const waiting = new Promise<void>((resolve) => {
        wake = resolve;
      });
      stream.resume();
      await waiting;
    }
  } finally {
    signal?.removeEventListener('abort', notify);
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('error', onError);
    // Paused, not destroyed: process.stdin may be read again, and a paused stdin lets the process exit.
    stream.pause();
  }
}

// ---------------------------------------------------------------------------------------------
// Format detection

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Holds back the start of the input until the first non-whitespace byte decides the format.
 * Leading whitespace is dropped (every format ignores it) but its newlines are counted so
 * JSON Lines errors still name the right line.
 */
class FormatDetector {
  format: InputFormat | undefined;
  /** Bytes consumed before the first byte handed to the parser. */
  offset = 0;
  /** Newlines among those bytes. */
  lines = 0;
  readonly #forced: InputFormat | undefined;
  #bomChecked = false;
  #pending: Buffer | undefined;

  constructor(forced: InputFormat | undefined) {
    this.#forced = forced;
  }

  /** The bytes to parse once the format is known, or undefined while still undecided. */
  push(chunk: Uint8Array): Uint8Array | undefined {
    let bytes = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = undefined;
    if (!this.#bomChecked) {
      if (bytes.length < BOM.length && isBomPrefix(bytes)) {
        this.#pending = Buffer.from(bytes);
        return undefined;
      }
      this.#bomChecked = true;
      if (bytes.length >= BOM.length && isBomPrefix(bytes)) {
        bytes = bytes.subarray(BOM.length);
        this.offset += BOM.length;
      }
    }
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i]!;
      if (b === 0x0a) this.lines++;
      else if (b !== 0x20 && b !== 0x09 && b !== 0x0d) break;
      i++;
    }
    this.offset += i;
    if (i === bytes.length) return undefined;
    const first = bytes[i]!;
    this.format = this.#forced ?? (first === 0x5b ? 'json' : first === 0x7b ? 'jsonl' : 'text');
    return bytes.subarray(i);
  }

  /** At end of input: whatever was held back waiting for a possible BOM. */
  finish(): Uint8Array | undefined {
    const pending = this.#pending;
    if (pending === undefined) return undefined;
    this.#pending = undefined;
    this.#bomChecked = true;
    return this.push(pending);
  }
}

function isBomPrefix(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BOM.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== BOM[i]) return false;
  return true;
}

interface FormatParser {
  write(bytes: Uint8Array, out: StreamRecord[]): void;
  /** End of input: flush what is buffered, or report what is missing. */
  end(out: StreamRecord[]): void;
}

function createParser(detector: FormatDetector, label: string): FormatParser {
  switch (detector.format) {
    case 'json':
      return new JsonArrayParser(label, detector.offset);
    case 'jsonl':
      return new JsonLinesParser(label, detector.offset, detector.lines);
    default:
      return new TextParser();
  }
}

// ---------------------------------------------------------------------------------------------
// Strict UTF-8

/** Thrown by StrictUtf8 with the valid text before the bad byte, so the parser can place it. */
class Utf8Failure {
  readonly prefix: string;
  readonly offset: number;
  constructor(prefix: string, offset: number) {
    this.prefix = prefix;
    this.offset = offset;
  }
}

/**
 * TextDecoder's fatal mode is fast but says nothing about where the bad byte is; this keeps
 * just enough state (the up-to-3 bytes of a character split across chunks) to work it out.
 */
class StrictUtf8 {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  #tail: Uint8Array = new Uint8Array(0);
  /** Absolute offset of the next chunk's first byte. */
  #offset: number;

  constructor(offset: number) {
    this.#offset = offset;
  }

  decode(chunk: Uint8Array): string {
    let text: string;
    try {
      text = this.#decoder.decode(chunk, { stream: true });
    } catch {
      throw this.#locate(chunk);
    }
    this.#tail = incompleteTail(this.#tail, chunk);
    this.#offset += chunk.length;
    return text;
  }

  end(): string {
    try {
      return this.#decoder.decode();
    } catch {
      throw new Utf8Failure('', this.#offset - this.#tail.length);
    }
  }

  #locate(chunk: Uint8Array): Utf8Failure {
    const bytes = Buffer.concat([this.#tail, chunk]);
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    return new Utf8Failure(prefix, this.#offset - this.#tail.length + bad);
  }
}

/**
 * Decode the next chunk (or, with null, the end of input). At a bad byte the valid text before
 * it goes to `writeText` first, so records before the problem are still delivered, then the
 * error that `place` builds for the byte offset is thrown.
 */
function decodeStrict(
  utf8: StrictUtf8,
  bytes: Uint8Array | null,
  writeText: (text: string) => void,
  place: (offset: number) => InputError,
): string {
  try {
    return bytes === null ? utf8.end() : utf8.decode(bytes);
  } catch (err) {
    if (!(err instanceof Utf8Failure)) throw err;
    writeText(err.prefix);
    throw place(err.offset);
  }
}

/** The bytes of a character left unfinished at the end of `chunk` (copied: buffers are reused). */
function incompleteTail(previous: Uint8Array, chunk: Uint8Array): Uint8Array {
  const bytes = chunk.length >= 3 ? chunk : Buffer.concat([previous, chunk]);
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? Uint8Array.prototype.slice.call(bytes, n - k) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/** Index of the first byte that starts an invalid sequence; -1 if none (an unfinished last character is fine). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f; // UTF-16 surrogates are not characters
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let j = 1; j <= need; j++) {
      if (i + j >= n) return -1;
      const d = bytes[i + j]!;
      if (j === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Record checks

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Cheap shape checks on the fields every stage reads; anything else passes through untouched. */
function checkRecord(value: unknown, label: string, unit: string, n: number): LogRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(label, `${unit} ${n}`, `expected a JSON object, got ${kindOf(value)}`);
  }
  const record = value as LogRecord;
  const { message, severity, service, labels } = record;
  let field: string | undefined;
  if (message !== undefined && typeof message !== 'string') field = 'message';
  else if (severity !== undefined && typeof severity !== 'string') field = 'severity';
  else if (service !== undefined && typeof service !== 'string') field = 'service';
  if (field !== undefined) {
    throw new InputError(label, `${unit} ${n}`, `"${field}" must be a string, got ${kindOf(record[field])}`);
  }
  if (labels !== undefined && (typeof labels !== 'object' || labels === null || Array.isArray(labels))) {
    throw new InputError(label, `${unit} ${n}`, `"labels" must be an object, got ${kindOf(labels)}`);
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

class JsonLinesParser implements FormatParser {
  readonly #label: string;
  readonly #utf8: StrictUtf8;
  /** Lines completed so far; the line being read is #line + 1. */
  #line: number;
  #index = 0;
  /** The start of a line whose newline has not arrived yet. */
  #carry = '';

  constructor(label: string, offset: number, linesBefore: number) {
    this.#label = label;
    this.#utf8 = new StrictUtf8(offset);
    this.#line = linesBefore;
  }

  write(bytes: Uint8Array, out: StreamRecord[]): void {
    this.#writeText(this.#decode(bytes, out), out);
  }

  end(out: StreamRecord[]): void {
    const last = this.#carry + this.#decode(null, out);
    this.#carry = '';
    if (last.length > 0) this.#parseLine(last, out);
  }

  #decode(bytes: Uint8Array | null, out: StreamRecord[]): string {
    return decodeStrict(
      this.#utf8,
      bytes,
      (text) => this.#writeText(text, out),
      (offset) => new InputError(this.#label, `line ${this.#line + 1}`, `invalid UTF-8 at byte offset ${offset}`),
    );
  }

  #writeText(text: string, out: StreamRecord[]): void {
    let nl = text.indexOf('\n');
    if (nl === -1) {
      this.#carry += text;
      return;
    }
    if (this.#carry.length > 0) {
      const line = this.#carry + text.slice(0, nl);
      this.#carry = '';
      this.#parseLine(line, out);
    } else {
      this.#parseLine(text.slice(0, nl), out);
    }
    let pos = nl + 1;
    while ((nl = text.indexOf('\n', pos)) !== -1) {
      this.#parseLine(text.slice(pos, nl), out);
      pos = nl + 1;
    }
    this.#carry = pos < text.length ? text.slice(pos) : '';
  }

  #parseLine(line: string, out: StreamRecord[]): void {
    const lineNo = ++this.#line;
    // JSON.parse treats a trailing \r as whitespace, so CRLF needs no work; only blank lines do.
    const first = line.charCodeAt(0);
    if (first !== 0x7b && (line.length === 0 || (first <= 0x20 && line.trim() === ''))) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new InputError(this.#label, `line ${lineNo}`, `invalid JSON: ${errorDetail(err)}`);
    }
    out.push({ index: this.#index++, record: checkRecord(value, this.#label, 'line', lineNo) });
  }
}

// ---------------------------------------------------------------------------------------------
// JSON array

const EXPECT_OPEN = 0;
const EXPECT_FIRST = 1;
const IN_ELEMENT = 2;
const CLOSED = 3;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Finds each top-level element by tracking nesting depth and strings (never parsing), then
 * hands just that slice to JSON.parse. The scan state survives chunk boundaries, so an element
 * may span any number of chunks.
 */
class JsonArrayParser implements FormatParser {
  readonly #label: string;
  readonly #utf8: StrictUtf8;
  #phase = EXPECT_OPEN;
  #index = 0;
  #depth = 0;
  #inString = false;
  /** Parity of a run of backslashes that ended the previous chunk inside a string. */
  #backslashes = 0;
  /** Parts of the current element from earlier chunks. */
  #pieces: string[] = [];

  constructor(label: string, offset: number) {
    this.#label = label;
    this.#utf8 = new StrictUtf8(offset);
  }

  write(bytes: Uint8Array, out: StreamRecord[]): void {
    this.#writeText(this.#decode(bytes, out), out);
  }

  end(out: StreamRecord[]): void {
    this.#writeText(this.#decode(null, out), out);
    const label = this.#label;
    switch (this.#phase) {
      case EXPECT_OPEN:
      case CLOSED:
        return;
      case EXPECT_FIRST:
        throw new InputError(label, 'record 0', "truncated JSON array: expected a record or ']'");
    }
    const element = this.#pieces.join('');
    this.#pieces = [];
    const n = this.#index;
    const truncated = (position: string, detail: string) =>
      new InputError(label, position, `truncated JSON array: ${detail}`);
    if (this.#inString) throw truncated(`record ${n}`, 'the record is incomplete (unterminated string)');
    if (this.#depth > 0) throw truncated(`record ${n}`, "the record is incomplete (unclosed '{' or '[')");
    if (element.trim() === '') throw truncated(`record ${n}`, "expected a record after ','");
    this.#emit(element, ']', out);
    throw truncated(`after record ${n}`, "expected ',' or ']'");
  }

  #decode(bytes: Uint8Array | null, out: StreamRecord[]): string {
    return decodeStrict(
      this.#utf8,
      bytes,
      (text) => this.#writeText(text, out),
      (offset) => {
        const position = this.#phase === CLOSED ? `after record ${this.#index - 1}` : `record ${this.#index}`;
        return new InputError(this.#label, position, `invalid UTF-8 at byte offset ${offset}`);
      },
    );
  }

  #writeText(s: string, out: StreamRecord[]): void {
    const n = s.length;
    let i = 0;
    let start = 0;
    while (i < n) {
      const phase = this.#phase;
      if (phase === IN_ELEMENT) {
        const end = this.#scan(s, i);
        if (end === -1) {
          if (start < n) this.#pieces.push(s.slice(start));
          return;
        }
        const c = s.charCodeAt(end);
        if (c === CLOSE_BRACE) {
          throw new InputError(this.#label, `record ${this.#index}`, "invalid JSON: unexpected '}'");
        }
        const tail = s.slice(start, end);
        let element = tail;
        if (this.#pieces.length > 0) {
          this.#pieces.push(tail);
          element = this.#pieces.join('');
          this.#pieces = [];
        }
        this.#emit(element, c === COMMA ? ',' : ']', out);
        if (c === CLOSE_BRACKET) this.#phase = CLOSED;
        i = end + 1;
        start = i;
        continue;
      }
      while (i < n && isJsonSpace(s.charCodeAt(i))) i++;
      if (i === n) return;
      const c = s.charCodeAt(i);
      if (phase === EXPECT_OPEN) {
        if (c !== OPEN_BRACKET) {
          const found = JSON.stringify(s.charAt(i));
          throw new InputError(this.#label, 'record 0', `expected '[' at the start of a JSON array, found ${found}`);
        }
        this.#phase = EXPECT_FIRST;
        i++;
      } else if (phase === EXPECT_FIRST) {
        if (c === CLOSE_BRACKET) {
          this.#phase = CLOSED;
          i++;
        } else {
          this.#phase = IN_ELEMENT;
          start = i;
        }
      } else {
        // Every message names a position; with no record yet, that is where record 0 would be.
        const position = this.#index > 0 ? `after record ${this.#index - 1}` : 'record 0';
        throw new InputError(this.#label, position, "unexpected content after the closing ']'");
      }
    }
  }

  /** Position of the ',' or ']' (or stray '}') that ends the current element, or -1 if it goes on past `s`. */
  #scan(s: string, from: number): number {
    const n = s.length;
    let i = from;
    let depth = this.#depth;
    let inString = this.#inString;
    let backslashes = this.#backslashes;
    let result = -1;
    outer: while (i < n) {
      if (inString) {
        // indexOf is a native memchr; strings are most of the bytes, so jump straight to each quote.
        const q = s.indexOf('"', i);
        const stop = q === -1 ? n : q;
        let k = stop - 1;
        while (k >= i && s.charCodeAt(k) === BACKSLASH) k--;
        let run = stop - 1 - k;
        if (k < i) run += backslashes;
        if (q === -1) {
          backslashes = run & 1;
          i = n;
          break;
        }
        backslashes = 0;
        i = q + 1;
        if ((run & 1) === 0) inString = false;
        continue;
      }
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          inString = true;
          i++;
          continue outer;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (depth === 0) {
            result = i;
            break outer;
          }
          depth--;
        } else if (c === COMMA && depth === 0) {
          result = i;
          break outer;
        }
      }
    }
    this.#depth = depth;
    this.#inString = inString;
    this.#backslashes = backslashes;
    return result;
  }

  #emit(element: string, delimiter: string, out: StreamRecord[]): void {
    const n = this.#index;
    let value: unknown;
    try {
      value = JSON.parse(element);
    } catch (err) {
      const detail = element.trim() === '' ? `expected a record before '${delimiter}'` : `invalid JSON: ${errorDetail(err)}`;
      throw new InputError(this.#label, `record ${n}`, detail);
    }
    out.push({ index: n, record: checkRecord(value, this.#label, 'record', n) });
    this.#index = n + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Plain text

/**
 * Line breaks Python's str.splitlines() honours besides \n, which the original normaliser used.
 * \r\n never reaches the test below: trim() has already removed the \r.
 */
const EXTRA_LINE_BREAKS = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const EXTRA_LINE_BREAKS_ALL = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;

/**
 * Works on bytes and decodes each line separately: slices of a decoded chunk would pin the
 * whole chunk in memory for as long as a caller keeps any one message.
 */
class TextParser implements FormatParser {
  #carry: Buffer[] = [];
  #index = 0;

  write(bytes: Uint8Array, out: StreamRecord[]): void {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, pos)) !== -1) {
      let line: string;
      if (this.#carry.length > 0) {
        this.#carry.push(buf.subarray(pos, nl));
        line = Buffer.concat(this.#carry).toString('utf8');
        this.#carry = [];
      } else {
        line = buf.toString('utf8', pos, nl);
      }
      this.#addLine(line, out);
      pos = nl + 1;
    }
    // Copied: the reader reuses its buffers.
    if (pos < buf.length) this.#carry.push(Buffer.from(buf.subarray(pos)));
  }

  end(out: StreamRecord[]): void {
    if (this.#carry.length === 0) return;
    const line = Buffer.concat(this.#carry).toString('utf8');
    this.#carry = [];
    this.#addLine(line, out);
  }

  #addLine(raw: string, out: StreamRecord[]): void {
    const line = raw.trim();
    if (line.length === 0) return;
    if (!EXTRA_LINE_BREAKS.test(line)) {
      out.push({ index: this.#index++, record: textRecord(line) });
      return;
    }
    for (const part of line.split(EXTRA_LINE_BREAKS_ALL)) {
      const piece = part.trim();
      if (piece.length > 0) out.push({ index: this.#index++, record: textRecord(piece) });
    }
  }
}

function textRecord(line: string): LogRecord {
  return { severity: inferSeverity(line), service: 'app-service', message: line, labels: { source: 'pod_log' } };
}
