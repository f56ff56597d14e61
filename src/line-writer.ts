// Buffered line output that respects backpressure, so printing 100,000 detections to a pipe
// costs a few large writes instead of one small write per line.
import type { Writable } from 'node:stream';
import type { Io } from './cli.ts';

export interface LineWriter {
  line(text: string): Promise<void> | void;
  flush(): Promise<void>;
}

const FLUSH_AT = 16 * 1024;
const encoder = new TextEncoder();

/**
 * Lines are encoded into bytes as they come instead of being joined into one string: a string
 * built from hundreds of lines outlives young-generation collections and is promoted, and over
 * a million records that garbage made the old generation, and the peak RSS, grow with the
 * input. Encoded at once, each line's string dies young.
 */
export function createLineWriter(out: Writable, flushAt = FLUSH_AT): LineWriter {
  let bytes = new Uint8Array(flushAt);
  let used = 0;
  function write(chunk: Uint8Array): Promise<void> | void {
    if (out.write(chunk)) return;
    return new Promise((resolve) => out.once('drain', () => resolve()));
  }
  function take(): Uint8Array {
    const chunk = bytes.subarray(0, used);
    // The stream may keep what it was given, so later lines go into a fresh buffer.
    bytes = new Uint8Array(flushAt);
    used = 0;
    return chunk;
  }
  function append(line: string): Promise<void> | void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit, so this bound never overflows.
    if (used + line.length * 3 <= bytes.length) {
      used += encoder.encodeInto(line, bytes.subarray(used)).written;
      return;
    }
    if (used > 0) {
      const pending = write(take());
      if (pending) return pending.then(() => append(line));
      return append(line);
    }
    return write(encoder.encode(line));
  }
  return {
    line: (text) => append(`${text}\n`),
    async flush() {
      if (used > 0) await write(take());
    },
  };
}

/** Standard output as lines: buffered on the real stream, else through the `Io` write function. */
export function stdoutLines(io: Io): LineWriter {
  return io.stdoutStream ? createLineWriter(io.stdoutStream) : { line: (text) => io.stdout(`${text}\n`), flush: async () => {} };
}
