// Which reader a capture needs, from its first bytes. JSON framing: '[' an array, '{' followed
// by the rest of its line a JSON Lines file, '{' alone on its line a stream of pretty-printed
// objects (kubectl -o json). Text: a CRI log line, YAML (refused with a hint), or plain text.
// A UTF-8 byte-order mark and leading whitespace are dropped before deciding.

import { recordTooLarge } from './parser.ts';

export type Framing = 'json' | 'jsonl' | 'concat' | 'cri' | 'text' | 'yaml';

/** How far into the first line detection looks before deciding on what it has. */
const SNIFF_LIMIT = 256;

const CRI_START = /^\d{4}-\d\d-\d\dT\S+ (stdout|stderr) [FP]( |\r?$)/;
const YAML_START = /^(---\s*$|(apiVersion|kind|items|metadata|spec|status):( |$))/;

/**
 * The framing of input that starts at `bytes[0]` (a non-space byte), or undefined when more
 * bytes are needed to tell. `final` means there are no more.
 */
export function detectFraming(bytes: Uint8Array, final: boolean): Framing | undefined {
  const first = bytes[0];
  if (first === 0x5b) return 'json';
  if (first === 0x7b) {
    for (let i = 1; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x0a) return 'concat';
      if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return 'jsonl';
    }
    return final ? 'jsonl' : undefined;
  }
  const nl = bytes.indexOf(0x0a);
  if (nl === -1 && !final && bytes.length < SNIFF_LIMIT) return undefined;
  const end = nl === -1 ? Math.min(bytes.length, SNIFF_LIMIT) : Math.min(nl, SNIFF_LIMIT);
  const line = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8');
  if (CRI_START.test(line)) return 'cri';
  if (YAML_START.test(line)) return 'yaml';
  return 'text';
}

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Holds back the start of the input until the first non-whitespace byte decides the format.
 * Leading whitespace is dropped (every format ignores it) but its newlines are counted so
 * JSON Lines errors still name the right line.
 */
export class FormatDetector {
  format: Framing | undefined;
  /** Bytes consumed before the first byte handed to the parser. */
  offset = 0;
  /** Newlines among those bytes. */
  lines = 0;
  readonly #forced: Framing | undefined;
  readonly #label: string;
  readonly #maxBytes: number;
  #bomChecked = false;
  #pending: Buffer | undefined;

  /** `maxBytes`: the most it holds back undecided (a '{' followed only by spaces, no newline). */
  constructor(forced: Framing | undefined, label = '<input>', maxBytes = Infinity) {
    this.#forced = forced;
    this.#label = label;
    this.#maxBytes = maxBytes;
  }

  /** The bytes to parse once the format is known, or undefined while still undecided. */
  push(chunk: Uint8Array, final = false): Uint8Array | undefined {
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
    const rest = bytes.subarray(i);
    const format = this.#forced ?? detectFraming(rest, final);
    if (format === undefined) {
      if (rest.length > this.#maxBytes) throw recordTooLarge(this.#label, `line ${this.lines + 1}`, this.#maxBytes);
      // Copied: the reader reuses its buffers.
      this.#pending = Buffer.from(rest);
      return undefined;
    }
    this.format = format;
    return rest;
  }

  /** At end of input: whatever was held back waiting for a possible BOM. */
  finish(): Uint8Array | undefined {
    const pending = this.#pending;
    if (pending === undefined) return undefined;
    this.#pending = undefined;
    this.#bomChecked = true;
    return this.push(pending, true);
  }
}

function isBomPrefix(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BOM.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== BOM[i]) return false;
  return true;
}
