// observe: the Watcher alone on a capture. Read-only by construction: no healer, no infra
// state, no database. Prints one JSON line per detection on stdout and nothing else.
import { replay, newCounters } from '../src/replay.ts';
import { readRecordBatches } from '../src/record-reader.ts';
import { stdoutLines } from '../src/line-writer.ts';
import { createProgress } from '../src/progress.ts';
import { parseFormat, rejectionReporter, singleInput } from '../src/input-options.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { forTerminal, toJson } from '../src/safe-text.ts';

const HELP = `Usage: observe [options] FILE|-

Runs the Watcher (log patterns and K8s signal rules) over a capture and prints one JSON
line per detection: stream_index, detect_s, failure_type, severity, service,
message_preview. Never heals, never writes anything.

Input: a JSON array of records, JSON Lines, or plain text lines (kubectl logs output);
the format is detected from the first non-space byte unless --format is given. Use - to
read standard input.

  --format FMT   json | jsonl | text
  --follow       keep reading a growing file until interrupted; like tail -F, a file
                 truncated in place is read again from its start and a rotated one
                 is read out, then the new file at the path is followed
  --summary      print a count per failure type on stderr at the end
  -h, --help     show this help

Exit status: 0 on success, 1 on unreadable or malformed input (one line on stderr naming
the file and record or line), 2 on bad flags.
`;

export interface ObserveLine {
  stream_index: number;
  detect_s: number;
  failure_type: string;
  severity: string;
  service: string;
  message_preview: string;
}

export const MESSAGE_PREVIEW_CHARS = 200;

/** The first 200 code points, as the original's slice counts them (never half a surrogate pair). */
export function messagePreview(message: string): string {
  if (message.length <= MESSAGE_PREVIEW_CHARS) return message;
  let end = 0;
  for (let points = 0; points < MESSAGE_PREVIEW_CHARS && end < message.length; points += 1) {
    const code = message.codePointAt(end) as number;
    end += code > 0xffff ? 2 : 1;
  }
  return message.slice(0, end);
}

export async function main(argv: string[], io: Io, clock: Clock = systemClock): Promise<number> {
  const { values, positionals } = parseFlags(
    'observe',
    argv,
    {
      format: { type: 'string' },
      follow: { type: 'boolean' },
      summary: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = parseFormat('observe', values.format);
  const input = singleInput('observe', positionals);

  const abort = new AbortController();
  const stop = () => abort.abort();
  if (values.follow) process.once('SIGINT', stop).once('SIGTERM', stop);

  const out = stdoutLines(io);
  const counters = newCounters();
  const progress = createProgress({ enabled: io.stderrIsTTY === true && !values.follow, write: io.stderr, clock });
  const onRejected = rejectionReporter(input, io.stderr);
  const perType = new Map<string, number>();
  try {
    const batches = readRecordBatches(input, {
      ...(format ? { format } : {}),
      follow: values.follow === true,
      signal: abort.signal,
      ...(io.stdin ? { stdin: io.stdin } : {}),
    });
    const steps = replay(batches, { heal: false, clock, counters, onBatch: (c) => progress.tick(c), onRejected });
    for await (const step of steps) {
      const { event } = step;
      perType.set(event.failure_type, (perType.get(event.failure_type) ?? 0) + 1);
      const line: ObserveLine = {
        stream_index: step.index,
        detect_s: step.detect_ms / 1000,
        failure_type: event.failure_type,
        severity: event.severity,
        service: event.service,
        message_preview: messagePreview(event.message),
      };
      await out.line(toJson(line));
      // In follow mode a detection should appear as soon as its line arrives.
      if (values.follow) await out.flush();
    }
  } finally {
    // Detections found before a bad record stay printed.
    await out.flush();
    process.off('SIGINT', stop).off('SIGTERM', stop);
  }
  progress.done(counters);
  if (values.summary) {
    io.stderr(`records: ${counters.records}, detections: ${counters.detections}\n`);
    for (const [type, count] of [...perType].sort(([a], [b]) => a.localeCompare(b))) {
      io.stderr(`  ${forTerminal(type)}: ${count}\n`);
    }
  }
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
