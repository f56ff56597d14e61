// normalize: turns a lab capture (Kubernetes Events + pod logs) into GHOST records and the
// ground truth they imply. The event mapping is policy in skills/k8s-event-skills.ts; this
// file only applies it and writes the two outputs, each whole or not at all.
import { resolve } from 'node:path';
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { UsageError } from '../src/errors.ts';
import { groundTruthEntry } from '../src/ground-truth.ts';
import { readRecords } from '../src/record-reader.ts';
import { MAX_RECORD_BYTES_HELP, parseMaxRecordBytes } from '../src/input-options.ts';
import type { GroundTruthEntry, LogRecord } from '../src/types.ts';
import { eventToRecord } from '../src/formats/k8s-event.ts';
import { JsonArrayWriter, openAtomic, type AtomicFile } from '../src/atomic-file.ts';
import { toJson } from '../src/safe-text.ts';
import { readEvents } from './k8s-event-reader.ts';

const HELP = `Usage: normalize --events FILE --logs FILE --out-records FILE --out-gt FILE

Turns a lab capture into records GHOST can replay, and the ground truth they imply.

Events that describe a failure GHOST handles become records (image pull back-off,
failed scheduling, node not ready, crash-loop back-off, failing probes, OOM); other
events are dropped. Every non-blank log line becomes a record whose severity is
inferred from its text. Event records come first, then log lines, in capture order.
Ground truth lists every record whose labels.reason is a failure class.

  --events FILE       kubectl get events -o json output: an EventList, a --watch
                      stream of Event objects, or one Event per line
  --logs FILE         kubectl logs output (plain text)
  --out-records FILE  where to write the records (JSON array)
  --out-gt FILE       where to write the ground truth (JSON array)
${MAX_RECORD_BYTES_HELP}  -h, --help          show this help

Prints a JSON summary: records, ground_truth, events_read, events_kept, logs_kept,
out_records, out_gt. Both outputs are written to a temporary file and renamed into
place, so a failed or interrupted run leaves neither. Each output path must be a
regular file or absent (a symbolic link, device, FIFO or read-only file is refused);
a file that is replaced keeps its mode.

Exit status: 0 on success, 1 on unreadable or malformed input (one line naming the
file and position), 2 on bad flags.
`;

export interface NormalizeOptions {
  events: string;
  logs: string;
  outRecords: string;
  outGt: string;
  /** The longest log line read, in bytes (the reader's default when absent). */
  maxRecordBytes?: number | undefined;
}

export interface NormalizeSummary {
  records: number;
  ground_truth: number;
  events_read: number;
  events_kept: number;
  logs_kept: number;
  out_records: string;
  out_gt: string;
}

export { eventToRecord };

export async function normalizeCapture(options: NormalizeOptions): Promise<NormalizeSummary> {
  if (resolve(options.outRecords) === resolve(options.outGt)) {
    throw new UsageError('normalize: --out-records and --out-gt must be different files');
  }
  // Events are checked in full before anything is created, so bad events leave no trace.
  const events = await readEvents(options.events);
  const eventRecords = events.map(eventToRecord).filter((r): r is LogRecord => r !== null);

  const opened: AtomicFile[] = [];
  try {
    const recordsFile = await openAtomic(options.outRecords);
    opened.push(recordsFile);
    const gtFile = await openAtomic(options.outGt);
    opened.push(gtFile);
    const records = new JsonArrayWriter(recordsFile);
    const groundTruth: GroundTruthEntry[] = [];
    const add = async (record: LogRecord) => {
      const entry = groundTruthEntry(records.count, record);
      if (entry) groundTruth.push(entry);
      await records.add(record);
    };
    for (const record of eventRecords) await add(record);
    let logsKept = 0;
    for await (const { record } of readRecords(options.logs, { format: 'text', ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}) })) {
      await add(record);
      logsKept += 1;
    }
    await records.end();
    const gtWriter = new JsonArrayWriter(gtFile);
    for (const entry of groundTruth) await gtWriter.add(entry);
    await gtWriter.end();
    await gtFile.commit();
    await recordsFile.commit();
    return {
      records: records.count,
      ground_truth: groundTruth.length,
      events_read: events.length,
      events_kept: eventRecords.length,
      logs_kept: logsKept,
      out_records: options.outRecords,
      out_gt: options.outGt,
    };
  } catch (err) {
    for (const file of opened) await file.abort();
    throw err;
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags('normalize', argv, {
    events: { type: 'string' },
    logs: { type: 'string' },
    'out-records': { type: 'string' },
    'out-gt': { type: 'string' },
    'max-record-bytes': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const missing = (['events', 'logs', 'out-records', 'out-gt'] as const).filter((k) => values[k] === undefined);
  if (missing.length > 0) {
    throw new UsageError(`normalize: missing ${missing.map((k) => `--${k}`).join(', ')} (see normalize --help)`);
  }
  const summary = await normalizeCapture({
    events: values.events as string,
    logs: values.logs as string,
    outRecords: values['out-records'] as string,
    outGt: values['out-gt'] as string,
    maxRecordBytes: parseMaxRecordBytes('normalize', values['max-record-bytes']),
  });
  io.stdout(`${toJson(summary, 2)}\n`);
  return 0;
}

runIfMain(import.meta.url, main);
