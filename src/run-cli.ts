// Runs one of the project's entry files as a real process (for process-level tests and the
// benchmark), on the same Node that runs the caller.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
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
