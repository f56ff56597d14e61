// Buffered line output that respects backpressure, so printing 100,000 detections to a pipe
// costs a few large writes instead of one small write per line.
import type { Writable } from 'node:stream';

export interface LineWriter {
  line(text: string): Promise<void> | void;
  flush(): Promise<void>;
}

const FLUSH_AT = 64 * 1024;

export function createLineWriter(out: Writable, flushAt = FLUSH_AT): LineWriter {
  let buffer = '';
  function write(chunk: string): Promise<void> | void {
    if (out.write(chunk)) return;
    return new Promise((resolve) => out.once('drain', () => resolve()));
  }
  return {
    line(text) {
      buffer += text + '\n';
      if (buffer.length < flushAt) return;
      const chunk = buffer;
      buffer = '';
      return write(chunk);
    },
    async flush() {
      if (buffer.length === 0) return;
      const chunk = buffer;
      buffer = '';
      await write(chunk);
    },
  };
}

/** A LineWriter that collects lines in memory (tests, and callers that need the text). */
export function memoryLineWriter(): LineWriter & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    line(text) {
      lines.push(text);
    },
    async flush() {},
  };
}
