// Runs one of the project's entry files as a real process (for process-level tests and the
// benchmark), on the same Node that runs the caller.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { runMain, type Main } from './cli.ts';
import { PROJECT_ROOT } from './paths.ts';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** `script` is relative to the project root (e.g. "adapters/observe.ts"). */
export function runCli(script: string, args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return runProcess(process.execPath, [resolve(PROJECT_ROOT, script), ...args], options);
}

/**
 * The entry's `main(argv, io)` run in this process, through `runMain` as the spawned command
 * runs it, with its output captured and `input` (or nothing) on stdin: the same exit code and
 * output without starting a process. For tests whose subject is what a command prints and
 * writes; a test of the process itself (signals, environment, working directory, a failing
 * standard output) spawns it with `runCli`.
 */
export async function runInProcess(script: string, args: readonly string[], input?: string | Buffer): Promise<CliResult> {
  const { main } = (await import(resolve(PROJECT_ROOT, script))) as { main: Main };
  let stdout = '';
  let stderr = '';
  const code = await runMain(main, [...args], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: Readable.from(input === undefined ? [] : [typeof input === 'string' ? Buffer.from(input) : input]),
    stderrIsTTY: false,
  });
  return { code, signal: null, stdout, stderr };
}

/** Any program as a process: its exit, its output, with `options.input` (or nothing) on stdin. */
export function runProcess(program: string, args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(program, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code, signal) =>
      done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}
