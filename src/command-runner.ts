// Runs external commands (kind, kubectl, docker) for the lab scripts and the collect tool:
// never through a shell, stopping at the first failure, or only printing them in --print mode.
import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { RunError } from './errors.ts';
import { forTerminal, UNSAFE_FOR_TERMINAL } from './safe-text.ts';

export interface Command {
  program: string;
  args: readonly string[];
  /** Written to the command's standard input. */
  input?: string;
  /** How --print shows the input, which may not be known before the run (a previous command's output). */
  inputNote?: string;
}

export interface SpawnResult {
  /** Null when the process was killed by a signal or never started. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The process could not be started (ENOENT, EACCES): the errno code. */
  spawnError?: string;
}

export type Spawner = (program: string, args: readonly string[], options: { input?: string; env: NodeJS.ProcessEnv }) => Promise<SpawnResult>;

// Captures are read whole; kubectl logs --tail=2000 across many pods can pass the 1 MiB default.
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/** The real spawner: execFile, so arguments reach the program exactly as given. */
export const execFileSpawner: Spawner = (program, args, options) =>
  new Promise((resolve) => {
    const child = execFile(
      program,
      [...args],
      { env: options.env, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ exitCode: 0, stdout, stderr });
          return;
        }
        // execFile's error carries the exit status as a number, or an errno string when the
        // program never started (syscall "spawn kubectl").
        const { code, syscall } = error as { code?: unknown; syscall?: unknown };
        if (typeof syscall === 'string' && syscall.startsWith('spawn')) {
          resolve({ exitCode: null, stdout, stderr, spawnError: typeof code === 'string' ? code : 'unknown error' });
          return;
        }
        resolve({ exitCode: typeof code === 'number' ? code : null, stdout, stderr: stderr || error.message });
      },
    );
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });

const SAFE_WORD = /^[A-Za-z0-9_./:=,@%+-]+$/;

/**
 * One argument as a shell would need it written, for display only: plain words as they are,
 * others in single quotes. An argument holding a line break or another control character is
 * written in ANSI-C quotes ($'a\nb', as bash, zsh, ksh and POSIX.1-2024 sh read them), so a
 * printed command stays one line that pastes back as exactly that argument.
 */
export function quoteArg(arg: string): string {
  if (SAFE_WORD.test(arg)) return arg;
  if (new RegExp(UNSAFE_FOR_TERMINAL.source).test(arg)) return `$'${arg.replace(ANSI_C_SPECIAL, ansiCEscape)}'`;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

const ANSI_C_SPECIAL = new RegExp(`[\\\\'${UNSAFE_FOR_TERMINAL.source.slice(1, -1)}]`, 'g');
const ANSI_C_SHORT: Readonly<Record<string, string>> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function ansiCEscape(c: string): string {
  const short = ANSI_C_SHORT[c];
  if (short) return short;
  const code = c.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A command as a copy-pasteable shell line (what --print shows and errors name). */
export function formatCommand(command: Command): string {
  const line = [command.program, ...command.args].map(quoteArg).join(' ');
  return command.inputNote ? `${line}  # stdin: ${command.inputNote}` : line;
}

export interface LookupOptions {
  env?: NodeJS.ProcessEnv;
}

/** Where `program` would be found on PATH, or null. */
export function findOnPath(program: string, options: LookupOptions = {}): string | null {
  const env = options.env ?? process.env;
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((d) => d.length > 0);
  const exts = process.platform === 'win32' ? (env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = join(dir, program + ext);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; try the next directory
      }
    }
  }
  return null;
}

/** Throws naming every program that is missing, so one run tells the user all they must install. */
export function checkPrerequisites(programs: readonly string[], options: LookupOptions = {}): void {
  const missing = programs.filter((p) => findOnPath(p, options) === null);
  if (missing.length === 0) return;
  const list = missing.join(', ');
  throw new RunError(`${list} not found on PATH (needed: ${programs.join(', ')}); install ${missing.length === 1 ? 'it' : 'them'} first`);
}

export interface RunnerOptions {
  /** Show each command instead of running it. */
  print?: boolean;
  /** Where --print lines go. */
  write?: (text: string) => void;
  spawner?: Spawner;
  env?: NodeJS.ProcessEnv;
  /** Told each command just before it runs (progress for long waits such as a rollout). */
  trace?: (text: string) => void;
}

export interface CommandRunner {
  readonly printing: boolean;
  /** Run one command and return its stdout; in print mode show it and return ''. */
  run(command: Command): Promise<string>;
  /** Run commands in order, stopping at the first that fails. */
  runAll(commands: readonly Command[]): Promise<void>;
  /** A line of commentary in print mode (a wait, a step done in-process); silent otherwise. */
  note(text: string): void;
}

function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return lines.at(-1) ?? '';
}

/** Why a command failed, in one line. */
export function failureMessage(command: Command, result: SpawnResult): string {
  if (result.spawnError === 'ENOENT') return `${command.program} not found on PATH`;
  if (result.spawnError) return `${command.program} could not be started (${result.spawnError})`;
  const status = result.exitCode === null ? 'was killed' : `exited with ${result.exitCode}`;
  const why = lastLine(result.stderr);
  return `${formatCommand(command)} ${status}${why ? `: ${why}` : ''}`;
}

export function createRunner(options: RunnerOptions = {}): CommandRunner {
  const printing = options.print === true;
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const spawner = options.spawner ?? execFileSpawner;
  const env = options.env ?? process.env;

  async function run(command: Command): Promise<string> {
    if (printing) {
      write(`${formatCommand(command)}\n`);
      return '';
    }
    options.trace?.(`+ ${formatCommand(command)}\n`);
    const result = await spawner(command.program, command.args, {
      env,
      ...(command.input !== undefined ? { input: command.input } : {}),
    });
    if (result.spawnError !== undefined || result.exitCode !== 0) throw new RunError(failureMessage(command, result));
    return result.stdout;
  }

  return {
    printing,
    run,
    async runAll(commands) {
      for (const command of commands) await run(command);
    },
    note(text) {
      // One comment line whatever the text holds: a line break in it would start a command.
      if (printing) write(`# ${forTerminal(text)}\n`);
    },
  };
}
