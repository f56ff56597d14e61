// What each framing reader (JSON Lines, JSON array, concatenated objects, text, CRI lines)
// implements: bytes in, records out, with its state kept across chunks.
import type { StreamRecord } from '../types.ts';

export interface FormatParser {
  write(bytes: Uint8Array, out: StreamRecord[]): void;
  /** End of input: flush what is buffered, or report what is missing. */
  end(out: StreamRecord[]): void;
}
