// Flag handling shared by the commands that stream a capture: one input (a path or `-`) and
// an optional forced format.
import { UsageError } from './errors.ts';
import type { InputFormat } from './record-reader.ts';
import { forTerminal } from './safe-text.ts';

export const FORMATS: readonly InputFormat[] = ['json', 'jsonl', 'text'];

export function parseFormat(command: string, value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if ((FORMATS as readonly string[]).includes(value)) return value as InputFormat;
  throw new UsageError(`${command}: --format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(value)}`);
}

export function singleInput(command: string, positionals: readonly string[]): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `${command}: expected one input file (or - for stdin), got ${positionals.length} (see ${command} --help)`,
    );
  }
  return positionals[0] as string;
}

/** The replay loop's `onRejected` for a streaming command: one line on stderr, and go on. */
export function rejectionReporter(input: string, writeErr: (text: string) => void): (index: number, err: Error) => void {
  const label = input === '-' ? '<stdin>' : input;
  return (index, err) => writeErr(`${forTerminal(`${label}: record ${index}: event rejected by the bus: ${err.message}`)}\n`);
}
