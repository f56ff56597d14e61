// JSON objects one after another, separated by any whitespace: what `kubectl get -o json`
// prints for one object and `kubectl get -w -o json` for a stream of them (pretty-printed).
// Each value is cut with the shared scanner and parsed on its own, so memory is bounded by the
// largest single value.
import { InputError } from '../errors.ts';
import type { StreamRecord } from '../types.ts';
import { JsonScanner } from './json-scan.ts';
import type { ValueReader } from './values.ts';
import { BoundedPieces, DEFAULT_MAX_RECORD_BYTES, recordTooLarge, type FormatParser } from './parser.ts';
import { StrictUtf8, decodeStrict } from './utf8.ts';

export class ConcatenatedJsonParser implements FormatParser {
  readonly #label: string;
  readonly #utf8: StrictUtf8;
  readonly #values: ValueReader;
  readonly #scanner = new JsonScanner();
  /** Parts of the current value from earlier chunks; empty between values. */
  #pieces: BoundedPieces;
  readonly #maxBytes: number;
  #inValue = false;
  #n = 0;
  /** Line of the next character to read, and of the current value's start. */
  #line: number;
  #valueLine = 0;

  constructor(label: string, offset: number, linesBefore: number, values: ValueReader, maxBytes = DEFAULT_MAX_RECORD_BYTES) {
    this.#label = label;
    this.#maxBytes = maxBytes;
    this.#pieces = new BoundedPieces(maxBytes);
    this.#utf8 = new StrictUtf8(offset);
    this.#line = linesBefore + 1;
    this.#values = values;
  }

  write(bytes: Uint8Array, out: StreamRecord[]): void {
    this.#writeText(this.#decode(bytes, out), out);
  }

  end(out: StreamRecord[]): void {
    this.#writeText(this.#decode(null, out), out);
    if (this.#inValue) {
      throw new InputError(this.#label, this.#where(), 'truncated JSON: the object starting here never closes');
    }
    this.#values.end(out);
  }

  #where(): string {
    return `object ${this.#n} (line ${this.#valueLine})`;
  }

  #decode(bytes: Uint8Array | null, out: StreamRecord[]): string {
    return decodeStrict(
      this.#utf8,
      bytes,
      (text) => this.#writeText(text, out),
      (offset) => new InputError(this.#label, this.#inValue ? this.#where() : `line ${this.#line}`, `invalid UTF-8 at byte offset ${offset}`),
    );
  }

  #countLines(s: string, from: number, to: number): void {
    for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) this.#line++;
  }

  #writeText(s: string, out: StreamRecord[]): void {
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (!this.#inValue) {
        let c = s.charCodeAt(i);
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
          if (c === 0x0a) this.#line++;
          if (++i === n) return;
          c = s.charCodeAt(i);
        }
        if (c !== 0x7b) {
          throw new InputError(this.#label, `line ${this.#line}`, `expected '{' to start a JSON object, found ${JSON.stringify(s.charAt(i))}`);
        }
        this.#inValue = true;
        this.#valueLine = this.#line;
        this.#scanner.reset();
      }
      const start = i;
      const end = this.#scanner.scan(s, i, true);
      if (end === -1) {
        this.#countLines(s, start, n);
        if (!this.#pieces.keep(s.slice(start))) throw this.#tooLarge();
        return;
      }
      this.#countLines(s, start, end);
      const tail = s.slice(start, end + 1);
      const text = this.#pieces.finish(tail);
      if (text === null) throw this.#tooLarge();
      this.#inValue = false;
      this.#emit(text, out);
      i = end + 1;
    }
  }

  #tooLarge(): Error {
    return recordTooLarge(this.#label, this.#where(), this.#maxBytes);
  }

  #emit(text: string, out: StreamRecord[]): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new InputError(this.#label, this.#where(), `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.#values.add(value, 'object', this.#n, out);
    this.#n++;
  }
}
