// Strict UTF-8 decoding for the readers: bytes that are not UTF-8 are an error naming the byte
// offset, never replaced silently, and the valid text before them is still handed over.
import type { InputError } from '../errors.ts';

/** Thrown by StrictUtf8 with the valid text before the bad byte, so the parser can place it. */
export class Utf8Failure {
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
export class StrictUtf8 {
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
export function decodeStrict(
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
