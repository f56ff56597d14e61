// replay: a normalized capture through the full loop, scored per class; --record keeps the
// rows in the results database.
import { parseFlags, runIfMain, type Io } from '../src/cli.ts';
import { UsageError } from '../src/errors.ts';
import { systemClock, type Clock } from '../src/clock.ts';
import { toJson } from '../src/safe-text.ts';
import { DEFAULT_DB_PATH } from '../metrics/recorder.ts';
import {
  EXTERNAL_EXPERIMENT,
  recordExternalReplay,
  runExternalReplay,
  type ExternalReplayOptions,
  type ExternalReplaySummary,
} from '../experiments/external.ts';
import { stdoutLines } from '../src/line-writer.ts';
import { Guard } from '../src/guard.ts';
import { loadPolicy } from '../src/guard-policy.ts';
import { TraceWriter } from '../src/trace.ts';
import { DEFAULT_GUARD_POLICY } from '../skills/guard-skills.ts';
import { MAX_RECORD_BYTES_HELP, parseMaxRecordBytes } from '../src/input-options.ts';

const HELP = `Usage: replay --data FILE [--ground-truth FILE] [--dry-run] [--detections] [--record [--db FILE]]

Replays normalized records (normalize's --out-records: a JSON array, or JSON Lines)
through the Watcher, the event bus and the Healer against the simulated infra, and
scores the detections against ground truth.

  --data FILE          the records to replay
${MAX_RECORD_BYTES_HELP}  --ground-truth FILE  expected failures (normalize's --out-gt); without it, every
                       record whose labels.reason is a failure class is expected
  --dry-run            choose actions but never apply them
  --detections         print each detection as it happens, one JSON line each
                       ({"index", "failure_type", "detect_ms"}), and the summary as
                       the last line
  --record             write detections and outcomes to the results database as
                       experiment "${EXTERNAL_EXPERIMENT}", replacing its previous rows,
                       in one transaction
  --db FILE            results database for --record (default: metrics/results.db)
  --trace FILE         run with the guard (src/guard.ts; one state per target) and
                       write every decision as JSON Lines (docs/TRACE.md); the summary
                       gains "guards": incidents, actions, decisions by kind and
                       trace_sha256. Resolved then counts the detections whose action ran.
  --policy FILE        guard policy (JSON) over skills/guard-skills.ts; implies the guard
  -h, --help           show this help

Prints a JSON summary: detected, total_failures, false_positives, healthy_count
(records not in the ground truth), resolved (expected action, healer success, and the
simulator's judge finds the service healthy after the heal), verified_unhealthy (heals
the healer verified but the judge did not) with first_unhealthy, avg_mttr_ms, incidents
(the ground truth grouped into incidents by class, owner and time: expected, detected,
actions, actions_per_incident, repeated_actions, false_incidents, escalations), data_path,
ground_truth_source ("file" or "labels"), ground_truth_path, dry_run, per_class
(true/false positives, false negatives, precision, recall, f1 per failure class) and
confusion (expected class, or "healthy", by detected class, or "none"). Its size does
not depend on the number of detections; --detections (or --record) lists them.

A ground truth (file or labels) naming a class other than the failure classes (or
"healthy", for labels) is an error naming the file and the entry or record.

Exit status: 0 on success, 1 on unreadable or malformed input, 2 on bad flags or a
bad policy file.
`;

export interface ExternalReplayRequest {
  data: string;
  maxRecordBytes?: number | undefined;
  groundTruth?: string | undefined;
  dryRun?: boolean;
  /** Write the run to this results database; absent writes nothing. */
  recordTo?: string | undefined;
  clock?: Clock;
  /** Each detection as it happens; a promise returned holds the replay. */
  onDetection?: ExternalReplayOptions['onDetection'];
  guard?: Guard;
  trace?: TraceWriter;
}

/** The replay as the command runs it; the lab pipeline calls this too. */
export function replayCapture(request: ExternalReplayRequest): Promise<ExternalReplaySummary> {
  const options = {
    data: request.data,
    ...(request.maxRecordBytes ? { maxRecordBytes: request.maxRecordBytes } : {}),
    groundTruth: request.groundTruth,
    dryRun: request.dryRun ?? false,
    clock: request.clock ?? systemClock,
    ...(request.onDetection ? { onDetection: request.onDetection } : {}),
    ...(request.guard ? { guard: request.guard } : {}),
    ...(request.trace ? { trace: request.trace } : {}),
  };
  return request.recordTo === undefined ? runExternalReplay(options) : recordExternalReplay(request.recordTo, options);
}

export async function main(argv: string[], io: Io, clock: Clock = systemClock): Promise<number> {
  const { values } = parseFlags('replay', argv, {
    data: { type: 'string' },
    'max-record-bytes': { type: 'string' },
    'ground-truth': { type: 'string' },
    'dry-run': { type: 'boolean' },
    detections: { type: 'boolean' },
    record: { type: 'boolean' },
    db: { type: 'string' },
    trace: { type: 'string' },
    policy: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.data === undefined) throw new UsageError('replay: missing --data (see replay --help)');
  if (values.db !== undefined && !values.record) throw new UsageError('replay: --db only applies with --record');
  const guarded = values.trace !== undefined || values.policy !== undefined;
  const guard = guarded ? new Guard(values.policy !== undefined ? loadPolicy('replay', values.policy) : DEFAULT_GUARD_POLICY) : undefined;
  const lines = values.detections ? stdoutLines(io) : null;
  const trace = guarded ? await TraceWriter.open(values.trace) : undefined;
  try {
    const summary = await replayCapture({
      data: values.data,
      maxRecordBytes: parseMaxRecordBytes('replay', values['max-record-bytes']),
      groundTruth: values['ground-truth'],
      dryRun: values['dry-run'] === true,
      recordTo: values.record ? (values.db ?? DEFAULT_DB_PATH) : undefined,
      clock,
      ...(guard ? { guard } : {}),
      ...(trace ? { trace } : {}),
      ...(lines ? { onDetection: (detection) => lines.line(toJson(detection)) } : {}),
    });
    if (lines) await lines.line(toJson(summary));
    else io.stdout(`${toJson(summary, 2)}\n`);
  } catch (err) {
    await trace?.abort();
    throw err;
  } finally {
    // Detections found before a bad record are printed before its error line, as observe does.
    await lines?.flush();
  }
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
