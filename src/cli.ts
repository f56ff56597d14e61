// Shared plumbing for thin CLI entries: flag parsing that reports usage errors, and one place
// that turns known errors into a single stderr line and an exit code.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { UsageError, asUserError, exitCodeFor } from './errors.ts';
import { forTerminal } from './safe-text.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Streaming commands write through this when present (backpressure-aware output). */
  stdoutStream?: Writable;
  stdin?: NodeJS.ReadableStream;
  /** Progress lines are drawn only on a terminal. */
  stderrIsTTY?: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutStream: process.stdout,
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
};

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs in strict mode, with its errors turned into UsageError naming the command. */
export function parseFlags<T extends Options>(command: string, argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (err) {
    // parseArgs explains some errors over several lines; the first one names the problem.
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new UsageError(`${command}: ${detail} (see ${command} --help)`, { cause: err });
  }
}

/** Parse a flag value as an integer, naming the flag when it is not one. */
export function parseIntFlag(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value.trim())) {
    throw new UsageError(`${command}: --${flag} expects an integer, got ${JSON.stringify(value)}`);
  }
  return Number.parseInt(value, 10);
}

export type Main = (argv: string[], io: Io) => Promise<number> | number;

/** Run a command's main, mapping user errors to one stderr line; unknown errors keep their stack. */
export async function runMain(main: Main, argv: string[] = process.argv.slice(2), io: Io = processIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    const known = asUserError(err);
    if (!known) throw err;
    // A message can quote input (JSON.parse echoes the text around a syntax error, newlines
    // included), so it is shown as one line with every control character escaped.
    io.stderr(`Error: ${forTerminal(known.message)}\n`);
    return exitCodeFor(known);
  }
}

/** Why standard output could not be written, in one line: `cannot write to standard output (ENOSPC: no space left on device)`. */
export function stdoutFailure(err: NodeJS.ErrnoException): string {
  const detail = err.code ? `${err.code}: ${err.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '')}` : err.message;
  return forTerminal(`cannot write to standard output (${detail})`);
}

/** True when the module at `url` is the script node was started with. */
export function isMainModule(url: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}

/** Entry-file boilerplate: run main when this file is the process entry. */
export function runIfMain(url: string, main: Main): void {
  if (!isMainModule(url)) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A reader that goes away (`| head`) is not an error: stop quietly, as command-line tools do.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Anything else (a full disk, `> /dev/full`) is the user's to fix: one line, exit 1.
    process.stderr.write(`Error: ${stdoutFailure(err)}\n`);
    process.exit(1);
  });
  runMain(main).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 70;
    },
  );
}
