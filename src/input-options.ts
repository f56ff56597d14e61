// Flag handling shared by the commands that stream a capture: one input (a path or `-`) and
// an optional forced format.
import { UsageError } from './errors.ts';
import { DEFAULT_MAX_RECORD_BYTES, MAX_RECORD_BYTES_LIMIT, type InputFormat, type ReadOptions } from './record-reader.ts';
import { forTerminal } from './safe-text.ts';
import { parseTargetField, type Target } from './formats/target.ts';
import { formatEventTime } from './formats/event-time.ts';
import type { ReadStats } from './formats/values.ts';

export const FORMATS: readonly InputFormat[] = ['json', 'jsonl', 'text', 'cri', 'k8s', 'docker', 'fluentbit', 'vector', 'loki'];

/** `--target namespace/Kind/name` (or `Kind/name`) for input that names none. */
export function parseTargetFlag(command: string, value: string | undefined): Target | undefined {
  if (value === undefined) return undefined;
  const target = parseTargetField(value);
  if (!target) throw new UsageError(`${command}: --target must be namespace/Kind/name or Kind/name, got ${JSON.stringify(value)}`);
  return target;
}

/**
 * The end of a streaming run: one line on stderr for values that could not be read as a log
 * line or a signal (none when every one could), and the exit status, 1 when there was input
 * and none of it could be read.
 */
export function finishReading(command: string, input: string, stats: ReadStats, writeErr: (text: string) => void): 0 | 1 {
  if (stats.unreadable === 0) return 0;
  const label = input === '-' ? '<stdin>' : input;
  const hint = stats.suggestion ? `; ${stats.suggestion}` : '';
  writeErr(`${command}: ${label}: ${stats.unreadable} of ${stats.read} records could not be read as a log line or a signal${hint}\n`);
  return stats.read > 0 && stats.unreadable === stats.read ? 1 : 0;
}

/** The target and event time a detection's output line carries, when its record names them. */
export function whereFields(step: { target?: string | null; event_time?: number | null }): { target?: string; event_time?: string } {
  const fields: { target?: string; event_time?: string } = {};
  if (step.target) fields.target = step.target;
  if (step.event_time !== undefined && step.event_time !== null) fields.event_time = formatEventTime(step.event_time);
  return fields;
}

export function parseFormat(command: string, value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if ((FORMATS as readonly string[]).includes(value)) return value as InputFormat;
  throw new UsageError(`${command}: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(value)}`);
}

/** The help text line for `--max-record-bytes`, the same in every command that reads records. */
export const MAX_RECORD_BYTES_HELP = `  --max-record-bytes N
                 the largest record (line, array element or object) read, in bytes;
                 default ${DEFAULT_MAX_RECORD_BYTES} (64 MiB), at most ${MAX_RECORD_BYTES_LIMIT}; a longer one
                 is an error naming its line or record
`;

/** `--max-record-bytes N`: a whole number of bytes from 1 up to the limit a string allows. */
export function parseMaxRecordBytes(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_RECORD_BYTES_LIMIT)) {
    throw new UsageError(`${command}: --max-record-bytes must be a whole number of bytes from 1 to ${MAX_RECORD_BYTES_LIMIT}, got ${JSON.stringify(value)}`);
  }
  return n;
}

export function singleInput(command: string, positionals: readonly string[]): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `${command}: expected one input file (or - for stdin), got ${positionals.length} (see ${command} --help)`,
    );
  }
  return positionals[0] as string;
}

/** The flags every command that streams one capture declares (for `parseFlags`). */
export const STREAM_FLAGS = {
  format: { type: 'string' },
  'max-record-bytes': { type: 'string' },
  target: { type: 'string' },
  follow: { type: 'boolean' },
} as const;

export interface StreamInput {
  /** The path, or `-` for standard input. */
  input: string;
  follow: boolean;
  /** What the flags say about reading it, as `ReadOptions` (absent flags absent). */
  read: Pick<ReadOptions, 'format' | 'maxRecordBytes' | 'target' | 'follow'>;
}

/** The capture a streaming command reads, from the values of `STREAM_FLAGS` and its positionals. */
export function parseStreamInput(
  command: string,
  values: { format?: string | undefined; 'max-record-bytes'?: string | undefined; target?: string | undefined; follow?: boolean | undefined },
  positionals: readonly string[],
): StreamInput {
  const format = parseFormat(command, values.format);
  const maxRecordBytes = parseMaxRecordBytes(command, values['max-record-bytes']);
  const input = singleInput(command, positionals);
  const target = parseTargetFlag(command, values.target);
  const follow = values.follow === true;
  return {
    input,
    follow,
    read: { follow, ...(format ? { format } : {}), ...(maxRecordBytes ? { maxRecordBytes } : {}), ...(target ? { target } : {}) },
  };
}

/** The replay loop's `onRejected` for a streaming command: one line on stderr, and go on. */
export function rejectionReporter(input: string, writeErr: (text: string) => void): (index: number, err: Error) => void {
  const label = input === '-' ? '<stdin>' : input;
  return (index, err) => writeErr(`${forTerminal(`${label}: record ${index}: event rejected by the bus: ${err.message}`)}\n`);
}
