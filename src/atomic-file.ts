// Output files that appear whole or not at all: written to a temporary name in the same
// folder (so the final rename never crosses filesystems), renamed into place on commit.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from './errors.ts';
import { basename, dirname, join } from 'node:path';

export interface AtomicFile {
  readonly path: string;
  readonly tempPath: string;
  write(text: string | Uint8Array): Promise<void>;
  /** Flush, close and move into place. */
  commit(): Promise<void>;
  /** Close and delete the temporary file; safe to call more than once. */
  abort(): Promise<void>;
}

/** A temporary name beside `path`; hidden so a half-written file is never mistaken for output. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

// Problems with where the output goes are the user's: they get one line naming the path,
// before anything is written.
async function prepareTarget(path: string): Promise<void> {
  if ((await stat(path).catch(() => null))?.isDirectory()) {
    throw new InputError(path, undefined, 'is a directory, not an output file');
  }
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' || code === 'EEXIST' ? 'a part of this path is a file, not a folder' : `cannot create its folder (${code})`;
    throw new InputError(path, undefined, why, { cause: err });
  }
}

export async function openAtomic(path: string): Promise<AtomicFile> {
  await prepareTarget(path);
  const tempPath = tempPathFor(path);
  let handle: FileHandle | null;
  try {
    handle = await open(tempPath, 'wx');
  } catch (err) {
    throw new InputError(path, undefined, `cannot write here (${(err as NodeJS.ErrnoException).code})`, { cause: err });
  }
  return {
    path,
    tempPath,
    async write(text) {
      if (!handle) throw new Error(`${path}: write after commit or abort`);
      await (typeof text === 'string' ? handle.write(text) : handle.write(text));
    },
    async commit() {
      if (!handle) throw new Error(`${path}: commit after commit or abort`);
      await handle.sync();
      await handle.close();
      handle = null;
      await rename(tempPath, path);
    },
    async abort() {
      const h = handle;
      handle = null;
      await h?.close().catch(() => {});
      await rm(tempPath, { force: true });
    },
  };
}

/** Write a whole file atomically: readers see the old file or the complete new one. */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const file = await openAtomic(path);
  try {
    await file.write(text);
    await file.commit();
  } catch (err) {
    await file.abort();
    throw err;
  }
}

/**
 * A JSON array written element by element, laid out as JSON.stringify(array, null, 2) would
 * lay it out, so a long stream of records never sits in memory as one string.
 */
export class JsonArrayWriter {
  readonly #file: AtomicFile;
  #count = 0;
  #pending: string[] = [];
  #pendingChars = 0;

  constructor(file: AtomicFile) {
    this.#file = file;
  }

  get count(): number {
    return this.#count;
  }

  async add(value: unknown): Promise<void> {
    const body = JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
    const piece = `${this.#count === 0 ? '[\n' : ',\n'}  ${body}`;
    this.#count += 1;
    this.#pending.push(piece);
    this.#pendingChars += piece.length;
    if (this.#pendingChars >= 64 * 1024) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const text = this.#pending.join('');
    this.#pending = [];
    this.#pendingChars = 0;
    await this.#file.write(text);
  }

  /** Close the array (without moving the file into place). */
  async end(): Promise<void> {
    this.#pending.push(this.#count === 0 ? '[]\n' : '\n]\n');
    await this.#flush();
  }
}
