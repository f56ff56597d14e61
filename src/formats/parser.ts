// What each framing reader (JSON Lines, JSON array, concatenated objects, text, CRI lines)
// implements: bytes in, records out, with its state kept across chunks; and the one bound on
// a record's size they all keep, so no line or value can grow without limit.
import { InputError } from '../errors.ts';
import type { StreamRecord } from '../types.ts';

export interface FormatParser {
  write(bytes: Uint8Array, out: StreamRecord[]): void;
  /** End of input: flush what is buffered, or report what is missing. */
  end(out: StreamRecord[]): void;
}

/**
 * The largest record (a line, an array element or an object) read by default: far above any
 * log line or Kubernetes List seen, far below what a string can hold. `--max-record-bytes`
 * raises it up to MAX_RECORD_BYTES_LIMIT.
 */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** The highest limit allowed: a record is held as one string, and strings stop at ~512 Mi characters. */
export const MAX_RECORD_BYTES_LIMIT = 256 * 1024 * 1024;

/** Whether `s` takes more than `max` bytes as UTF-8; counts only when its length cannot tell. */
export function utf8Over(s: string, max: number): boolean {
  // A UTF-16 unit takes 1 to 3 bytes (a surrogate pair, two units, takes 4).
  if (s.length > max) return true;
  if (s.length * 3 <= max) return false;
  return Buffer.byteLength(s, 'utf8') > max;
}

/**
 * The pieces of one value that crosses chunk boundaries, held while their UTF-8 size stays
 * within the record limit. Both JSON framings that cut values out of a stream use it.
 */
export class BoundedPieces {
  #pieces: string[] = [];
  #bytes = 0;
  readonly #max: number;

  constructor(maxBytes: number) {
    this.#max = maxBytes;
  }

  /** Keeps `piece`; false (and nothing kept) once the value passes the limit. */
  keep(piece: string): boolean {
    this.#bytes += Buffer.byteLength(piece, 'utf8');
    if (this.#bytes > this.#max) return this.#drop();
    this.#pieces.push(piece);
    return true;
  }

  /** The whole value, the pieces kept then `tail`; null (and nothing kept) past the limit. */
  finish(tail: string): string | null {
    if (utf8Over(tail, this.#max - this.#bytes)) {
      this.#drop();
      return null;
    }
    if (this.#pieces.length === 0) return tail;
    this.#pieces.push(tail);
    const whole = this.#pieces.join('');
    this.#drop();
    return whole;
  }

  #drop(): false {
    this.#pieces = [];
    this.#bytes = 0;
    return false;
  }
}

/** The error for a record past the limit, at `position` (`line 3`, `record 7`, ...). */
export function recordTooLarge(label: string, position: string, max: number): InputError {
  return new InputError(label, position, `record larger than ${max} bytes; raise the limit with --max-record-bytes if it is meant to be read`);
}
