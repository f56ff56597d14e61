// Plain text (`kubectl logs` output): one record per non-blank line, its severity inferred
// from the line; the line splitting is also what the CRI reader reads its lines with.
import type { LogRecord, StreamRecord } from '../types.ts';
import { inferSeverity } from '../../skills/severity-skills.ts';
import { leadingEventTime } from './line-time.ts';
import { DEFAULT_MAX_RECORD_BYTES, recordTooLarge, type FormatParser } from './parser.ts';
import type { ValueReader } from './values.ts';

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
export interface TextOptions {
  /** Name used in error messages. */
  label: string;
  /** Newlines before the first byte this parser sees (for the line numbers of errors). */
  linesBefore?: number;
  /** The longest line, in bytes, before the newline. */
  maxBytes?: number;
  /** Takes each line instead of the plain-text reading (the CRI reader's hook). */
  onLine?: (line: string, out: StreamRecord[]) => void;
}

export class TextParser implements FormatParser {
  #carry: Buffer[] = [];
  #carryBytes = 0;
  /** Lines completed so far; the line being read is #line + 1. */
  #line: number;
  readonly #label: string;
  readonly #maxBytes: number;
  readonly #values: ValueReader;
  readonly #onLine: (line: string, out: StreamRecord[]) => void;

  constructor(values: ValueReader, options: TextOptions) {
    this.#values = values;
    this.#label = options.label;
    this.#line = options.linesBefore ?? 0;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.#onLine = options.onLine ?? ((line, out) => this.#addLine(line, out));
  }

  write(bytes: Uint8Array, out: StreamRecord[]): void {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, pos)) !== -1) {
      if (this.#carryBytes + nl - pos > this.#maxBytes) throw this.#tooLarge();
      this.#line++;
      let line: string;
      if (this.#carry.length > 0) {
        this.#carry.push(buf.subarray(pos, nl));
        line = Buffer.concat(this.#carry).toString('utf8');
        this.#carry = [];
        this.#carryBytes = 0;
      } else {
        line = buf.toString('utf8', pos, nl);
      }
      this.#onLine(line, out);
      pos = nl + 1;
    }
    if (pos < buf.length) {
      this.#carryBytes += buf.length - pos;
      if (this.#carryBytes > this.#maxBytes) throw this.#tooLarge();
      // Copied: the reader reuses its buffers.
      this.#carry.push(Buffer.from(buf.subarray(pos)));
    }
  }

  #tooLarge(): Error {
    this.#carry = [];
    this.#carryBytes = 0;
    return recordTooLarge(this.#label, `line ${this.#line + 1}`, this.#maxBytes);
  }

  end(out: StreamRecord[]): void {
    if (this.#carry.length === 0) return;
    const line = Buffer.concat(this.#carry).toString('utf8');
    this.#carry = [];
    this.#carryBytes = 0;
    this.#line++;
    this.#onLine(line, out);
  }

  #addLine(raw: string, out: StreamRecord[]): void {
    const line = raw.trim();
    if (line.length === 0) return;
    this.#values.counted();
    if (!EXTRA_LINE_BREAKS.test(line)) {
      this.#values.push(textRecord(line), out);
      return;
    }
    for (const part of line.split(EXTRA_LINE_BREAKS_ALL)) {
      const piece = part.trim();
      if (piece.length > 0) this.#values.push(textRecord(piece), out);
    }
  }
}

/** A line as a log record; the time the line states at its start, if any, is its event time. */
function textRecord(line: string): LogRecord {
  const record: LogRecord = { severity: inferSeverity(line), service: 'app-service', message: line, labels: { source: 'pod_log' } };
  const time = leadingEventTime(line);
  if (time !== undefined) record.timestamp = time;
  return record;
}
