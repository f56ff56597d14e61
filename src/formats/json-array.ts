// A JSON array of records, read element by element: the shared scanner finds where each
// top-level element ends, and only that slice is parsed, so memory is bounded by the largest
// single record whatever the size of the array.
import { InputError } from '../errors.ts';
import type { StreamRecord } from '../types.ts';
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, JsonScanner, OPEN_BRACKET } from './json-scan.ts';
import { BoundedPieces, DEFAULT_MAX_RECORD_BYTES, recordTooLarge, type FormatParser } from './parser.ts';
import { errorDetail } from './sources.ts';
import { StrictUtf8, decodeStrict } from './utf8.ts';
import type { ValueReader } from './values.ts';

const EXPECT_OPEN = 0;
const EXPECT_FIRST = 1;
const IN_ELEMENT = 2;
const CLOSED = 3;

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Finds each top-level element by tracking nesting depth and strings (never parsing), then
 * hands just that slice to JSON.parse. The scan state survives chunk boundaries, so an element
 * may span any number of chunks.
 */
export class JsonArrayParser implements FormatParser {
  readonly #label: string;
  readonly #utf8: StrictUtf8;
  readonly #values: ValueReader;
  #phase = EXPECT_OPEN;
  #index = 0;
  readonly #scanner = new JsonScanner();
  /** Parts of the current element from earlier chunks, and their size in bytes. */
  #pieces: BoundedPieces;
  readonly #maxBytes: number;

  constructor(label: string, offset: number, values: ValueReader, maxBytes = DEFAULT_MAX_RECORD_BYTES) {
    this.#label = label;
    this.#maxBytes = maxBytes;
    this.#pieces = new BoundedPieces(maxBytes);
    this.#utf8 = new StrictUtf8(offset);
    this.#values = values;
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
        this.#values.end(out);
        return;
      case EXPECT_FIRST:
        throw new InputError(label, 'record 0', "truncated JSON array: expected a record or ']'");
    }
    const element = this.#pieces.finish('') ?? '';
    const n = this.#index;
    const truncated = (position: string, detail: string) =>
      new InputError(label, position, `truncated JSON array: ${detail}`);
    if (this.#scanner.inString) throw truncated(`record ${n}`, 'the record is incomplete (unterminated string)');
    if (this.#scanner.depth > 0) throw truncated(`record ${n}`, "the record is incomplete (unclosed '{' or '[')");
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
        const end = this.#scanner.scan(s, i, false);
        if (end === -1) {
          if (start < n) this.#keep(s.slice(start));
          return;
        }
        const c = s.charCodeAt(end);
        if (c === CLOSE_BRACE) {
          throw new InputError(this.#label, `record ${this.#index}`, "invalid JSON: unexpected '}'");
        }
        const tail = s.slice(start, end);
        const element = this.#pieces.finish(tail);
        if (element === null) throw this.#tooLarge();
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

  /** Holds part of an element until its end arrives, as long as it stays within the limit. */
  #keep(piece: string): void {
    if (!this.#pieces.keep(piece)) throw this.#tooLarge();
  }

  #tooLarge(): Error {
    return recordTooLarge(this.#label, `record ${this.#index}`, this.#maxBytes);
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
    this.#values.add(value, 'record', n, out);
    this.#index = n + 1;
  }
}

