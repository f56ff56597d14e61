// Output files that appear whole or not at all: written to a temporary name in the same
// folder (so the final rename never crosses filesystems), renamed into place on commit. Every
// command that writes files goes through here: an output path must be a regular file or
// absent, an existing file keeps its mode, and temporary files are removed when the process
// is interrupted (SIGINT, SIGTERM, SIGHUP).
import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { access, lstat, mkdir, mkdtemp, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { InputError } from './errors.ts';
import { escapeJsonText } from './safe-text.ts';
import { basename, dirname, join } from 'node:path';

export interface AtomicFile {
  readonly path: string;
  readonly tempPath: string;
  write(text: string): Promise<void>;
  /** Flush, close and move into place. */
  commit(): Promise<void>;
  /** Close and delete the temporary file; safe to call more than once. */
  abort(): Promise<void>;
}

/** A temporary name beside `path`; hidden so a half-written file is never mistaken for output. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

// ---------------------------------------------------------------------------------------------
// Temporary files and folders removed on interruption

const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const live = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const path of live) rmSync(path, { recursive: true, force: true });
  live.clear();
  stopWatching();
  // Die of the signal as the process would have without this handler, unless the command
  // handles the signal itself (observe --follow stops reading and exits on its own).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function stopWatching(): void {
  for (const signal of CLEANUP_SIGNALS) process.off(signal, onSignal);
}

/** Remove `path` (a file, or a folder and what it holds) if the process is interrupted before `release`. */
export function removeOnInterrupt(path: string): void {
  if (live.size === 0) for (const signal of CLEANUP_SIGNALS) process.on(signal, onSignal);
  live.add(path);
}

export function release(path: string): void {
  live.delete(path);
  if (live.size === 0) stopWatching();
}

// ---------------------------------------------------------------------------------------------
// Where an output may go

/** What an output path is when it is not a regular file GHOST may replace; null when it may (or is absent). */
export async function outputTargetProblem(path: string): Promise<string | null> {
  let st;
  try {
    st = await lstat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null; // absent; the folder check below names a file in the way
    return `cannot check the output path (${code})`;
  }
  if (st.isDirectory()) return 'is a directory, not an output file';
  if (st.isSymbolicLink()) return 'is a symbolic link; outputs are written only to regular files (give the path it points to)';
  if (!st.isFile()) {
    const kind = st.isFIFO() ? 'a FIFO' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a regular file';
    return `is ${kind}; outputs are written only to regular files`;
  }
  // Root may write anywhere, so the mode bits are read too: a file nobody may write is read-only.
  const writable = (st.mode & 0o222) !== 0 && (await access(path, constants.W_OK).then(() => true, () => false));
  if (!writable) return 'is read-only; make it writable or choose another output path';
  return null;
}

// Problems with where the output goes are the user's: they get one line naming the path,
// before anything is written. Returns the mode of the file being replaced, if any.
async function prepareTarget(path: string): Promise<number | undefined> {
  const problem = await outputTargetProblem(path);
  if (problem) throw new InputError(path, undefined, problem);
  const existing = await lstat(path).catch(() => null);
  await makeFolder(dirname(path), (why) => new InputError(path, undefined, why));
  return existing ? existing.mode & 0o7777 : undefined;
}

/** Create `folder` (and its parents) or throw the user error `problem` builds from the reason. */
async function makeFolder(folder: string, problem: (why: string) => InputError): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const failure = problem(code === 'ENOTDIR' || code === 'EEXIST' ? 'a part of this path is a file, not a folder' : `cannot create its folder (${code})`);
    failure.cause = err;
    throw failure;
  }
}

/**
 * Open `path` for an atomic write. A file already at the path keeps its mode (permission
 * bits); its owner becomes whoever runs the command, as with any file replaced by rename.
 */
export async function openAtomic(path: string): Promise<AtomicFile> {
  const mode = await prepareTarget(path);
  const tempPath = tempPathFor(path);
  let handle: FileHandle | null;
  try {
    handle = await open(tempPath, 'wx');
  } catch (err) {
    throw new InputError(path, undefined, `cannot write here (${(err as NodeJS.ErrnoException).code})`, { cause: err });
  }
  removeOnInterrupt(tempPath);
  if (mode !== undefined) {
    try {
      await handle.chmod(mode);
    } catch (err) {
      await handle.close().catch(() => {});
      await rm(tempPath, { force: true });
      release(tempPath);
      throw new InputError(path, undefined, `cannot keep its mode (${(err as NodeJS.ErrnoException).code})`, { cause: err });
    }
  }
  return {
    path,
    tempPath,
    async write(text) {
      if (!handle) throw new Error(`${path}: write after commit or abort`);
      await handle.write(text);
    },
    async commit() {
      if (!handle) throw new Error(`${path}: commit after commit or abort`);
      await handle.sync();
      await handle.close();
      handle = null;
      // Checked again at the last moment: something may have appeared at the path meanwhile.
      const problem = await outputTargetProblem(path);
      if (problem) {
        await rm(tempPath, { force: true });
        release(tempPath);
        throw new InputError(path, undefined, problem);
      }
      await rename(tempPath, path);
      release(tempPath);
    },
    async abort() {
      const h = handle;
      handle = null;
      await h?.close().catch(() => {});
      await rm(tempPath, { force: true });
      release(tempPath);
    },
  };
}

export interface AtomicFolder {
  /** The temporary folder the files go into until commit. */
  readonly tempPath: string;
  writeFile(name: string, text: string): Promise<void>;
  /** Move the folder into place at `path`. */
  commit(): Promise<void>;
  /** Delete the temporary folder; safe to call more than once. */
  abort(): Promise<void>;
}

/**
 * A folder that appears whole or not at all at `path`: assembled under a hidden temporary name
 * beside it (created private by mkdtemp, so nothing else can be planted in it) and renamed
 * into place on commit. The parent folder is created when missing.
 */
export async function openAtomicFolder(path: string): Promise<AtomicFolder> {
  const parent = dirname(path);
  await makeFolder(parent, (why) => new InputError(parent, undefined, `output folder: ${why}`));
  const tempPath = await mkdtemp(join(parent, `.${basename(path)}.partial-`));
  removeOnInterrupt(tempPath);
  return {
    tempPath,
    async writeFile(name, text) {
      await writeFile(join(tempPath, name), text, { flag: 'wx' });
    },
    async commit() {
      await rename(tempPath, path);
      release(tempPath);
    },
    async abort() {
      await rm(tempPath, { recursive: true, force: true });
      release(tempPath);
    },
  };
}

/** Write a whole file atomically: readers see the old file or the complete new one. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
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
 * lay it out, so a long stream of records never sits in memory as one string. Characters a
 * terminal acts on are escaped as `toJson` escapes them, so `cat` of the file is safe.
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
    const body = escapeJsonText(JSON.stringify(value, null, 2)).replaceAll('\n', '\n  ');
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
