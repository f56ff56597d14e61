import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLineWriter } from './line-writer.ts';

/** A sink that records each write and reports backpressure on every `slowEvery`-th one. */
function sink(slowEvery = 0) {
  const writes: Buffer[] = [];
  let n = 0;
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _enc, done) {
      writes.push(Buffer.from(chunk));
      n += 1;
      if (slowEvery > 0 && n % slowEvery === 0) setImmediate(done);
      else done();
    },
  });
  return { stream, writes, text: () => Buffer.concat(writes).toString('utf8') };
}

describe('createLineWriter', () => {
  it('writes every line once, in order, in few large writes', async () => {
    const s = sink();
    const w = createLineWriter(s.stream, 1024);
    const lines = Array.from({ length: 500 }, (_, i) => `{"n":${i},"text":"line ${i}"}`);
    for (const l of lines) await w.line(l);
    await w.flush();
    expect(s.text()).toBe(lines.map((l) => `${l}\n`).join(''));
    expect(s.writes.length).toBeLessThan(40);
    expect(s.writes.every((b) => b.length <= 1024)).toBe(true);
  });

  it('keeps multi-byte text intact across flush boundaries', async () => {
    const s = sink(2);
    const w = createLineWriter(s.stream, 64);
    const lines = Array.from({ length: 200 }, (_, i) => `é€😀 ${i} ${'ü'.repeat(i % 7)}`);
    for (const l of lines) await w.line(l);
    await w.flush();
    expect(s.text()).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  it('writes a line longer than the buffer on its own, after what came before', async () => {
    const s = sink();
    const w = createLineWriter(s.stream, 16);
    await w.line('a');
    const long = 'x'.repeat(100);
    await w.line(long);
    await w.line('b');
    await w.flush();
    expect(s.text()).toBe(`a\n${long}\nb\n`);
  });

  it('does not reuse a buffer the stream may still hold', async () => {
    const held: Uint8Array[] = [];
    const stream = new Writable({
      write(chunk: Uint8Array, _enc, done) {
        held.push(chunk);
        done();
      },
    });
    const w = createLineWriter(stream, 8);
    for (const l of ['aaaa', 'bbbb', 'cccc', 'dddd']) await w.line(l);
    await w.flush();
    expect(held.map((c) => Buffer.from(c).toString())).toEqual(['aaaa\n', 'bbbb\n', 'cccc\n', 'dddd\n']);
  });

  it('flush with nothing buffered writes nothing', async () => {
    const s = sink();
    await createLineWriter(s.stream).flush();
    expect(s.writes).toHaveLength(0);
  });
});
