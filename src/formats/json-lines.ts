// JSON Lines: one JSON record per line; blank lines are skipped, errors name the line.
import { InputError } from '../errors.ts';
import type { StreamRecord } from '../types.ts';
import { DEFAULT_MAX_RECORD_BYTES, recordTooLarge, utf8Over, type FormatParser } from './parser.ts';
import { errorDetail } from './sources.ts';
import { StrictUtf8, decodeStrict } from './utf8.ts';
import type { ValueReader } from './values.ts';

export class JsonLinesParser implements FormatParser {
  readonly #label: string;
  readonly #utf8: StrictUtf8;
  readonly #values: ValueReader;
  /** Lines completed so far; the line being read is #line + 1. */
  #line: number;
  /** The start of a line whose newline has not arrived yet, and its size in bytes. */
  #carry = '';
  #carryBytes = 0;
  readonly #maxBytes: number;

  constructor(label: string, offset: number, linesBefore: number, values: ValueReader, maxBytes = DEFAULT_MAX_RECORD_BYTES) {
    this.#label = label;
    this.#maxBytes = maxBytes;
    this.#utf8 = new StrictUtf8(offset);
    this.#line = linesBefore;
    this.#values = values;
  }

  write(bytes: Uint8Array, out: StreamRecord[]): void {
    this.#writeText(this.#decode(bytes, out), out);
  }

  end(out: StreamRecord[]): void {
    const last = this.#carry + this.#decode(null, out);
    this.#carry = '';
    if (last.length > 0) this.#parseLine(last, out);
    this.#values.end(out);
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
      this.#keep(text);
      return;
    }
    if (this.#carry.length > 0) {
      const rest = text.slice(0, nl);
      if (utf8Over(rest, this.#maxBytes - this.#carryBytes)) throw this.#tooLarge();
      const line = this.#carry + rest;
      this.#carry = '';
      this.#carryBytes = 0;
      this.#parseLine(line, out);
    } else {
      this.#parseLine(text.slice(0, nl), out);
    }
    let pos = nl + 1;
    while ((nl = text.indexOf('\n', pos)) !== -1) {
      this.#parseLine(text.slice(pos, nl), out);
      pos = nl + 1;
    }
    this.#carry = '';
    this.#carryBytes = 0;
    if (pos < text.length) this.#keep(text.slice(pos));
  }

  /** Holds the start of a line until its newline arrives, as long as it stays within the limit. */
  #keep(text: string): void {
    this.#carryBytes += Buffer.byteLength(text, 'utf8');
    if (this.#carryBytes > this.#maxBytes) throw this.#tooLarge();
    this.#carry += text;
  }

  #tooLarge(): Error {
    this.#carry = '';
    return recordTooLarge(this.#label, `line ${this.#line + 1}`, this.#maxBytes);
  }

  #parseLine(line: string, out: StreamRecord[]): void {
    if (utf8Over(line, this.#maxBytes)) throw this.#tooLarge();
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
    this.#values.add(value, 'line', lineNo, out);
  }
}

