// Byte sources for the record reader: a file (read ahead, followed like `tail -F` on request)
// or a readable stream such as stdin. Each yields chunks of bytes; the chunk of a file is
// valid until the consumer asks for the next one (the two buffers are reused).
import { closeSync, constants as fsConstants, openSync, statSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../errors.ts';

export interface FileChunkOptions {
  chunkSize: number;
  follow: boolean;
  pollMs: number;
  signal: AbortSignal | undefined;
}

/**
 * Reads with one read always in flight ahead of the consumer, so disk waits overlap parsing.
 * The two buffers are reused: a yielded chunk is valid until the consumer asks for the next one.
 * Following, like `tail -F`: a file truncated in place is read again from its start, and a
 * file replaced at the path (log rotation) is left for the new one once it has been read out.
 */
export async function* fileChunks(path: string, label: string, options: FileChunkOptions): AsyncGenerator<Uint8Array> {
  let handle = await openForReading(path, label, options.signal);
  const buffers = [Buffer.allocUnsafe(options.chunkSize), Buffer.allocUnsafe(options.chunkSize)];
  let which = 0;
  // Regular files are read at explicit positions, so following can start over after a
  // truncation; a null position reads from the current offset, which pipes and FIFOs need.
  const positioned = (await handle.stat()).isFile();
  let position = 0;
  const read = (target: Buffer) => handle.read(target, 0, options.chunkSize, positioned ? position : null);
  let pending: Promise<{ bytesRead: number }> | undefined = read(buffers[0]!);
  try {
    while (true) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await pending);
      } catch (err) {
        pending = undefined;
        throw new InputError(label, undefined, `read failed: ${errorDetail(err)}`, { cause: err });
      }
      pending = undefined;
      if (options.signal?.aborted) return;
      if (bytesRead === 0) {
        if (!options.follow) return;
        try {
          await sleep(options.pollMs, undefined, options.signal ? { signal: options.signal } : {});
        } catch {
          return; // aborted while waiting
        }
        if (positioned) {
          const change = await followedFileChange(path, handle, position);
          if (change === 'replaced') {
            await handle.close();
            handle = await openForReading(path, label);
            position = 0;
          } else if (change === 'truncated') {
            position = 0;
          }
        }
        pending = read(buffers[which]!);
        continue;
      }
      const current = buffers[which]!;
      which ^= 1;
      position += bytesRead;
      pending = read(buffers[which]!);
      yield current.subarray(0, bytesRead);
    }
  } finally {
    // The read-ahead may still be running when the consumer stops early; close waits for it.
    pending?.catch(() => {});
    await handle.close();
  }
}

/**
 * What became of a followed file that had no more bytes: cut shorter than what was read
 * ('truncated'); read out while another file now sits at the path ('replaced': rotated; a
 * missing path means the new one is not there yet); or nothing. Lines written to the old
 * file after the last read are still read before moving on.
 */
async function followedFileChange(path: string, handle: FileHandle, position: number): Promise<'replaced' | 'truncated' | null> {
  const [atPath, mine] = await Promise.all([stat(path).catch(() => null), handle.stat()]);
  if (mine.size < position) return 'truncated';
  if (mine.size > position) return null;
  const replaced = atPath !== null && atPath.isFile() && (atPath.ino !== mine.ino || atPath.dev !== mine.dev);
  return replaced ? 'replaced' : null;
}

async function openForReading(path: string, label: string, signal?: AbortSignal): Promise<FileHandle> {
  let handle: FileHandle;
  // Opening a FIFO waits for a writer, out of reach of the abort signal: on abort, open the
  // FIFO for writing for a moment, so the open returns and reading ends at once (EOF).
  const wake = () => wakeFifoReader(path);
  signal?.addEventListener('abort', wake, { once: true });
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new InputError(label, undefined, openFailure(err), { cause: err });
  } finally {
    signal?.removeEventListener('abort', wake);
  }
  try {
    // open(2) succeeds on a directory; only the first read would fail, with a vaguer message.
    if ((await handle.stat()).isDirectory()) throw new InputError(label, undefined, 'is a directory');
  } catch (err) {
    await handle.close();
    if (err instanceof InputError) throw err;
    throw new InputError(label, undefined, `cannot read: ${errorDetail(err)}`, { cause: err });
  }
  return handle;
}

function wakeFifoReader(path: string): void {
  try {
    if (!statSync(path).isFIFO()) return;
    // Non-blocking: succeeds because our own open is waiting as the reader.
    closeSync(openSync(path, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK));
  } catch {
    // Not a FIFO any more, or no reader waiting: nothing to wake.
  }
}

function openFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot open: ${errorDetail(err)}`;
}

export function errorDetail(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Chunks from a readable stream, ending early (and quietly) when the signal aborts. Uses
 * data events with pause/resume rather than the async iterator: the iterator cannot be
 * returned while a read is pending, so an abort on a silent stdin would hang.
 */
export async function* streamChunks(
  stream: NodeJS.ReadableStream,
  label: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let ended = false;
  let failed = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const onData = (chunk: string | Buffer): void => {
    queue.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    // One chunk at a time keeps memory flat when the producer is faster than the parser.
    stream.pause();
    notify();
  };
  const onEnd = (): void => {
    ended = true;
    notify();
  };
  const onError = (err: unknown): void => {
    failed = true;
    failure = err;
    notify();
  };
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('error', onError);
  signal?.addEventListener('abort', notify);
  try {
    while (!signal?.aborted) {
      const chunk = queue.shift();
      if (chunk !== undefined) {
        yield chunk;
        continue;
      }
      if (failed) throw new InputError(label, undefined, `read failed: ${errorDetail(failure)}`, { cause: failure });
      if (ended) return;
      const waiting = new Promise<void>((resolve) => {
        wake = resolve;
      });
      stream.resume();
      await waiting;
    }
  } finally {
    signal?.removeEventListener('abort', notify);
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('error', onError);
    // Paused, not destroyed: process.stdin may be read again, and a paused stdin lets the process exit.
    stream.pause();
  }
}
