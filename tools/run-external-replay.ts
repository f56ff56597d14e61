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
  type ExternalReplaySummary,
} from '../experiments/external.ts';

const HELP = `Usage: replay --data FILE [--ground-truth FILE] [--dry-run] [--record [--db FILE]]

Replays normalized records (normalize's --out-records: a JSON array, or JSON Lines)
through the Watcher, the event bus and the Healer against the simulated infra, and
scores the detections against ground truth.

  --data FILE          the records to replay
  --ground-truth FILE  expected failures (normalize's --out-gt); without it, every
                       record whose labels.reason is a failure class is expected
  --dry-run            choose actions but never apply them
  --record             write detections and outcomes to the results database as
                       experiment "${EXTERNAL_EXPERIMENT}", replacing its previous rows,
                       in one transaction
  --db FILE            results database for --record (default: metrics/results.db)
  -h, --help           show this help

Prints a JSON summary: detected, total_failures, false_positives, healthy_count
(records not in the ground truth), resolved (expected action, healer success, and the
simulator's judge finds the service healthy after the heal), verified_unhealthy (heals
the healer verified but the judge did not) with first_unhealthy, avg_mttr_ms, detections, data_path,
ground_truth_source ("file" or "labels"), ground_truth_path, dry_run, per_class
(true/false positives, false negatives, precision, recall, f1 per failure class) and
confusion (expected class, or "healthy", by detected class, or "none").

Exit status: 0 on success, 1 on unreadable or malformed input, 2 on bad flags.
`;

export interface ExternalReplayRequest {
  data: string;
  groundTruth?: string | undefined;
  dryRun?: boolean;
  /** Write the run to this results database; absent writes nothing. */
  recordTo?: string | undefined;
  clock?: Clock;
}

/** The replay as the command runs it; the lab pipeline calls this too. */
export function replayCapture(request: ExternalReplayRequest): Promise<ExternalReplaySummary> {
  const options = {
    data: request.data,
    groundTruth: request.groundTruth,
    dryRun: request.dryRun ?? false,
    clock: request.clock ?? systemClock,
  };
  return request.recordTo === undefined ? runExternalReplay(options) : recordExternalReplay(request.recordTo, options);
}

export async function main(argv: string[], io: Io, clock: Clock = systemClock): Promise<number> {
  const { values } = parseFlags('replay', argv, {
    data: { type: 'string' },
    'ground-truth': { type: 'string' },
    'dry-run': { type: 'boolean' },
    record: { type: 'boolean' },
    db: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.data === undefined) throw new UsageError('replay: missing --data (see replay --help)');
  if (values.db !== undefined && !values.record) throw new UsageError('replay: --db only applies with --record');
  const summary = await replayCapture({
    data: values.data,
    groundTruth: values['ground-truth'],
    dryRun: values['dry-run'] === true,
    recordTo: values.record ? (values.db ?? DEFAULT_DB_PATH) : undefined,
    clock,
  });
  io.stdout(`${toJson(summary, 2)}\n`);
  return 0;
}

runIfMain(import.meta.url, (argv, io) => main(argv, io));
