// observe: the Watcher alone on a capture. Read-only by construction: no healer, no infra
// state, no database. Prints one JSON line per detection on stdout and nothing else.
import { replay, newCounters } from '../src/replay.ts';
import { readRecordBatches } from '../src/record-reader.ts';
import { stdoutLines } from '../src/line-writer.ts';
import { createProgress } from '../src/progress.ts';
import { FORMATS, MAX_RECORD_BYTES_HELP, STREAM_FLAGS, finishReading, parseStreamInput, rejectionReporter, whereFields } from '../src/input-options.ts';
import { newReadStats } from '../src/formats/values.ts';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { forTerminal, toJson } from '../src/safe-text.ts';

const HELP = `Usage: observe [options] FILE|-

Runs the Watcher (log patterns and K8s signal rules) over a capture and prints one JSON
line per detection: stream_index, detect_s, failure_type, severity, service,
message_preview, and target (namespace/Kind/name) and event_time when the input
names them (a text line's time when it opens with a full date). Never heals, never writes anything.

Input, detected unless --format is given (use - to read standard input):
  records        a JSON array of records, JSON Lines, or plain text (kubectl logs)
  k8s            kubectl get ... -o json (one object or a List), -w -o json streams,
                 API watch lines {"type":...,"object":...}; Pods, Nodes, Deployments,
                 ReplicaSets, StatefulSets, DaemonSets and Events
  cri            container log files: <time> stdout|stderr F|P <text>
  docker         Docker json-file lines {"log","stream","time"}
  fluentbit      Fluent Bit / Fluentd records: "log" plus a "kubernetes" block
  vector         Vector kubernetes_logs records: "message" plus "kubernetes"
  loki           logcli query --output jsonl lines

  --format FMT   ${FORMATS.join(' | ')}
                 (json and jsonl read GHOST records only)
  --target T     namespace/Kind/name for records that name none (plain text)
${MAX_RECORD_BYTES_HELP}  --follow       keep reading a growing file until interrupted; like tail -F, a file
                 truncated in place is read again from its start and a rotated one
                 is read out, then the new file at the path is followed
  --summary      print a count per failure type on stderr at the end
  -h, --help     show this help

Records that cannot be read as a log line or a signal are counted on stderr at the
end, with the format they look like.

Exit status: 0 on success, 1 on unreadable or malformed input (one line on stderr naming
the file and record or line) or when no record could be read, 2 on bad flags.
`;

export interface ObserveLine {
  stream_index: number;
  detect_s: number;
  failure_type: string;
  severity: string;
  service: string;
  message_preview: string;
  target?: string;
  event_time?: string;
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
      ...STREAM_FLAGS,
      summary: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const { input, follow, read } = parseStreamInput('observe', values, positionals);
  const stats = newReadStats();

  const abort = new AbortController();
  const stop = () => abort.abort();
  if (follow) process.once('SIGINT', stop).once('SIGTERM', stop);

  const out = stdoutLines(io);
  const counters = newCounters();
  const progress = createProgress({ enabled: io.stderrIsTTY === true && !follow, write: io.stderr, clock });
  const onRejected = rejectionReporter(input, io.stderr);
  const perType = new Map<string, number>();
  try {
    const batches = readRecordBatches(input, {
      ...read,
      stats,
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
        ...whereFields(step),
      };
      await out.line(toJson(line));
      // In follow mode a detection should appear as soon as its line arrives.
      if (follow) await out.flush();
    }
  } finally {
    // Detections found before a bad record stay printed.
    await out.flush();
    process.off('SIGINT', stop).off('SIGTERM', stop);
  }
  progress.done(counters);
  if (values.summary) {
    io.stderr(`records: ${counters.records}, detections: ${counters.detections}, unreadable: ${stats.unreadable}\n`);
    for (const [type, count] of [...perType].sort(([a], [b]) => a.localeCompare(b))) {
      io.stderr(`  ${forTerminal(type)}: ${count}\n`);
    }
  }
  return finishReading('observe', input, stats, io.stderr);
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
